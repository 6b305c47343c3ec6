package dev.coroner.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoronerJsonlImporterTest {

    private static final String TYPES = "session, step, message, model_call, tool_call, tool_result, retrieval, "
            + "state, handoff";

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CoronerJsonlImporterTest.class.getResource("/ingest/" + name).toURI());
    }

    private static JsonNode json(String text) throws Exception {
        return TraceJson.mapper().readTree(text);
    }

    private static Session only(LoadedTrace trace) {
        assertEquals(List.of(), trace.problems());
        assertEquals(1, trace.sessions().size());
        return trace.sessions().get(0);
    }

    private static List<Long> lines(Session session) {
        return session.steps().stream().map(s -> s.source().line()).toList();
    }

    @Test
    void badLinesBecomeProblemsWithLineAndMessageAndTheOtherLinesAreImported() throws Exception {
        LoadedTrace trace = Traces.load(resource("malformed/bad-lines.jsonl"));

        assertEquals(List.of(
                "bad-lines.jsonl:3: expected a JSON object, found ']'",
                "bad-lines.jsonl:4: expected a complete JSON object, found at column 66: Unexpected end-of-input:"
                        + " was expecting closing quote for a string value",
                "bad-lines.jsonl:5: expected field \"type\" (one of " + TYPES + "), found no such field",
                "bad-lines.jsonl:6: expected one of " + TYPES + " as \"type\", found \"foo\"",
                "bad-lines.jsonl:7: expected field \"session\" (a string)",
                "bad-lines.jsonl:8: expected \"content\" to be a string or a list of parts, found a number 5",
                "bad-lines.jsonl:9: expected \"coroner\": 1 (this reader knows format v1), found \"coroner\": 2",
                "bad-lines.jsonl:12: expected field \"model\" to be a string, found a number 5",
                "bad-lines.jsonl:13: expected field \"tool\" (a string)",
                "bad-lines.jsonl:14: expected \"outcome\" to be success, failure or unknown, found \"done\"",
                "bad-lines.jsonl:15: expected field \"session\" to be a string, found a number 7",
                "bad-lines.jsonl:16: expected field \"state\" to be an object, found an array",
                "bad-lines.jsonl:17: expected field \"is_error\" to be true or false, found a string \"yes\"",
                "bad-lines.jsonl:18: expected role system, developer, user, assistant or tool, found \"robot\"",
                "bad-lines.jsonl:19: expected field \"role\" in input[1] (a string)",
                "bad-lines.jsonl:20: expected \"coroner\": 1 (this reader knows format v1),"
                        + " found \"coroner\": 4294967297"),
                trace.problems().stream().map(ImportProblem::toString).toList());
        assertTrue(trace.problems().stream().noneMatch(ImportProblem::wholeInput));

        // Lines that could not be read leave no trace: no "ghost" session, no principal from line 14,
        // no message interned by the model call of line 12.
        assertEquals(List.of("good"), trace.sessions().stream().map(Session::id).toList());
        Session good = trace.sessions().get(0);
        assertEquals(List.of(2L, 10L, 21L), lines(good));
        assertEquals("tenant-a/u1", good.principal());
        assertEquals(Outcome.UNKNOWN, good.outcome());
        assertEquals(Map.of(), good.attributes());
        assertEquals(List.of("first good line", "second good line", "third good line"),
                good.messages().stream().map(Message::text).toList());
        assertEquals("coroner-jsonl", trace.inputs().get(0).format());
    }

    @Test
    void aModelCallRejectedAfterItsMessagesWereReadNeitherInternsThemNorBreaksAnalysis() {
        // The last event of the session is a model call with a bad "model": its input must not be
        // interned with a provenance pointing at a step that never exists.
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\",\"principal\":\"p\"}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"model\":5,\"input\":[{\"role\":\"user\","
                        + "\"content\":\"reach me at x.y@example.com\"}]}",
                "{\"type\":\"handoff\",\"session\":\"s\",\"from\":\"a\",\"messages\":[{\"role\":\"user\","
                        + "\"content\":\"handed over\"}]}");
        LoadedTrace trace = Traces.load(file);

        assertEquals(List.of("t.jsonl:2: expected field \"model\" to be a string, found a number 5",
                        "t.jsonl:3: expected field \"to\" (a string)"),
                trace.problems().stream().map(ImportProblem::toString).toList());
        Session session = trace.sessions().get(0);
        assertEquals(List.of(), session.steps());
        assertEquals(List.of(), session.messages());

        AnalysisResult result = Traces.analyze(trace);
        assertEquals(1, result.sessions().size());
        assertEquals(List.of(), result.findings());
    }

    @Test
    void unknownFieldsAreKeptAsAttributesOfStepsAndSessions() throws Exception {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s\",\"ts\":\"2025-03-04T10:15:00Z\","
                        + "\"tenant_tier\":\"gold\",\"attributes\":{\"region\":\"eu\"}}",
                "{\"type\":\"step\",\"session\":\"s\",\"id\":\"span-9\",\"agent\":\"triage\",\"name\":\"route\","
                        + "\"status\":\"error\",\"error\":\"no route\",\"trace_span\":\"a91c04\","
                        + "\"retries\":[1,2],\"attributes\":{\"graph\":\"main\"}}");
        Session session = only(Traces.load(file));

        assertEquals(Map.of("ts", TextNode.valueOf("2025-03-04T10:15:00Z"), "tenant_tier", TextNode.valueOf("gold"),
                "region", TextNode.valueOf("eu")), session.attributes());
        NodeStep step = (NodeStep) session.step(0);
        assertEquals(Map.of("trace_span", TextNode.valueOf("a91c04"), "retries", json("[1,2]"),
                "graph", TextNode.valueOf("main")), step.attributes());
        assertEquals("triage", step.agent());
        assertEquals("route", step.name());
        assertTrue(step.failed());
        assertEquals("no route", step.error());
        assertEquals("event span-9", step.source().locator());
        assertEquals("t.jsonl:2 (event span-9)", step.source().toString());
    }

    @Test
    void readsTheDocumentedExampleAsTheFormatPageDescribesIt() throws Exception {
        LoadedTrace trace = Traces.load(resource("docs-example.jsonl"));
        Session s = only(trace);

        assertEquals("sess-7f3a", s.id());
        assertEquals("tenant-acme/user-42", s.principal());
        assertEquals(Outcome.SUCCESS, s.outcome());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), lines(s));
        assertEquals(List.of("message", "model_call", "tool_call", "tool_result", "retrieval", "model_call", "state",
                "step", "handoff", "state"), s.steps().stream().map(Step::kind).toList());

        // Line 2 introduces the user message; the inputs of lines 3 and 7 and the handoff refer to it.
        int user = ((MessageStep) s.step(0)).message();
        assertEquals(0, s.message(user).introducedAt());
        ModelCall first = (ModelCall) s.step(1);
        ModelCall second = (ModelCall) s.step(5);
        assertEquals(user, first.context().get(1));
        assertEquals(user, second.context().get(1));
        assertEquals(List.of(user), ((Handoff) s.step(8)).messages());

        // The assistant message in the input of line 7 is the output of line 3.
        assertEquals(first.output().getAsInt(), second.context().get(2));
        assertEquals(1, s.message(second.context().get(2)).introducedAt());

        // The tool echo in the input of line 7 is the tool result of line 5, not a message of line 7.
        ToolResult result = (ToolResult) s.step(3);
        assertTrue(result.flaggedError());
        assertEquals("get_order", result.tool());
        assertEquals(result.message(), second.context().get(3));
        Message error = s.message(result.message());
        assertEquals(3, error.introducedAt());
        assertEquals("tool", error.role());
        assertEquals("call_1", error.toolCallId());
        assertEquals("upstream timeout after 30s", error.text());

        // The policy system message is new at line 7. Six distinct messages in all.
        assertEquals(5, s.message(second.context().get(4)).introducedAt());
        assertEquals(6, s.messages().size());

        // Line 11 patches the orders state of line 8 and deletes lookup.last_error on purpose.
        StateSnapshot patched = (StateSnapshot) s.step(9);
        assertEquals(json("{\"order_id\":\"1182\",\"status\":\"refunded\",\"lookup\":{\"attempts\":1}}"),
                patched.state());
        assertEquals("orders", patched.namespace());
        assertEquals("2", patched.version());
        assertEquals(List.of("lookup.last_error"), patched.deleted());
        assertEquals(Map.of("trace_span", TextNode.valueOf("a91c04")), patched.attributes());
        assertEquals(json("{\"order_id\":\"1182\",\"status\":\"refund_requested\","
                + "\"lookup\":{\"attempts\":1,\"last_error\":\"timeout\"}}"), ((StateSnapshot) s.step(6)).state());
    }

    @Test
    void aContextRepeatedAcrossCallsStoresEachMessageOnce() {
        String sys = "{\"role\":\"system\",\"content\":\"You are terse.\"}";
        String u1 = "{\"role\":\"user\",\"content\":\"one\"}";
        String a1 = "{\"role\":\"assistant\",\"content\":\"ONE\"}";
        String u2 = "{\"role\":\"user\",\"content\":\"two\"}";
        String a2 = "{\"role\":\"assistant\",\"content\":\"TWO\"}";
        String u3 = "{\"role\":\"user\",\"content\":\"three\"}";
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"model_call\",\"session\":\"s\",\"input\":[" + sys + "," + u1 + "],"
                        + "\"output\":" + a1 + "}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"input\":[" + sys + "," + u1 + "," + a1 + "," + u2 + "],"
                        + "\"output\":" + a2 + "}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"input\":[" + sys + "," + u1 + "," + a1 + "," + u2 + ","
                        + a2 + "," + u3 + "]}");
        Session s = only(Traces.load(file));

        assertEquals(List.of("You are terse.", "one", "ONE", "two", "TWO", "three"),
                s.messages().stream().map(Message::text).toList());
        assertEquals(List.of(0, 0, 0, 1, 1, 2), s.messages().stream().map(Message::introducedAt).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), ((ModelCall) s.step(2)).context());
        assertEquals(List.of(0, 1, 2, 3), ((ModelCall) s.step(1)).context());
        assertEquals(4, ((ModelCall) s.step(1)).output().getAsInt());
    }

    @Test
    void toolNameOfAResultComesFromItsCallAndNamesDoNotSplitTheEcho() {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"tool_call\",\"session\":\"s\",\"call_id\":\"c7\",\"tool\":\"lookup\"}",
                "{\"type\":\"tool_result\",\"session\":\"s\",\"call_id\":\"c7\",\"content\":{\"found\":false}}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"input\":[{\"role\":\"tool\",\"name\":\"lookup\","
                        + "\"tool_call_id\":\"c7\",\"content\":\"{\\\"found\\\":false}\"},"
                        + "{\"role\":\"tool\",\"tool_call_id\":\"c8\",\"content\":\"{\\\"found\\\":false}\"}]}");
        Session s = only(Traces.load(file));

        ToolResult result = (ToolResult) s.step(1);
        assertEquals("lookup", result.tool());
        assertEquals("{\"found\":false}", s.message(result.message()).text());
        ModelCall call = (ModelCall) s.step(2);
        assertEquals(result.message(), call.context().get(0));
        // Same content, but the answer to another call: a different message, introduced by the call.
        assertEquals(2, s.message(call.context().get(1)).introducedAt());
    }

    @Test
    void toolsOfferedToAModelAreReadAbsentMeansNotRecordedAndBadOnesAreProblems() throws Exception {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"model_call\",\"session\":\"s\",\"agent\":\"refunds\",\"tools\":["
                        + "{\"name\":\"issue_refund\",\"description\":\"Refund an order.\",\"parameters\":"
                        + "{\"type\":\"object\",\"required\":[\"amount\"]}},{\"name\":\"get_order\"}]}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"tools\":[]}",
                "{\"type\":\"model_call\",\"session\":\"s\"}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"tools\":[{\"description\":\"no name\"}]}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"tools\":[{\"name\":\"x\",\"parameters\":\"{}\"}]}",
                "{\"type\":\"model_call\",\"session\":\"s\",\"tools\":{\"name\":\"x\"}}");
        LoadedTrace trace = Traces.load(file);

        assertEquals(List.of(
                "t.jsonl:4: expected field \"name\" in tools[0] (a string)",
                "t.jsonl:5: expected field \"parameters\" in tools[0] to be an object, found a string \"{}\"",
                "t.jsonl:6: expected field \"tools\" to be an array, found an object"),
                trace.problems().stream().map(ImportProblem::toString).toList());
        Session s = trace.sessions().get(0);
        assertEquals(3, s.steps().size());
        List<dev.coroner.trace.ToolDefinition> offered = ((ModelCall) s.step(0)).tools().orElseThrow();
        assertEquals(List.of("issue_refund", "get_order"), offered.stream().map(t -> t.name()).toList());
        assertEquals("Refund an order.", offered.get(0).description());
        assertEquals(json("{\"type\":\"object\",\"required\":[\"amount\"]}"), offered.get(0).parameters());
        assertFalse(offered.get(1).hasParameters());
        assertEquals(java.util.Optional.of(List.of()), ((ModelCall) s.step(1)).tools());
        assertEquals(java.util.Optional.empty(), ((ModelCall) s.step(2)).tools());
        assertFalse(((ModelCall) s.step(0)).attributes().containsKey("tools"));
    }

    @Test
    void contentPartsAreJoinedAndNullContentIsEmpty() {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"message\",\"session\":\"s\",\"role\":\"user\",\"content\":["
                        + "{\"type\":\"text\",\"text\":\"look at\"},{\"type\":\"image_url\"},"
                        + "{\"type\":\"text\",\"text\":\"this kettle\"}]}",
                "{\"type\":\"message\",\"session\":\"s\",\"role\":\"assistant\",\"content\":null,"
                        + "\"tool_calls\":[{\"id\":\"c1\",\"name\":\"zoom\",\"arguments\":\"{\\\"x\\\": 2}\"}]}",
                "{\"type\":\"message\",\"session\":\"s\",\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\","
                        + "\"name\":\"zoom\",\"arguments\":{\"x\":2}}]}");
        Session s = only(Traces.load(file));

        assertEquals("look at\nthis kettle", s.message(0).text());
        assertEquals("", s.message(1).text());
        assertEquals("zoom", s.message(1).toolCalls().get(0).name());
        // Raw-string arguments and the same arguments as an object intern to one message.
        assertEquals(2, s.messages().size());
        assertEquals(1, ((MessageStep) s.step(2)).message());
    }

    @Test
    void patchesMergeDeeplyPerNamespaceAndDeletedPathsAreRemoved() throws Exception {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"state\",\"session\":\"s\",\"mode\":\"patch\",\"state\":{\"a\":1}}",
                "{\"type\":\"state\",\"session\":\"s\",\"namespace\":\"n\",\"state\":{\"c\":{\"d\":1,\"e\":[1,2]},"
                        + "\"f\":{\"g\":1}}}",
                "{\"type\":\"state\",\"session\":\"s\",\"namespace\":\"n\",\"mode\":\"patch\",\"state\":{\"c\":{\"e\":[3]},"
                        + "\"h\":null},\"deleted\":[\"f.g\",\"x.y.z\"]}",
                "{\"type\":\"state\",\"session\":\"s\",\"mode\":\"patch\",\"state\":{\"b\":2}}",
                "{\"type\":\"state\",\"session\":\"s\",\"state\":{\"k\":{\"l\":1,\"m\":2}},\"deleted\":[\"k.m\"],"
                        + "\"version\":3}");
        Session s = only(Traces.load(file));

        // A patch with nothing before it is the whole state.
        assertEquals(json("{\"a\":1}"), ((StateSnapshot) s.step(0)).state());
        // Objects merge key by key, arrays are replaced, null is a value, deleted paths go.
        assertEquals(json("{\"c\":{\"d\":1,\"e\":[3]},\"f\":{},\"h\":null}"), ((StateSnapshot) s.step(2)).state());
        // The patch of the default namespace merges into the default namespace, not into "n".
        assertEquals(json("{\"a\":1,\"b\":2}"), ((StateSnapshot) s.step(3)).state());
        StateSnapshot replaced = (StateSnapshot) s.step(4);
        assertEquals(json("{\"k\":{\"l\":1}}"), replaced.state());
        assertEquals("3", replaced.version());
        // The snapshot written earlier is not changed by later patches.
        assertEquals(json("{\"c\":{\"d\":1,\"e\":[1,2]},\"f\":{\"g\":1}}"), ((StateSnapshot) s.step(1)).state());
    }

    @Test
    void sessionEventsMergeAndADifferentLaterPrincipalIsKeptAsAnAttribute() {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"message\",\"session\":\"s\",\"role\":\"user\",\"content\":\"hi\"}",
                "{\"type\":\"session\",\"session\":\"s\",\"principal\":\"alice\"}",
                "{\"type\":\"session\",\"session\":\"s\",\"outcome\":\"failure\",\"error\":\"wrong refund\"}",
                "{\"type\":\"session\",\"session\":\"s\",\"principal\":\"mallory\"}",
                "{\"type\":\"session\",\"session\":\"s\",\"principal\":\"alice\"}");
        Session s = only(Traces.load(file));

        assertEquals("alice", s.principal());
        assertEquals(Outcome.FAILURE, s.outcome());
        assertEquals("wrong refund", s.failure());
        assertEquals(Map.of("principal@t.jsonl:4", TextNode.valueOf("mallory")), s.attributes());
        assertEquals("t.jsonl:1", s.source().fileAndLine());
    }

    @Test
    void recognisesOnlyAFirstEventWithTheMarker() {
        CoronerJsonlImporter importer = new CoronerJsonlImporter();

        assertTrue(importer.recognises(head("\n  \n{\"coroner\":1,\"type\":\"session\",\"session\":\"s\"}\n")));
        assertTrue(importer.recognises(head("{\"type\":\"session\",\"session\":\"s\",\"coroner\":1}")));
        assertFalse(importer.recognises(head("{\"type\":\"session\",\"session\":\"s\"}\n{\"coroner\":1}\n")));
        assertFalse(importer.recognises(head("{\"tool\": \"coroner\", \"report_version\": 1}\n")));
        assertFalse(importer.recognises(head("[{\"coroner\":1}]\n")));
        assertFalse(importer.recognises(head("coroner: 1\n")));
        assertFalse(importer.recognises(head("")));
        // A first line longer than the head is recognised by its opening marker alone.
        String longLine = "{\"coroner\":1,\"type\":\"message\",\"session\":\"s\",\"role\":\"user\",\"content\":\""
                + "x".repeat(Head.LIMIT) + "\"}\n";
        assertTrue(importer.recognises(new Head(longLine.substring(0, Head.LIMIT).getBytes(StandardCharsets.UTF_8))));
    }

    private static Head head(String text) {
        return new Head(text.getBytes(StandardCharsets.UTF_8));
    }
}
