package dev.coroner.ingest.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SessionKey;
import dev.coroner.ingest.SpanAssembly;
import dev.coroner.ingest.SpanTimeline;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.Timestamps;
import dev.coroner.ingest.ToolCallPairing;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads OpenAI Agents SDK traces as a trace processor writes them: one JSON object per line,
 * {@code span.export()} / {@code span.toJSON()} ({@code "object": "trace.span"}) and
 * {@code trace.export()} ({@code "object": "trace"}), or the exporter's {@code {"data": […]}} batch.
 * Spans are grouped by trace; the session is the trace's {@code group_id}, else the trace id.
 * Generation spans are model calls with their exact chat messages; function spans are tool calls
 * paired with the call ids the preceding generation requested; handoff spans are handoffs.
 */
public final class OpenAiAgentsImporter implements StreamImporter {

    public static final String NAME = "openai-agents";

    private static final Pattern MARKER = Pattern.compile("\"object\"\\s*:\\s*\"trace(\\.span)?\"");
    private static final List<String> USER_KEYS = List.of("user_id", "userId", "user");

    /** One span and where it was read. */
    private record Span(JsonNode node, SourceRef at, String traceId, String id, String parent, long start) {
    }

    private static final SpanAssembly<Span> ASSEMBLY = new SpanAssembly<>(Span::id, Span::parent, Span::start,
            Span::at);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenAI Agents SDK traces and spans as a trace processor writes them (JSONL of span/trace export())";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the trace's group_id, else the trace id",
                List.of("generation spans: model calls with the exact chat messages sent and returned",
                        "function spans: tool calls and their output (paired to the model's call ids)",
                        "handoffs between agents", "guardrail results", "span errors", "a user id in trace metadata"),
                List.of("prompt and response of response spans (the default Responses API exports only response_id)",
                        "tool call ids on function spans (paired by tool name and arguments instead)",
                        "agent state between turns; retrieved documents"));
    }

    @Override
    public boolean recognises(Head head) {
        return MARKER.matcher(head.text()).find() && head.text().contains("\"trace_id\"")
                || head.text().contains("\"object\":\"trace\"") || head.text().contains("\"object\": \"trace\"");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, JsonNode> traces = new HashMap<>();
        Map<String, SourceRef> traceAt = new HashMap<>();
        JsonRecords.read(input, context, Set.of("data"), (field, record, at) -> {
            if (!record.isObject()) {
                throw RecordException.expected("a trace or span object", JsonFields.describe(record));
            }
            String object = record.path("object").asText("");
            if (object.equals("trace")) {
                String id = JsonFields.requiredText(record, "id", " of the trace");
                traces.put(id, record);
                traceAt.putIfAbsent(id, at.withLocator("trace " + id));
            } else if (object.equals("trace.span")) {
                String id = JsonFields.requiredText(record, "id", " of the span");
                String traceId = JsonFields.requiredText(record, "trace_id", " of span " + id);
                if (!record.path("span_data").isObject()) {
                    throw RecordException.expected("\"span_data\" (an object) in span " + id,
                            JsonFields.describe(record.get("span_data")));
                }
                spans.computeIfAbsent(traceId, k -> new ArrayList<>()).add(new Span(record, at.withLocator("span " + id),
                        traceId, id, record.path("parent_id").asText(""), Timestamps.micros(record.get("started_at"))));
            } else if (!field.equals("") || !object.isEmpty() || record.size() > 0) {
                throw RecordException.expected("\"object\": \"trace\" or \"trace.span\"",
                        object.isEmpty() ? "no \"object\" field" : "\"" + object + "\"");
            }
        });
        ASSEMBLY.byTrace(spans, (traceId, ordered) -> sessionKey(traceId, traces, traceAt), context, timeline -> {
            String traceId = timeline.spans().get(0).traceId();
            JsonNode trace = traces.getOrDefault(traceId, MissingNode.getInstance());
            SessionBuilder session = timeline.session();
            for (String key : USER_KEYS) {
                if (trace.path("metadata").path(key).isTextual()) {
                    session.principal(trace.path("metadata").path(key).asText(), traceAt.get(traceId));
                }
            }
            if (!trace.path("workflow_name").asText("").isEmpty()) {
                session.attribute("openai.workflow_name", trace.get("workflow_name"));
            }
            Map<String, Span> byId = new HashMap<>();
            timeline.spans().forEach(s -> byId.put(s.id(), s));
            for (Span span : timeline.spans()) {
                step(span, agent(span, byId), timeline);
            }
        });
    }

    /** The trace's group_id, else the trace id; the session starts at the trace record when there is one. */
    private static SessionKey sessionKey(String traceId, Map<String, JsonNode> traces, Map<String, SourceRef> traceAt) {
        String group = traces.getOrDefault(traceId, MissingNode.getInstance()).path("group_id").asText("");
        SessionKey key = group.isEmpty() ? SessionKey.traceId(traceId) : SessionKey.recorded(group, "group_id");
        return traceAt.containsKey(traceId) ? key.seenAt(traceAt.get(traceId)) : key;
    }

    /** The name of the nearest agent span at or above this span. */
    private static String agent(Span span, Map<String, Span> byId) {
        Span current = span;
        for (int hops = 0; current != null && hops < 100; hops++) {
            JsonNode data = current.node().path("span_data");
            if (data.path("type").asText("").equals("agent")) {
                return data.path("name").asText("");
            }
            current = byId.get(current.parent());
        }
        return "";
    }

    private static void step(Span span, String agent, SpanTimeline<Span> timeline) {
        SessionBuilder session = timeline.session();
        ToolCallPairing pairing = timeline.pairing();
        JsonNode data = span.node().path("span_data");
        String type = data.path("type").asText("");
        JsonNode errorNode = span.node().path("error");
        String error = errorNode.isObject() ? errorNode.path("message").asText("error") : "";
        Map<String, JsonNode> attributes = new TreeMap<>();
        data.fields().forEachRemaining(f -> {
            if (!Set.of("type", "input", "output", "name").contains(f.getKey())) {
                attributes.put("span_data." + f.getKey(), f.getValue());
            }
        });
        if (errorNode.isObject() && errorNode.has("data")) {
            attributes.put("error.data", errorNode.get("data"));
        }
        timeline.markParentMissing(span, attributes);
        int index = session.nextIndex();
        switch (type) {
            case "generation" -> {
                List<MessageDraft> input = new ArrayList<>();
                MessageDraft output = null;
                try {
                    int i = 0;
                    for (JsonNode m : data.path("input")) {
                        input.add(ChatMessages.openAi(m, " in span_data.input[" + i++ + "]"));
                    }
                    JsonNode first = data.path("output").path(0);
                    if (first.has("choices")) {
                        first = first.path("choices").path(0).path("message");
                    }
                    if (first.isObject()) {
                        output = ChatMessages.openAi(first.has("role") ? first
                                : ((com.fasterxml.jackson.databind.node.ObjectNode) first.deepCopy()).put("role", "assistant"),
                                " in span_data.output");
                    }
                } catch (RecordException e) {
                    SpanAssembly.markUnreadContent(attributes, e);
                }
                List<Integer> ctx = session.internAll(input, index);
                OptionalInt out = OptionalInt.empty();
                if (output != null) {
                    out = OptionalInt.of(session.intern(output, index));
                    pairing.requested(output.toolCalls());
                }
                session.add(new ModelCall(index, span.at(), agent, data.path("model").asText(""), ctx, !input.isEmpty(),
                        out, error, attributes).withVerbatim(session.verbatim(input, ctx)));
            }
            case "response" -> session.add(new ModelCall(index, span.at(), agent, "", List.of(), false,
                    OptionalInt.empty(), error, attributes));
            case "function" -> {
                String tool = data.path("name").asText("");
                JsonNode arguments = ChatMessages.arguments(data.get("input"));
                String callId = pairing.claim(tool, arguments);
                session.add(new ToolCall(index, span.at(), agent, callId, tool, arguments, attributes));
                JsonNode output = data.get("output");
                if (output != null && !output.isNull() || !error.isEmpty()) {
                    int resultIndex = session.nextIndex();
                    int message = session.intern(ChatMessages.toolResult(tool, output, error, callId), resultIndex);
                    session.add(new ToolResult(resultIndex, span.at(), agent, callId, tool, message, !error.isEmpty(),
                            Map.of()));
                }
            }
            case "handoff" -> session.add(new Handoff(index, span.at(), data.path("from_agent").asText(""),
                    data.path("from_agent").asText(""), data.path("to_agent").asText(""), MissingNode.getInstance(),
                    List.of(), attributes));
            case "guardrail" -> {
                boolean triggered = data.path("triggered").asBoolean(false);
                session.add(new NodeStep(index, span.at(), agent, data.path("name").asText(""), "guardrail",
                        triggered || !error.isEmpty(), !error.isEmpty() ? error : triggered ? "guardrail triggered" : "",
                        attributes));
            }
            default -> session.add(new NodeStep(index, span.at(), agent,
                    data.path("name").asText(type), type.isEmpty() ? "span" : type, !error.isEmpty(), error, attributes));
        }
    }
}
