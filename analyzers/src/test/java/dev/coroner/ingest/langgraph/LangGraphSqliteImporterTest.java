package dev.coroner.ingest.langgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite checkpointer files written by the real LangGraph JS checkpointer (js-checkpoints.sqlite)
 * and in Python's layout (python-msgpack.sqlite), read into sessions. See
 * samples/generators/langgraph-checkpoints/README.md for what each thread is.
 */
class LangGraphSqliteImporterTest {

    private static LoadedTrace js;
    private static LoadedTrace python;

    static Path fixture(String name) {
        try {
            return Path.of(LangGraphSqliteImporterTest.class.getResource("/langgraph/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void load() {
        js = Traces.load(fixture("js-checkpoints.sqlite"));
        python = Traces.load(fixture("python-msgpack.sqlite"));
    }

    private static Session session(LoadedTrace trace, String id) {
        return trace.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<StateSnapshot> snapshots(Session session) {
        return session.steps().stream().filter(StateSnapshot.class::isInstance).map(StateSnapshot.class::cast).toList();
    }

    private static JsonNode json(String text) throws IOException {
        return TraceJson.mapper().readTree(text);
    }

    @Test
    void everyThreadIsASessionAndTheInputIsRecognised() {
        assertEquals(List.of(), js.problems());
        assertEquals(List.of("booking-lisbon-31", "chat-overwritten-64", "chat-trimmed-63", "order-type-70",
                        "refund-abandoned-19", "refund-approved-12", "research-fork-88", "research-subgraph-5",
                        "support-clean-4411", "support-retry-7302", "support-shared-2"),
                js.sessions().stream().map(Session::id).toList());
        assertEquals("langgraph-sqlite", js.inputs().get(0).format());
        assertEquals(64, js.inputs().get(0).sha256().length());
    }

    @Test
    void messagesInStateBecomeStepsWithProvenance() {
        Session session = session(js, "support-clean-4411");
        assertEquals("u-alice", session.principal());
        // input checkpoint; user message; checkpoint; model call (tool call); checkpoint; tool result; …
        assertEquals("state message state model_call state tool_result state model_call state state message state "
                        + "model_call state tool_result state model_call state",
                session.steps().stream().map(Step::kind).collect(Collectors.joining(" ")));
        ModelCall first = (ModelCall) session.step(3);
        assertEquals(List.of(0), first.context());
        Message user = session.message(0);
        assertEquals("user", user.role());
        assertEquals("Hi, where is my order ORD-1042?", user.text());
        assertEquals(1, user.introducedAt());
        Message call = session.message(first.output().getAsInt());
        assertEquals("lookup_order", call.toolCalls().get(0).name());
        assertEquals("call_lookup_1", call.toolCalls().get(0).id());
        ToolResult result = (ToolResult) session.step(5);
        assertEquals("call_lookup_1", result.callId());
        assertEquals("lookup_order", result.tool());
        assertFalse(result.flaggedError());
        assertEquals("scripted-chat-1", first.model());
    }

    @Test
    void snapshotsKeepTheDeclaredChannelsAndTheCheckpointBesideThem() {
        Session session = session(js, "booking-lisbon-31");
        StateSnapshot beforeDeploy = (StateSnapshot) session.step(9);
        StateSnapshot afterDeploy = (StateSnapshot) session.step(10);
        assertEquals(List.of("messages", "user_id", "constraints"), names(beforeDeploy.state()));
        assertEquals(List.of("messages", "user_id"), names(afterDeploy.state()));
        assertEquals("4", afterDeploy.version());
        assertEquals("", afterDeploy.namespace());
        Checkpoint checkpoint = Checkpoint.of(afterDeploy).orElseThrow();
        assertEquals(Checkpoint.of(beforeDeploy).orElseThrow().id(), checkpoint.parentId());
        assertEquals("input", checkpoint.source());
        assertEquals(5, checkpoint.step().getAsLong());
        assertEquals("u-dana", checkpoint.principal());
        assertTrue(checkpoint.channelVersions().containsKey("constraints"));
        assertEquals("thread booking-lisbon-31 checkpoint " + checkpoint.id(), afterDeploy.source().locator());
        assertEquals(List.of("messages", "branch:to:capture"),
                checkpoint.writes().stream().map(Checkpoint.Write::channel).toList());
        assertTrue(afterDeploy.attributes().get("internal_channels").has("__start__"));
    }

    @Test
    void subgraphCheckpointsKeepTheirNamespace() {
        Session session = session(js, "research-subgraph-5");
        List<String> namespaces = snapshots(session).stream().map(StateSnapshot::namespace).distinct().toList();
        assertEquals(2, namespaces.size());
        assertEquals("", namespaces.get(0));
        assertTrue(namespaces.get(1).startsWith("research:"), namespaces.get(1));
        long inSubgraph = snapshots(session).stream().filter(s -> !s.namespace().isEmpty()).count();
        assertEquals(5, inSubgraph);
        assertEquals("search_docs", session.steps().stream().filter(ToolResult.class::isInstance)
                .map(s -> ((ToolResult) s).tool()).findFirst().orElseThrow());
    }

    @Test
    void interruptsAndTaskErrorsBecomeSteps() {
        Session session = session(js, "refund-abandoned-19");
        List<NodeStep> nodes = session.steps().stream().filter(NodeStep.class::isInstance).map(NodeStep.class::cast)
                .toList();
        assertEquals(List.of("interrupt", "error"), nodes.stream().map(NodeStep::type).toList());
        assertFalse(nodes.get(0).failed());
        assertTrue(nodes.get(1).failed());
        assertTrue(nodes.get(1).error().startsWith("400 An assistant message with 'tool_calls' must be followed"),
                nodes.get(1).error());
        Session resumed = session(js, "refund-approved-12");
        assertEquals(List.of("interrupt", "resume"), resumed.steps().stream().filter(NodeStep.class::isInstance)
                .map(s -> ((NodeStep) s).type()).toList());
    }

    @Test
    void pythonMsgpackExtensionTypesBecomePlainTrees() throws IOException {
        assertEquals(List.of(), python.problems());
        Session session = session(python, "py-support-1");
        assertEquals("u-py-ana", session.principal());
        StateSnapshot last = snapshots(session).get(snapshots(session).size() - 1);
        assertEquals(json("""
                {"customer_id": {"$type": "uuid.UUID", "$value": "4d2c9e7a1b224c2d9e7a1b224c2d9e7a"},
                 "tier": {"$type": "app.models.Tier", "$value": "gold"},
                 "tags": {"$type": "builtins.set", "$value": ["priority", "eu"]},
                 "preferences": {"$type": "app.models.Preferences", "language": "pt", "contact": "email"},
                 "embedding": {"$type": "numpy.ndarray", "dtype": "float32", "shape": [3], "order": "C", "size": 12}}
                """).toString(), last.state().get("profile").toString());
        assertEquals("{\"$type\":\"datetime.datetime\",\"$method\":\"fromisoformat\","
                + "\"$value\":\"2025-06-02T09:00:00.123456+00:00\"}", last.state().get("last_seen").toString());
        assertEquals("4", last.version());
        Checkpoint checkpoint = Checkpoint.of(last).orElseThrow();
        assertEquals("00000000000000000000000000000004.0.4825777777777777", checkpoint.channelVersions().get("messages"));
        assertEquals("2025.06", checkpoint.metadata().get("graph_version").asText());
        assertEquals(List.of("user", "assistant", "tool", "assistant"),
                session.messages().stream().map(Message::role).toList());
        assertEquals("reschedule", session.message(1).toolCalls().get(0).name());
        StateSnapshot withSend = snapshots(session).get(2);
        assertEquals("langgraph.types.Send", withSend.attributes().get("internal_channels").get("__pregel_tasks").get(0)
                .get("$type").asText());
        assertEquals(1, Checkpoint.of(withSend).orElseThrow().pendingSends().size());
    }

    @Test
    void legacyJsonRowsAndPydanticV1MessagesAreRead() {
        Session session = session(python, "py-upgrade-2");
        List<StateSnapshot> snapshots = snapshots(session);
        assertEquals(List.of("1", "1", "1", "1", "1", "1", "4", "4"),
                snapshots.stream().map(StateSnapshot::version).toList());
        assertEquals("langchain.schema.messages.HumanMessage",
                snapshots.get(1).state().get("messages").get(0).get("$type").asText());
        assertEquals("langchain_core.messages.ai.AIMessage",
                snapshots.get(5).state().get("messages").get(3).get("$type").asText());
        // v1 per-node channels ("start:agent", "agent") are LangGraph's own, not application state.
        assertEquals(List.of("messages"), names(snapshots.get(2).state()));
        assertEquals(List.of("What is the status of ORD-6001?", "ORD-6001 is being packed.", "And when will it ship?",
                "It ships tomorrow.", "Can I still add an item?"),
                session.messages().stream().map(Message::text).toList());
    }

    @Test
    void undecodableValuesAreNotedWhereTheyAre() {
        Session session = session(python, "py-opaque-3");
        StateSnapshot snapshot = snapshots(session).get(1);
        assertEquals("{\"$type\":\"opaque\",\"encoding\":\"msgpack ext 42\",\"size\":17}",
                snapshot.state().get("invoice_index").toString());
        Checkpoint checkpoint = Checkpoint.of(snapshot).orElseThrow();
        assertEquals(3, checkpoint.undecodable().size());
        assertEquals("checkpoint " + checkpoint.id() + " at channel_values.invoice_index: unknown msgpack extension"
                + " type 42 (17 bytes)", checkpoint.undecodable().get(0));
        assertTrue(checkpoint.undecodable().get(1).startsWith("write summary of task task-py-opaque-3-1 at checkpoint "
                + checkpoint.id() + ": a \"pickle\" value (15 bytes)"), checkpoint.undecodable().get(1));
        assertTrue(checkpoint.undecodable().get(2).startsWith("write messages of task task-py-opaque-3-1 at checkpoint "
                + checkpoint.id() + ": corrupt or truncated msgpack (12 bytes)"), checkpoint.undecodable().get(2));
    }

    @Test
    void recognisesTheCheckpointerTablesOnly(@TempDir Path dir) throws IOException, SQLException {
        LangGraphSqliteImporter importer = new LangGraphSqliteImporter();
        assertTrue(importer.recognises(head(fixture("js-checkpoints.sqlite"))));
        assertTrue(importer.recognises(head(fixture("python-msgpack.sqlite"))));
        Path other = dir.resolve("other.sqlite");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            db.createStatement().execute("CREATE TABLE agent_sessions (session_id TEXT)");
            db.createStatement().execute("CREATE TABLE agent_messages (message_data TEXT)");
        }
        assertFalse(importer.recognises(head(other)));
        assertFalse(importer.recognises(new Head("{\"coroner\":1,\"type\":\"session\"}\n".getBytes())));
    }

    private static Head head(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new Head(Arrays.copyOf(bytes, Math.min(bytes.length, Head.LIMIT)));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
