package dev.coroner.analysis.verdict;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session of which nothing was recognised is never clean. */
class UnreadSessionVerdictTest {

    @Test
    void onlyTimelineStepsIsInconclusiveNotClean() throws Exception {
        AnalysisResult result = Traces.analyze(Traces.load(
                Path.of(UnreadSessionVerdictTest.class.getResource("/verdicts/only-timeline-steps.jsonl").toURI())));
        SessionResult unread = result.sessions().stream().filter(s -> s.id().equals("vd-steps-only"))
                .findFirst().orElseThrow();
        assertEquals(Verdict.Kind.INCONCLUSIVE, unread.verdict().kind());
        assertTrue(unread.verdict().reason().startsWith("nothing in the session was recognised as a model call,"
                + " message, tool call, retrieval or state (2 steps read as plain timeline steps)"),
                unread.verdict().reason());
        SessionResult read = result.sessions().stream().filter(s -> s.id().equals("vd-one-message"))
                .findFirst().orElseThrow();
        assertEquals(Verdict.Kind.CLEAN, read.verdict().kind(), "a message was read: the session is judged");
    }
}
