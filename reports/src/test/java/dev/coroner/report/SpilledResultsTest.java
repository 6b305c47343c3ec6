package dev.coroner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.ResultCodec;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.filter.FindingFilter;
import dev.coroner.analysis.filter.Redactor;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.ingest.spill.SessionSize;
import dev.coroner.ingest.spill.Spill;
import dev.coroner.ingest.spill.SpilledList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results spilled past the memory budget ({@link SpilledList}) give every report byte for byte as the
 * results held in memory do, for every sample, check fixture and importer fixture: through the filters
 * (a suppression, the masking) and through every reporter; the spill files are gone once the trace is
 * closed, and nothing is written beside the inputs.
 */
class SpilledResultsTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path CHECK_FIXTURES = Path.of("../analyzers/src/test/resources/checks");
    private static final Path IMPORTER_FIXTURES = Path.of("../analyzers/src/test/resources/fixtures");

    static Stream<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Path root : List.of(SAMPLES, CHECK_FIXTURES, IMPORTER_FIXTURES)) {
            try (Stream<Path> children = Files.list(root)) {
                children.filter(Files::isDirectory).sorted().forEach(inputs::add);
            }
        }
        return inputs.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyReportOfSpilledResultsIsTheSame(Path input, @TempDir Path work) throws IOException {
        List<Path> before = tree(input);
        AnalysisResult analysed = new Analyzer(CheckCatalog.all(), 2).analyze(load(input, Long.MAX_VALUE, null));
        // Every list written to a file: nothing held.
        Spill spill = new Spill(work, 0);
        AnalysisResult spilled = spilledCopy(analysed, spill);
        assertEquals(analysed.findings().size(), ((SpilledList<?>) spilled.findings()).spilled());
        assertEquals(analysed.sessions().size(), ((SpilledList<?>) spilled.sessions()).spilled());
        assertEquals(analysed.sessions(), spilled.sessions(), "the round trip is exact");
        assertEquals(analysed.findings(), spilled.findings(), "the round trip is exact");

        List<Suppression> suppressions = analysed.findings().isEmpty() ? List.of()
                : List.of(new Suppression(analysed.findings().get(0).checkId(), "", "", "accepted in a test", "test"),
                        new Suppression("state.no-such-check", "", "", "matches nothing", "test"));
        for (List<Suppression> accepted : List.of(List.<Suppression>of(), suppressions)) {
            AnalysisResult held = Redactor.redact(FindingFilter.apply(analysed, accepted, Optional.empty()));
            AnalysisResult fromFile = Redactor.redact(FindingFilter.apply(spilled, accepted, Optional.empty()));
            assertTrue(fromFile.sessions().isEmpty() || fromFile.sessions() instanceof SpilledList<?>,
                    "masking writes its copy where the list was");
            for (Reporter reporter : Reporters.all()) {
                for (Severity failOn : List.of(Severity.HIGH, Severity.INFO)) {
                    assertEquals(render(reporter, held, failOn), render(reporter, fromFile, failOn),
                            reporter.format() + " of " + input + " with " + accepted.size() + " suppressions");
                }
            }
        }
        spill.close();
        assertEquals(List.of(), tree(work), "the spill files are gone");
        assertEquals(before, tree(input), "nothing written beside the inputs");
    }

    @Test
    void analysisSpillsResultsBesideTheReportAndClosingDeletesThem(@TempDir Path work) throws IOException {
        Path reports = Files.createDirectory(work.resolve("reports"));
        List<Path> before = tree(SAMPLES);
        LoadedTrace heldTrace = load(SAMPLES, Long.MAX_VALUE, null);
        AnalysisResult held = examine(heldTrace);
        // The largest session's size: no session is over the budget, most results are past half of it.
        long budget = heldTrace.sessions().stream().mapToLong(SessionSize::estimate).max().orElseThrow();
        try (LoadedTrace trace = load(SAMPLES, budget, reports)) {
            AnalysisResult spilled = examine(trace);
            assertTrue(((SpilledList<?>) spilled.sessions()).spilled() > 0, "some results were spilled");
            assertTrue(((SpilledList<?>) spilled.findings()).spilled() > 0, "some findings were spilled");
            assertFalse(tree(reports).isEmpty(), "the spill is beside the report");
            for (Reporter reporter : Reporters.all()) {
                assertEquals(render(reporter, held, Severity.HIGH), render(reporter, spilled, Severity.HIGH),
                        reporter.format());
            }
        }
        assertEquals(List.of(), tree(reports), "closing the trace deletes the spilled results");
        assertEquals(before, tree(SAMPLES), "nothing written beside the inputs");
    }

    private static AnalysisResult examine(LoadedTrace trace) {
        AnalysisResult analysed = new Analyzer(CheckCatalog.all(), 3).analyze(trace);
        return Redactor.redact(FindingFilter.apply(analysed, List.of(), Optional.empty()));
    }

    private static AnalysisResult spilledCopy(AnalysisResult r, Spill spill) {
        return new AnalysisResult(r.version(), r.inputs(), r.skipped(), r.problems(),
                copy(r.sessions(), spill, ResultCodec.SESSIONS, ResultCodec::size),
                copy(r.findings(), spill, ResultCodec.FINDINGS, ResultCodec::size), r.checks(),
                copy(r.suppressed(), spill, ResultCodec.SUPPRESSED, ResultCodec::size), r.unusedSuppressions(),
                r.baseline(), r.redacted());
    }

    private static <T> List<T> copy(List<T> list, Spill spill, SpilledList.Codec<T> codec, ToLongFunction<T> size) {
        SpilledList.Writer<T> writer = spill.writer("copy.smile", codec, size);
        list.forEach(writer::add);
        return writer.finish();
    }

    private static LoadedTrace load(Path input, long budget, Path spillParent) {
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream)
                .spillingTo(spillParent, budget)
                .load(InputSet.expand(List.of(input.toString()), input.toAbsolutePath().getParent()));
    }

    private static String render(Reporter reporter, AnalysisResult result, Severity failOn) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, ReportOptions.plain(failOn), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).sorted().toList();
        }
    }
}
