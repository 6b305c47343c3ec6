package dev.coroner.analysis.timeline;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline handed to reports: one entry per step, context sizes, state diffs. */
class TimelineTest {

    @TempDir
    Path dir;

    @Test
    void summarisesEveryStepWithContextSizeAndStateDiffs() {
        Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s1\",\"principal\":\"p\"}",
                "{\"type\":\"message\",\"session\":\"s1\",\"role\":\"user\",\"content\":\"Refund order ORD-1042\"}",
                "{\"type\":\"state\",\"session\":\"s1\",\"namespace\":\"orders\",\"state\":{\"customer\":{\"id\":\"C-7\","
                        + "\"tier\":\"gold\"},\"items\":[1],\"note\":\"x\"}}",
                "{\"type\":\"model_call\",\"session\":\"s1\",\"model\":\"m-1\",\"input\":[{\"role\":\"user\","
                        + "\"content\":\"Refund order ORD-1042\"}],\"output\":{\"role\":\"assistant\",\"content\":\"ok\"}}",
                "{\"type\":\"tool_call\",\"session\":\"s1\",\"call_id\":\"c1\",\"tool\":\"refund\",\"arguments\":{\"id\":1}}",
                "{\"type\":\"tool_result\",\"session\":\"s1\",\"call_id\":\"c1\",\"tool\":\"refund\","
                        + "\"content\":\"Error: refund service down\",\"is_error\":true}",
                "{\"type\":\"state\",\"session\":\"s1\",\"namespace\":\"orders\",\"version\":\"2\",\"state\":{\"customer\":"
                        + "{\"id\":\"C-7\"},\"items\":[1,2],\"status\":\"open\"},\"deleted\":[\"note\"]}");
        AnalysisResult result = Traces.analyze(Traces.load(dir, "t.jsonl"));
        List<TimelineStep> timeline = result.sessions().get(0).timeline();

        assertEquals(List.of("0 message user message", "1 state orders", "2 model_call m-1", "3 tool_call refund",
                        "4 tool_result refund result", "5 state orders (version 2)"),
                timeline.stream().map(s -> s.index() + " " + s.kind() + " " + s.summary()).toList());
        assertEquals(new TimelineStep.ContextSize(1, 21), timeline.get(2).context().orElseThrow());
        assertTrue(timeline.get(4).failed(), "an error tool result is a failed step");
        assertFalse(timeline.get(3).failed());
        assertTrue(timeline.get(0).context().isEmpty());

        TimelineStep.StateDiff first = timeline.get(1).diff().orElseThrow();
        assertEquals(-1, first.sinceStep());
        assertEquals(List.of("added customer {\"id\":\"C-7\",\"tier\":\"gold\"}", "added items [1]", "added note \"x\""),
                describe(first), "a first snapshot lists its top-level fields");
        TimelineStep.StateDiff second = timeline.get(5).diff().orElseThrow();
        assertEquals(1, second.sinceStep());
        assertEquals("orders", second.namespace());
        assertEquals(List.of("dropped customer.tier \"gold\"", "changed items [1] -> [1,2]", "deleted note \"x\"",
                "added status \"open\""), describe(second));
        assertEquals(0, second.omitted());
    }

    @Test
    void keepsAtMostFiftyChangesAndCountsTheRest() {
        StringBuilder state = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            state.append(i == 0 ? "" : ",").append("\"k").append(String.format("%02d", i)).append("\":").append(i);
        }
        state.append('}');
        Traces.write(dir, "big.jsonl", "{\"coroner\":1,\"type\":\"session\",\"session\":\"s2\"}",
                "{\"type\":\"state\",\"session\":\"s2\",\"state\":" + state + "}");
        TimelineStep.StateDiff diff = Traces.analyze(Traces.load(dir, "big.jsonl")).sessions().get(0).timeline().get(0)
                .diff().orElseThrow();
        assertEquals(50, diff.changes().size());
        assertEquals(10, diff.omitted());
        assertEquals("k00", diff.changes().get(0).path());
        assertEquals("k49", diff.changes().get(49).path());
    }

    private static List<String> describe(TimelineStep.StateDiff diff) {
        return diff.changes().stream().map(c -> c.kind().label() + " " + c.path() + " "
                + (c.kind() == TimelineStep.Change.CHANGED ? c.before() + " -> " + c.after()
                : c.before().isEmpty() ? c.after() : c.before())).toList();
    }
}
