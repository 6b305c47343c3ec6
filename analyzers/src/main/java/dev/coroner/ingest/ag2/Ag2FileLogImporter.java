package dev.coroner.ingest.ag2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.JsonRecords;
import dev.coroner.ingest.LineReader;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SessionKey;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file AG2 / AutoGen 0.2 runtime logging writes with {@code logger_type="file"}
 * ({@code autogen/logger/file_logger.py}): a line {@code Started new session with Session ID: …}
 * per {@code start()}, then one JSON object per logged entry, recognised by its keys. Entries are
 * mapped as the SQLite logger's rows are (see {@link RunAssembler}); the differences are that the
 * response is Python's {@code str()} of the ChatCompletion (read by {@link PythonRepr}) and that a
 * function use does not name the function.
 */
public final class Ag2FileLogImporter implements StreamImporter {

    public static final String NAME = "ag2-runtime-log-jsonl";

    private static final Pattern STARTED = Pattern.compile("\\AStarted new session with Session ID: (\\S+)\\s*\\z");
    private static final Pattern ENTRY_KEYS = Pattern.compile(
            "\"invocation_id\".*\"is_cached\"|\"event_name\".*\"json_state\".*\"thread_id\""
                    + "|\"input_args\".*\"returns\".*\"thread_id\"|\"agent_name\".*\"agent_type\".*\"thread_id\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AG2 / AutoGen 0.2 runtime logging, file logger (autogen_logs/runtime.log: one JSON object per line)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the Session ID of the line \"Started new session with Session ID: …\"",
                List.of("model calls with the exact request messages and offered tools, and the response"
                                + " (first choice, read from Python's str() of the ChatCompletion), cost and times",
                        "model API errors (the error text logged in place of the response)",
                        "registered functions' arguments and return values (tool calls and results)",
                        "who sent which message to whom (received_message events: handoffs)"),
                List.of("the function's name on function-use lines (taken from the model's call with the same"
                                + " arguments)",
                        "tool call ids (paired by order and arguments)",
                        "functions that raised: nothing is logged until the error text reaches the next request",
                        "the user or tenant; retrieved documents; agent state beyond the message history"));
    }

    @Override
    public boolean recognises(Head head) {
        String first = head.firstLine();
        if (first.startsWith("Started new session with Session ID: ")) {
            return true;
        }
        return first.startsWith("{") && ENTRY_KEYS.matcher(first).find();
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        String[] session = {""};
        Map<String, List<RuntimeRecord>> records = new TreeMap<>();
        Map<String, SourceRef> firstSeen = new TreeMap<>();
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> agents = new TreeMap<>();
        LineReader.forEachLine(input.reader(), input.name(), context, (text, at) -> {
            Matcher started = STARTED.matcher(text.strip());
            if (started.matches()) {
                session[0] = started.group(1);
                firstSeen.putIfAbsent(session[0], at);
                records.computeIfAbsent(session[0], k -> new ArrayList<>());
                return;
            }
            JsonNode line = JsonRecords.parseLine(text);
            if (!line.isObject()) {
                throw RecordException.expected("a JSON object", JsonFields.describe(line));
            }
            if (line.has("session_id") && session[0].isEmpty()) {
                session[0] = line.path("session_id").asText("");
            }
            String owner = session[0].isEmpty() ? input.name() : session[0];
            firstSeen.putIfAbsent(owner, at);
            RuntimeRecord record = entry(line, at);
            if (record != null) {
                records.computeIfAbsent(owner, k -> new ArrayList<>()).add(record);
            } else if (line.has("agent_name")) {
                agents.computeIfAbsent(owner, k -> TraceJson.mapper().createObjectNode())
                        .put(line.path("agent_name").asText(""), line.path("agent_type").asText(""));
            }
        });
        for (Map.Entry<String, List<RuntimeRecord>> entry : records.entrySet()) {
            SessionBuilder builder = context.session(entry.getKey(), firstSeen.get(entry.getKey()));
            boolean fallback = entry.getKey().equals(input.name());
            (fallback ? SessionKey.fallback(entry.getKey(), "file name")
                    : SessionKey.recorded(entry.getKey(), "Session ID")).mark(builder);
            if (agents.containsKey(entry.getKey())) {
                builder.attribute("ag2.agents", agents.get(entry.getKey()));
            }
            List<RuntimeRecord> ordered = new ArrayList<>(entry.getValue());
            ordered.sort(Comparator.comparing(RuntimeRecord::timestamp));
            new RunAssembler(builder, context).assemble(ordered);
        }
    }

    /** The entry a line logs, or null for the lines that only describe the run (agents, wrappers, clients). */
    private static RuntimeRecord entry(JsonNode line, SourceRef at) throws RecordException {
        String agent = line.path("source_name").asText("");
        if (line.has("invocation_id")) {
            JsonNode request = line.get("request");
            if (request == null || !request.isObject()) {
                throw RecordException.expected("\"request\" (an object)", JsonFields.describe(request));
            }
            String response = JsonFields.requiredText(line, "response", " (str() of the response)");
            JsonNode completion = PythonRepr.fields(response);
            boolean failed = completion == null || !completion.has("choices");
            Map<String, JsonNode> attributes = new TreeMap<>();
            for (String key : List.of("invocation_id", "client_id", "wrapper_id", "is_cached", "cost", "start_time",
                    "end_time", "thread_id")) {
                if (line.has(key)) {
                    attributes.put("ag2." + key, line.get(key));
                }
            }
            return new RuntimeRecord.Completion(at, Ag2RuntimeLogImporter.order(line.path("end_time").asText("")),
                    agent, request, failed ? MissingNode.getInstance() : completion,
                    failed ? (response.equals("None") ? "no response (None)" : response) : "", attributes);
        }
        if (line.has("event_name")) {
            JsonNode state = embedded(line, "json_state");
            if (!state.isObject()) {
                throw RecordException.expected("\"json_state\" (JSON text of an object)", JsonFields.describe(state));
            }
            return new RuntimeRecord.Event(at, Ag2RuntimeLogImporter.order(line.path("timestamp").asText("")), agent,
                    line.path("event_name").asText(""), state);
        }
        if (line.has("input_args") && line.has("returns")) {
            return new RuntimeRecord.FunctionUse(at, Ag2RuntimeLogImporter.order(line.path("timestamp").asText("")),
                    agent, "", embedded(line, "input_args"), embedded(line, "returns"));
        }
        return null;
    }

    /** A field the logger wrote as JSON text inside the line's JSON (json_state, input_args, returns). */
    private static JsonNode embedded(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || value.isNull()) {
            return MissingNode.getInstance();
        }
        if (!value.isTextual()) {
            return value;
        }
        JsonNode parsed = RunAssembler.jsonText(value.asText());
        return parsed != null ? parsed : TextNode.valueOf(value.asText());
    }
}
