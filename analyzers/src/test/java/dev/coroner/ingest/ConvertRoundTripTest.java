package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code coroner convert} keeps the evidence: for every importer fixture, check fixture and sample
 * trace, examining its conversion to coroner
 * JSONL gives the same findings and verdicts (check, session, step, message) as examining the
 * fixture itself, and the conversion reads back without problems as coroner JSONL.
 */
class ConvertRoundTripTest {

    @TempDir
    Path tmp;

    /** The importer fixtures, every check fixture and every bundled sample trace. */
    static Stream<Path> fixtures() throws IOException {
        List<Path> all = new java.util.ArrayList<>(Fixtures.all());
        for (Path root : List.of(Path.of("src/test/resources/checks"), Path.of("src/test/resources/ingest"),
                Path.of("../samples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(Fixtures::isTrace)
                        .filter(p -> !p.toString().contains("node_modules") && !p.toString().contains("generators"))
                        .filter(p -> !p.toString().contains("malformed"))
                        .filter(p -> !p.getFileName().toString().endsWith(".state-schema.json"))
                        .filter(p -> !p.getFileName().toString().startsWith("expected.")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void convertedTraceGivesTheSameFindings(Path fixture) throws IOException {
        LoadedTrace original = Fixtures.load(fixture, Optional.empty());
        if (original.sessions().isEmpty() && original.problems().isEmpty()) {
            // A store whose keys need a layout named on the command line (--redis-key) yields no
            // session on its own; RedisImporterTest reads it with the layout.
            assertTrue(!original.skipped().isEmpty(), fixture + ": no session, no problem and nothing skipped");
            return;
        }
        Path converted = tmp.resolve("converted.jsonl");
        try (Writer out = Files.newBufferedWriter(converted, StandardCharsets.UTF_8)) {
            CoronerJsonlWriter writer = new CoronerJsonlWriter(out);
            for (Session session : original.sessions()) {
                writer.write(session);
            }
        }
        assertEquals(java.util.Set.of("coroner-jsonl"), SniffingTest.specific(converted), fixture.toString());
        LoadedTrace reread = Fixtures.load(converted, Optional.empty());
        assertEquals(List.of(), reread.problems(), fixture.toString());
        assertEquals("coroner-jsonl", reread.inputs().get(0).format(), fixture.toString());
        assertEquals(Fixtures.findings(Fixtures.analyze(original)), Fixtures.findings(Fixtures.analyze(reread)),
                fixture.toString());
    }
}
