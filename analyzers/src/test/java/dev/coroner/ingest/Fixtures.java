package dev.coroner.ingest;


import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The importer fixtures under src/test/resources/fixtures/FORMAT/, and helpers to load and compare them. */
final class Fixtures {

    /** Fixture folder (module-relative, so that regeneration writes into the source tree). */
    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    /** Every fixture trace: files with a trace suffix below a format folder, sorted. */
    static List<Path> all() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).filter(Fixtures::isTrace).sorted().toList();
        }
    }

    static boolean isTrace(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return InputSet.TRACE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The format a fixture is in: the name of its folder below {@link #ROOT}. */
    static String format(Path fixture) {
        return ROOT.relativize(fixture).getName(0).toString();
    }

    static LoadedTrace load(Path fixture, Optional<TraceImporter> forced) {
        InputSet inputs = InputSet.expand(List.of(fixture.toString()), ROOT);
        return new TraceLoader(FormatRegistry.standard(), forced, () -> new ByteArrayInputStream(new byte[0]))
                .load(inputs);
    }

    static AnalysisResult analyze(LoadedTrace trace) {
        return new Analyzer(CheckCatalog.all(), 2).analyze(trace);
    }

    /** Findings compared by check, session, step and message (locations differ between a trace and its conversion). */
    static String findings(AnalysisResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding f : result.findings()) {
            lines.add(f.checkId() + "\t" + f.sessionId() + "\t" + f.step() + "\t" + f.message());
        }
        result.sessions().forEach(s -> lines.add("verdict\t" + s.id() + "\t" + s.verdict().kind().label()));
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    static void compare(Path golden, String actual) throws IOException {
        dev.coroner.testing.Golden.compare(golden, actual);
    }
}
