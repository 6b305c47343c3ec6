package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Same inputs and flags give byte-identical reports: run twice, and with 1 and N threads. */
class DeterminismTest {

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void sameBytesTwiceAndOnAnyNumberOfThreads(String format) {
        Cli.Run first = Cli.exec("examine", "--format", format, "--threads", "1", "samples");
        Cli.Run second = Cli.exec("examine", "--format", format, "--threads", "1", "samples");
        Cli.Run parallel = Cli.exec("examine", "--format", format, "--threads", "8", "samples");
        assertEquals(4, first.exit());
        assertEquals(first.out(), second.out());
        assertEquals(first.out(), parallel.out());
        assertEquals(first.exit(), parallel.exit());
    }
}
