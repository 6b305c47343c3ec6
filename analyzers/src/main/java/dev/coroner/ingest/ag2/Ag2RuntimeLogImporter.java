package dev.coroner.ingest.ag2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.FileImporter;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.SessionKey;
import dev.coroner.ingest.SqliteEvidence;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.SessionBuilder;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the SQLite file AG2 / AutoGen 0.2 runtime logging writes ({@code runtime_logging.start()},
 * {@code autogen/logger/sqlite_logger.py}), opened read-only like every SQLite evidence file. Each
 * {@code session_id} is a session; {@code chat_completions} rows are model calls with the exact
 * request, {@code function_calls} rows tool calls and results, {@code events} handoffs and steps.
 * {@code events} and {@code function_calls} carry no session id: a row belongs to the session of
 * the agent that logged it ({@code source_id} is the {@code agent_id} of the {@code agents} table),
 * else to the latest session started before it. See {@code docs/formats/ag2-runtime-log.md}.
 */
public final class Ag2RuntimeLogImporter implements FileImporter {

    public static final String NAME = "ag2-runtime-log";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern COMPLETIONS_TABLE = table("chat_completions");
    private static final Pattern EVENTS_TABLE = table("events");
    private static final Set<String> TABLES = Set.of("chat_completions", "agents", "events", "function_calls");

