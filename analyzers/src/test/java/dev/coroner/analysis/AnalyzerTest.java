package dev.coroner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine goes on when a check fails on a session, and says so where that session's findings are. */
class AnalyzerTest {

    private static final LoadedTrace BLEED = Traces.load(Path.of("../samples/bleed-shared-memory/trace.jsonl").toAbsolutePath());

    /** Reports one low finding per session, then throws on the session named. */
    private record FailingCheck(String failOn) implements Check {
        @Override
        public CheckInfo info() {
            return new CheckInfo("context.fails-on-purpose", "A check that throws", Severity.LOW, "0.3.0",
                    "for the test", "none", "none");
        }

        @Override
        public void inspect(SessionFacts session, CheckContext context) {
            context.atSession("seen before failing").report();
            if (session.session().id().equals(failOn)) {
                throw new IllegalStateException("broken on purpose");
            }
        }
    }

    @Test
    void aCheckThatThrowsOnOneSessionLeavesTheRestOfTheRunWhole() {
        List<Check> checks = new ArrayList<>(CheckCatalog.all());
        checks.add(new FailingCheck("sess-b22c"));
        AnalysisResult result = new Analyzer(checks, 2).analyze(BLEED);

        List<Finding> failed = result.findings().stream()
                .filter(f -> f.checkId().equals(Analyzer.CHECK_FAILED.id())).toList();
        assertEquals(1, failed.size(), "only the session it threw on");
        assertEquals("sess-b22c", failed.get(0).sessionId());
        assertEquals(Severity.MEDIUM, failed.get(0).severity());
        assertTrue(failed.get(0).message().matches("check context\\.fails-on-purpose failed on this session"
                + " \\(IllegalStateException at AnalyzerTest\\.java:\\d+\\); its findings here are incomplete"),
                failed.get(0).message());
        assertEquals(2, result.findings().stream().filter(f -> f.checkId().equals("bleed.foreign-identifier")).count(),
                "the other checks still judged the session");
        assertEquals(2, result.findings().stream().filter(f -> f.checkId().equals("context.fails-on-purpose")).count(),
                "what the check reported before it threw is kept");
        assertTrue(result.checks().contains(Analyzer.CHECK_FAILED), "reports can describe the finding");
        assertEquals(Verdict.Kind.STATE_FAILURE, session(result, "sess-b22c").verdict().kind());
    }

    @Test
    void aSessionWhoseCheckFailedIsNeverClean() {
        List<Check> checks = new ArrayList<>(CheckCatalog.all());
        checks.add(new FailingCheck("sess-a81f"));
        AnalysisResult result = new Analyzer(checks, 1).analyze(BLEED);
        assertEquals(Verdict.Kind.CLEAN, session(new Analyzer(CheckCatalog.all(), 1).analyze(BLEED), "sess-a81f")
                .verdict().kind(), "clean when every check ran");
        assertEquals(Verdict.Kind.INCONCLUSIVE, session(result, "sess-a81f").verdict().kind());
    }

    @Test
    void aRunWithoutFailuresDoesNotListTheEnginesFinding() {
        AnalysisResult result = new Analyzer(CheckCatalog.all(), 1).analyze(BLEED);
        assertTrue(result.checks().stream().noneMatch(c -> c.equals(Analyzer.CHECK_FAILED)));
        assertTrue(CheckCatalog.info(Analyzer.CHECK_FAILED.id()).isPresent(), "explain and --suppress know it");
    }

    private static SessionResult session(AnalysisResult result, String id) {
        return result.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
