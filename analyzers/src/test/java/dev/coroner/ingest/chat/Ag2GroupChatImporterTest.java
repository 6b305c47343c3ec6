package dev.coroner.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
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

class Ag2GroupChatImporterTest {

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
    void speakersAreAgentsCodeIsACallAndTheExecutorReplyItsResult() throws IOException {
        LoadedTrace trace = load("chat.json", """
                [{"content": "Sum the column.", "role": "user", "name": "Admin"},
                 {"content": "Running it.\\n```python\\nprint(1 + 1)\\n```", "role": "user", "name": "Coder"},
                 {"content": "exitcode: 1 (execution failed)\\nCode output: Traceback (most recent call last):\\nNameError: x", \
                "role": "user", "name": "Executor"},
                 {"content": "The sum is 2. TERMINATE", "role": "assistant", "name": "Reviewer"}]
                """);
        assertEquals(List.of(), trace.problems());
        assertEquals("ag2-groupchat", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("message,model_call,tool_call,tool_result,model_call", kinds(session));
        assertEquals("user", session.message(0).role());
        ModelCall coder = (ModelCall) session.step(1);
        assertEquals("Coder", coder.agent());
        assertEquals(List.of(0), coder.context());
        ToolCall call = (ToolCall) session.step(2);
        assertEquals("Executor", call.tool());
        assertEquals("python", call.arguments().get("language").asText());
        assertEquals("print(1 + 1)", call.arguments().get("code").asText());
        ToolResult result = (ToolResult) session.step(3);
        assertEquals("Executor", result.tool());
        assertEquals("", result.callId());
        assertTrue(result.flaggedError());
        ModelCall reviewer = (ModelCall) session.step(4);
        assertEquals("Reviewer", reviewer.agent());
        assertEquals(3, reviewer.context().size());
    }

    @Test
    void systemPromptsPerAgentStartEachInputAndNoCodeRepliesAreMessages() throws IOException {
        LoadedTrace trace = load("runs.jsonl", """
                {"id": "run/7", "is_correct": false, "history": [{"content": "Task: count.\\n```python\\nprint(3)\\n```", "name": "Math_Expert", "role": "assistant"}, {"content": "exitcode: 0 (execution succeeded)\\nCode output: 3\\n", "name": "Computer_terminal", "role": "user"}, {"content": "There is no code from the last 1 message for me to execute.", "name": "Computer_terminal", "role": "user"}, {"content": "It is 3.", "name": "Check_Expert", "role": "user"}], "system_prompt": {"Math_Expert": "You count.", "Check_Expert": "You check."}}
                """);
        assertEquals(List.of(), trace.problems());
        Session session = trace.sessions().get(0);
        assertEquals("run/7", session.id());
        assertEquals("message,tool_call,tool_result,message,model_call", kinds(session));
        assertEquals("Math_Expert", session.step(1).agent());
        assertFalse(((ToolResult) session.step(2)).flaggedError());
        ModelCall check = (ModelCall) session.step(4);
        assertEquals("system", session.message(check.context().get(0)).role());
        assertEquals("You check.", session.message(check.context().get(0)).text());
        assertEquals(dev.coroner.trace.Outcome.FAILURE, session.outcome());
    }

    @Test
    void registeredFunctionsPairById() throws IOException {
        LoadedTrace trace = load("tools.json", """
                [{"content": "Weather in Oslo?", "role": "user", "name": "User"},
                 {"content": null, "role": "assistant", "name": "Planner", "tool_calls": [{"id": "call_9", "type": "function", \
                "function": {"name": "weather", "arguments": "{\\"city\\": \\"Oslo\\"}"}}]},
                 {"content": "4 C", "role": "tool", "name": "User", "tool_responses": [{"tool_call_id": "call_9", "role": "tool", \
                "content": "4 C"}]},
                 {"content": "It is 4 C in Oslo. TERMINATE", "role": "assistant", "name": "Planner"}]
                """);
        assertEquals(List.of(), trace.problems());
        assertEquals("ag2-groupchat", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("message,model_call,tool_call,tool_result,model_call", kinds(session));
        ToolResult result = (ToolResult) session.step(3);
        assertEquals("call_9", result.callId());
        assertEquals("weather", result.tool());
    }
}
