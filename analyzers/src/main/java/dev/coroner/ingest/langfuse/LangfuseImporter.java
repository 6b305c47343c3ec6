package dev.coroner.ingest.langfuse;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.coroner.trace.Document;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
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

/**
 * Reads Langfuse traces and observations: public API pages ({@code {"data": […], "meta": …}} of
 * traces or observations, traces possibly with their full observations), the UI's per-trace JSON
 * download ({@code {"trace": …, "observations": […]}}) and the server download
 * ({@code {"observations": […], "scores": […]}} with trace fields on every observation).
 * GENERATION observations are model calls, TOOL observations tool calls and results, RETRIEVER
 * observations retrievals, the rest timeline steps. The session is {@code sessionId}, else the trace
 * id; the principal is {@code userId}.
 */
public final class LangfuseImporter implements StreamImporter {

    public static final String NAME = "langfuse";

    private static final Set<String> STREAMED = Set.of("data", "observations");

    private record Observation(JsonNode node, SourceRef at, String traceId, String id, String parent, long start) {
    }

    private static final SpanAssembly<Observation> ASSEMBLY = new SpanAssembly<>(Observation::id,
            Observation::parent, Observation::start, Observation::at);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Langfuse traces and observations (API {data:[…]} pages, UI and server per-trace JSON downloads)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("sessionId (trace, or every observation in v4 exports), else the trace id",
                List.of("GENERATION observations with their input messages and output",
                        "TOOL and RETRIEVER observations (2025+ observation types)", "level ERROR as a failed step, with its statusMessage",
                        "userId as principal"),
                List.of("tool call ids unless the SDK recorded them (paired by tool name and arguments instead)",
                        "input or output omitted or masked by the server download or a mask function",
                        "agent state between traces"));
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        return text.contains("\"parentObservationId\"") || text.contains("\"traceId\"")
                && (text.contains("\"GENERATION\"") || text.contains("\"SPAN\"") || text.contains("\"sessionId\""))
                && !text.contains("\"resourceSpans\"");
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Map<String, JsonNode> traces = new HashMap<>();
        Map<String, List<Observation>> observations = new LinkedHashMap<>();
        JsonRecords.read(input, context, STREAMED, (field, record, at) -> {
            if (field.equals("meta") || field.equals("scores") || field.equals("next_cursor")) {
                return;
            }
            if (!record.isObject()) {
                throw RecordException.expected("a trace or observation object", JsonFields.describe(record));
            }
            if (field.equals("trace")) {
                trace(record, at, traces, observations);
            } else if (record.has("traceId") && record.has("type")) {
                observation(record, at, observations);
            } else if (record.has("id") && (record.has("sessionId") || record.has("userId") || record.has("observations")
                    || record.has("timestamp"))) {
                trace(record, at, traces, observations);
            } else {
                throw RecordException.expected("a Langfuse trace or observation (id with traceId and type)",
                        "an object with fields " + fieldNames(record));
            }
        });
        ASSEMBLY.byTrace(observations, (traceId, ordered) -> sessionKey(traceId, traces.get(traceId), ordered),
                context, timeline -> {
                    List<Observation> ordered = timeline.spans();
                    String userId = text(traces.get(ordered.get(0).traceId()), "userId");
                    for (Observation o : ordered) {
                        userId = userId.isEmpty() ? text(o.node(), "userId") : userId;
                    }
                    timeline.session().principal(userId, ordered.get(0).at());
                    for (Observation o : ordered) {
                        step(o, timeline);
                    }
                });
    }

    /** The trace's sessionId, else the first an observation carries (v4 exports), else the trace id. */
    private static SessionKey sessionKey(String traceId, JsonNode trace, List<Observation> ordered) {
        String sessionId = text(trace, "sessionId");
        for (Observation o : ordered) {
            sessionId = sessionId.isEmpty() ? text(o.node(), "sessionId") : sessionId;
        }
        return sessionId.isEmpty() ? SessionKey.fallback(traceId, "traceId") : SessionKey.recorded(sessionId, "sessionId");
    }

    private static void trace(JsonNode record, SourceRef at, Map<String, JsonNode> traces,
                              Map<String, List<Observation>> observations) throws RecordException {
        String id = JsonFields.requiredText(record, "id", " of the trace");
        traces.put(id, record);
        for (JsonNode o : record.path("observations")) {
            if (o.isObject()) {
                observation(o, at, observations);
            }
        }
    }

    private static void observation(JsonNode record, SourceRef at, Map<String, List<Observation>> observations)
            throws RecordException {
        String id = JsonFields.requiredText(record, "id", " of the observation");
        String traceId = JsonFields.requiredText(record, "traceId", " of observation " + id);
        observations.computeIfAbsent(traceId, k -> new ArrayList<>()).add(new Observation(record,
                at.withLocator("observation " + id), traceId, id, record.path("parentObservationId").asText(""),
                Timestamps.micros(record.get("startTime"))));
    }

    private static void step(Observation o, SpanTimeline<Observation> timeline) {
        SessionBuilder session = timeline.session();
        ToolCallPairing pairing = timeline.pairing();
        JsonNode node = o.node();
        String type = node.path("type").asText("");
        String level = node.path("level").asText("");
        String error = level.equals("ERROR") ? node.path("statusMessage").asText("level ERROR") : "";
        Map<String, JsonNode> attributes = new TreeMap<>();
        for (String key : List.of("name", "level", "statusMessage", "metadata", "modelParameters", "usageDetails",
                "environment", "version")) {
            if (node.has(key) && !node.get(key).isNull()) {
                attributes.put("langfuse." + key, node.get(key));
            }
        }
        timeline.markParentMissing(o, attributes);
        JsonNode input = node.path("input");
        JsonNode output = node.path("output");
        String name = node.path("name").asText("");
        int index = session.nextIndex();
        switch (type) {
            case "GENERATION" -> {
                List<MessageDraft> context = new ArrayList<>();
                MessageDraft reply = null;
                try {
                    JsonNode messages = input.path("messages").isArray() ? input.get("messages") : input;
                    if (messages.isArray()) {
                        int i = 0;
                        for (JsonNode m : messages) {
                            context.add(ChatMessages.openAi(m, " in input[" + i++ + "]"));
                        }
                    } else if (messages.isTextual()) {
                        context.add(MessageDraft.of("user", messages.asText()));
                    }
                    JsonNode out = output.path("choices").path(0).path("message").isObject()
                            ? output.path("choices").path(0).path("message") : output;
                    if (out.isObject() && out.has("role")) {
                        reply = ChatMessages.openAi(out, " in output");
                    } else if (out.isObject() && out.has("content")) {
                        reply = MessageDraft.of("assistant", ChatMessages.content(out.get("content")));
                    } else if (out.isTextual()) {
                        reply = MessageDraft.of("assistant", out.asText());
                    }
                } catch (RecordException e) {
                    SpanAssembly.markUnreadContent(attributes, e);
                }
                List<Integer> ctx = session.internAll(context, index);
                OptionalInt out = OptionalInt.empty();
                if (reply != null) {
                    out = OptionalInt.of(session.intern(reply, index));
                    pairing.requested(reply.toolCalls());
                }
                session.add(new ModelCall(index, o.at(), "", node.path("model").asText(""), ctx, !context.isEmpty(),
                        out, error, attributes).withVerbatim(session.verbatim(context, ctx)));
            }
            case "TOOL" -> {
                JsonNode arguments = ChatMessages.arguments(input.isMissingNode() ? null : input);
                String callId = node.path("metadata").path("tool_call_id").asText("");
                if (callId.isEmpty()) {
                    callId = pairing.claim(name, arguments);
                } else {
                    pairing.claimed(callId);
                }
                session.add(new ToolCall(index, o.at(), "", callId, name, arguments, attributes));
                if (!output.isMissingNode() && !output.isNull() || !error.isEmpty()) {
                    int resultIndex = session.nextIndex();
                    int message = session.intern(ChatMessages.toolResult(name, output, error, callId), resultIndex);
                    session.add(new ToolResult(resultIndex, o.at(), "", callId, name, message, !error.isEmpty(), Map.of()));
                }
            }
            case "RETRIEVER" -> {
                List<Document> documents = new ArrayList<>();
                JsonNode docs = output.path("documents").isArray() ? output.get("documents") : output;
                for (JsonNode doc : docs) {
                    JsonNode score = doc.get("score");
                    JsonNode metadata = doc.path("metadata");
                    documents.add(new Document(doc.path("id").asText(""),
                            doc.has("content") ? doc.path("content").asText("") : doc.path("pageContent").asText(""),
                            score != null && score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(),
                            metadata.isObject() ? metadata : TraceJson.mapper().createObjectNode()));
                }
                session.add(new Retrieval(index, o.at(), "", input.isTextual() ? input.asText()
                        : input.path("query").asText(""), name, documents, error, attributes));
            }
            default -> session.add(new NodeStep(index, o.at(), type.equals("AGENT") ? name : "", name,
                    type.toLowerCase(java.util.Locale.ROOT), !error.isEmpty(), error, attributes));
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? "" : node.path(field).asText();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.size() > 6 ? String.join(", ", names.subList(0, 6)) + ", …" : String.join(", ", names);
    }
}
