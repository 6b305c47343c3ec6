package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.FileImporter;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.SqliteEvidence;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the SQLite file of LangGraph's SQLite checkpointer (Python {@code langgraph-checkpoint-sqlite},
 * JS {@code @langchain/langgraph-checkpoint-sqlite}): tables {@code checkpoints} and {@code writes}.
 * The file is opened strictly read-only (see {@link SqliteEvidence}); each thread becomes a
 * session, assembled by {@link ThreadAssembler}. See {@code docs/formats/langgraph-checkpoints.md}.
 */
public final class LangGraphSqliteImporter implements FileImporter {

    public static final String NAME = "langgraph-sqlite";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern CHECKPOINTS_TABLE = Pattern.compile(
            "CREATE TABLE (IF NOT EXISTS )?[\"`\\[]?checkpoints[\"`\\]]?\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITES_TABLE = Pattern.compile(
            "CREATE TABLE (IF NOT EXISTS )?[\"`\\[]?writes[\"`\\]]?\\s*\\(", Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "LangGraph SQLite checkpointer database (tables checkpoints and writes; Python or JS), read-only";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities(ThreadAssembler.SESSION_KEY, ThreadAssembler.SHOWS,
                List.of("the exact prompt: model calls are rebuilt from the message list, without the system prompt",
                        "model calls of nodes that keep no messages in state",
                        "values of DeltaChannels, rebuilt from ancestor writes"));
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
        return CHECKPOINTS_TABLE.matcher(text).find() && WRITES_TABLE.matcher(text).find();
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        Path file = input.localFile().orElseThrow(() -> new IOException("a SQLite database must be read from a file"));
        try (SqliteEvidence evidence = SqliteEvidence.open(file)) {
            Connection db = evidence.connection();
            requireTables(db);
            ThreadAssembler assembler = new ThreadAssembler(input.name(), context);
            for (String thread : threads(db)) {
                assembler.assemble(readThread(db, thread, input.name(), context));
            }
        } catch (SQLException e) {
            throw new IOException("not a readable LangGraph SQLite checkpoint database ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    private static void requireTables(Connection db) throws SQLException, IOException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = db.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.contains("checkpoints") || !tables.contains("writes")) {
            throw new IOException("expected the tables checkpoints and writes of a LangGraph SQLite checkpointer, found "
                    + (tables.isEmpty() ? "no tables" : String.join(", ", tables)));
        }
    }

    private static List<String> threads(Connection db) throws SQLException {
        List<String> threads = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "SELECT DISTINCT thread_id FROM checkpoints ORDER BY thread_id")) {
            while (rs.next()) {
                threads.add(rs.getString(1));
            }
        }
        return threads;
    }

    private static List<DecodedCheckpoint> readThread(Connection db, String thread, String file,
                                                      ImportContext context) throws SQLException {
        Map<String, List<WriteRow>> writes = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT checkpoint_ns, checkpoint_id, task_id, idx, channel,"
                + " type, value FROM writes WHERE thread_id = ? ORDER BY checkpoint_ns, checkpoint_id, task_id, idx")) {
            query.setString(1, thread);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    writes.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                            .add(new WriteRow(rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                                    rs.getBytes(7)));
                }
            }
        }
        List<DecodedCheckpoint> out = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT checkpoint_ns, checkpoint_id, parent_checkpoint_id,"
                + " type, checkpoint, metadata FROM checkpoints WHERE thread_id = ? ORDER BY checkpoint_id, checkpoint_ns")) {
            query.setString(1, thread);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String ns = rs.getString(1) == null ? "" : rs.getString(1);
                    String id = rs.getString(2);
                    String where = "checkpoint " + id;
                    List<String> notes = new ArrayList<>();
                    ValueDecoder decoder = new ValueDecoder(notes);
                    JsonNode checkpoint = decoder.decode(rs.getString(4), rs.getBytes(5), where);
                    SourceRef at = new SourceRef(file, 0, "thread " + thread + " checkpoint " + id
                            + (ns.isEmpty() ? "" : " ns " + ns));
                    if (!checkpoint.isObject() || checkpoint.path("$type").asText().equals("opaque")) {
                        context.problem(at, "expected a LangGraph checkpoint object (" + rs.getString(4) + "), found "
                                + (notes.isEmpty() ? "something else" : String.join("; ", notes)));
                        writes.remove(ns + "\u0000" + id);
                        continue;
                    }
                    JsonNode metadata = metadata(decoder, rs.getString(4), rs.getBytes(6), where);
                    List<Checkpoint.Write> decodedWrites = new ArrayList<>();
                    for (WriteRow w : writes.getOrDefault(ns + "\u0000" + id, List.of())) {
                        decodedWrites.add(new Checkpoint.Write(w.task(), w.index(), w.channel(),
                                decoder.decode(w.type(), w.value(), "write " + w.channel() + " of task " + w.task()
                                        + " at checkpoint " + id)));
                    }
                    writes.remove(ns + "\u0000" + id);
                    out.add(new DecodedCheckpoint(thread, ns, id, rs.getString(3), checkpoint, metadata, decodedWrites,
                            notes));
                }
            }
        }
        if (!writes.isEmpty()) {
            int count = writes.values().stream().mapToInt(List::size).sum();
            context.problem(new SourceRef(file, 0, "thread " + thread), "expected writes to refer to checkpoints of the"
                    + " thread, found " + count + " write" + (count == 1 ? "" : "s") + " under checkpoint"
                    + (writes.size() == 1 ? " " : "s ") + String.join(", ", new TreeSet<>(writes.keySet().stream()
                    .map(k -> k.substring(k.indexOf('\u0000') + 1)).toList())) + " not in the file");
        }
        return out;
    }

    /** Metadata is JSON text in every saver, even beside a msgpack checkpoint (Python); JS tags both alike. */
    static JsonNode metadata(ValueDecoder decoder, String type, byte[] bytes, String where) {
        if (bytes == null) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        JsonNode metadata = i < bytes.length && bytes[i] == '{' ? decoder.json(bytes, where + " metadata")
                : decoder.decode(type, bytes, where + " metadata");
        return metadata.isObject() ? metadata : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private record WriteRow(String task, int index, String channel, String type, byte[] value) {
    }
}
