package dev.coroner.ingest.langsmith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import dev.coroner.trace.EvidenceMarks;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads LangSmith runs as exported (the API's Run objects, one per line, or a JSON array / a
 * {@code {"runs": […]}} document): chat model runs become model calls with their LangChain
 * messages, tool runs tool calls and results, retriever runs retrievals with their documents,
 * other runs timeline steps. Runs are grouped by {@code trace_id} and ordered by
 * {@code dotted_order}; the session is {@code extra.metadata.session_id} / {@code thread_id} /
 * {@code conversation_id}, else the trace id ({@code session_id} of a run is the project, not a
 * conversation).
 */
public final class LangSmithImporter implements StreamImporter {

    public static final String NAME = "langsmith";

    private static final List<String> SESSION_KEYS = List.of("session_id", "thread_id", "conversation_id");
    private static final List<String> USER_KEYS = List.of("user_id", "userId", "user");

    private record Run(JsonNode node, SourceRef at, String id, String parent, String order, long start) {
    }

    /** Runs in dotted_order when every run of the trace has one: it is the order they ran in. */
    private static final SpanAssembly<Run> ASSEMBLY = new SpanAssembly<>(Run::id, Run::parent, Run::start, Run::at)
            .recordedOrder(run -> !run.order().isEmpty(), java.util.Comparator.comparing(Run::order));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "LangSmith run export (Run objects as JSON Lines or a JSON array)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("extra.metadata.session_id, thread_id or conversation_id, else trace_id",
                List.of("chat model runs with the exact LangChain messages (inputs.messages) and outputs",
                        "tool runs with inputs and output, paired by tool_call_id", "retriever runs with documents",
                        "errors of every run", "graph nodes (langgraph_node) as agents"),
                List.of("state between graph steps (checkpoints live in the checkpointer, not in runs)",
                        "inputs or outputs hidden with LANGSMITH_HIDE_INPUTS / HIDE_OUTPUTS",
                        "a user id unless the app puts one in metadata"));
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        return text.contains("\"run_type\"") && (text.contains("\"dotted_order\"") || text.contains("\"parent_run_id\"")
                || text.contains("\"trace_id\""));
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Map<String, List<Run>> traces = new LinkedHashMap<>();
        JsonRecords.read(input, context, Set.of("runs", "data"), (field, record, at) -> {
            if (!record.isObject()) {
                throw RecordException.expected("a run object", JsonFields.describe(record));
            }
            if (!field.isEmpty() && !field.equals("runs") && !field.equals("data")) {
                return;
            }
            String id = JsonFields.requiredText(record, "id", " of the run");
            JsonFields.requiredText(record, "run_type", " of run " + id);
            String order = JsonFields.optionalText(record, "dotted_order", " of run " + id);
            String traceId = JsonFields.optionalText(record, "trace_id", " of run " + id);
            if (traceId.isEmpty()) {
                traceId = order.isEmpty() ? id : order.substring(Math.min(order.length(), 23), order.indexOf('.') < 0
                        ? order.length() : order.indexOf('.'));
            }
            traces.computeIfAbsent(traceId, k -> new ArrayList<>()).add(new Run(record, at.withLocator("run " + id), id,
                    record.path("parent_run_id").asText(""), order, Timestamps.micros(record.get("start_time"))));
        });
        ASSEMBLY.byTrace(traces, LangSmithImporter::sessionKey, context, timeline -> {
            for (Run run : timeline.spans()) {
                JsonNode metadata = run.node().path("extra").path("metadata");
                for (String key : USER_KEYS) {
                    if (metadata.path(key).isTextual()) {
                        timeline.session().principal(metadata.path(key).asText(), run.at());
                    }
                }
                step(run, timeline);
            }
        });
    }

    /** The first session key, in key order, that any run of the trace names in its metadata. */
    private static SessionKey sessionKey(String traceId, List<Run> runs) {
        for (String key : SESSION_KEYS) {
            for (Run run : runs) {
                JsonNode value = run.node().path("extra").path("metadata").path(key);
                if (value.isTextual() && !value.asText().isEmpty()) {
                    return SessionKey.recorded(value.asText(), "extra.metadata." + key);
                }
            }
        }
        return SessionKey.fallback(traceId, "trace_id");
    }

    private static void step(Run run, SpanTimeline<Run> timeline) {
        SessionBuilder session = timeline.session();
        ToolCallPairing pairing = timeline.pairing();
        JsonNode node = run.node();
        String type = node.path("run_type").asText("");
        String agent = node.path("extra").path("metadata").path("langgraph_node").asText("");
        String error = node.path("error").isTextual() ? node.path("error").asText() : "";
        Map<String, JsonNode> attributes = new TreeMap<>();
        for (String key : List.of("name", "tags", "status")) {
            if (node.has(key) && !node.get(key).isNull()) {
                attributes.put("langsmith." + key, node.get(key));
            }
        }
        if (node.path("extra").path("metadata").isObject()) {
            attributes.put("langsmith.metadata", node.path("extra").path("metadata"));
        }
        timeline.markParentMissing(run, attributes);
        JsonNode inputs = node.path("inputs");
        JsonNode outputs = node.path("outputs");
        int index = session.nextIndex();
        switch (type) {
            case "llm" -> {
                List<MessageDraft> input = new ArrayList<>();
                MessageDraft output = null;
                if (inputs.isObject() && inputs.isEmpty()) {
                    attributes.put(EvidenceMarks.REDACTED, TextNode.valueOf(
                            "the inputs of this model run are empty (hidden by the producer?)"));
                }
                try {
                    JsonNode messages = inputs.path("messages");
                    if (messages.size() > 0 && messages.get(0).isArray()) {
                        messages = messages.get(0);
                    }
                    int i = 0;
                    for (JsonNode m : messages) {
                        input.add(ChatMessages.langChain(m, " in inputs.messages[" + i++ + "]"));
                    }
                    for (JsonNode prompt : inputs.path("prompts")) {
                        input.add(MessageDraft.of("user", prompt.asText("")));
                    }
                    JsonNode generation = outputs.path("generations").path(0);
                    generation = generation.isArray() ? generation.path(0) : generation;
                    if (generation.path("message").isObject()) {
                        output = ChatMessages.langChain(generation.get("message"), " in outputs.generations");
                    } else if (generation.path("text").isTextual()) {
                        output = MessageDraft.of("assistant", generation.get("text").asText());
                    } else if (outputs.path("choices").path(0).path("message").isObject()) {
                        output = ChatMessages.openAi(outputs.path("choices").path(0).path("message"), " in outputs.choices");
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
                JsonNode metadata = node.path("extra").path("metadata");
                String model = metadata.path("ls_model_name").asText(
                        node.path("extra").path("invocation_params").path("model").asText(""));
                session.add(new ModelCall(index, run.at(), agent, model, ctx, !input.isEmpty(), out, error, attributes)
                        .withVerbatim(session.verbatim(input, ctx)));
            }
            case "tool" -> {
                String tool = node.path("name").asText("");
                JsonNode arguments = inputs.has("input") && inputs.size() == 1
                        ? ChatMessages.arguments(inputs.get("input")) : inputs;
                JsonNode result = outputs.has("output") ? outputs.get("output") : outputs;
                JsonNode kwargs = result.path("lc").isInt() ? result.path("kwargs") : null;
                String callId = node.path("extra").path("tool_call_id").asText(
                        kwargs == null ? "" : kwargs.path("tool_call_id").asText(""));
                if (callId.isEmpty()) {
                    callId = pairing.claim(tool, arguments);
                } else {
                    pairing.claimed(callId);
                }
                session.add(new ToolCall(index, run.at(), agent, callId, tool, arguments, attributes));
                boolean hasOutput = !outputs.isMissingNode() && !outputs.isNull() && !outputs.isEmpty();
                if (hasOutput || !error.isEmpty()) {
                    MessageDraft draft = kwargs != null && kwargs.path("content").isNull()
                            ? new MessageDraft("tool", tool, "", List.of(), callId)
                            : ChatMessages.toolResult(tool, kwargs != null ? kwargs.get("content")
                            : hasOutput ? result : null, error, callId);
                    boolean failed = !error.isEmpty() || kwargs != null && kwargs.path("status").asText("").equals("error");
                    int resultIndex = session.nextIndex();
                    int message = session.intern(draft, resultIndex);
                    session.add(new ToolResult(resultIndex, run.at(), agent, callId, tool, message, failed, Map.of()));
                }
            }
            case "retriever" -> {
                List<Document> documents = new ArrayList<>();
                for (JsonNode doc : outputs.path("documents")) {
                    JsonNode metadata = doc.path("metadata");
                    documents.add(new Document(doc.path("id").asText(metadata.path("id").asText("")),
                            doc.has("page_content") ? doc.path("page_content").asText("") : doc.path("pageContent").asText(""), OptionalDouble.empty(),
                            metadata.isObject() ? metadata : TraceJson.mapper().createObjectNode()));
                }
                session.add(new Retrieval(index, run.at(), agent, inputs.path("query").asText(""),
                        node.path("name").asText(""), documents, error, attributes));
            }
            default -> session.add(new NodeStep(index, run.at(), agent, node.path("name").asText(""), type,
                    !error.isEmpty(), error, attributes));
        }
    }
}
