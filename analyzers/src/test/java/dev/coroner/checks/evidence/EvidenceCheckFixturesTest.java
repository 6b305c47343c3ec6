package dev.coroner.checks.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.CheckCatalog;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven tests of the evidence-gap checks: each trace under {@code checks/<check-id>/} (in any
 * format coroner reads) is loaded through the real pipeline with every check, and the findings of
 * that check must equal the sibling {@code .expected} file, one {@code check-id<TAB>session<TAB>step
 * <TAB>line} per line; an empty file is a hard negative. Every check has at least two of each.
 */
class EvidenceCheckFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/checks");
    static final List<String> CHECKS = List.of("evidence.payload-truncated", "evidence.redacted",
            "evidence.unpaired-span", "evidence.no-session-id");

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String check : CHECKS) {
            for (Path trace : traces(check)) {
                out.add(Arguments.of(check + "/" + trace.getFileName(), check, trace));
            }
        }
        return out.stream();
    }

    private static List<Path> traces(String check) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(check))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void traceProducesExactlyTheExpectedFindings(String name, String check, Path trace) throws IOException {
        LoadedTrace loaded = new TraceLoader(FormatRegistry.standard(), Optional.empty(),
                () -> new ByteArrayInputStream(new byte[0])).load(InputSet.expand(List.of(trace.toString()), ROOT));
        assertEquals(List.of(), loaded.problems(), "fixture must import cleanly");
        List<String> actual = new Analyzer(CheckCatalog.all(), 1).analyze(loaded).findings().stream()
                .filter(f -> f.checkId().equals(check))
                .map(f -> f.checkId() + "\t" + f.sessionId() + "\t" + f.step() + "\t" + f.location().line())
                .toList();
        Path expected = expectedFile(trace);
        if (dev.coroner.testing.Golden.regenerating() && !Files.exists(expected)) {
            Files.writeString(expected, actual.isEmpty() ? "" : String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(expected(trace), actual, name);
    }

    @Test
    void everyCheckHasTwoPositiveAndTwoNegativeFixturesExplained() throws IOException {
        for (String check : CHECKS) {
            String readme = Files.readString(ROOT.resolve(check).resolve("README.md"), StandardCharsets.UTF_8);
            int positive = 0;
            int negative = 0;
            for (Path trace : traces(check)) {
                if (expected(trace).isEmpty()) {
                    negative++;
                } else {
                    positive++;
                }
                String stem = trace.getFileName().toString().replaceFirst("\\.jsonl$", "");
                assertTrue(readme.contains("`" + stem + "`"), check + "/README.md does not explain " + stem);
            }
            assertTrue(positive >= 2, check + " has " + positive + " positive fixtures");
            assertTrue(negative >= 2, check + " has " + negative + " negative fixtures");
        }
    }

    private static Path expectedFile(Path trace) {
        return trace.resolveSibling(trace.getFileName().toString().replaceFirst("\\.jsonl$", ".expected"));
    }

    private static List<String> expected(Path trace) throws IOException {
        Path file = expectedFile(trace);
        assertTrue(Files.isRegularFile(file), "missing " + file);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
