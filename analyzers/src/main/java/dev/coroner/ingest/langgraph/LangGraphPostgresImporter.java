package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.ingest.DatabaseImporter;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a LangGraph PostgreSQL checkpointer database (Python {@code langgraph-checkpoint-postgres},
 * JS {@code @langchain/langgraph-checkpoint-postgres}) over JDBC: tables {@code checkpoints},
 * {@code checkpoint_blobs} and {@code checkpoint_writes}. Everything is read in one read-only,
 * repeatable-read transaction that is rolled back at the end, so the database is never written
 * and every thread is read from the same snapshot. A checkpoint's channel values are rebuilt the
 * way the savers do: values kept inline in the checkpoint (Python keeps primitives there), then
 * one blob per channel at the version the checkpoint lists ({@code empty}: a version without a
 * value). The tables are looked up on the connection's search path ({@code ?options=-c
 * search_path=…} in the URL selects a schema).
 */
public final class LangGraphPostgresImporter implements DatabaseImporter {

    public static final String NAME = "langgraph-postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "LangGraph PostgreSQL checkpointer database, given as postgresql://… (read-only transaction)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities(ThreadAssembler.SESSION_KEY, ThreadAssembler.SHOWS,
                List.of("the exact prompt: model calls are rebuilt from the message list, without the system prompt",
                        "model calls of nodes that keep no messages in state",
                        "a renamed channel: the old channel's last version is still listed, so its value reads back",
                        "values of DeltaChannels, rebuilt from ancestor writes"));
    }

    @Override
    public boolean recognisesUrl(String url) {
        return PostgresUrl.isPostgresUrl(url);
    }

    @Override
    public void read(TraceInput input, ImportContext context) throws IOException {
        String url = input.databaseUrl().orElseThrow(() -> new IOException(
                "a PostgreSQL checkpointer is read from a database URL (postgresql://…), not a file"));
        PostgresUrl target = PostgresUrl.parse(url);
        try (Connection db = DriverManager.getConnection(target.jdbcUrl(), target.properties())) {
            db.setReadOnly(true);
            db.setAutoCommit(false);
            try (Statement setup = db.createStatement()) {
                setup.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try {
                requireTables(db);
                ThreadAssembler assembler = new ThreadAssembler(input.name(), context);
                for (String thread : threads(db)) {
                    assembler.assemble(readThread(db, thread, input.name(), context));
                }
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            throw new IOException(describe(e), e);
        }
    }

    private static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return "cannot read the PostgreSQL checkpointer: " + message;
    }

    private static void requireTables(Connection db) throws SQLException, IOException {
        List<String> missing = new ArrayList<>();
        for (String table : List.of("checkpoints", "checkpoint_blobs", "checkpoint_writes")) {
            try (PreparedStatement query = db.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                query.setString(1, table);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        missing.add(table);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IOException("expected the tables checkpoints, checkpoint_blobs and checkpoint_writes of a"
                    + " LangGraph PostgreSQL checkpointer, found no " + String.join(", ", missing)
                    + " on the search path");
        }
    }

    private static List<String> threads(Connection db) throws SQLException {
        List<String> threads = new ArrayList<>();
        try (Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("SELECT DISTINCT thread_id FROM checkpoints ORDER BY thread_id")) {
            while (rs.next()) {
                threads.add(rs.getString(1));
            }
        }
        return threads;
    }

    private record Blob(String type, byte[] bytes) {
    }

    private record WriteRow(String task, int index, String channel, String type, byte[] value) {
    }

    private static List<DecodedCheckpoint> readThread(Connection db, String thread, String source,
                                                      ImportContext context) throws SQLException {
        Map<String, Blob> blobs = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT checkpoint_ns, channel, version, type, blob FROM checkpoint_blobs WHERE thread_id = ?")) {
            query.setString(1, thread);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    blobs.put(rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3),
                            new Blob(rs.getString(4), rs.getBytes(5)));
                }
            }
        }
        Map<String, List<WriteRow>> writes = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT checkpoint_ns, checkpoint_id, task_id, idx, channel,"
                + " type, blob FROM checkpoint_writes WHERE thread_id = ? ORDER BY checkpoint_ns, checkpoint_id, task_id, idx")) {
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
                + " checkpoint::text, metadata::text FROM checkpoints WHERE thread_id = ?"
                + " ORDER BY checkpoint_id, checkpoint_ns")) {
            query.setString(1, thread);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String ns = rs.getString(1);
                    String id = rs.getString(2);
                    String where = "checkpoint " + id;
                    List<String> notes = new ArrayList<>();
                    ValueDecoder decoder = new ValueDecoder(notes);
                    JsonNode checkpoint = decoder.json(bytes(rs.getString(4)), where);
                    if (!checkpoint.isObject() || checkpoint.path("$type").asText().equals("opaque")) {
                        context.problem(new SourceRef(source, 0, "thread " + thread + " checkpoint " + id),
                                "expected a LangGraph checkpoint object, found " + String.join("; ", notes));
                        continue;
                    }
                    DecodedCheckpoint.fillChannelValues((ObjectNode) checkpoint, (channel, version) -> {
                        Blob blob = blobs.get(ns + "\u0000" + channel + "\u0000" + version);
                        return blob == null || blob.type().equals("empty") ? null
                                : decoder.decode(blob.type(), blob.bytes(), where + " channel " + channel);
                    });
                    JsonNode metadata = decoder.json(bytes(rs.getString(5)), where + " metadata");
                    List<Checkpoint.Write> decodedWrites = new ArrayList<>();
                    for (WriteRow w : writes.getOrDefault(ns + "\u0000" + id, List.of())) {
                        decodedWrites.add(new Checkpoint.Write(w.task(), w.index(), w.channel(), decoder.decode(w.type(),
                                w.value(), "write " + w.channel() + " of task " + w.task() + " at checkpoint " + id)));
                    }
                    out.add(new DecodedCheckpoint(thread, ns, id, rs.getString(3), checkpoint,
                            metadata.isObject() ? metadata : JsonNodeFactory.instance.objectNode(), decodedWrites, notes));
                }
            }
        }
        return out;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