    private static Pattern table(String name) {
        return Pattern.compile("CREATE TABLE (IF NOT EXISTS )?[\"`\\[]?" + name + "[\"`\\]]?\\s*\\(",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AG2 / AutoGen 0.2 runtime-logging SQLite database (chat_completions, agents, events, function_calls),"
                + " read-only";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("session_id (one runtime_logging.start() call, not one conversation)",
                List.of("model calls with the exact request messages and offered tools, and the response"
                                + " (first choice), model, cost, usage, cache flag and times",
                        "model API errors (the error text logged in place of the response)",
                        "registered functions' arguments and return values (tool calls and results)",
                        "who sent which message to whom (received_message events: handoffs)",
                        "which reply function answered (reply_func_executed events)"),
                List.of("tool call ids on function_calls rows (paired to the model's calls by order, agent,"
                                + " function name and arguments)",
                        "functions that raised: nothing is logged until the error text reaches the next request",
                        "the user or tenant; retrieved documents; agent state beyond the message history",
                        "the session of events and function_calls rows, which have no session_id column"
                                + " (taken from the agents table, else from time)"));
    }

    @Override
    public boolean recognises(Head head) {
        byte[] bytes = head.bytes();
        if (bytes.length < SQLITE_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++) {
            if (bytes[i] != SQLITE_MAGIC[i]) {
                return false;
            }
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return COMPLETIONS_TABLE.matcher(text).find() && EVENTS_TABLE.matcher(text).find();
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Path file = input.localFile().orElseThrow(() -> new IOException("a SQLite database must be read from a file"));
        try (SqliteEvidence evidence = SqliteEvidence.open(file)) {
            Connection db = evidence.connection();
            requireTables(db);
            Owners owners = Owners.read(db);
            String name = input.name();
            for (String session : owners.sessions()) {
                List<RuntimeRecord> records = new ArrayList<>();
                readCompletions(db, session, name, context, records);
                readFunctionCalls(db, session, owners, name, context, records);
                readEvents(db, session, owners, name, context, records);
                records.sort(Comparator.comparing(RuntimeRecord::timestamp));
                SessionBuilder builder = context.session(session, new SourceRef(name, 0, "session_id " + session));
                SessionKey.recorded(session, "session_id").mark(builder);
                if (!owners.agentsOf(session).isEmpty()) {
                    builder.attribute("ag2.agents", owners.agentsOf(session));
                }
                new RunAssembler(builder, context).assemble(records);
            }
        } catch (SQLException e) {
            throw new IOException("not a readable AG2 runtime-logging database ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    private static void requireTables(Connection db) throws SQLException, IOException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.containsAll(TABLES)) {
            throw new IOException("expected the tables chat_completions, agents, events and function_calls of AG2"
                    + " runtime logging, found " + (tables.isEmpty() ? "no tables" : String.join(", ", tables)));
        }
    }

    private static void readCompletions(Connection db, String session, String file, ImportContext context,
                                        List<RuntimeRecord> out) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT id, invocation_id, client_id, wrapper_id,"
                + " source_name, request, response, is_cached, cost, start_time, end_time FROM chat_completions"
                + " WHERE session_id = ? ORDER BY id")) {
            query.setString(1, session);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    SourceRef at = new SourceRef(file, 0, "chat_completions id " + rs.getLong(1));
                    JsonNode request = json(rs.getString(6));
                    JsonNode response = json(rs.getString(7));
                    if (request == null || !request.isObject()) {
                        context.problem(at, "expected the request as a JSON object, found "
                                + describeText(rs.getString(6)));
                        continue;
                    }
                    if (response == null || !response.isObject()) {
                        context.problem(at, "expected the response as a JSON object, found "
                                + describeText(rs.getString(7)));
                        continue;
                    }
                    Map<String, JsonNode> attributes = new TreeMap<>();
                    put(attributes, "ag2.invocation_id", rs.getString(2));
                    attributes.put("ag2.client_id", LongNode.valueOf(rs.getLong(3)));
                    attributes.put("ag2.wrapper_id", LongNode.valueOf(rs.getLong(4)));
                    attributes.put("ag2.is_cached", LongNode.valueOf(rs.getLong(8)));
                    attributes.put("ag2.cost", DoubleNode.valueOf(rs.getDouble(9)));
                    put(attributes, "ag2.start_time", rs.getString(10));
                    put(attributes, "ag2.end_time", rs.getString(11));
                    // A string or None response is logged as {"response": …}; a ChatCompletion as its fields.
                    boolean failed = response.has("response") && !response.has("choices");
                    String error = failed ? response.get("response").isNull() ? "no response (None)"
                            : response.get("response").asText() : "";
                    out.add(new RuntimeRecord.Completion(at, order(rs.getString(11)), text(rs.getString(5)), request,
                            failed ? MissingNode.getInstance() : response, error, attributes));
                }
            }
        }
    }

    private static void readFunctionCalls(Connection db, String session, Owners owners, String file,
                                          ImportContext context, List<RuntimeRecord> out) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid, source_id, source_name,"
                + " function_name, args, returns, timestamp FROM function_calls ORDER BY rowid")) {
            while (rs.next()) {
                String timestamp = order(rs.getString(7));
                if (!owners.owner(rs.getLong(2), timestamp).equals(session)) {
                    continue;
                }
                SourceRef at = new SourceRef(file, 0, "function_calls rowid " + rs.getLong(1));
                JsonNode args = json(rs.getString(5));
                if (rs.getString(5) != null && args == null) {
                    context.problem(at, "expected args as JSON text, found " + describeText(rs.getString(5)));
                    continue;
                }
                JsonNode returns = json(rs.getString(6));
                out.add(new RuntimeRecord.FunctionUse(at, timestamp, text(rs.getString(3)), text(rs.getString(4)), args,
                        returns != null ? returns : TextNode.valueOf(text(rs.getString(6)))));
            }
        }
    }

    private static void readEvents(Connection db, String session, Owners owners, String file, ImportContext context,
                                   List<RuntimeRecord> out) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, event_name, source_id,"
                + " source_name, agent_class_name, json_state, timestamp FROM events ORDER BY id")) {
            while (rs.next()) {
                String timestamp = order(rs.getString(7));
                if (!owners.owner(rs.getLong(3), timestamp).equals(session)) {
                    continue;
                }
                SourceRef at = new SourceRef(file, 0, "events id " + rs.getLong(1));
                JsonNode state = json(rs.getString(6));
                if (state == null || !state.isObject()) {
                    context.problem(at, "expected json_state as a JSON object, found " + describeText(rs.getString(6)));
                    continue;
                }
                out.add(new RuntimeRecord.Event(at, timestamp, text(rs.getString(4)), text(rs.getString(2)), state));
            }
        }
    }

    /** Timestamps as the logger writes them sort as text; a database default without fraction is padded. */
    static String order(String timestamp) {
        String t = timestamp == null ? "" : timestamp.strip();
        return t.length() == 19 ? t + ".000000" : t;
    }

    private static JsonNode json(String text) {
        return RunAssembler.jsonText(text);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void put(Map<String, JsonNode> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, TextNode.valueOf(value));
        }
    }

    private static String describeText(String text) {
        if (text == null) {
            return "NULL";
        }
        JsonNode parsed = TraceJson.tryParse(text);
        if (parsed != null) {
            return JsonFields.describe(parsed);
        }
        String cut = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return "'" + cut.replace("\n", " ") + "'";
    }

    /**
     * The sessions of the file and which one a row without session id belongs to: the session of
     * the agent that logged it ({@code agent_id} values are Python {@code id()}s, reused across
     * processes, so among several the one registered last before the row), else the latest session
     * that started before the row.
     */
    private record Owners(List<String> sessions, Map<Long, List<String[]>> agents, TreeMap<String, String> starts,
                          Map<String, ObjectNode> agentNames) {

        static Owners read(Connection db) throws SQLException {
            Map<String, String> start = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT session_id, MIN(start_time) FROM chat_completions GROUP BY session_id")) {
                while (rs.next()) {
                    start.merge(text(rs.getString(1)), order(rs.getString(2)), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            Map<Long, List<String[]>> agents = new HashMap<>();
            Map<String, ObjectNode> names = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT agent_id, session_id, name, class, timestamp FROM agents ORDER BY id")) {
                while (rs.next()) {
                    String session = text(rs.getString(2));
                    String at = order(rs.getString(5));
                    agents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {session, at});
                    start.merge(session, at, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    names.computeIfAbsent(session, k -> TraceJson.mapper().createObjectNode())
                            .put(text(rs.getString(3)), text(rs.getString(4)));
                }
            }
            TreeMap<String, String> starts = new TreeMap<>();
            start.forEach((session, at) -> starts.put(at + "\u0000" + session, session));
            return new Owners(new ArrayList<>(new TreeSet<>(start.keySet())), agents, starts, names);
        }

        ObjectNode agentsOf(String session) {
            return agentNames.getOrDefault(session, TraceJson.mapper().createObjectNode());
        }

        String owner(long sourceId, String timestamp) {
            if (sessions.size() == 1) {
                return sessions.get(0);
            }
            List<String[]> registered = agents.getOrDefault(sourceId, List.of());
            String best = null;
            for (String[] entry : registered) {
                if (best == null || entry[1].compareTo(timestamp) <= 0) {
                    best = entry[0];
                }
            }
            if (best != null) {
                return best;
            }
            Map.Entry<String, String> started = starts.floorEntry(timestamp + "\uffff");
            return started != null ? started.getValue() : starts.isEmpty() ? "" : starts.firstEntry().getValue();
        }
    }
}
