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
import dev.coroner.ingest.SessionKeys;
import dev.coroner.ingest.SpanOrder;
import dev.coroner.ingest.ToolCallPairing;
import dev.coroner.ingest.TraceImporter;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads OpenTelemetry spans in OTLP/JSON (collector file exporter: one request per line; or one
 * request body as a document) with the GenAI semantic conventions: the attribute form
 * ({@code gen_ai.input.messages} / {@code gen_ai.output.messages}, v1.37+), the event form
 * ({@code gen_ai.user.message} … {@code gen_ai.choice} as log records or span events, v1.28–1.36),
 * and the Vercel AI SDK's {@code ai.*} attributes. Spans are collected for the whole input, grouped
 * into sessions by {@code gen_ai.conversation.id}, else {@code session.id}, else the AI SDK's
 * session metadata, else the trace id, and put into execution order (exporters write spans when they
 * end, not when they start).
 */
public final class OtelImporter implements TraceImporter {

    public static final String NAME = "otel";

    private static final Pattern OTLP = Pattern.compile("\"(resourceSpans|resource_spans|resourceLogs|resource_logs)\"");
    private static final Set<String> STREAMED = Set.of("resourceSpans", "resource_spans", "resourceLogs", "resource_logs");
    private static final Set<String> MODEL_OPERATIONS = Set.of("chat", "text_completion", "generate_content");
    private static final List<String> SESSION_KEYS = List.of("gen_ai.conversation.id", "session.id",
            "ai.telemetry.metadata.sessionId", "ai.telemetry.metadata.session_id", "ai.telemetry.metadata.conversationId",
            "ai.telemetry.metadata.threadId", "ai.settings.context.sessionId", "ai.settings.context.conversationId",
            "ai.settings.context.threadId", "traceloop.association.properties.session_id",
            "traceloop.association.properties.sessionId", "traceloop.association.properties.conversation_id",
            "traceloop.association.properties.thread_id");
    private static final List<String> USER_KEYS = List.of("user.id", "enduser.id", "ai.telemetry.metadata.userId",
            "ai.telemetry.metadata.user_id", "ai.settings.context.userId", "traceloop.association.properties.user_id",
            "traceloop.association.properties.userId", "mastra.metadata.resourceId");
    /** Attributes whose content becomes messages, tool calls or documents; not repeated as raw attributes. */
    private static final Set<String> CONTENT = Set.of("gen_ai.input.messages", "gen_ai.output.messages",
            "gen_ai.system_instructions", "gen_ai.tool.call.arguments", "gen_ai.tool.call.result",
            "gen_ai.retrieval.documents", "ai.prompt.messages", "ai.prompt", "ai.response.text", "ai.response.toolCalls",
            "ai.toolCall.args", "ai.toolCall.result", "gen_ai.prompt", "gen_ai.completion", "gen_ai.tool.definitions",
            "ai.prompt.tools");
    private static final Set<String> INPUT_EVENTS = Set.of("gen_ai.system.message", "gen_ai.user.message",
            "gen_ai.assistant.message", "gen_ai.tool.message");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenTelemetry OTLP/JSON spans with the GenAI semantic conventions, Vercel AI SDK ai.* attributes,"
                + " OpenLLMetry (Traceloop), Langfuse v5 or Mastra";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("gen_ai.conversation.id, else session.id (Langfuse v5 too), else "
                + "ai.telemetry.metadata.sessionId (AI SDK), else traceloop.association.properties.session_id "
                + "(OpenLLMetry), else the trace id",
                List.of("model calls with input and output messages (gen_ai.input/output.messages, gen_ai.* events, "
                                + "ai.prompt.messages) when content capture is on",
                        "tool executions with arguments and results, paired by gen_ai.tool.call.id (else by name"
                                + " and arguments): OpenLLMetry <name>.tool spans (traceloop.entity.input/output),"
                                + " Langfuse v5 tool observations",
                        "Langfuse v5 generations (langfuse.observation.input/output in OpenAI's chat format)",
                        "Mastra model calls, their context rebuilt from the generation span and the earlier steps",
                        "retrieval spans (document ids and scores)", "span errors and exception events",
                        "user.id / enduser.id / traceloop.association.properties.user_id / mastra.metadata.resourceId"
                                + " as principal",
                        "dropped attributes and events (producer limits)"),
                List.of("message content unless the producer opted in (OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT)",
                        "retrieved document text (the conventions carry only ids and scores)",
                        "agent state, checkpoints and handoff payloads",
                        "a conversation id when the instrumentation sets none (AI SDK v7: none)"));
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        return OTLP.matcher(text).find() && !text.contains("openinference.span.kind");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        List<OtlpSpan> spans = new ArrayList<>();
        Map<String, List<OtlpSpan.OtlpEvent>> logs = new HashMap<>();
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
        });
        assemble(spans, logs, context);
    }

    private static void collect(String field, JsonNode element, dev.coroner.trace.SourceRef at, List<OtlpSpan> spans,
                                Map<String, List<OtlpSpan.OtlpEvent>> logs, ImportContext context) {
        if (field.toLowerCase(java.util.Locale.ROOT).contains("logs")) {
            OtlpJson.logs(element, (spanId, event) -> logs.computeIfAbsent(spanId, k -> new ArrayList<>()).add(event));
        } else {
            OtlpJson.spans(element, at, (span, problem) -> {
                if (problem != null) {
                    context.problem(at, problem.getMessage());
                } else {
                    spans.add(span);
                }
            });
        }
    }

    private void assemble(List<OtlpSpan> spans, Map<String, List<OtlpSpan.OtlpEvent>> logs, ImportContext context) {
        Map<String, List<OtlpSpan>> byTrace = new LinkedHashMap<>();
        spans.forEach(s -> byTrace.computeIfAbsent(s.traceId(), k -> new ArrayList<>()).add(s));
        Map<String, List<OtlpSpan>> bySession = new LinkedHashMap<>();
        Map<String, String> keyField = new HashMap<>();
        Map<String, String> missing = new HashMap<>();
        for (Map.Entry<String, List<OtlpSpan>> trace : byTrace.entrySet()) {
            String[] key = sessionKey(trace.getKey(), trace.getValue());
            bySession.computeIfAbsent(key[0], k -> new ArrayList<>()).addAll(trace.getValue());
            keyField.putIfAbsent(key[0], key[1]);
            for (String parent : SpanOrder.missingParents(trace.getValue(), OtlpSpan::spanId, OtlpSpan::parentSpanId)) {
                missing.put(trace.getKey() + "/" + parent, parent);
            }
        }
        for (Map.Entry<String, List<OtlpSpan>> entry : bySession.entrySet()) {
            List<OtlpSpan> ordered = SpanOrder.order(entry.getValue(), OtlpSpan::spanId, OtlpSpan::parentSpanId,
                    OtlpSpan::startNanos);
            SessionBuilder session = context.session(entry.getKey(), ordered.get(0).at());
            String field = keyField.get(entry.getKey());
            SessionKeys.mark(session, field, field.equals("trace id"));
            Map<String, OtlpSpan> byId = new HashMap<>();
            ordered.forEach(s -> byId.putIfAbsent(s.spanId(), s));
            ToolCallPairing pairing = new ToolCallPairing();
            Map<String, MastraCall> mastra = mastraCalls(ordered, byId);
            for (OtlpSpan span : ordered) {
                for (String userKey : USER_KEYS) {
                    session.principal(span.text(userKey), span.at());
                }
                boolean parentMissing = missing.containsKey(span.traceId() + "/" + span.parentSpanId());
                step(span, agent(span, byId), logs.getOrDefault(span.spanId(), List.of()), parentMissing, session,
                        pairing, mastra.get(span.spanId()));
            }
        }
    }

    /** {session id, the field it came from}. */
    private static String[] sessionKey(String traceId, List<OtlpSpan> spans) {
        for (String key : SESSION_KEYS) {
            for (OtlpSpan span : spans) {
                String value = span.text(key);
                if (!value.isEmpty()) {
                    return new String[] {value, key};
                }
            }
        }
        return new String[] {traceId, "trace id"};
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

    /** A Mastra model call's context and output, put together from its step and generation spans. */
    private record MastraCall(List<MessageDraft> input, MessageDraft output) {
    }

    /**
     * Mastra (@mastra/otel-exporter) records a model call's input on its generation span, not on the
     * {@code chat} span: the generation's {@code mastra.model_generation.input} holds the first step's
     * messages (AI SDK model messages); each later step adds the earlier steps' tool calls
     * ({@code mastra.model_step.output.toolCalls}) and their {@code execute_tool} results. The output
     * is the chat span's text with its step's tool calls, which the chat span drops.
     */
    private static Map<String, MastraCall> mastraCalls(List<OtlpSpan> ordered, Map<String, OtlpSpan> byId) {
        Map<String, MastraCall> out = new HashMap<>();
        for (OtlpSpan chat : ordered) {
            if (!chat.text("mastra.span.type").equals("model_inference") || chat.has("gen_ai.input.messages")) {
                continue;
            }
            OtlpSpan step = byId.get(chat.parentSpanId());
            OtlpSpan generation = step == null ? null : byId.get(step.parentSpanId());
            if (step == null || generation == null || !generation.text("mastra.span.type").equals("model_generation")) {
                continue;
            }
            try {
                List<MessageDraft> input = new ArrayList<>();
                JsonNode request = parsed(generation.attributes().get("mastra.model_generation.input"));
                JsonNode messages = request.size() == 1 && request.get(0).has("messages")
                        ? request.get(0).get("messages") : request;
                for (JsonNode m : messages) {
                    input.addAll(ChatMessages.vercel(m, " in mastra.model_generation.input"));
                }
                int index = (int) step.attributes().getOrDefault("mastra.model_step.step_index",
                        TextNode.valueOf("0")).asDouble();
                for (OtlpSpan earlier : ordered) {
                    if (earlier == step || !earlier.parentSpanId().equals(generation.spanId())
                            || !earlier.text("mastra.span.type").equals("model_step")
                            || (int) earlier.attributes().getOrDefault("mastra.model_step.step_index",
                            TextNode.valueOf("0")).asDouble() >= index) {
                        continue;
                    }
                    input.add(mastraStepOutput(earlier, ""));
                    for (OtlpSpan tool : ordered) {
                        if (tool.parentSpanId().equals(earlier.spanId()) && tool.text("gen_ai.operation.name").equals("execute_tool")) {
                            input.add(new MessageDraft("tool", "", ChatMessages.toolText(
                                    tool.attributes().get("gen_ai.tool.call.result")), List.of(),
                                    tool.text("gen_ai.tool.call.id")));
                        }
                    }
                }
                JsonNode outputs = parsed(chat.attributes().get("gen_ai.output.messages"));
                String text = outputs.size() > 0 ? ChatMessages.genAi(outputs.get(0), " in gen_ai.output.messages")
                        .get(0).text() : "";
                out.put(chat.spanId(), new MastraCall(input, mastraStepOutput(step, text)));
            } catch (RecordException e) {
                // Left to the generic reading, which marks what it cannot read.
            }
        }
        return out;
    }

    /** A Mastra step's answer as an assistant message: {@code text} (else the step's), and its tool calls. */
    private static MessageDraft mastraStepOutput(OtlpSpan step, String text) {
        JsonNode output = parsed(step.attributes().get("mastra.model_step.output"));
        JsonNode answer = output.size() > 0 ? output.get(0) : TraceJson.mapper().createObjectNode();
        List<dev.coroner.trace.ToolInvocation> calls = new ArrayList<>();
        for (JsonNode call : answer.path("toolCalls")) {
            calls.add(new dev.coroner.trace.ToolInvocation(call.path("toolCallId").asText(""),
                    call.path("toolName").asText(""), ChatMessages.arguments(call.has("args") ? call.get("args")
                    : call.get("input"))));
        }
        return new MessageDraft("assistant", "", text.isEmpty() ? answer.path("text").asText("") : text, calls, "");
    }

    private static void step(OtlpSpan span, String agent, List<OtlpSpan.OtlpEvent> logEvents, boolean parentMissing,
                             SessionBuilder session, ToolCallPairing pairing, MastraCall mastra) {
        String operation = span.text("gen_ai.operation.name");
        String aiOperation = span.text("ai.operationId");
        Map<String, JsonNode> attributes = new TreeMap<>();
        span.attributes().forEach((k, v) -> {
            if (!CONTENT.contains(k)) {
                attributes.put(k, v);
            }
        });
        attributes.put("otel.span_name", TextNode.valueOf(span.name()));
        if (parentMissing) {
            attributes.put(EvidenceMarks.PARENT_MISSING, TextNode.valueOf(span.parentSpanId()));
        }
        if (span.dropped() > 0) {
            attributes.put(EvidenceMarks.TRUNCATED, TextNode.valueOf("the producer dropped " + span.dropped()
                    + " attributes or events of this span (its span limits)"));
        }
        List<OtlpSpan.OtlpEvent> events = new ArrayList<>(span.events());
        events.addAll(logEvents);
        boolean genAiEvents = events.stream().anyMatch(e -> INPUT_EVENTS.contains(e.name())
                || e.name().equals("gen_ai.choice") || e.name().startsWith("gen_ai.content."));
        String error = error(span, events);
        String observation = span.text("langfuse.observation.type");
        if (error.isEmpty() && span.text("langfuse.observation.level").equals("ERROR")) {
            String message = span.text("langfuse.observation.status_message");
            error = message.isEmpty() ? "the observation's level is ERROR" : message;
        }
        int index = session.nextIndex();
        if (operation.equals("execute_tool") || aiOperation.equals("ai.toolCall")
                || span.text("traceloop.span.kind").equals("tool") || observation.equals("tool")) {
            tool(span, agent, attributes, error, session, pairing);
        } else if (operation.equals("retrieval")) {
            retrieval(span, agent, attributes, error, session);
        } else if (MODEL_OPERATIONS.contains(operation) || observation.equals("generation")
                || aiOperation.endsWith(".doGenerate")
                || aiOperation.endsWith(".doStream") || genAiEvents
                || operation.isEmpty() && aiOperation.isEmpty() && span.kind() == 3
                && (span.has("gen_ai.request.model") || span.has("gen_ai.system") || span.has("gen_ai.provider.name"))) {
            List<MessageDraft> input = new ArrayList<>();
            MessageDraft output = mastra != null ? mastra.output() : modelContent(span, events, input, attributes);
            if (mastra != null) {
                input.addAll(mastra.input());
            }
            List<Integer> ctx = session.internAll(input, index);
            OptionalInt out = OptionalInt.empty();
            if (output != null) {
                out = OptionalInt.of(session.intern(output, index));
                pairing.requested(output.toolCalls());
            }
            String model = first(span, "gen_ai.request.model", "ai.model.id", "gen_ai.response.model",
                    "langfuse.observation.model.name");
            session.add(new ModelCall(index, span.at(), agent, model, ctx, !input.isEmpty(), out, error, attributes,
                    toolDefinitions(span)));
        } else {
            session.add(new NodeStep(index, span.at(), agent, span.name(),
                    !operation.isEmpty() ? operation : !aiOperation.isEmpty() ? aiOperation : "span",
                    span.failed(), error, attributes));
        }
    }

    private static void tool(OtlpSpan span, String agent, Map<String, JsonNode> attributes, String error,
                             SessionBuilder session, ToolCallPairing pairing) {
        String tool = first(span, "gen_ai.tool.name", "ai.toolCall.name", "traceloop.entity.name");
        if (tool.isEmpty() && span.has("langfuse.observation.type")) {
            tool = span.name(); // a Langfuse tool observation is named after the tool
        }
        JsonNode arguments = ChatMessages.arguments(span.has("gen_ai.tool.call.arguments")
                ? span.attributes().get("gen_ai.tool.call.arguments") : span.has("ai.toolCall.args")
                ? span.attributes().get("ai.toolCall.args") : span.has("langfuse.observation.input")
                ? span.attributes().get("langfuse.observation.input") : traceloopArguments(span));
        String callId = first(span, "gen_ai.tool.call.id", "ai.toolCall.id", "langfuse.observation.metadata.tool_call_id");
        if (callId.isEmpty()) {
            callId = pairing.claim(tool, arguments);
        } else {
            pairing.claimed(callId);
        }
        int index = session.nextIndex();
        session.add(new ToolCall(index, span.at(), agent, callId, tool, arguments, attributes));
        JsonNode result = span.has("gen_ai.tool.call.result") ? span.attributes().get("gen_ai.tool.call.result")
                : span.has("ai.toolCall.result") ? span.attributes().get("ai.toolCall.result")
                : span.has("langfuse.observation.output") ? span.attributes().get("langfuse.observation.output")
                : span.attributes().get("traceloop.entity.output");
        // A Langfuse observation at level ERROR failed though the SDK sets no OTel error status.
        boolean failed = span.failed() || span.text("langfuse.observation.level").equals("ERROR");
        if (result != null || failed) {
            String text = result != null ? ChatMessages.toolText(result) : error;
            int resultIndex = session.nextIndex();
            int message = session.intern(new MessageDraft("tool", tool, text, List.of(), callId), resultIndex);
            session.add(new ToolResult(resultIndex, span.at(), agent, callId, tool, message, failed, Map.of()));
        }
    }

    /**
     * The arguments of an OpenLLMetry tool span: {@code traceloop.entity.input} holds the function's
     * call as {"args": [...], "kwargs": {...}}; the keyword arguments when there are any, else the one
     * positional argument, else the list. Null when the span has none.
     */
    private static JsonNode traceloopArguments(OtlpSpan span) {
        JsonNode input = span.attributes().get("traceloop.entity.input");
        JsonNode call = input != null && input.isTextual() ? TraceJson.tryParse(input.asText()) : input;
        if (call == null || !call.isObject() || !call.has("args") && !call.has("kwargs")) {
            return input;
        }
        JsonNode kwargs = call.path("kwargs");
        JsonNode args = call.path("args");
        if (kwargs.isObject() && kwargs.size() > 0) {
            return kwargs;
        }
        return args.isArray() && args.size() == 1 ? args.get(0) : args;
    }

    private static void retrieval(OtlpSpan span, String agent, Map<String, JsonNode> attributes, String error,
                                  SessionBuilder session) {
        List<Document> documents = new ArrayList<>();
        for (JsonNode doc : parsed(span.attributes().get("gen_ai.retrieval.documents"))) {
            JsonNode score = doc.get("score");
            documents.add(new Document(doc.path("id").asText(""), doc.path("content").asText(""),
                    score != null && score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(),
                    TraceJson.mapper().createObjectNode()));
        }
        session.add(new Retrieval(session.nextIndex(), span.at(), agent, span.text("gen_ai.retrieval.query.text"),
                span.text("gen_ai.data_source.id"), documents, error, attributes));
    }

    /** Fills {@code input} with the model call's context and returns its output message, or null. */
    private static MessageDraft modelContent(OtlpSpan span, List<OtlpSpan.OtlpEvent> events, List<MessageDraft> input,
                                             Map<String, JsonNode> attributes) {
        try {
            JsonNode system = parsedOrMark(span, "gen_ai.system_instructions", attributes);
            if (system != null && !ChatMessages.content(system).isEmpty()) {
                input.add(ChatMessages.system(system));
            }
            JsonNode messages = parsedOrMark(span, "gen_ai.input.messages", attributes);
            JsonNode prompt = parsedOrMark(span, "ai.prompt.messages", attributes);
            if (messages != null) {
                for (JsonNode m : messages) {
                    input.addAll(ChatMessages.genAi(m, " in gen_ai.input.messages"));
                }
            } else if (prompt != null) {
                for (JsonNode m : prompt) {
                    input.addAll(ChatMessages.vercel(m, " in ai.prompt.messages"));
                }
            } else {
                for (OtlpSpan.OtlpEvent event : events) {
                    if (INPUT_EVENTS.contains(event.name())) {
                        input.add(eventMessage(event));
                    } else if (event.name().equals("gen_ai.content.prompt")) {
                        for (JsonNode m : parsed(event.attributes().get("gen_ai.prompt"))) {
                            input.add(ChatMessages.openAi(m, " in gen_ai.prompt"));
                        }
                    }
                }
            }
            if (span.has("langfuse.observation.type")) {
                return langfuseContent(span, input, attributes);
            }
            JsonNode outputs = parsedOrMark(span, "gen_ai.output.messages", attributes);
            if (outputs != null && outputs.size() > 0) {
                return ChatMessages.genAi(outputs.get(0), " in gen_ai.output.messages").get(0);
            }
            if (span.has("ai.response.text") || span.has("ai.response.toolCalls")) {
                List<dev.coroner.trace.ToolInvocation> calls = new ArrayList<>();
                for (JsonNode call : parsed(span.attributes().get("ai.response.toolCalls"))) {
                    calls.add(new dev.coroner.trace.ToolInvocation(call.path("toolCallId").asText(""),
                            call.path("toolName").asText(""),
                            ChatMessages.arguments(call.has("input") ? call.get("input") : call.get("args"))));
                }
                return new MessageDraft("assistant", "", span.text("ai.response.text"), calls, "");
            }
            for (OtlpSpan.OtlpEvent event : events) {
                if (event.name().equals("gen_ai.choice") && event.body().path("index").asInt(0) == 0) {
                    JsonNode message = event.body().isMissingNode() ? event.attributes().getOrDefault("message",
                            MissingNode.getInstance()) : event.body().path("message");
                    MessageDraft draft = fromEventBody("assistant", message);
                    return draft.text().isEmpty() && draft.toolCalls().isEmpty() ? null : draft;
                }
                if (event.name().equals("gen_ai.content.completion")) {
                    JsonNode completion = parsed(event.attributes().get("gen_ai.completion"));
                    if (completion.size() > 0) {
                        return ChatMessages.openAi(completion.get(0), " in gen_ai.completion");
                    }
                }
            }
        } catch (RecordException e) {
            attributes.put("coroner.unread_content", TextNode.valueOf(e.getMessage()));
        }
        return null;
    }

    /**
     * A Langfuse v5 generation: {@code langfuse.observation.input} holds the request ({"messages": [...],
     * "tools": [...]} from the OpenAI wrapper, or the message list an app passed), in OpenAI's chat
     * format; {@code langfuse.observation.output} the answer message, or a plain text.
     */
    private static MessageDraft langfuseContent(OtlpSpan span, List<MessageDraft> input, Map<String, JsonNode> attributes)
            throws RecordException {
        JsonNode request = parsedOrMark(span, "langfuse.observation.input", attributes);
        if (request != null && request.isArray() && request.size() == 1 && request.get(0).isObject()
                && !request.get(0).has("role")) {
            request = request.get(0); // the wrapper's request object, {"messages": [...], "tools": [...]}
        }
        JsonNode messages = request == null ? null : request.isArray() ? request : request.path("messages");
        if (messages != null && messages.isArray()) {
            for (JsonNode m : messages) {
                input.add(ChatMessages.openAi(m, " in langfuse.observation.input"));
            }
        } else if (request != null && request.isTextual()) {
            input.add(new MessageDraft("user", "", request.asText(), List.of(), ""));
        }
        JsonNode answer = span.attributes().get("langfuse.observation.output");
        JsonNode message = answer == null ? null : answer.isTextual() ? TraceJson.tryParse(answer.asText()) : answer;
        if (message != null && message.isObject()) {
            return ChatMessages.openAi(message.has("role") ? message
                    : TraceJson.mapper().createObjectNode().put("role", "assistant").set("content", message), " in langfuse.observation.output");
        }
        return answer == null ? null : new MessageDraft("assistant", "", answer.asText(), List.of(), "");
    }

    private static MessageDraft eventMessage(OtlpSpan.OtlpEvent event) throws RecordException {
        String role = switch (event.name()) {
            case "gen_ai.system.message" -> "system";
            case "gen_ai.user.message" -> "user";
            case "gen_ai.assistant.message" -> "assistant";
            default -> "tool";
        };
        JsonNode body = event.body().isMissingNode() ? TraceJson.mapper().valueToTree(event.attributes()) : event.body();
        return fromEventBody(role, body);
    }

    /** A GenAI event body ({content, role?, tool_calls?, id?}) as a message of the event's role. */
    private static MessageDraft fromEventBody(String role, JsonNode body) throws RecordException {
        com.fasterxml.jackson.databind.node.ObjectNode message = TraceJson.mapper().createObjectNode();
        String bodyRole = ChatMessages.role(body.path("role").asText(""));
        message.put("role", bodyRole.isEmpty() ? role : bodyRole);
        if (body.has("content")) {
            message.set("content", body.get("content"));
        }
        if (body.has("tool_calls")) {
            message.set("tool_calls", body.get("tool_calls"));
        }
        if (body.has("id")) {
            message.set("tool_call_id", body.get("id"));
        }
        return ChatMessages.openAi(message, " in a gen_ai event body");
    }

    /**
     * A content attribute as JSON: structured values as they are, JSON strings parsed. A string that
     * starts like JSON but does not parse was cut by a length limit: the step is marked truncated
     * and the content treated as not recorded.
     */
    private static JsonNode parsedOrMark(OtlpSpan span, String key, Map<String, JsonNode> attributes) {
        JsonNode value = span.attributes().get(key);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        JsonNode parsed = TraceJson.tryParse(value.asText());
        if (parsed == null) {
            String text = value.asText().strip();
            if (text.startsWith("[") || text.startsWith("{")) {
                attributes.put(EvidenceMarks.TRUNCATED, TextNode.valueOf(key + " is cut short after "
                        + value.asText().length() + " characters (not complete JSON: an attribute length limit?)"));
            }
            return null;
        }
        return parsed.isArray() ? parsed : TraceJson.mapper().createArrayNode().add(parsed);
    }

    private static JsonNode parsed(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return TraceJson.mapper().createArrayNode();
        }
        JsonNode node = value.isTextual() ? TraceJson.tryParse(value.asText()) : value;
        if (node == null) {
            return TraceJson.mapper().createArrayNode();
        }
        return node.isArray() ? node : TraceJson.mapper().createArrayNode().add(node);
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

    /**
     * The tools offered to the model: {@code gen_ai.tool.definitions} (a JSON array of {type, name,
     * description, parameters}; the AI SDK writes the schema as {@code inputSchema}) or the AI SDK's
     * {@code ai.prompt.tools} (an array of JSON strings, one per tool). Empty when neither is recorded.
     */
    static java.util.Optional<List<dev.coroner.trace.ToolDefinition>> toolDefinitions(OtlpSpan span) {
        JsonNode definitions = null;
        JsonNode raw = span.attributes().get("gen_ai.tool.definitions");
        JsonNode langfuse = span.attributes().get("langfuse.observation.input");
        if (raw == null && langfuse != null && langfuse.isTextual()) {
            JsonNode request = dev.coroner.trace.TraceJson.tryParse(langfuse.asText());
            raw = request != null && request.path("tools").isArray() ? request.get("tools") : null;
        }
        if (raw != null) {
            definitions = raw.isTextual() ? dev.coroner.trace.TraceJson.tryParse(raw.asText()) : raw;
        } else if (span.attributes().get("ai.prompt.tools") != null && span.attributes().get("ai.prompt.tools").isArray()) {
            JsonNode tools = span.attributes().get("ai.prompt.tools");
            com.fasterxml.jackson.databind.node.ArrayNode parsed = dev.coroner.trace.TraceJson.mapper().createArrayNode();
            for (JsonNode tool : tools) {
                JsonNode one = tool.isTextual() ? dev.coroner.trace.TraceJson.tryParse(tool.asText()) : tool;
                if (one != null) {
                    parsed.add(one);
                }
            }
            definitions = parsed;
        }
        if (definitions == null || !definitions.isArray()) {
            return java.util.Optional.empty();
        }
        List<dev.coroner.trace.ToolDefinition> out = new ArrayList<>();
        for (JsonNode tool : definitions) {
            JsonNode function = tool.path("function").isObject() ? tool.get("function") : tool;
            String name = function.path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            JsonNode schema = function.has("parameters") ? function.get("parameters")
                    : function.has("inputSchema") ? function.get("inputSchema") : function.path("input_schema");
            out.add(new dev.coroner.trace.ToolDefinition(name, function.path("description").asText(""),
                    schema.isObject() ? schema : com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
        }
        return java.util.Optional.of(out);
    }

    private static String first(OtlpSpan span, String... keys) {
        for (String key : keys) {
            String value = span.text(key);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
