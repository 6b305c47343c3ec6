package dev.coroner.ingest.langgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.PostgresServer;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Session;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL checkpointer read from a real server: the scenarios of the SQLite fixture, run
 * by the real JS PostgresSaver and dumped (js-checkpoints-postgres.sql), are loaded into a fresh
 * database and examined through a postgresql:// URL.
 */
class LangGraphPostgresImporterTest {

    private static String database;

    @BeforeAll
    static void loadDump() throws Exception {
        database = PostgresServer.databaseWith(LangGraphSqliteImporterTest.fixture("js-checkpoints-postgres.sql"));
    }

    private static List<String> findings(AnalysisResult result) {
        return result.findings().stream().map(f -> f.checkId() + " " + f.sessionId() + " " + f.step()).toList();
    }

    @Test
    void everyThreadIsReadAndTheCheckpointChecksFindTheSameFailuresAsInSqlite() {
        LoadedTrace trace = Traces.load(Path.of("."), database);
        assertEquals(List.of(), trace.problems());
        assertEquals(11, trace.sessions().size());
        assertEquals("langgraph-postgres", trace.inputs().get(0).format());
        assertEquals("", trace.inputs().get(0).sha256());

        // The same as the SQLite file, except the renamed field of booking-lisbon-31: the
        // PostgreSQL saver stores channel values by version, and a checkpoint refers to the last
        // version of every channel it lists, so the channel the new graph no longer declares still
        // reads back with its old value there.
        assertEquals(List.of(
                "state.history-regressed chat-overwritten-64 7",
                "state.type-changed order-type-70 4",
                "state.pending-task-dropped refund-abandoned-19 6",
                "state.unpaired-tool-call refund-abandoned-19 8",
                "state.fork-from-stale research-fork-88 15",
                "state.history-forgotten research-fork-88 18",
                "bleed.shared-thread support-shared-2 7"), findings(Traces.analyze(trace)));
        Session booking = trace.sessions().get(0);
        assertEquals("booking-lisbon-31", booking.id());
        assertEquals(24, booking.steps().size());
        assertEquals("u-dana", booking.principal());
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        String withPassword = database.replace("://coroner@", "://coroner:hunter2@");
        LoadedTrace trace = Traces.load(Path.of("."), withPassword);
        assertEquals(List.of(), trace.problems());
        String shown = trace.inputs().get(0).path();
        assertTrue(shown.contains("coroner:***@"), shown);
        assertFalse(shown.contains("hunter2"));
        assertTrue(trace.sessions().get(0).source().file().contains("***"));
    }

    @Test
    void aRoleThatMaySelectOnlyIsEnoughAndNothingIsWritten() throws Exception {
        String fingerprintBefore;
        try (Connection admin = PostgresServer.connect(database); Statement sql = admin.createStatement()) {
            sql.execute("DROP ROLE IF EXISTS coroner_reader_" + ProcessHandle.current().pid());
            sql.execute("CREATE ROLE coroner_reader_" + ProcessHandle.current().pid() + " LOGIN");
            sql.execute("GRANT SELECT ON checkpoints, checkpoint_blobs, checkpoint_writes TO coroner_reader_"
                    + ProcessHandle.current().pid());
            fingerprintBefore = fingerprint(sql);
        }
        String reader = database.replace("://coroner@", "://coroner_reader_" + ProcessHandle.current().pid() + "@");
        LoadedTrace trace = Traces.load(Path.of("."), reader);
        assertEquals(List.of(), trace.problems());
        assertEquals(11, trace.sessions().size());
        try (Connection admin = PostgresServer.connect(database); Statement sql = admin.createStatement()) {
            assertEquals(fingerprintBefore, fingerprint(sql));
        }
    }

    @Test
    void aDatabaseWithoutTheTablesIsAnInputError() throws Exception {
        String empty = PostgresServer.withDatabase(PostgresServer.url(), "postgres");
        LoadedTrace trace = Traces.load(Path.of("."), empty);
        assertEquals(1, trace.problems().size());
        ImportProblem problem = trace.problems().get(0);
        assertTrue(problem.wholeInput());
        assertTrue(problem.message().startsWith("cannot read: expected the tables checkpoints, checkpoint_blobs and"
                + " checkpoint_writes of a LangGraph PostgreSQL checkpointer, found no"), problem.message());
    }

    /** Row counts and a digest of every row of the three tables. */
    private static String fingerprint(Statement sql) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("checkpoints", "checkpoint_blobs", "checkpoint_writes")) {
            try (ResultSet rs = sql.executeQuery("SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM "
                    + table + " t")) {
                rs.next();
                out.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
            }
        }
        return out.toString();
    }

}
