package dev.coroner.ingest.otel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SpanAssembly;
import dev.coroner.ingest.SpanPartitions;
import dev.coroner.ingest.SpanTimeline;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.ToolCallPairing;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.Document;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads OpenTelemetry spans in OTLP/JSON (collector file exporter: one request per line; or one
 * request body as a document) in the dialects of {@link OtelDialect}: the GenAI semantic conventions
 * (the attribute form {@code gen_ai.input.messages} / {@code gen_ai.output.messages}, v1.37+, and the
 * event form {@code gen_ai.user.message} … {@code gen_ai.choice} as log records or span events,
 * v1.28–1.36), the Vercel AI SDK's {@code ai.*} attributes, OpenLLMetry, Langfuse v5 and Mastra.
 * Every span is read through every dialect's table, so one file may mix them. Spans are collected
 * for the whole input ({@link SpanPartitions}: past the memory budget, into a spill file with a head
 * per span in memory), grouped into sessions by the first session attribute any dialect names (else
 * the trace id), and put into execution order (exporters write spans when they end, not when they
 * start).
 */
public final class OtelImporter implements StreamImporter {

    public static final String NAME = "otel";

    private static final Pattern OTLP = Pattern.compile("\"(resourceSpans|resource_spans|resourceLogs|resource_logs)\"");
    private static final Set<String> STREAMED = Set.of("resourceSpans", "resource_spans", "resourceLogs", "resource_logs");
    private static final List<String> SESSION_KEYS = OtelDialect.ALL.stream()
            .flatMap(d -> d.sessionKeys().stream()).distinct().toList();
    private static final List<String> USER_KEYS = OtelDialect.ALL.stream()
            .flatMap(d -> d.userKeys().stream()).distinct().toList();
    /** Attributes a model call reads as its messages and tools; not repeated as its raw attributes. */
    private static final Set<String> MODEL_CONTENT = content(OtelDialect::modelContentKeys);
    /** Attributes a tool span reads as its call and result. */
    private static final Set<String> TOOL_CONTENT = content(OtelDialect::toolContentKeys);
    /** Attributes read as content wherever they are (documents, prompts restated on a parent span). */
    private static final Set<String> SPAN_CONTENT = content(OtelDialect::spanContentKeys);

