package dev.coroner.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.finding.Finding;
import dev.coroner.testing.Traces;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint checks on checkpoints written by the real LangGraph JS checkpointer, and on the
 * Python-layout fixture: every finding, and the verdict of every thread. The clean threads are the
 * hard negatives: a recovered tool error, an interrupt that was resumed, a deliberate RemoveMessage
 * trim, a subgraph in its own namespace, a value filled in where there was null.
 */
class CheckpointFindingsTest {

    private static AnalysisResult analyze(String fixture) throws URISyntaxException {
        return Traces.analyze(Traces.load(Path.of(CheckpointFindingsTest.class.getResource("/langgraph/" + fixture).toURI())));
    }

    private static List<String> findings(AnalysisResult result) {
        return result.findings().stream().map(f -> f.checkId() + " " + f.sessionId() + " " + f.step()).toList();
    }

    private static Map<String, String> verdicts(AnalysisResult result) {
        Map<String, String> out = new TreeMap<>();
        for (SessionResult s : result.sessions()) {
            out.put(s.id(), s.verdict().kind().label() + s.verdict().rootCause().map(r -> " " + r.checkId()).orElse(""));
        }
        return out;
    }

    @Test
    void realLangGraphJsCheckpoints() throws URISyntaxException {
        AnalysisResult result = analyze("js-checkpoints.sqlite");

        assertEquals(List.of(
                "state.field-dropped booking-lisbon-31 10",
                "state.schema-drift booking-lisbon-31 10",
                "state.history-regressed chat-overwritten-64 7",
                "state.type-changed order-type-70 4",
                "state.pending-task-dropped refund-abandoned-19 6",
                "state.unpaired-tool-call refund-abandoned-19 8",
                "state.fork-from-stale research-fork-88 15",
                "state.history-forgotten research-fork-88 18",
                "bleed.shared-thread support-shared-2 7"), findings(result));
        assertEquals(Map.ofEntries(
                Map.entry("booking-lisbon-31", "state-failure state.field-dropped"),
                Map.entry("chat-overwritten-64", "state-failure state.history-regressed"),
                Map.entry("chat-trimmed-63", "clean"),
                Map.entry("order-type-70", "state-failure state.type-changed"),
                Map.entry("refund-abandoned-19", "state-failure state.pending-task-dropped"),
                Map.entry("refund-approved-12", "clean"),
                Map.entry("research-fork-88", "state-failure state.fork-from-stale"),
                Map.entry("research-subgraph-5", "clean"),
                Map.entry("support-clean-4411", "clean"),
                Map.entry("support-retry-7302", "clean"),
                Map.entry("support-shared-2", "state-failure bleed.shared-thread")), verdicts(result));
    }

    @Test
    void amnesiaIsNamedWithTheCheckpointIdsAndThePath() throws URISyntaxException {
        AnalysisResult result = analyze("js-checkpoints.sqlite");
        Finding dropped = result.findings().get(0);

        assertTrue(dropped.message().matches("State field \"constraints\" present at step 9 is missing at step 10 with"
                + " no delete recorded \\(checkpoint [0-9a-f-]{36} → [0-9a-f-]{36}\\)"), dropped.message());
        assertEquals("{\"accessibility\":\"step-free access (wheelchair user)\",\"max_price_eur\":180}",
                dropped.evidence().get(0).excerpt());
        Finding drift = result.findings().get(1);
        assertTrue(drift.message().endsWith(": channel \"constraints\" keeps version 3 but has no value: the graph that"
                + " wrote this checkpoint does not declare it"), drift.message());
    }

    @Test
    void forkNamesTheParentAndTheCheckpointsLeftBehind() throws URISyntaxException {
        Finding fork = analyze("js-checkpoints.sqlite").findings().stream()
                .filter(f -> f.checkId().equals("state.fork-from-stale")).findFirst().orElseThrow();

        assertTrue(fork.message().matches("Checkpoint [0-9a-f-]{36} \\(source input\\) at step 15 continues checkpoint"
                + " [0-9a-f-]{36} \\(step 4\\), not the latest checkpoint [0-9a-f-]{36} \\(step 14\\): 6 later checkpoints"
                + " are left off this thread's history"), fork.message());
        assertEquals("2 messages, the last from assistant: Q3 churn was 2.1%, down from 2.6% in Q2.",
                fork.evidence().get(0).excerpt());
        assertEquals("6 messages, the last from assistant: EMEA action items: keep the annual-plan discount; call the 12"
                + " accounts at risk.", fork.evidence().get(1).excerpt());
    }

    @Test
    void pythonLayoutCheckpoints() throws URISyntaxException {
        AnalysisResult result = analyze("python-msgpack.sqlite");

        assertEquals(List.of(
                "evidence.checkpoint-undecodable py-opaque-3 2",
                "bleed.shared-thread py-shared-4 5",
                "state.schema-drift py-upgrade-2 10"), findings(result));
        assertEquals(Map.of(
                "py-opaque-3", "inconclusive",
                "py-shared-4", "state-failure bleed.shared-thread",
                "py-support-1", "clean",
                "py-upgrade-2", "state-failure state.schema-drift"), verdicts(result));
        Finding drift = result.findings().get(2);
        assertTrue(drift.message().endsWith(": checkpoint format v1 → v4; graph_version 2024.08 → 2025.06"),
                drift.message());
    }
}
