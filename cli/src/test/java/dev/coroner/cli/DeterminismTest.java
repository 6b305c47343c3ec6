package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Same inputs and flags give byte-identical reports in every format: run twice, and with 1 and N threads. */
class DeterminismTest {

    static java.util.stream.Stream<String> formats() {
        return dev.coroner.report.Reporters.all().stream().map(dev.coroner.report.Reporter::format);
    }

    @ParameterizedTest
    @MethodSource("formats")
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
