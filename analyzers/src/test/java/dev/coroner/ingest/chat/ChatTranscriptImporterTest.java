package dev.coroner.ingest.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportProblem;
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

class ChatTranscriptImporterTest {

    @TempDir
    Path dir;

    private LoadedTrace load(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(),
                () -> new ByteArrayInputStream(new byte[0]))
                .load(InputSet.expand(List.of(file.toString()), dir));
    }

    private static String kinds(Session session) {
        return session.steps().stream().map(Step::kind).collect(Collectors.joining(","));
    }

    @Test
    void openAiMessageArrayIsOneConversationNamedAfterTheFile() throws IOException {
        LoadedTrace trace = load("support.json", """
                [
                  {"role": "system", "content": "You are a helpful support agent."},
                  {"role": "user", "content": [{"type": "text", "text": "Where is order 88?"}]},
                  {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
                    "function": {"name": "lookup", "arguments": "{\\"id\\": 88}"}}]},
                  {"role": "tool", "tool_call_id": "call_1", "content": "shipped"},
                  {"role": "assistant", "content": "Order 88 has shipped."}
                ]
                """);
        assertEquals(List.of(), trace.problems());
        assertEquals("chat", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("support.json", session.id());
        assertEquals("message,message,model_call,tool_call,tool_result,model_call", kinds(session));
        ModelCall first = (ModelCall) session.step(2);
        assertEquals(List.of(0, 1), first.context());
        assertEquals("Where is order 88?", session.message(1).text());
        ToolCall call = (ToolCall) session.step(3);
        assertEquals("lookup", call.tool());
        assertEquals("call_1", call.callId());
        ToolResult result = (ToolResult) session.step(4);
        assertEquals("lookup", result.tool());
        assertEquals(4, session.message(result.message()).introducedAt());
        ModelCall last = (ModelCall) session.step(5);
        assertEquals(4, last.context().size());
        assertEquals("every earlier message of the transcript", last.attributes().get("context").asText());
        assertEquals(1, first.source().line());
        assertEquals("[2]", first.source().locator());
    }

    @Test
    void wrapperObjectGivesIdPrincipalOutcomeAndKeepsOtherFields() throws IOException {
        LoadedTrace trace = load("conv.json", """
                {"id": "c-17", "user_id": "u-9", "success": false, "error": "wrong answer", "channel": "sms",
                 "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
                """);
        Session session = trace.sessions().get(0);
        assertEquals("c-17", session.id());
        assertEquals("u-9", session.principal());
        assertEquals(dev.coroner.trace.Outcome.FAILURE, session.outcome());
        assertEquals("wrong answer", session.failure());
        assertEquals("sms", session.attributes().get("channel").asText());
        assertEquals("messages[1]", session.step(1).source().locator());
    }

    @Test
    void jsonlHasOneConversationPerLineAndABadLineStopsNothing() throws IOException {
        LoadedTrace trace = load("chats.jsonl", String.join("\n",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}]}",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"b\"}",
                "{\"messages\": [{\"content\": \"no role\"}]}",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"c\"}]}", ""));
        assertEquals(List.of("chats.jsonl:1", "chats.jsonl:3", "chats.jsonl:4"),
                trace.sessions().stream().map(Session::id).toList());
        List<ImportProblem> problems = trace.problems();
        assertEquals(2, problems.size());
        assertEquals("chats.jsonl:2", problems.get(0).at().fileAndLine());
        assertTrue(problems.get(0).message().startsWith("expected a JSON object (one conversation per line), found malformed JSON"),
                problems.get(0).message());
        assertEquals("chats.jsonl:3: expected field \"role\" (a string)", problems.get(1).toString());
        assertEquals("messages[0]", problems.get(1).at().locator());
    }

    @Test
    void speakerRolesBecomeAgentsAndAddressedTurnsHandoffs() throws IOException {
        LoadedTrace trace = load("team.jsonl", """
                {"id": "run-1", "history": [{"role": "human", "content": "Find the cheapest flight."}, \
                {"role": "Planner (note)", "content": "Plan: ask the researcher."}, \
                {"role": "Planner (-> Researcher)", "content": "Search flights LIS to OSL."}, \
                {"role": "Researcher", "content": "I found TP1208 for 212 EUR."}]}
                """);
        assertEquals("chat", trace.inputs().get(0).format());
        Session session = trace.sessions().get(0);
        assertEquals("message,model_call,model_call,handoff,model_call", kinds(session));
        assertEquals("Planner", session.step(1).agent());
        Handoff handoff = (Handoff) session.step(3);
        assertEquals("Planner", handoff.from());
        assertEquals("Researcher", handoff.to());
        assertEquals("Researcher", session.step(4).agent());
        assertEquals("Planner (-> Researcher)", session.message(((ModelCall) session.step(2)).output().getAsInt()).name());
    }

    @Test
    void turnListsWithThoughtActionAndEnvironment() throws IOException {
        LoadedTrace trace = load("records.jsonl", """
                {"id": "rec/4", "profile": "You are a careful agent.", "contents": [[{"role": "user", "content": "Download the file."}, \
                {"role": "agent", "thought": "I will search first.", "action": "query_search{'request': 'file'}"}, \
                {"role": "environment", "content": "Error: could not find asset"}, \
                {"role": "agent", "thought": "Done.", "action": ""}]]}
                """);
        assertEquals(List.of(), trace.problems());
        Session session = trace.sessions().get(0);
        assertEquals("rec/4", session.id());
        assertEquals("message,message,model_call,tool_call,tool_result,model_call", kinds(session));
        assertEquals("system", session.message(0).role());
        ToolCall call = (ToolCall) session.step(3);
        assertEquals("query_search", call.tool());
        assertEquals("{'request': 'file'}", call.arguments().asText());
        ToolResult result = (ToolResult) session.step(4);
        assertEquals("query_search", result.tool());
        assertEquals("I will search first.", session.message(((ModelCall) session.step(2)).output().getAsInt()).text());
    }

    @Test
    void reActActionsAreToolCallsWithTheirInput() throws IOException {
        LoadedTrace trace = load("react.jsonl", """
                {"id": "rec/5", "contents": [[{"role": "user", "content": "Unlock the front door for the plumber."}, \
                {"role": "agent", "thought": "I should check the lock.", "action": "Action: SmartLockGetStatus\\nAction Input: {'lock_id': 'front', 'verbose': True}"}, \
                {"role": "environment", "content": "{\\"locked\\": true}"}]]}
                """);
        assertEquals(List.of(), trace.problems());
        ToolCall call = (ToolCall) trace.sessions().get(0).step(2);
        assertEquals("SmartLockGetStatus", call.tool());
        assertEquals("{'lock_id': 'front', 'verbose': True}", call.arguments().asText());
    }

    @Test
    void sniffsConversationsButNotOtherJson() {
        ChatTranscriptImporter importer = new ChatTranscriptImporter();
        assertTrue(importer.recognises(head("[{\"role\": \"user\", \"content\": \"x\"}]")));
        assertTrue(importer.recognises(head("{\"id\": 1, \"messages\": [{\"role\": \"user\"}]}\n")));
        assertTrue(importer.recognises(head("{\n  \"history\": [\n    {\"role\": \"human\", \"content\": \"x\"}\n  ]\n}")));
        assertFalse(importer.recognises(head("{\"resourceSpans\": []}")));
        assertFalse(importer.recognises(head("{\"messages\": [1, 2]}\n")));
        assertFalse(importer.recognises(head("role: user\n")));
    }

    private static Head head(String text) {
        return new Head(text.getBytes(StandardCharsets.UTF_8));
    }
}
