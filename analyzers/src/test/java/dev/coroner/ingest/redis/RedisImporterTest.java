package dev.coroner.ingest.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.testing.RedisServer;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * The Redis importer on the snapshots written by the real producers (samples/redis-*, see
 * samples/generators/redis), offline and from a live server loaded with the same keys: the same
 * sessions either way, and nothing but read commands sent to the server.
 */
class RedisImporterTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final String TEAM_KEYS = "agent:state:{session}:{step}";

    static LoadedTrace load(String input, String... keyPatterns) {
        return new TraceLoader(FormatRegistry.standard(List.of(keyPatterns)), Optional.empty(), InputStream::nullInputStream)
                .load(InputSet.expand(List.of(input), Path.of(".")));
    }

    static Session session(LoadedTrace trace, String id) {
        return trace.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSharedLangChainHistoryIsOneSessionInConversationOrderWithEachUserAsPrincipal() {
        LoadedTrace trace = load(SAMPLES.resolve("redis-shared-history/dump.rdb").toString());
        assertEquals(List.of(), trace.problems());
        assertEquals(List.of("support-chat:store-0042", "support-chat:store-0107"),
                trace.sessions().stream().map(Session::id).toList());
        Session shared = session(trace, "support-chat:store-0042");
        Message first = shared.messages().get(0);
        assertTrue(first.isUser() && first.text().startsWith("Hi, this is Anna Keller"), first.text());
        assertEquals("u-anna-1187", shared.principal());
        Step last = shared.steps().get(shared.steps().size() - 1);
        assertEquals("u-ben-2290", shared.principalAt(last.index()));
        ToolResult result = shared.steps().stream().filter(ToolResult.class::isInstance).map(ToolResult.class::cast)
                .findFirst().orElseThrow();
        assertEquals("call_lookup_58213", result.callId());
        assertEquals("lookup_order", result.tool());
        assertTrue(shared.steps().stream().anyMatch(ModelCall.class::isInstance));
        // LPUSH keeps the newest first: the first message of the conversation is the list's last element.
        assertEquals("key support-chat:store-0042 [9]", shared.steps().get(0).source().locator());
        assertEquals("u-carla-3310", session(trace, "support-chat:store-0107").principal());
    }

    @Test
    void aTeamsOwnCheckpointsAreStateSnapshotsInStepOrder() {
        LoadedTrace trace = load(SAMPLES.resolve("redis-renamed-field/dump.rdb").toString(), TEAM_KEYS);
        assertEquals(List.of(), trace.problems());
        assertEquals(List.of("sess-4411", "sess-5520", "sess-6630"), trace.sessions().stream().map(Session::id).toList());
        List<StateSnapshot> snapshots = session(trace, "sess-4411").steps().stream()
                .filter(StateSnapshot.class::isInstance).map(StateSnapshot.class::cast).toList();
        assertEquals(List.of("agent:state:sess-4411:1", "agent:state:sess-4411:2", "agent:state:sess-4411:3"),
                snapshots.stream().map(s -> s.attributes().get("redis.key").asText()).toList());
        assertEquals(150, snapshots.get(1).state().at("/constraints/max_refund_eur").asInt());
        assertTrue(snapshots.get(2).state().at("/constraints/max_refund_eur").isMissingNode());
        StateSnapshot hash = (StateSnapshot) session(trace, "sess-6630").steps().get(0);
        assertEquals("hash", hash.attributes().get("redis.type").asText());
        assertEquals(List.of(), trace.skipped());
    }

    @Test
    void keysThatMatchNoLayoutAreListedNotGuessedAt() {
        LoadedTrace trace = load(SAMPLES.resolve("redis-renamed-field/dump.rdb").toString());
        assertEquals(List.of(), trace.sessions());
        assertEquals(List.of(), trace.problems());
        assertEquals(1, trace.skipped().size());
        assertTrue(trace.skipped().get(0).contains("7 of 7 keys match no layout coroner reads: agent:state:sess-4411:1"
                + " (string)"), trace.skipped().get(0));
    }

    @Test
    void langGraphRedisSaverDocumentsAreAssembledIntoThreads() {
        LoadedTrace trace = load(SAMPLES.resolve("redis-langgraph-checkpoints/dump.rdb").toString());
        assertEquals(List.of(), trace.problems());
        assertEquals(List.of(), trace.skipped());
        Session thread = session(trace, "thread-kettle-7");
        assertEquals(8, thread.steps().stream().filter(StateSnapshot.class::isInstance).count());
        assertEquals(2, thread.steps().stream().filter(ModelCall.class::isInstance).count());
    }

    @Test
    void aPatternWithoutItsPlaceholdersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FormatRegistry.standard(List.of("agent:state:*")));
        assertEquals("--redis-key expects a pattern with {session} and {step}, e.g. 'agent:state:{session}:{step}',"
                + " found 'agent:state:*'", e.getMessage());
    }

    @Test
    void aTruncatedSnapshotIsAOneLineProblemAndTheFileIsUntouched(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLES.resolve("redis-shared-history/dump.rdb"));
        Path cut = dir.resolve("dump.rdb");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        byte[] before = Files.readAllBytes(cut);
        LoadedTrace trace = load(cut.toString());
        assertEquals(1, trace.problems().size());
        String problem = trace.problems().get(0).toString();
        assertTrue(problem.contains("cannot parse the RDB snapshot") && !problem.contains("\n"), problem);
        assertArrayEquals(before, Files.readAllBytes(cut));
    }

    /** Commands the importer may send: reads only. */
    static final Set<String> READ_COMMANDS = Set.of("ping", "scan", "type", "get", "lrange", "hgetall", "smembers",
            "zrange", "pttl", "object", "object|idletime", "json.get", "hello", "client", "client|setinfo", "select",
            "auth");

    @Test
    void aLiveServerGivesTheSameSessionsAsItsSnapshotWithReadCommandsOnly() throws IOException {
        String server = RedisServer.url();
        int db = 7;
        for (String sample : List.of("redis-shared-history", "redis-renamed-field", "redis-langgraph-checkpoints")) {
            Path file = SAMPLES.resolve(sample).resolve("dump.rdb");
            restore(file, server, db);
            try (Jedis admin = new Jedis(java.net.URI.create(server))) {
                admin.configResetStat();
            }
            LoadedTrace live = load(server + "/" + db, TEAM_KEYS);
            LoadedTrace offline = load(file.toString(), TEAM_KEYS);
            assertEquals(List.of(), live.problems(), sample);
            assertEquals(describe(offline), describe(live), sample);
            List<String> found = findings(live);
            assertEquals(findings(offline), found, sample);
            String story = switch (sample) {
                case "redis-shared-history" -> "verdict support-chat:store-0042 state-failure";
                case "redis-renamed-field" -> "verdict sess-4411 state-failure";
                default -> "verdict thread-kettle-7 clean";
            };
            assertTrue(found.contains(story), sample + ": " + found);
            try (Jedis admin = new Jedis(java.net.URI.create(server))) {
                Set<String> used = new TreeSet<>();
                for (String line : admin.info("commandstats").split("\r?\n")) {
                    if (line.startsWith("cmdstat_")) {
                        used.add(line.substring("cmdstat_".length(), line.indexOf(':')));
                    }
                }
                used.removeAll(READ_COMMANDS);
                used.remove("info"); // this test's own INFO and CONFIG RESETSTAT
                used.remove("config|resetstat");
                assertEquals(Set.of(), used, sample + ": commands other than reads were sent");
            }
        }
    }

    @Test
    void msgpackCheckpointsAndHashesAreReadAsStateAndTheServerKeepsItsKeys() throws IOException {
        String server = RedisServer.url();
        int db = 8;
        try (Jedis jedis = new Jedis(java.net.URI.create(server + "/" + db))) {
            jedis.flushDB();
            for (int step = 1; step <= 2; step++) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (org.msgpack.core.MessagePacker packer = org.msgpack.core.MessagePack.newDefaultPacker(bytes)) {
                    packer.packMapHeader(2);
                    packer.packString("step").packInt(step);
                    packer.packString(step == 1 ? "max_refund_eur" : "refund_cap").packInt(150);
                }
                jedis.set(("agent:state:mp-1:" + step).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
            }
            jedis.hset("agent:state:h-1:1", java.util.Map.of("tier", "gold", "limits", "{\"max\": 3}"));
            jedis.set("agent:state:bad-1:1", "not a checkpoint");
            jedis.expire("agent:state:h-1:1", 3600);
        }
        LoadedTrace live = load(server + "/" + db, TEAM_KEYS);
        Session msgpack = session(live, "mp-1");
        StateSnapshot first = (StateSnapshot) msgpack.steps().get(0);
        assertEquals(150, first.state().path("max_refund_eur").asInt());
        StateSnapshot hash = (StateSnapshot) session(live, "h-1").steps().get(0);
        assertEquals(3, hash.state().at("/limits/max").asInt());
        assertEquals("gold", hash.state().path("tier").asText());
        assertTrue(hash.attributes().get("redis.expiry").asText().matches("TTL \\d+ s when read"),
                hash.attributes().toString());
        assertEquals(1, live.problems().size(), live.problems().toString());
        assertEquals("expected a JSON object or a msgpack map as the checkpoint, found 16 bytes of neither",
                live.problems().get(0).message());
        try (Jedis jedis = new Jedis(java.net.URI.create(server + "/" + db))) {
            assertEquals(4, jedis.dbSize(), "the importer changed the keyspace");
        }
    }

    @Test
    void aHistoryWhoseToolResultLostItsCallWasTrimmedAndTheReportSaysSo() {
        String server = RedisServer.url();
        int db = 9;
        try (Jedis jedis = new Jedis(java.net.URI.create(server + "/" + db))) {
            jedis.flushDB();
            // LPUSH order, as RedisChatMessageHistory writes: the oldest surviving message answers a call
            // that was trimmed away with the messages before it.
            jedis.lpush("chat:window-7", "{\"type\":\"tool\",\"data\":{\"content\":\"{\\\"allergies\\\":[\\\"penicillin\\\"]}\","
                    + "\"tool_call_id\":\"call_a1\",\"name\":\"patient_record\"}}");
            jedis.lpush("chat:window-7", "{\"type\":\"ai\",\"data\":{\"content\":\"Noted: you are allergic to penicillin.\"}}");
            jedis.lpush("chat:window-7", "{\"type\":\"human\",\"data\":{\"content\":\"Which antibiotic can I take?\"}}");
            jedis.lpush("chat:window-7", "{\"type\":\"ai\",\"data\":{\"content\":\"Amoxicillin 500 mg is fine.\"}}");
            jedis.expire("chat:window-7", 600);
        }
        LoadedTrace live = load(server + "/" + db);
        Session history = session(live, "chat:window-7");
        String mark = history.steps().get(0).attributes().get(dev.coroner.trace.EvidenceMarks.TRUNCATED).asText();
        assertTrue(mark.matches("the stored history chat:window-7 holds a tool result whose call is not in it: its earlier"
                + " messages were trimmed or expired \\(the key expires: TTL \\d+ s when read\\)"), mark);
        assertTrue(findings(live).stream().anyMatch(f -> f.startsWith("evidence.payload-truncated")), findings(live).toString());
    }

    @Test
    void aSaverCheckpointHeldAsAModuleValueIsKeptOpaqueAndNamedAsUndecodable() throws IOException {
        // The saver's documents as redis-replicator hands them over, with one checkpoint turned into the
        // module value a snapshot of a server with RedisJSON holds (the library skips module values it
        // has no parser for). Debian's redis-server has no JSON module to write a real one.
        List<RedisEntry> entries = new ArrayList<>();
        try (RdbSnapshot snapshot = new RdbSnapshot(SAMPLES.resolve("redis-langgraph-checkpoints/dump.rdb"))) {
            snapshot.forEach(entries::add);
        }
        String opaqueKey = entries.stream().map(RedisEntry::key).filter(k -> k.startsWith("checkpoint:")).sorted()
                .reduce((a, b) -> b).orElseThrow();
        List<RedisEntry> withModule = entries.stream().map(e -> e.key().equals(opaqueKey)
                ? new RedisEntry(e.key(), "module", List.of(), java.util.Map.of(), "", java.util.OptionalLong.empty())
                : e).toList();
        java.util.Map<String, dev.coroner.trace.SessionBuilder> sessions = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        dev.coroner.ingest.ImportContext context = new dev.coroner.ingest.ImportContext() {
            @Override
            public dev.coroner.trace.SessionBuilder session(String id, dev.coroner.trace.SourceRef firstSeen) {
                return sessions.computeIfAbsent(id, k -> new dev.coroner.trace.SessionBuilder(k, firstSeen));
            }

            @Override
            public void problem(dev.coroner.trace.SourceRef at, String message) {
                problems.add(message);
            }
        };
        RedisKeyspace keyspace = new RedisKeyspace() {
            @Override
            public void forEach(java.util.function.Consumer<RedisEntry> action) {
                withModule.forEach(action);
            }

            @Override
            public void close() {
            }
        };
        new RedisLayouts(List.of()).read(keyspace, "dump.rdb", context);
        assertEquals(List.of(), problems);
        Session thread = sessions.get("thread-kettle-7").build();
        assertEquals(8, thread.steps().stream().filter(StateSnapshot.class::isInstance).count());
        LoadedTrace trace = new LoadedTrace(List.of(thread), List.of(), List.of(), List.of());
        List<String> found = findings(trace);
        assertTrue(found.contains("evidence.checkpoint-undecodable MEDIUM thread-kettle-7 10 1 checkpoint value could not"
                + " be decoded (first at step 10); the analysis does not see what it holds"), found.toString());
        assertTrue(thread.step(10).attributes().toString().contains("key " + opaqueKey + ": a module value"),
                thread.step(10).attributes().toString());
    }

    @Test
    void aSnapshotIsOnlyRead() throws IOException {
        Path file = SAMPLES.resolve("redis-shared-history/dump.rdb");
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        load(file.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    /** Findings and verdicts by check, session, step and message (locations name different sources). */
    static List<String> findings(LoadedTrace trace) {
        dev.coroner.analysis.AnalysisResult result = new dev.coroner.analysis.Analyzer(
                dev.coroner.checks.CheckCatalog.all(), 1).analyze(trace);
        List<String> out = new ArrayList<>();
        result.findings().forEach(f -> out.add(f.checkId() + " " + f.severity() + " " + f.sessionId() + " " + f.step()
                + " " + f.message()));
        result.sessions().forEach(s -> out.add("verdict " + s.id() + " " + s.verdict().kind().label()));
        return out;
    }

    /** Sessions, their steps and messages as text, without locations (the source names differ). */
    static List<String> describe(LoadedTrace trace) {
        List<String> out = new ArrayList<>();
        for (Session s : trace.sessions()) {
            out.add("session " + s.id() + " principal " + s.principal());
            for (Step step : s.steps()) {
                out.add("  " + step.kind() + (step instanceof StateSnapshot snap ? " " + snap.state() : ""));
            }
            s.messages().forEach(m -> out.add("  " + m.role() + ": " + m.text()));
        }
        return out;
    }

    /** Writes the snapshot's keys into a database of the test server, the way the producers stored them. */
    static void restore(Path file, String server, int db) throws IOException {
        List<RedisEntry> entries = new ArrayList<>();
        try (RdbSnapshot snapshot = new RdbSnapshot(file)) {
            snapshot.forEach(entries::add);
        }
        try (Jedis jedis = new Jedis(java.net.URI.create(server + "/" + db))) {
            jedis.flushDB();
            for (RedisEntry e : entries) {
                byte[] key = e.key().getBytes(StandardCharsets.UTF_8);
                switch (e.type()) {
                    case "string" -> jedis.set(key, e.items().get(0));
                    case "list" -> jedis.rpush(key, e.items().toArray(byte[][]::new));
                    case "hash" -> e.fields().forEach((f, v) -> jedis.hset(key, f.getBytes(StandardCharsets.UTF_8), v));
                    case "set" -> jedis.sadd(key, e.items().toArray(byte[][]::new));
                    case "zset" -> {
                        for (int i = 0; i < e.items().size(); i++) {
                            jedis.zadd(key, i, e.items().get(i));
                        }
                    }
                    default -> throw new IllegalStateException("fixture key of type " + e.type());
                }
            }
        }
    }
}
