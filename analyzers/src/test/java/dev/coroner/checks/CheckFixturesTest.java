package dev.coroner.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Golden;
import dev.coroner.testing.Traces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
 * Runs every trace under {@code checks/<check-id>/} through the real pipeline and compares the
 * findings of that check with the sibling {@code .expected} file, line for line:
 * {@code check-id<TAB>session<TAB>step<TAB>line<TAB>severity}, so that "high when the agent acted on it,
 * low when it did not" is asserted, not only where a finding lands. An empty file means the trace must
 * not trigger the check (a hard negative). {@code -Dcoroner.regenerate=true} rewrites the files. A sibling {@code .state-schema.json} is passed as the state schema of
 * every namespace, as {@code --state-schema} would.
 */
class CheckFixturesTest {

    /** The fixtures in the module's sources, where a regeneration writes. */
    private static final Path SOURCES = Path.of("src/test/resources/checks");

    static Path root() {
        try {
            return Path.of(CheckFixturesTest.class.getResource("/checks").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (Path trace : traces(dir)) {
                    out.add(Arguments.of(dir.getFileName() + "/" + trace.getFileName(), dir.getFileName().toString(),
                            trace));
                }
            }
        }
        return out.stream();
    }

    private static List<Path> traces(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void traceProducesExactlyTheExpectedFindings(String name, String checkId, Path trace) throws IOException {
        LoadedTrace loaded = Traces.load(trace);
        assertEquals(List.of(), loaded.problems(), "fixture must import cleanly");
        AnalysisResult result = Traces.analyze(loaded, options(trace));

        List<String> actual = result.findings().stream()
                .filter(f -> f.checkId().equals(checkId))
                .map(f -> line(f) + "\t" + f.severity().name().toLowerCase(java.util.Locale.ROOT))
                .toList();
        // Compared as the file's text, so that -Dcoroner.regenerate=true rewrites it in the sources.
        Golden.compare(SOURCES.resolve(checkId).resolve(stem(trace) + ".expected"),
                actual.isEmpty() ? "" : String.join("\n", actual) + "\n");
    }

    @Test
    void everyCheckHasTwoPositiveAndTwoNegativeFixtures() throws IOException {
        // Every check; the engine's own finding (a check that threw) has no trace that causes it: AnalyzerTest.
        for (CheckInfo info : CheckCatalog.all().stream().map(Check::info).toList()) {
            Path dir = root().resolve(info.id());
            assertTrue(Files.isDirectory(dir), "no fixture folder for " + info.id());
            assertTrue(Files.isRegularFile(dir.resolve("README.md")), "no README.md for " + info.id());
            int positive = 0;
            int negative = 0;
            for (Path trace : traces(dir)) {
                if (expected(trace).isEmpty()) {
                    negative++;
                } else {
                    positive++;
                }
                String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
                String stem = stem(trace);
                assertTrue(readme.contains("`" + stem + "`"), "README.md of " + info.id() + " does not explain " + stem);
            }
            assertTrue(positive >= 2, info.id() + " has " + positive + " positive fixtures");
            assertTrue(negative >= 2, info.id() + " has " + negative + " negative fixtures");
        }
    }

    @Test
    void expectedFilesOnlyNameTheirOwnCheck() throws IOException {
        for (CheckInfo info : CheckCatalog.all().stream().map(Check::info).toList()) {
            for (Path trace : traces(root().resolve(info.id()))) {
                for (String line : expected(trace)) {
                    assertTrue(line.startsWith(info.id() + "\t"), trace + ": " + line);
                    String[] columns = line.split("\t", -1);
                    assertTrue(columns.length == 5
                            && List.of("info", "low", "medium", "high", "critical").contains(columns[4]), trace + ": " + line);
                }
            }
        }
    }

    static AnalysisOptions options(Path trace) throws IOException {
        Path schema = trace.resolveSibling(stem(trace) + ".state-schema.json");
        if (!Files.isRegularFile(schema)) {
            return AnalysisOptions.none();
        }
        return new AnalysisOptions(List.of(new AnalysisOptions.StateSchema(Optional.empty(),
                schema.getFileName().toString(), DeclaredSchema.parse(Files.readString(schema, StandardCharsets.UTF_8)))));
    }

    private static String line(Finding f) {
        return f.checkId() + "\t" + f.sessionId() + "\t" + f.step() + "\t" + f.location().line();
    }

    private static String stem(Path trace) {
        String name = trace.getFileName().toString();
        return name.substring(0, name.length() - ".jsonl".length());
    }

    static List<String> expected(Path trace) throws IOException {
        Path file = trace.resolveSibling(stem(trace) + ".expected");
        assertTrue(Files.isRegularFile(file), "missing " + file.getFileName());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
