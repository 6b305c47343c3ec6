package dev.coroner.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagenticOneImporterTest {

    @TempDir
    Path dir;

    private LoadedTrace load(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(), () -> new ByteArrayInputStream(new byte[0]))
                .load(InputSet.expand(List.of(file.toString()), dir));
    }

    private static String kinds(Session session) {
        return session.steps().stream().map(Step::kind).collect(Collectors.joining(","));
    }

    @Test
    void instructionsToActingAgentsAreHandoffsAndCallsAndTheirRepliesResults() throws IOException {
        LoadedTrace trace = load("team.jsonl", """
                {"id": "run-1", "is_corrected": false, "history": [{"role": "human", "content": "Find the cheapest flight."}, \
                {"role": "Orchestrator (thought)", "content": "Plan: ask the web agent."}, \
                {"role": "Orchestrator (-> WebSurfer)", "content": "Search flights LIS to OSL."}, \
                {"role": "Orchestrator (thought)", "content": "Next speaker WebSurfer"}, \
                {"role": "WebSurfer", "content": "I found TP1208 for 212 EUR."}, \
                {"role": "Orchestrator (-> Assistant)", "content": "Write code to convert 212 EUR to NOK."}, \
                {"role": "Assistant", "content": "```python\\nprint(212 * 11.7)\\n```"}, \
                {"role": "Orchestrator (-> ComputerTerminal)", "content": "Run it."}, \
                {"role": "ComputerTerminal", "content": "The script ran, then exited with Unix exit code: 1\\nIts output was:\\nTraceback (most recent call last):"}]}
                """);
        assertEquals(List.of(), trace.problems());
        assertEquals("magentic-one", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("message,model_call,model_call,handoff,tool_call,model_call,tool_result,model_call,handoff,model_call,"
                + "model_call,handoff,tool_call,tool_result", kinds(session));
        Handoff toSurfer = (Handoff) session.step(3);
        assertEquals("WebSurfer", toSurfer.to());
        assertEquals(3, toSurfer.messages().size(), "the whole thread, the instruction last");
        ToolCall search = (ToolCall) session.step(4);
        assertEquals("WebSurfer", search.tool());
        assertEquals("Search flights LIS to OSL.", search.arguments().get("instruction").asText());
        ToolResult found = (ToolResult) session.step(6);
        assertEquals("WebSurfer", found.tool());
        assertEquals(false, found.flaggedError());
        assertEquals("Assistant", session.step(9).agent());
        assertTrue(session.step(9) instanceof ModelCall);
        ToolCall run = (ToolCall) session.step(12);
        assertEquals("print(212 * 11.7)", run.arguments().get("code").asText());
        assertTrue(((ToolResult) session.step(13)).flaggedError());
        assertEquals(dev.coroner.trace.Outcome.FAILURE, session.outcome());
    }
}
