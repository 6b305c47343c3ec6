package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpointer file is evidence: examining it changes neither its bytes nor its modification
 * time, and creates nothing beside it, also when a write-ahead log lies beside it (which must then
 * be read). Standard input and gzip are spooled to a temporary file and give the same report.
 */
class CheckpointEvidenceTest {

    static final Path SAMPLE = SamplesTest.SAMPLES.resolve("amnesia-renamed-constraint/checkpoints.sqlite");
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> findings(String json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json).get("findings")) {
            out.add(f.get("check").asText() + " " + f.get("session").asText() + " " + f.get("step").asInt());
        }
        return out;
    }

    @Test
    void examiningLeavesTheFileAndItsFolderAsTheyWere(@TempDir Path dir) throws Exception {
        Path evidence = Files.copy(SAMPLE, dir.resolve("checkpoints.sqlite"));
        Files.setLastModifiedTime(evidence, LONG_AGO);
        String hash = sha256(evidence);
        List<String> before = listing(dir);

        Cli.Run run = new Cli().cwd(dir).run("examine", "--format", "json", "checkpoints.sqlite");

        assertEquals(4, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of("state.field-dropped booking-lisbon-31 10", "state.schema-drift booking-lisbon-31 10"),
                findings(run.out()));
        assertEquals(hash, sha256(evidence));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(evidence));
        assertEquals(before, listing(dir));
        assertEquals(List.of("checkpoints.sqlite"), listing(dir));
    }

    @Test
    void aWriteAheadLogBesideTheFileIsReadWithoutTouchingEither(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path evidenceDir = Files.createDirectory(dir.resolve("evidence"));
        Path live = Files.copy(SamplesTest.SAMPLES.getParent().resolve(
                "analyzers/src/test/resources/langgraph/js-checkpoints.sqlite"), work.resolve("live.sqlite"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + live); Statement sql = db.createStatement()) {
            sql.execute("PRAGMA journal_mode=WAL");
            sql.execute("PRAGMA wal_autocheckpoint=0");
            sql.execute("DELETE FROM checkpoints WHERE thread_id <> 'refund-abandoned-19'");
            sql.execute("DELETE FROM writes WHERE thread_id <> 'refund-abandoned-19'");
            // What a crashed agent leaves behind: the database and its log, the log not yet folded in.
            Files.copy(live, evidenceDir.resolve("checkpoints.sqlite"), StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(work.resolve("live.sqlite-wal"), evidenceDir.resolve("checkpoints.sqlite-wal"),
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path main = evidenceDir.resolve("checkpoints.sqlite");
        Path wal = evidenceDir.resolve("checkpoints.sqlite-wal");
        Files.setLastModifiedTime(main, LONG_AGO);
        Files.setLastModifiedTime(wal, LONG_AGO);
        String mainHash = sha256(main);
        String walHash = sha256(wal);

        Cli.Run run = new Cli().cwd(evidenceDir).run("examine", "--format", "json",
                "checkpoints.sqlite");

        assertEquals(4, run.exit(), run.err());
        assertEquals(List.of("state.pending-task-dropped refund-abandoned-19 6",
                "state.unpaired-tool-call refund-abandoned-19 8"), findings(run.out()));
        assertEquals(List.of("checkpoints.sqlite", "checkpoints.sqlite-wal"), listing(evidenceDir));
        assertEquals(mainHash, sha256(main));
        assertEquals(walHash, sha256(wal));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(main));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(wal));
    }

    @Test
    void standardInputAndGzipGiveTheSameFindings(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("checkpoints.sqlite.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SAMPLE, out);
        }
        List<String> expected = List.of("state.field-dropped booking-lisbon-31 10",
                "state.schema-drift booking-lisbon-31 10");

        Cli.Run fromStdin = new Cli().stdin(new ByteArrayInputStream(Files.readAllBytes(SAMPLE)))
                .run("examine", "--format", "json", "-");
        Cli.Run fromGzip = new Cli().cwd(dir).run("examine", "--format", "json", "checkpoints.sqlite.gz");

        assertEquals(4, fromStdin.exit(), fromStdin.err());
        assertEquals(expected, findings(fromStdin.out()));
        assertEquals(4, fromGzip.exit(), fromGzip.err());
        assertEquals(expected, findings(fromGzip.out()));
        JsonNode input = new ObjectMapper().readTree(fromStdin.out()).get("inputs").get(0);
        assertEquals("<stdin>", input.get("path").asText());
        assertEquals("langgraph-sqlite", input.get("format").asText());
        assertEquals(Files.size(SAMPLE), input.get("bytes").asLong());
        assertEquals(List.of("checkpoints.sqlite.gz"), listing(dir));
    }

    @Test
    void dbOptionNeedsADatabaseUrl() {
        Cli.Run notUrl = Cli.exec("examine", "--db", "checkpoints.sqlite");
        assertEquals(2, notUrl.exit());
        assertEquals("coroner: --db expects a database URL (postgresql://…, redis://…, rediss://…), found"
                + " 'checkpoints.sqlite'\n"
                + "try `coroner examine --help`\n", notUrl.err());
        Cli.Run nothing = Cli.exec("examine");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().startsWith("coroner: no input: give trace files, directories, - for standard input,"
                + " or --db URL\n"), nothing.err());
    }
}