    private static Set<String> content(java.util.function.Function<OtelDialect, Set<String>> keys) {
        return OtelDialect.ALL.stream().flatMap(d -> keys.apply(d).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final SpanAssembly<OtlpSpan> ASSEMBLY = new SpanAssembly<>(OtlpSpan::spanId,
            OtlpSpan::parentSpanId, OtlpSpan::startNanos, OtlpSpan::at)
            .bySessionKeys(SESSION_KEYS, OtlpSpan::text, OtlpSpanCodec.INSTANCE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenTelemetry OTLP/JSON spans in the dialects "
                + String.join(", ", OtelDialect.ALL.stream().map(OtelDialect::producer).toList());
    }

    @Override
    public FormatCapabilities capabilities() {
        List<String> shows = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        for (OtelDialect dialect : OtelDialect.ALL) {
            dialect.shows().forEach(line -> shows.add(dialect.name() + ": " + line));
            dialect.cannotShow().forEach(line -> cannot.add(dialect.name() + ": " + line));
        }
        shows.addAll(List.of("span errors and exception events", "dropped attributes and events (producer limits)",
                "a session with no span read as a model call, message or tool call is inconclusive, and"
                        + " evidence.content-unread names the attributes that carry its text"));
        cannot.addAll(List.of("retrieved document text (the GenAI conventions carry only ids and scores)",
                "agent state, checkpoints and handoff payloads"));
        return new FormatCapabilities("the first of " + String.join(", ", SESSION_KEYS) + ", else the trace id; "
                + "the user from the first of " + String.join(", ", USER_KEYS), shows, cannot);
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        return OTLP.matcher(text).find() && !text.contains("openinference.span.kind");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Map<String, List<OtlpSpan.OtlpEvent>> logs = new HashMap<>();
        try (SpanPartitions<OtlpSpan> spans = ASSEMBLY.partitions(context)) {
            read(input, context, spans, logs);
            assemble(spans, logs, context);
        }
    }

    private static void read(TraceInput input, ImportContext context, SpanPartitions<OtlpSpan> spans,
                             Map<String, List<OtlpSpan.OtlpEvent>> logs) throws IOException {
        JsonRecords.read(input, context, STREAMED, (field, value, at) -> {
            if (field.isEmpty() && OtlpJson.isRequest(value)) {
                for (String key : STREAMED) {
                    for (JsonNode element : value.path(key)) {
                        collect(key, element, at, spans, logs, context);
                    }
                }
            } else if (STREAMED.contains(field)) {
                collect(field, value, at, spans, logs, context);
            } else if (field.isEmpty()) {
                throw RecordException.expected("an OTLP/JSON request (resourceSpans or resourceLogs)",
                        value.isObject() ? "an object without them" : dev.coroner.ingest.JsonFields.describe(value));
            }
        }, OtlpLines::decode, (decoded, at) -> {
            // A file-exporter line read from its tokens: the same spans and problems, in the same order.
            for (Object item : decoded.items()) {
                if (item instanceof OtlpSpan span) {
                    spans.add(span.traceId(), span);
                } else {
                    context.problem(at, ((RecordException) item).getMessage());
                }
            }
        });
    }

    private static void collect(String field, JsonNode element, dev.coroner.trace.SourceRef at,
                                SpanPartitions<OtlpSpan> spans,
                                Map<String, List<OtlpSpan.OtlpEvent>> logs, ImportContext context) {
        if (field.toLowerCase(java.util.Locale.ROOT).contains("logs")) {
            OtlpJson.logs(element, (spanId, event) -> logs.computeIfAbsent(spanId, k -> new ArrayList<>()).add(event));
        } else {
            OtlpJson.spans(element, at, (span, problem) -> {
                if (problem != null) {
                    context.problem(at, problem.getMessage());
                } else {
                    spans.add(span.traceId(), span);
                }
            });
        }
    }

    private static void assemble(SpanPartitions<OtlpSpan> spans, Map<String, List<OtlpSpan.OtlpEvent>> logs,
                                 ImportContext context) {
        ASSEMBLY.bySession(spans, context, timeline -> {
            SessionBuilder session = timeline.session();
            Map<String, OtlpSpan> byId = new HashMap<>();
            timeline.spans().forEach(s -> byId.putIfAbsent(s.spanId(), s));
            Map<String, MastraCalls> mastra = MastraCalls.of(timeline.spans(), byId);
            for (OtlpSpan span : timeline.spans()) {
                for (String userKey : USER_KEYS) {
                    session.principal(span.text(userKey), span.at());
                }
                step(span, agent(span, byId), logs.getOrDefault(span.spanId(), List.of()), timeline,
                        mastra.get(span.spanId()));
            }
        });
    }

    /** The agent a span ran in: the nearest gen_ai.agent.name up the parent chain, else the AI SDK function id. */
    private static String agent(OtlpSpan span, Map<String, OtlpSpan> byId) {
        OtlpSpan current = span;
        for (int hops = 0; current != null && hops < 100; hops++) {
            String name = current.text("gen_ai.agent.name");
            if (!name.isEmpty()) {
                return name;
            }
            current = byId.get(current.parentSpanId());
        }
        return span.text("ai.telemetry.functionId");
    }

    private static void step(OtlpSpan span, String agent, List<OtlpSpan.OtlpEvent> logEvents,
                             SpanTimeline<OtlpSpan> timeline, MastraCalls mastra) {
        SessionBuilder session = timeline.session();
        ToolCallPairing pairing = timeline.pairing();
        String operation = span.text("gen_ai.operation.name");
        String aiOperation = span.text("ai.operationId");
        boolean isTool = OtelDialect.ALL.stream().anyMatch(d -> d.toolSpans().stream().anyMatch(m -> m.test(span)));
        List<OtlpSpan.OtlpEvent> events = new ArrayList<>(span.events());
        events.addAll(logEvents);
        boolean isModel = !isTool && !operation.equals("retrieval")
                && (OtelDialect.ALL.stream().anyMatch(d -> d.modelSpans().stream().anyMatch(m -> m.test(span)))
                || OtelContent.hasGenAiEvents(events)
                || operation.isEmpty() && aiOperation.isEmpty() && span.kind() == 3
                && (span.has("gen_ai.request.model") || span.has("gen_ai.system") || span.has("gen_ai.provider.name")));
        Set<String> read = isTool ? TOOL_CONTENT : isModel ? MODEL_CONTENT : Set.of();
        Map<String, JsonNode> attributes = new TreeMap<>();
        span.attributes().forEach((k, v) -> {
            if (!SPAN_CONTENT.contains(k) && !read.contains(k)) {
                attributes.put(k, v);
            }
        });
        attributes.put("otel.span_name", TextNode.valueOf(span.name()));
        timeline.markParentMissing(span, attributes);
        if (span.dropped() > 0) {
            attributes.put(EvidenceMarks.TRUNCATED, TextNode.valueOf("the producer dropped " + span.dropped()
                    + " attributes or events of this span (its span limits)"));
        }
        String error = error(span, events);
        if (error.isEmpty()) {
            error = OtelContent.dialectFailure(span);
        }
        int index = session.nextIndex();
        if (isTool) {
            tool(span, agent, attributes, error, session, pairing);
        } else if (operation.equals("retrieval")) {
            retrieval(span, agent, attributes, error, session);
        } else if (isModel) {
            List<MessageDraft> input = new ArrayList<>();
            MessageDraft output = mastra != null ? mastra.output() : OtelContent.model(span, events, input, attributes);
            if (mastra != null) {
                input.addAll(mastra.input());
            }
            List<Integer> ctx = session.internAll(input, index);
            OptionalInt out = OptionalInt.empty();
            if (output != null) {
                out = OptionalInt.of(session.intern(output, index));
                pairing.requested(output.toolCalls());
            }
            String model = OtelContent.first(span, OtelDialect::modelKeys);
            if (model.isEmpty()) {
                model = span.text("gen_ai.response.model");
            }
            session.add(new ModelCall(index, span.at(), agent, model, ctx, !input.isEmpty(), out, error, attributes,
                    OtelContent.toolDefinitions(span), session.verbatim(input, ctx)));
        } else {
            session.add(new NodeStep(index, span.at(), agent, span.name(),
                    !operation.isEmpty() ? operation : !aiOperation.isEmpty() ? aiOperation : "span",
                    span.failed(), error, attributes));
        }
    }

    private static void tool(OtlpSpan span, String agent, Map<String, JsonNode> attributes, String error,
                             SessionBuilder session, ToolCallPairing pairing) {
        String tool = OtelContent.first(span, OtelDialect::toolNameKeys);
        if (tool.isEmpty() && OtelDialect.ALL.stream().anyMatch(d -> d.toolNamedBySpan() && d.marks(span))) {
            tool = span.name(); // an observation named after its tool
        }
        JsonNode arguments = OtelContent.arguments(span);
        String callId = OtelContent.first(span, OtelDialect::callIdKeys);
        if (callId.isEmpty()) {
            callId = pairing.claim(tool, arguments);
        } else {
            pairing.claimed(callId);
        }
        int index = session.nextIndex();
        session.add(new ToolCall(index, span.at(), agent, callId, tool, arguments, attributes));
        JsonNode result = OtelContent.result(span);
        boolean failed = span.failed() || !OtelContent.dialectFailure(span).isEmpty();
        if (result != null || failed) {
            int resultIndex = session.nextIndex();
            int message = session.intern(ChatMessages.toolResult(tool, result, error, callId), resultIndex);
            session.add(new ToolResult(resultIndex, span.at(), agent, callId, tool, message, failed, Map.of()));
        }
    }

    private static void retrieval(OtlpSpan span, String agent, Map<String, JsonNode> attributes, String error,
                                  SessionBuilder session) {
        List<Document> documents = new ArrayList<>();
        for (JsonNode doc : OtelContent.parsed(span.attributes().get("gen_ai.retrieval.documents"))) {
            JsonNode score = doc.get("score");
            documents.add(new Document(doc.path("id").asText(""), doc.path("content").asText(""),
                    score != null && score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(),
                    TraceJson.mapper().createObjectNode()));
        }
        session.add(new Retrieval(session.nextIndex(), span.at(), agent, span.text("gen_ai.retrieval.query.text"),
                span.text("gen_ai.data_source.id"), documents, error, attributes));
    }

    private static String error(OtlpSpan span, List<OtlpSpan.OtlpEvent> events) {
        if (!span.failed()) {
            return "";
        }
        for (OtlpSpan.OtlpEvent event : events) {
            if (event.name().equals("exception")) {
                String type = event.attributes().getOrDefault("exception.type", MissingNode.getInstance()).asText("");
                String message = event.attributes().getOrDefault("exception.message", MissingNode.getInstance()).asText("");
                if (!message.isEmpty()) {
                    return type.isEmpty() ? message : type + ": " + message;
                }
            }
        }
        if (!span.statusMessage().isEmpty()) {
            return span.statusMessage();
        }
        String type = span.text("error.type");
        return type.isEmpty() ? "span status ERROR" : type;
    }
}
