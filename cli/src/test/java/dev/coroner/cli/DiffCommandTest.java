package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coroner diff}: two state files, or two checkpoints of a checkpointer database. */
class DiffCommandTest {

    private static final String DB = "samples/amnesia-renamed-constraint/checkpoints.sqlite";

    private static Path states(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), """
                {"summary": "The customer needs a step-free room in Lisbon, at most 180 EUR a night.",
                 "order": {"id": "A-1", "total": 12.5}, "tags": ["vip"], "odd key": 1}
                """);
        Files.writeString(dir.resolve("b.json"), """
                {"summary": "The customer wants the cheapest room in Lisbon, at most 180 EUR a night.",
                 "order": "A-1", "tags": ["vip", "eu"], "count": 2}
                """);
        return dir;
    }

    @Test
    void twoStateFilesAsText(@TempDir Path dir) throws IOException {
        Cli.Run run = new Cli().cwd(states(dir)).run("diff", "a.json", "b.json");

        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                --- a.json
                +++ b.json
                ~ $.summary:
                    The customer [-needs a step-free-]{+wants the cheapest+} room in Lisbon, at most 180 EUR a night.
                ! $.order: type object → string
                    was {"id":"A-1","total":12.5}
                    now "A-1"
                + $.tags[1]: "eu"
                - $['odd key']: 1
                + $.count: 2
                5 changes: 1 removed, 2 added, 1 type changed, 1 changed
                """, run.out());
    }

    @Test
    void jsonEscapesBidirectionalControlsInStateValues(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"note\": \"refund \u202eDSU 05\u202c approved\"}");
        Files.writeString(dir.resolve("b.json"), "{\"note\": \"refund denied\"}");
        Cli.Run run = new Cli().cwd(dir).run("diff", "--format", "json", "a.json", "b.json");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("\u202e"), "a right-to-left override reached the terminal as is");
        assertTrue(run.out().contains("\"before\": \"refund \\u202EDSU 05\\u202C approved\""), run.out());
        assertEquals("refund \u202eDSU 05\u202c approved",
                new ObjectMapper().readTree(run.out()).at("/changes/0/before").asText(), "still the same value");
    }

    @Test
    void twoStateFilesAsJson(@TempDir Path dir) throws IOException {
        Cli.Run run = new Cli().cwd(states(dir)).run("diff", "--format", "json", "a.json", "b.json");

        assertEquals(0, run.exit(), run.err());
        JsonNode diff = new ObjectMapper().readTree(run.out());
        assertEquals(1, diff.get("diff_version").asInt());
        assertEquals("{\"added\":2,\"removed\":1,\"type_changed\":1,\"changed\":1}", diff.get("summary").toString());
        JsonNode summary = diff.get("changes").get(0);
        assertEquals("changed", summary.get("kind").asText());
        assertEquals("$.summary", summary.get("path").asText());
        assertEquals("[{\"op\":\"equal\",\"text\":\"The customer \"},{\"op\":\"delete\",\"text\":\"needs a step-free\"},"
                + "{\"op\":\"insert\",\"text\":\"wants the cheapest\"},{\"op\":\"equal\",\"text\":\" room in Lisbon, at"
                + " most 180 EUR a night.\"}]", summary.get("text_diff").toString());
        JsonNode order = diff.get("changes").get(1);
        assertEquals("type_changed", order.get("kind").asText());
        assertEquals("object", order.get("before_type").asText());
        assertEquals("string", order.get("after_type").asText());
        assertTrue(diff.get("changes").get(3).get("after") == null);
    }

    @Test
    void twoAutoGenSavedStatesOfOneTeam(@TempDir Path dir) throws IOException {
        // Two save_state() results of a RoundRobinGroupChat (autogen_agentchat/state/_states.py): the second
        // was saved by a team that never loaded the first, so its thread starts over.
        String message = "{\"id\": \"%s\", \"source\": \"%s\", \"models_usage\": null, \"metadata\": {},"
                + " \"created_at\": \"2026-03-04T07:00:0%sZ\", \"content\": \"%s\", \"type\": \"TextMessage\"}";
        String team = "{\"type\": \"TeamState\", \"version\": \"1.0.0\", \"agent_states\": {"
                + "\"RoundRobinGroupChatManager\": {\"type\": \"RoundRobinManagerState\", \"version\": \"1.0.0\","
                + " \"message_thread\": [%s], \"current_turn\": %d, \"next_speaker_index\": 0}}}";
        Files.writeString(dir.resolve("state-1.json"), team.formatted(String.join(", ",
                message.formatted("m1", "user", "1", "Book Lisbon, step-free room"),
                message.formatted("m2", "writer", "2", "Booked a step-free room")), 0));
        Files.writeString(dir.resolve("state-2.json"), team.formatted(
                message.formatted("m3", "user", "3", "Add breakfast"), 0));

        Cli.Run run = new Cli().cwd(dir).run("diff", "state-1.json", "state-2.json");

        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                --- state-1.json
                +++ state-2.json
                ~ $.agent_states.RoundRobinGroupChatManager.message_thread[0].id: "m1" → "m3"
                ~ $.agent_states.RoundRobinGroupChatManager.message_thread[0].created_at: "2026-03-04T07:00:01Z" → "2026-03-04T07:00:03Z"
                ~ $.agent_states.RoundRobinGroupChatManager.message_thread[0].content: "Book Lisbon, step-free room" → "Add breakfast"
                - $.agent_states.RoundRobinGroupChatManager.message_thread[1]: {"id":"m2","source":"writer","models_usage":null,"metadata":{},"created_at":"2026-03-04T07:00:02Z","content":"Booked a step-free room","type":"TextMessage"}
                4 changes: 1 removed, 0 added, 0 type changed, 3 changed
                """, run.out());
    }

    @Test
    void twoCheckpointsByThreadAndStep() {
        Cli.Run run = Cli.exec("diff", "--db", DB, "booking-lisbon-31@9", "booking-lisbon-31@10");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("--- thread booking-lisbon-31 step 9 (" + DB + " (thread booking-lisbon-31"
                + " checkpoint "), lines.get(0));
        assertTrue(lines.get(1).startsWith("+++ thread booking-lisbon-31 step 10 ("), lines.get(1));
        assertEquals(List.of(
                "- $.messages[2].artifact: null",
                "- $.constraints: {\"accessibility\":\"step-free access (wheelchair user)\",\"max_price_eur\":180}",
                "2 changes: 2 removed, 0 added, 0 type changed, 0 changed"), lines.subList(2, lines.size()));
    }

    @Test
    void twoCheckpointsByIdGiveTheSameDiff() throws IOException {
        JsonNode byStep = new ObjectMapper().readTree(Cli.exec("diff", "--format", "json", "--db", DB,
                "booking-lisbon-31@9", "booking-lisbon-31@10").out());
        String first = checkpointId(byStep.get("a"));
        String second = checkpointId(byStep.get("b"));

        Cli.Run byId = Cli.exec("diff", "--format", "json", "--db", DB, first, second);

        assertEquals(0, byId.exit(), byId.err());
        assertEquals(byStep.get("changes"), new ObjectMapper().readTree(byId.out()).get("changes"));
    }

    private static String checkpointId(JsonNode side) {
        String locator = side.get("location").get("locator").asText();
        return locator.substring(locator.indexOf("checkpoint ") + "checkpoint ".length());
    }

    @Test
    void namesThatAreNotCheckpointsAreUsageErrors() {
        Cli.Run message = Cli.exec("diff", "--db", DB, "booking-lisbon-31@1", "booking-lisbon-31@10");
        assertEquals(2, message.exit());
        assertTrue(message.err().startsWith("coroner: step 1 of thread booking-lisbon-31 is a message, not a checkpoint;"
                + " checkpoints are at steps 0, 2, 3, 5, 7, 9, 10,"), message.err());

        Cli.Run thread = Cli.exec("diff", "--db", DB, "nobody@3", "booking-lisbon-31@10");
        assertEquals(2, thread.exit());
        assertEquals("coroner: no thread 'nobody' in the database (threads: booking-lisbon-31)\n"
                + "try `coroner diff --help`\n", thread.err());

        Cli.Run id = Cli.exec("diff", "--db", DB, "1f0-nope", "booking-lisbon-31@10");
        assertEquals(2, id.exit());
        assertTrue(id.err().startsWith("coroner: no checkpoint '1f0-nope' in the database"), id.err());

        Cli.Run noDb = Cli.exec("diff", "booking-lisbon-31@9", "booking-lisbon-31@10");
        assertEquals(2, noDb.exit());
        assertTrue(noDb.err().startsWith("coroner: 'booking-lisbon-31@9' is not a file; to name checkpoints, give the"
                + " database with --db"), noDb.err());
    }

    @Test
    void aMalformedStateFileIsAnInputErrorWithItsLine(@TempDir Path dir) throws IOException {
        states(dir);
        java.nio.file.Files.writeString(dir.resolve("broken.json"), "{\"plan\": \"pro\",\n  \"limit\": }\n");
        Cli.Run run = new Cli().cwd(dir).run("diff", "a.json", "broken.json");

        assertEquals(3, run.exit());
        assertTrue(run.err().startsWith("coroner: input error: broken.json:2: expected one JSON document (a state), found "),
                run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void twoCheckpointsOfATeamsRedisLayoutNamedByTheirKeys() {
        Cli.Run run = new Cli().run("diff", "--db", "samples/redis-renamed-field/dump.rdb", "--redis-key",
                "agent:state:{session}:{step}", "agent:state:sess-4411:2", "sess-4411@2");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("--- thread sess-4411 step 1 (samples/redis-renamed-field/dump.rdb (key agent:state:sess-4411:2))",
                lines.get(0));
        assertTrue(lines.contains("- $.constraints.max_refund_eur: 150"), run.out());
        assertTrue(lines.contains("+ $.constraints.refund_cap: null"), run.out());
        assertEquals("9 changes: 1 removed, 4 added, 0 type changed, 4 changed", lines.get(lines.size() - 1));
    }

    @Test
    void aRedisKeyPatternWithoutPlaceholdersIsAUsageError() {
        Cli.Run run = new Cli().run("diff", "--db", "samples/redis-renamed-field/dump.rdb", "--redis-key",
                "agent:state:*", "a", "b");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--redis-key expects a pattern with {session} and {step}"), run.err());
    }
}
