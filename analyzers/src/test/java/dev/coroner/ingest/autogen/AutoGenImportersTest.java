package dev.coroner.ingest.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AutoGen importers on the fixtures and on inputs written here: steps, pairing, handoffs, snapshots, problems. */
class AutoGenImportersTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    private static LoadedTrace load(Path base, String... inputs) {
        return new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream)
                .load(InputSet.expand(List.of(inputs), base));
    }

    private static String kinds(Session session) {
        return String.join(" ", session.steps().stream().map(Step::kind).toList());
    }

    @Test
    void toolErrorIsFlaggedAndPairedByCallId() {
        Session s = load(FIXTURES, FIXTURES.resolve("autogen-agentchat/tool-error-restated.json").toString())
                .sessions().get(0);
        assertEquals("tool-error-restated.json", s.id());
        assertEquals("message model_call tool_call tool_result model_call", kinds(s));
        ToolCall call = (ToolCall) s.step(2);
        ToolResult result = (ToolResult) s.step(3);
        assertEquals("call_Qm3x8PZ1", call.callId());
        assertEquals("{\"order_id\":\"58213\"}", call.arguments().toString());
        assertEquals(call.callId(), result.callId());
        assertEquals("get_order", result.tool());
        assertTrue(result.flaggedError());
        ModelCall answer = (ModelCall) s.step(4);
        assertEquals("refunds", answer.agent());
        assertEquals(List.of(0, 1, 2), answer.context());
        assertEquals("{\"prompt_tokens\":142,\"completion_tokens\":37}", answer.attributes().get("models_usage").toString());
        assertEquals("2026-03-02T09:14:38.019466Z", answer.attributes().get("created_at").asText());
    }

    @Test
    void handoffGoesFromSourceToTargetWithItsContext() {
        Session s = load(FIXTURES, FIXTURES.resolve("autogen-agentchat/swarm-handoff.json").toString()).sessions().get(0);
        Handoff handoff = (Handoff) s.steps().stream().filter(Handoff.class::isInstance).findFirst().orElseThrow();
        assertEquals("triage", handoff.from());
        assertEquals("bookings", handoff.to());
        assertEquals(List.of("assistant", "tool", "assistant"),
                handoff.messages().stream().map(id -> s.message(id).role()).toList());
        assertEquals("call_L7b2k", s.message(handoff.messages().get(1)).toolCallId());
        assertFalse(((ToolResult) s.step(4)).flaggedError());
        assertEquals("Handoff to user from bookings detected.", s.attributes().get("autogen.stop_reason").asText());
    }

    @Test
    void streamKeepsThoughtMemoryAndSummary() {
        Session s = load(FIXTURES, FIXTURES.resolve("autogen-agentchat/stream.jsonl").toString()).sessions().get(0);
        assertEquals("message retrieval model_call tool_call tool_result message", kinds(s));
        Retrieval memory = (Retrieval) s.step(1);
        assertEquals("memory", memory.store());
        assertEquals("pref-17", memory.documents().get(0).id());
        assertEquals("The fare class decides the allowance; I should check the fare rules for economy light.",
                s.step(2).attributes().get("thought").asText());
        assertEquals(6, s.step(5).source().line());
    }

    @Test
    void listOfTaskResultsIsOneSessionEach() throws IOException {
        String one = Files.readString(FIXTURES.resolve("autogen-agentchat/tool-error-restated.json"));
        Files.writeString(tmp.resolve("runs.json"), "[" + one + "," + one + "]");
        LoadedTrace trace = load(tmp, tmp.resolve("runs.json").toString());
        assertEquals(List.of(), trace.problems());
        assertEquals(List.of("runs.json[0]", "runs.json[1]"), trace.sessions().stream().map(Session::id).toList());
        assertEquals("autogen-agentchat", trace.inputs().get(0).format());
    }

    @Test
    void badMessagesAreOneLineProblemsAndTheRestIsRead() throws IOException {
        Files.writeString(tmp.resolve("bad.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"source\":\"user\",\"content\":\"hi\",\"type\":\"TextMessage\"}",
                "{\"id\":\"b\",\"content\":\"no source\",\"type\":\"TextMessage\"}",
                "{\"id\":\"c\",\"source\":\"bot\",\"content\":[{\"arguments\":\"{}\"}],\"type\":\"ToolCallRequestEvent\"}",
                "{\"id\":\"d\",\"source\":\"bot\",\"content\":\"x\",\"type\":\"ToolCallExecutionEvent\"}",
                "{\"id\":\"e\",\"source\":\"bot\",\"content\":\"done\",\"type\":\"TextMessage\"}", ""));
        LoadedTrace trace = load(tmp, tmp.resolve("bad.jsonl").toString());
        assertEquals(List.of("bad.jsonl:2: expected field \"source\" of the TextMessage (a string)",
                        "bad.jsonl:3: expected field \"name\" in the function call 0 of the ToolCallRequestEvent (a string)",
                        "bad.jsonl:4: expected \"content\" of the ToolCallExecutionEvent to be a list of results,"
                                + " found a string \"x\""),
                trace.problems().stream().map(ImportProblem::toString).toList());
        assertEquals("message model_call", kinds(trace.sessions().get(0)));
    }

    @Test
    void savedStatesOfOneTeamAreSnapshotsInTheOrderRead() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("autogen-state/history-lost.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            Files.writeString(tmp.resolve("state-" + (i + 1) + ".json"), lines.get(i));
        }
        LoadedTrace trace = load(tmp, tmp.toString());
        assertEquals(List.of(), trace.problems());
        assertEquals(1, trace.sessions().size(), "three files of one team are one session");
        Session s = trace.sessions().get(0);
        assertEquals("team:RoundRobinGroupChatManager+reviewer+writer", s.id());
        List<StateSnapshot> threads = s.steps().stream().filter(StateSnapshot.class::isInstance)
                .map(StateSnapshot.class::cast).filter(x -> x.namespace().equals("RoundRobinGroupChatManager")).toList();
        assertEquals(List.of("state-1.json", "state-2.json", "state-3.json"),
                threads.stream().map(x -> x.source().file()).toList());
        assertEquals(List.of(3, 6, 3), threads.stream().map(x -> x.state().get("message_thread").size()).toList());
        assertEquals(List.of("writer", "writer/llm_context", "reviewer", "reviewer/llm_context",
                        "RoundRobinGroupChatManager"),
                s.steps().stream().filter(StateSnapshot.class::isInstance).limit(5)
                        .map(x -> ((StateSnapshot) x).namespace()).toList());
        StateSnapshot writer = (StateSnapshot) s.steps().stream().filter(StateSnapshot.class::isInstance)
                .findFirst().orElseThrow();
        assertFalse(writer.state().has("message_buffer"), "the transient inbox is not compared");
        assertEquals(1, writer.attributes().get("message_buffer").size());
        // The second state's new messages only are steps; the first three are context, not steps again.
        ModelCall second = (ModelCall) s.steps().stream().filter(ModelCall.class::isInstance).skip(2).findFirst()
                .orElseThrow();
        assertEquals("writer", second.agent());
        assertEquals(4, second.context().size());
    }

    @Test
    void singleAgentStateReadsItsModelContext() throws IOException {
        Files.writeString(tmp.resolve("agent.json"), """
                {"type": "AssistantAgentState", "version": "1.0.0", "llm_context": {"messages": [
                  {"content": "Weather in Oslo?", "source": "user", "type": "UserMessage"},
                  {"content": [{"id": "call_1", "arguments": "{\\"city\\": \\"Oslo\\"}", "name": "weather"}],
                   "thought": null, "source": "assistant", "type": "AssistantMessage"},
                  {"content": [{"content": "rate limited", "name": "weather", "call_id": "call_1", "is_error": true}],
                   "type": "FunctionExecutionResultMessage"},
                  {"content": "It is sunny in Oslo.", "thought": null, "source": "assistant", "type": "AssistantMessage"}
                ]}}
                """);
        LoadedTrace trace = load(tmp, tmp.resolve("agent.json").toString());
        assertEquals(List.of(), trace.problems());
        assertEquals("autogen-state", trace.inputs().get(0).format());
        Session s = trace.sessions().get(0);
        assertEquals("message model_call tool_call tool_result model_call state state", kinds(s));
        assertTrue(((ToolResult) s.step(3)).flaggedError());
        assertEquals("llm_context", ((StateSnapshot) s.step(6)).namespace());
    }

    @Test
    void notAStateIsAProblem() throws IOException {
        Files.writeString(tmp.resolve("states.jsonl"), "{\"type\": \"TeamState\", \"version\": \"1.0.0\", \"agent_states\": {}}\n"
                + "{\"type\": \"TeamState\", \"version\": \"1.0.0\", \"agent_states\": {\"a\": 3}}\n[1]\n");
        LoadedTrace trace = load(tmp, tmp.resolve("states.jsonl").toString());
        assertEquals(List.of("states.jsonl:2: expected the state of agent \"a\" to be an object, found a number 3",
                        "states.jsonl:3: expected a saved state (an object with \"type\" and \"version\"), found a number 1"),
                trace.problems().stream().map(ImportProblem::toString).toList());
    }

    @Test
    void stateCheckFindingsDoNotComeFromTheTransientInbox() throws IOException {
        String text = Files.readString(FIXTURES.resolve("autogen-state/team-clean.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"message_buffer\""));
        LoadedTrace trace = load(FIXTURES, FIXTURES.resolve("autogen-state/team-clean.json").toString());
        assertEquals(10, trace.sessions().get(0).steps().stream().filter(StateSnapshot.class::isInstance).count());
    }
}
