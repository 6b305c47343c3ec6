package dev.coroner.ingest.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.ToolResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Langfuse v5 marks a failed observation by its level, not by an OTel error status. */
class LangfuseLevelTest {

    @Test
    void toolObservationAtLevelErrorIsAFailedResult() {
        LoadedTrace trace = Traces.load(Path.of("..", "samples", "langfuse-v5-tool-error-carried-forward", "trace.jsonl")
                .toAbsolutePath().normalize());
        assertEquals(List.of(), trace.problems());
        List<ToolResult> results = trace.sessions().get(0).steps().stream()
                .filter(ToolResult.class::isInstance).map(ToolResult.class::cast).toList();
        assertEquals(1, results.size());
        assertEquals("get_order_status", results.get(0).tool());
        assertEquals(true, results.get(0).flaggedError(), "level ERROR with an unset OTel status is a failure");
    }
}
