package dev.coroner.ingest.autogen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SessionKey;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.InputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads AutoGen 0.4+ AgentChat runs: a {@code TaskResult} ({@code {"messages": [...], "stop_reason":
 * ...}}), a JSON array of TaskResults, a bare JSON array of AgentChat messages, or JSON Lines with one
 * message ({@code model_dump_json()}) or one TaskResult per line. A TaskResult records no session id:
 * the session is the file name, with {@code [N]} for the N-th TaskResult of an array and {@code :LINE}
 * for a TaskResult on a line of its own. {@link AgentChatRun} maps the messages; see
 * {@code docs/formats/autogen.md}.
 */
public final class AgentChatImporter implements StreamImporter {

    public static final String NAME = "autogen-agentchat";

    /** The type discriminators of autogen_agentchat.messages, as model_dump() writes them. */
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(?:TextMessage|MultiModalMessage|StopMessage"
            + "|HandoffMessage|ToolCallSummaryMessage|ToolCallRequestEvent|ToolCallExecutionEvent|MemoryQueryEvent"
            + "|ThoughtEvent|ModelClientStreamingChunkEvent|UserInputRequestedEvent|SelectSpeakerEvent|SelectorEvent"
            + "|CodeGenerationEvent|CodeExecutionEvent|StructuredMessage)\"");
    private static final Pattern SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AutoGen 0.4+ AgentChat runs: a TaskResult or a stream of AgentChat messages (JSON or JSONL)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("none in the format: the file name (with [N] for a TaskResult in an array,"
                + " :LINE for one per line)",
                List.of("the run's messages in order: the task, each agent's replies (source), stop messages",
                        "tool calls (FunctionCall id, name, arguments) and their results paired by call_id, with"
                                + " is_error as the error flag",
                        "handoffs (HandoffMessage source → target) with the model context passed on",
                        "thoughts (ThoughtEvent) on the agent's next model call; memory query results as retrievals",
                        "models_usage, created_at and message ids as step attributes"),
                List.of("what each model call was actually given (system prompt, memory text, model context): the"
                                + " context is reconstructed as every earlier message of the run",
                        "the model name, a session or user id", "state between runs (see autogen-state)",
                        "memory queries that returned nothing (no MemoryQueryEvent is emitted for them)"));
    }

    @Override
    public boolean recognises(Head head) {
        String text = head.text();
        if (!TYPE.matcher(text).find() || !SOURCE.matcher(text).find() || AgentStateImporter.looksLikeState(text)) {
            return false;
        }
        JsonNode first = head.firstLineComplete() ? TraceJson.tryParse(head.firstLine()) : null;
        // A first line that is a whole JSON object must itself be a message or a TaskResult (not, say,
        // the header of a coroner JSONL file that quotes AgentChat messages).
        return first == null || !first.isObject() || first.has("messages")
                || first.path("type").isTextual() && first.path("source").isTextual();
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        boolean lines = firstLineIsJson(input.stream());
        String fileName = input.name().substring(input.name().lastIndexOf('/') + 1);
        Map<String, AgentChatRun> runs = new LinkedHashMap<>();
        Map<String, SourceRef> lastSeen = new LinkedHashMap<>();
        int[] taskResults = {0};
        JsonRecords.read(input, context, Set.of("messages"), (field, value, at) -> {
            // A TaskResult streamed by its "messages" (a document, or a JSONL line): one per file or per line.
            String streamedId = lines ? fileName + ":" + at.line() : fileName;
            switch (field) {
                case "messages" -> message(run(streamedId, at, runs, context), value, at, lastSeen, streamedId);
                case "stop_reason" -> stopReason(context, streamedId, value, at);
                case "" -> {
                    if (value.isObject() && value.has("messages")) {
                        String id = fileName + "[" + taskResults[0]++ + "]";
                        taskResult(value, at, id, run(id, at, runs, context), context, lastSeen);
                    } else {
                        message(run(fileName, at, runs, context), value, at, lastSeen, fileName);
                    }
                }
                default -> context.session(streamedId, at).attribute("autogen." + field, value);
            }
        });
        for (Map.Entry<String, AgentChatRun> run : runs.entrySet()) {
            run.getValue().finish(lastSeen.get(run.getKey()));
        }
    }

    /**
     * JSON Lines when the first non-blank line is a whole JSON value (a pretty-printed document's is
     * "{"); peeked on the stream, which {@link JsonRecords} reads next.
     */
    private static boolean firstLineIsJson(InputStream stream) throws IOException {
        if (!stream.markSupported()) {
            return false;
        }
        stream.mark(Head.LIMIT);
        byte[] peek = stream.readNBytes(Head.LIMIT);
        stream.reset();
        String first = new Head(peek).firstLine();
        return new Head(peek).firstLineComplete() && TraceJson.tryParse(first) != null;
    }

    private static AgentChatRun run(String id, SourceRef at, Map<String, AgentChatRun> runs, ImportContext context) {
        return runs.computeIfAbsent(id, k -> {
            SessionBuilder session = context.session(id, at);
            SessionKey.recorded(id, "file name").mark(session);
            return new AgentChatRun(session);
        });
    }

    private static void message(AgentChatRun run, JsonNode value, SourceRef at, Map<String, SourceRef> lastSeen,
                                String id) throws RecordException {
        SourceRef where = value.path("id").isTextual() ? at.withLocator(value.path("id").asText()) : at;
        lastSeen.put(id, where);
        run.message(value, where);
    }

    /** A TaskResult read whole (an element of an array): its messages have no lines of their own. */
    private static void taskResult(JsonNode value, SourceRef at, String id, AgentChatRun run, ImportContext context,
                                   Map<String, SourceRef> lastSeen) throws RecordException {
        JsonNode messages = JsonFields.optionalArray(value, "messages", " of the TaskResult");
        if (messages == null) {
            throw RecordException.expected("\"messages\" of the TaskResult to be a list", "null");
        }
        for (int i = 0; i < messages.size(); i++) {
            SourceRef where = at.withLocator("messages[" + i + "]");
            lastSeen.put(id, where);
            try {
                run.message(messages.get(i), where);
            } catch (RecordException e) {
                context.problem(where, e.getMessage());
            }
        }
        lastSeen.putIfAbsent(id, at);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (field.getKey().equals("stop_reason")) {
                stopReason(context, id, field.getValue(), at);
            } else if (!field.getKey().equals("messages")) {
                context.session(id, at).attribute("autogen." + field.getKey(), field.getValue());
            }
        }
    }

    private static void stopReason(ImportContext context, String id, JsonNode value, SourceRef at)
            throws RecordException {
        if (!value.isNull() && !value.isTextual()) {
            throw RecordException.expected("\"stop_reason\" of the TaskResult to be a string or null",
                    JsonFields.describe(value));
        }
        if (value.isTextual()) {
            context.session(id, at).attribute("autogen.stop_reason", value);
        }
    }
}
