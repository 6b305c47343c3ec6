package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.ingest.jsonl.CoronerJsonlWriter;
import dev.coroner.trace.Session;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code coroner convert} keeps the evidence: for every fixture, examining its conversion to coroner
 * JSONL gives the same findings and verdicts (check, session, step, message) as examining the
 * fixture itself, and the conversion reads back without problems as coroner JSONL.
 */
class ConvertRoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Path> fixtures() throws IOException {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void convertedTraceGivesTheSameFindings(Path fixture) throws IOException {
        LoadedTrace original = Fixtures.load(fixture, Optional.empty());
        Path converted = tmp.resolve("converted.jsonl");
        try (Writer out = Files.newBufferedWriter(converted, StandardCharsets.UTF_8)) {
            CoronerJsonlWriter writer = new CoronerJsonlWriter(out);
            for (Session session : original.sessions()) {
                writer.write(session);
            }
        }
        assertEquals(java.util.Set.of("coroner-jsonl"), SniffingTest.specific(converted));
        LoadedTrace reread = Fixtures.load(converted, Optional.empty());
        assertEquals(List.of(), reread.problems());
        assertEquals("coroner-jsonl", reread.inputs().get(0).format());
        assertEquals(Fixtures.findings(Fixtures.analyze(original)), Fixtures.findings(Fixtures.analyze(reread)));
    }
}
