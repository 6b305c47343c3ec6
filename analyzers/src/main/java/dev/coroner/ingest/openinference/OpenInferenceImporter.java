package dev.coroner.ingest.openinference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SpanAssembly;
import dev.coroner.ingest.SpanPartitions;
import dev.coroner.ingest.SpanTimeline;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.Timestamps;
import dev.coroner.ingest.ToolCallPairing;
import dev.coroner.ingest.TraceInput;
import dev.coroner.ingest.otel.OtlpJson;
import dev.coroner.ingest.otel.OtlpSpan;
import dev.coroner.ingest.otel.OtlpSpanCodec;
import dev.coroner.trace.Document;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads OpenInference spans (Arize Phoenix): OTLP/JSON in camelCase, Phoenix's snake_case OTLP
 * ({@code /spans/otlpv1}), Phoenix REST span objects ({@code {"data": [...]}} pages or one span per
 * line, {@code span_kind} lifted out of the attributes) and span dataframes written as JSON records
 * ({@code context.span_id}, {@code attributes.llm.input_messages} …). Flattened attributes
 * ({@code llm.input_messages.N.message.role}) become messages, tool calls and retrieved documents.
 * The session is {@code session.id}, else the trace id; the user is {@code user.id}.
 */
public final class OpenInferenceImporter implements StreamImporter {

    public static final String NAME = "openinference";

    private static final Set<String> STREAMED = Set.of("resourceSpans", "resource_spans", "data");
    /** Placeholder OpenInference writes for values hidden by its OPENINFERENCE_HIDE_* settings. */
    static final String REDACTED = "__REDACTED__";

    private static final SpanAssembly<OtlpSpan> ASSEMBLY = new SpanAssembly<>(OtlpSpan::spanId,
            OtlpSpan::parentSpanId, OtlpSpan::startNanos, OtlpSpan::at)
            .bySessionKeys(List.of("session.id"), OtlpSpan::text, OtlpSpanCodec.INSTANCE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenInference spans (Arize Phoenix): OTLP/JSON, Phoenix REST span exports and span dataframes";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("session.id, else the trace id",
                List.of("LLM spans with flattened input and output messages (llm.input_messages.N…)",
                        "tool spans with parameters and output", "retriever spans with document text and scores",
                        "user.id as principal", "values hidden by OPENINFERENCE_HIDE_* (as __REDACTED__)"),
                List.of("tool call ids in messages on instrumentations that do not record them",
                        "agent state and handoff payloads", "a session id unless the app sets one (using_session)"));
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        boolean otlp = text.contains("\"resourceSpans\"") || text.contains("\"resource_spans\"");
        return otlp && text.contains("openinference.span.kind")
                || text.contains("\"span_kind\"") && (text.contains("\"context\"") || text.contains("context.span_id"));
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        try (SpanPartitions<OtlpSpan> spans = ASSEMBLY.partitions(context)) {
            read(input, context, spans);
            assemble(spans, context);
        }
    }

    private static void read(TraceInput input, ImportContext context, SpanPartitions<OtlpSpan> spans)
            throws IOException {
        JsonRecords.read(input, context, STREAMED, (field, value, at) -> {
            if (field.isEmpty() && OtlpJson.isRequest(value)) {
                for (String key : List.of("resourceSpans", "resource_spans")) {
                    for (JsonNode element : value.path(key)) {
                        otlp(element, at, spans, context);
                    }
                }
            } else if (field.equals("resourceSpans") || field.equals("resource_spans")) {
                otlp(value, at, spans, context);
            } else if (field.isEmpty() || field.equals("data")) {
                OtlpSpan span = phoenix(value, at);
                spans.add(span.traceId(), span);
            }
        });
    }

    private static void otlp(JsonNode element, SourceRef at, SpanPartitions<OtlpSpan> spans,
                             ImportContext context) {
        OtlpJson.spans(element, at, (span, problem) -> {
            if (problem != null) {
                context.problem(at, problem.getMessage());
            } else {
                spans.add(span.traceId(), span);
            }
        });
    }

    /** A Phoenix REST span or a dataframe record, as an OTLP span with flat attributes. */
    private static OtlpSpan phoenix(JsonNode node, SourceRef at) throws RecordException {
        if (!node.isObject()) {
            throw RecordException.expected("a span object", JsonFields.describe(node));
        }
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        if (node.path("attributes").isObject()) {
            flatten("", node.get("attributes"), attributes);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().startsWith("attributes.") && !field.getValue().isNull()) {
                flatten(field.getKey().substring("attributes.".length()), field.getValue(), attributes);
            }
        }
        String kind = node.path("span_kind").asText("");
        if (!kind.isEmpty() && !attributes.containsKey("openinference.span.kind")) {
            attributes.put("openinference.span.kind", TextNode.valueOf(kind));
        }
        String spanId = OtlpJson.id(first(node, "context", "span_id"));
        if (spanId.isEmpty()) {
            throw RecordException.expected("a span with context.span_id", "none");
        }
        String status = node.path("status_code").asText("");
        return new OtlpSpan(OtlpJson.id(first(node, "context", "trace_id")), spanId,
                OtlpJson.id(node.path("parent_id").asText("")), node.path("name").asText(""), 0,
                Timestamps.micros(node.get("start_time")), Timestamps.micros(node.get("end_time")),
                status.equals("ERROR") ? 2 : status.equals("OK") ? 1 : 0, node.path("status_message").asText(""),
                attributes, List.of(), Map.of(), "", 0, at.withLocator("span " + spanId));
    }

    private static String first(JsonNode node, String object, String field) {
        String nested = node.path(object).path(field).asText("");
        return nested.isEmpty() ? node.path(object + "." + field).asText("") : nested;
    }

    /** Nested values flattened the OpenInference way: objects by key, lists of objects by index. */
    private static void flatten(String prefix, JsonNode value, Map<String, JsonNode> out) {
        if (value.isObject()) {
            value.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), out));
        } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(prefix + "." + i, value.get(i), out);
            }
        } else if (!value.isNull()) {
            out.put(prefix, value);
        }
    }

    private static void assemble(SpanPartitions<OtlpSpan> spans, ImportContext context) {
        ASSEMBLY.bySession(spans, context, timeline -> {
            List<OtlpSpan> ordered = timeline.spans();
            boolean contextIds = ordered.stream().anyMatch(s -> s.attributes().keySet().stream()
                    .anyMatch(k -> k.startsWith("llm.input_messages.") && k.endsWith(".message.tool_call_id")));
            Map<String, OtlpSpan> byId = new HashMap<>();
            ordered.forEach(s -> byId.putIfAbsent(s.spanId(), s));
            // A LangGraph graph run is the chain span its "__start__" node runs under; when a graph runs
            // another (an agent called as a tool), each call belongs to the nearest graph above it.
            Set<String> graphs = new java.util.HashSet<>();
            ordered.stream().filter(s -> s.name().equals("__start__")).forEach(s -> graphs.add(s.parentSpanId()));
            boolean nested = ordered.stream().filter(s -> graphs.contains(s.spanId())).map(OtlpSpan::name)
                    .distinct().count() > 1;
            for (OtlpSpan span : ordered) {
                timeline.session().principal(span.text("user.id"), span.at());
                String agent = agent(span, byId);
                if (agent.isEmpty() && nested) {
                    agent = graph(span, byId, graphs);
                }
                step(span, agent, contextIds, timeline);
            }
        });
    }

    private static String agent(OtlpSpan span, Map<String, OtlpSpan> byId) {
        OtlpSpan current = span;
        for (int hops = 0; current != null && hops < 100; hops++) {
            String name = current.text("agent.name");
            if (!name.isEmpty()) {
                return name;
            }
            current = byId.get(current.parentSpanId());
        }
        return "";
    }

    /**
     * The tools offered to the model: {@code llm.tools.N.tool.json_schema}, each a JSON string of one
     * declaration (an OpenAI function tool as the LangChain and OpenAI instrumentations write it); empty
     * when the span records none. A declaration that is not JSON is left out.
     */
    static Optional<List<ToolDefinition>> tools(OtlpSpan span) {
        List<JsonNode> declarations = new ArrayList<>();
        for (int i = 0; span.has("llm.tools." + i + ".tool.json_schema"); i++) {
            JsonNode raw = span.attributes().get("llm.tools." + i + ".tool.json_schema");
            JsonNode one = raw.isTextual() ? TraceJson.tryParse(raw.asText()) : raw;
            if (one != null && one.isObject()) {
                declarations.add(one);
            }
        }
        return declarations.isEmpty() ? Optional.empty() : Optional.of(ToolDefinition.listOf(declarations));
    }

    /** The name of the nearest LangGraph graph run above the span (or the span itself), or empty. */
    private static String graph(OtlpSpan span, Map<String, OtlpSpan> byId, Set<String> graphs) {
        OtlpSpan current = span;
        for (int hops = 0; current != null && hops < 100; hops++) {
            if (graphs.contains(current.spanId())) {
                return current.name();
            }
            current = byId.get(current.parentSpanId());
        }
        return "";
    }

    private static void step(OtlpSpan span, String agent, boolean contextIds, SpanTimeline<OtlpSpan> timeline) {
        SessionBuilder session = timeline.session();
        ToolCallPairing pairing = timeline.pairing();
        String kind = span.text("openinference.span.kind").toUpperCase(java.util.Locale.ROOT);
        Map<String, JsonNode> attributes = new TreeMap<>();
        span.attributes().forEach((k, v) -> {
            if (!k.startsWith("llm.input_messages.") && !k.startsWith("llm.output_messages.")
                    && !k.startsWith("retrieval.documents.") && !k.equals("input.value") && !k.equals("output.value")) {
                attributes.put(k, v);
            }
        });
        attributes.put("otel.span_name", TextNode.valueOf(span.name()));
        timeline.markParentMissing(span, attributes);
        for (String key : List.of("input.value", "output.value")) {
            if (REDACTED.equals(span.text(key))) {
                attributes.put(EvidenceMarks.REDACTED, TextNode.valueOf(key + " is " + REDACTED
                        + " (hidden by the producer's OPENINFERENCE_HIDE_* settings)"));
            }
        }
        String error = span.failed() ? (span.statusMessage().isEmpty() ? "span status ERROR" : span.statusMessage()) : "";
        int index = session.nextIndex();
        switch (kind) {
            case "LLM" -> {
                List<MessageDraft> input = messages(span, "llm.input_messages.");
                List<MessageDraft> outputs = messages(span, "llm.output_messages.");
                List<Integer> ctx = session.internAll(input, index);
                OptionalInt out = OptionalInt.empty();
                if (!outputs.isEmpty()) {
                    out = OptionalInt.of(session.intern(outputs.get(0), index));
                    pairing.requested(outputs.get(0).toolCalls());
                }
                String model = span.text("llm.model_name");
                session.add(new ModelCall(index, span.at(), agent, model, ctx, !input.isEmpty(), out, error, attributes,
                        tools(span)).withVerbatim(session.verbatim(input, ctx)));
            }
            case "TOOL" -> {
                String tool = span.text("tool.name");
                JsonNode arguments = ChatMessages.arguments(span.has("tool.parameters")
                        ? span.attributes().get("tool.parameters") : span.attributes().get("input.value"));
                String callId = span.text("tool.id").isEmpty() ? span.text("tool_call.id") : span.text("tool.id");
                if (callId.isEmpty()) {
                    callId = pairing.claim(tool, arguments);
                } else {
                    pairing.claimed(callId);
                }
                session.add(new ToolCall(index, span.at(), agent, callId, tool, arguments, attributes));
                JsonNode output = span.attributes().get("output.value");
                if (output != null || span.failed()) {
                    int resultIndex = session.nextIndex();
                    int message = session.intern(toolOutput(tool, output, error, contextIds ? callId : ""),
                            resultIndex);
                    session.add(new ToolResult(resultIndex, span.at(), agent, callId, tool, message, span.failed(),
                            Map.of()));
                }
            }
            case "RETRIEVER" -> {
                List<Document> documents = new ArrayList<>();
                for (int i = 0; span.has("retrieval.documents." + i + ".document.content")
                        || span.has("retrieval.documents." + i + ".document.id"); i++) {
                    String p = "retrieval.documents." + i + ".document.";
                    JsonNode score = span.attributes().get(p + "score");
                    JsonNode metadata = TraceJson.tryParse(span.text(p + "metadata"));
                    documents.add(new Document(span.text(p + "id"), span.text(p + "content"),
                            score != null && score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(),
                            metadata != null && metadata.isObject() ? metadata : TraceJson.mapper().createObjectNode()));
                }
                session.add(new Retrieval(index, span.at(), agent, span.text("input.value"), span.name(), documents,
                        error, attributes));
            }
            default -> session.add(new NodeStep(index, span.at(), agent, span.name(),
                    kind.isEmpty() ? "span" : kind.toLowerCase(java.util.Locale.ROOT), span.failed(), error, attributes));
        }
    }

    /**
     * The tool message of a span's output: a serialized LangChain ToolMessage ({"output": {"lc": 1, …}})
     * gives its content; the error when no output was recorded.
     */
    private static MessageDraft toolOutput(String tool, JsonNode output, String error, String callId) {
        JsonNode parsed = output == null ? null : output.isTextual() ? TraceJson.tryParse(output.asText()) : output;
        JsonNode message = parsed == null ? null : parsed.has("output") ? parsed.get("output") : parsed;
        if (message != null && message.path("lc").isInt() && message.path("kwargs").has("content")) {
            JsonNode content = message.path("kwargs").get("content");
            return content.isNull() ? new MessageDraft("tool", tool, "", List.of(), callId)
                    : ChatMessages.toolResult(tool, content, error, callId);
        }
        return output == null || output.isNull() ? new MessageDraft("tool", tool, output == null ? error : "", List.of(),
                callId) : ChatMessages.toolResult(tool, output, error, callId);
    }

    /** The flattened messages under a prefix, in index order. */
    private static List<MessageDraft> messages(OtlpSpan span, String prefix) {
        List<MessageDraft> out = new ArrayList<>();
        for (int i = 0; span.has(prefix + i + ".message.role") || span.has(prefix + i + ".message.content"); i++) {
            String p = prefix + i + ".message.";
            String raw = span.text(p + "role");
            String role = ChatMessages.role(raw);
            String name = span.text(p + "name");
            if (role.isEmpty()) {
                role = "assistant";
                name = name.isEmpty() ? raw : name;
            }
            StringBuilder text = new StringBuilder(span.text(p + "content"));
            for (int k = 0; span.has(p + "contents." + k + ".message_content.type"); k++) {
                String part = span.text(p + "contents." + k + ".message_content.text");
                if (!part.isEmpty()) {
                    text.append(text.length() == 0 ? "" : "\n").append(part);
                }
            }
            List<ToolInvocation> calls = new ArrayList<>();
            for (int m = 0; span.has(p + "tool_calls." + m + ".tool_call.function.name"); m++) {
                String c = p + "tool_calls." + m + ".tool_call.";
                calls.add(new ToolInvocation(span.text(c + "id"), span.text(c + "function.name"),
                        ChatMessages.arguments(span.attributes().get(c + "function.arguments"))));
            }
            String body = role.equals("tool") ? ChatMessages.toolText(TextNode.valueOf(text.toString())) : text.toString();
            out.add(new MessageDraft(role, role.equals("tool") ? "" : name, body, calls, span.text(p + "tool_call_id"),
                    text.toString()));
        }
        return out;
    }
}
