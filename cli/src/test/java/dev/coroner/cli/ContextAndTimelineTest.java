package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coroner context} and {@code coroner timeline} on the bundled incidents. */
class ContextAndTimelineTest {

    private static final String POISONING = "samples/poisoning-order-not-found";
    private static final String BLEED = "samples/bleed-shared-memory";

    @Test
    void contextListsEveryMessageWithItsProvenanceAndTheOutput() {
        Cli.Run run = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "7", POISONING);
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("session conv_7Hq2xKp, step 7 (samples/poisoning-order-not-found/trace.jsonl:9"
                + " (event llm-3)), model gpt-4o-2024-08-06, agent support\ninput: 6 messages, 560 characters, ~341 tokens\n"
                + "tokens by source: system 43, history 113, tool output 23, retrieval 0, handoff 0\n"), out);
        assertTrue(out.contains("\n[3] tool lookup_order (answers call_01), from step 4 (tool_result, "
                + "samples/poisoning-order-not-found/trace.jsonl:6)\n"
                + "    | Error 404: order ORD-20931 not found in region us-east (orders-service v3.2)\n"
                + "    fact \"ORD-20931\" ← user, step 1\n"), out);
        assertTrue(out.contains("\n[2] assistant, from step 2 (model_call, samples/poisoning-order-not-found/trace.jsonl:4)\n"
                + "    -> lookup_order [call_01] {\"order_id\":\"ORD-20931\",\"region\":\"us-east\"}\n"), out);
        assertTrue(out.endsWith("output:\n    -> create_ticket [call_02] {\"order_id\":\"ORD-20931\",\"category\":\"refund\","
                + "\"resolution\":\"closed: order not found in region us-east\"}\n    fact \"ORD-20931\" ← user, step 1\n"), out);
    }

    @Test
    void contextPinsEachFindingUnderTheMessageItPointsAt() throws Exception {
        Cli.Run run = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "7", POISONING);
        assertTrue(run.out().contains("    | Error 404: order ORD-20931 not found in region us-east (orders-service v3.2)\n"
                + "    fact \"ORD-20931\" ← user, step 1\n"
                + "    ! high context.error-carried-forward: Error from lookup_order (step 4) stayed in the context of 3"
                + " later model calls and was restated at step 5 (model_call) and 3 later steps\n\n[4] assistant"), run.out());
        assertFalse(run.out().contains("findings at this step"), "no finding points at step 7 itself");

        JsonNode json = new ObjectMapper().readTree(Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "7",
                "--format", "json", POISONING).out());
        assertEquals("context.error-carried-forward", json.at("/context/3/findings/0/check").asText());
        assertEquals("high", json.at("/context/3/findings/0/severity").asText());
        assertEquals(0, json.at("/context/2/findings").size());
        assertEquals(0, json.at("/findings").size());

        // The analysis options of examine apply: an accepted finding is not shown as open.
        Cli.Run suppressed = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "7",
                "--suppress", "context.error-carried-forward=known incident", POISONING);
        assertEquals(0, suppressed.exit(), suppressed.err());
        assertFalse(suppressed.out().contains("! high"), suppressed.out());
    }

    @Test
    void contextAsJsonMasksUnlessRevealed() throws Exception {
        Cli.Run masked = Cli.exec("context", "--session", "sess-b22c", "--step", "3", "--format", "json", BLEED);
        assertEquals(0, masked.exit(), masked.err());
        JsonNode json = new ObjectMapper().readTree(masked.out());
        assertEquals(3, json.get("context").size());
        assertEquals(3, json.at("/context/2/introduced_at").asInt());
        assertEquals("model_call", json.at("/context/2/introduced_by").asText());
        assertTrue(json.at("/tokens").asLong() > 0);
        assertEquals(5, json.get("tokens_by_source").size());
        assertTrue(json.at("/context/2/facts").isArray());
        assertEquals("Memory: Customer updated contact details: email [email-1], mobile [phone-1].",
                json.at("/context/2/text").asText());
        assertFalse(masked.out().contains("maria.lopez@example.org"));

        Cli.Run revealed = Cli.exec("context", "--session", "sess-b22c", "--step", "3", "--reveal", BLEED);
        assertTrue(revealed.out().contains("maria.lopez@example.org"), revealed.out());
    }

    @Test
    void contextShowsToolOutputAsTheTraceHoldsIt() throws Exception {
        // The tool span's output and the next call's input hold the result with its keys in the tool's
        // order; coroner compares it in canonical form, but shows the bytes the model was given.
        String langfuse = "analyzers/src/test/resources/fixtures/otel/langfuse-v5-tool-call.jsonl";
        Cli.Run json = Cli.exec("context", "--session", "lf-sess-5120", "--step", "4", "--format", "json", "--reveal",
                langfuse);
        assertEquals(0, json.exit(), json.err());
        assertEquals("{\"order_id\":\"ORD-88231\",\"status\":\"shipped\",\"carrier\":\"DHL\",\"tracking\":\"JD014600006281\","
                + "\"eta\":\"2026-12-05\"}", new ObjectMapper().readTree(json.out()).at("/context/3/text").asText());

        // AG2 logs the result once as the function's return and once, with other spacing, in the next
        // request's messages: the call shows its own request's bytes.
        Cli.Run ag2 = Cli.exec("context", "--session", "d41f7b2c-9e3a-4c8d-b5f0-2a6e1c9d7b53", "--step", "4",
                "analyzers/src/test/resources/fixtures/ag2-runtime-log-jsonl/weather-run.jsonl");
        assertEquals(0, ag2.exit(), ag2.err());
        assertTrue(ag2.out().contains("(answers call_w1), from step 3 (tool_result, "
                + "analyzers/src/test/resources/fixtures/ag2-runtime-log-jsonl/weather-run.jsonl:9)\n"
                + "    | {\"city\": \"Oslo\", \"temp_c\": 14, \"sky\": \"light rain\"}\n"), ag2.out());
    }

    @Test
    void contextExplainsWhatItCannotShow() {
        Cli.Run notACall = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "4", POISONING);
        assertEquals(2, notACall.exit());
        assertEquals("coroner: step 4 of session conv_7Hq2xKp is a tool_result, not a model call; model calls are at"
                + " steps 2, 5, 7, 10\ntry `coroner context --help`\n", notACall.err());
        Cli.Run noSession = Cli.exec("context", "--session", "nope", "--step", "1", POISONING);
        assertEquals(2, noSession.exit());
        assertTrue(noSession.err().startsWith("coroner: no session 'nope' in the inputs (sessions: conv_7Hq2xKp)\n"),
                noSession.err());
        Cli.Run outOfRange = Cli.exec("context", "--session", "conv_7Hq2xKp", "--step", "99", POISONING);
        assertEquals(2, outOfRange.exit());
        assertTrue(outOfRange.err().startsWith("coroner: session conv_7Hq2xKp has steps 0 to 10, not 99;"),
                outOfRange.err());
        assertEquals(2, Cli.exec("context", "--step", "1", POISONING).exit(), "--session is required");
        Cli.Run missing = Cli.exec("context", "--session", "s", "--step", "1", "samples/inconclusive-no-inputs");
        assertEquals(2, missing.exit());
    }

    @Test
    void contextSaysWhenTheInputWasNotRecorded() {
        Cli.Run run = Cli.exec("context", "--session", "trip-planner-4c0d", "--step", "0",
                "samples/inconclusive-no-inputs");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\ninput: not recorded by the trace\n"), run.out());
        assertTrue(run.out().endsWith("\n\nfindings at this step:\n  ! medium evidence.model-input-missing: 2 of 2 model"
                + " calls have no recorded input messages; the trace cannot show what the model was given\n"), run.out());
    }

    @Test
    void timelinePinsFindingsToTheirSteps() {
        Cli.Run run = Cli.exec("timeline", POISONING);
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals("session conv_7Hq2xKp (principal customer-4417): state-failure, 11 steps", lines[0]);
        assertEquals(19, lines.length);
        assertEquals("     4 tool_result -       lookup_order result FAILED  samples/poisoning-order-not-found/trace.jsonl:6"
                + " (event tool-1-result)", lines[7]);
        assertTrue(lines[8].startsWith("       ! high context.error-carried-forward: Error from lookup_order (step 4)"),
                lines[8]);
        assertEquals("     7 model_call  support gpt-4o-2024-08-06 [6 msgs, 577 chars]  "
                + "samples/poisoning-order-not-found/trace.jsonl:9 (event llm-3)", lines[12]);
        assertEquals("         fact \"TCK-88120\" ← tool result, step 9", lines[18], "facts name their origin");
    }

    @Test
    void timelineAsJsonHoldsWhatTheTextShows() throws Exception {
        Cli.Run run = Cli.exec("timeline", "--format", "json", POISONING);
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("timeline_version").asInt());
        assertTrue(json.get("redacted").asBoolean());
        JsonNode session = json.at("/sessions/0");
        assertEquals("conv_7Hq2xKp", session.get("session").asText());
        assertEquals("state-failure", session.get("verdict").asText());
        assertEquals(11, session.get("timeline").size());
        JsonNode failed = session.at("/timeline/4");
        assertEquals("tool_result", failed.get("kind").asText());
        assertTrue(failed.get("failed").asBoolean());
        assertEquals(6, failed.at("/location/line").asInt());
        assertEquals("context.error-carried-forward", failed.at("/findings/0/check").asText());
        assertEquals("high", failed.at("/findings/0/severity").asText());
        assertEquals(6, session.at("/timeline/7/context/messages").asInt());
        assertEquals(577, session.at("/timeline/7/context/characters").asInt());
        assertEquals("\"TCK-88120\" ← tool result, step 9", session.at("/timeline/10/facts/0").asText());

        Cli.Run wrong = Cli.exec("timeline", "--format", "xml", POISONING);
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("coroner: unknown format 'xml' (expected one of: text, json)"), wrong.err());
    }

    @Test
    void timelineOfOneSessionMasksIdentifiers() {
        Cli.Run run = Cli.exec("timeline", "--session", "sess-b22c", BLEED);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("session sess-b22c (principal acct-208871): state-failure, 4 steps\n"), run.out());
        assertTrue(run.out().contains("! critical bleed.foreign-identifier: The e-mail address [email-1] of principal"),
                run.out());
        assertFalse(run.out().contains("sess-a81f (principal"), "only the session asked for");
        assertEquals(2, Cli.exec("timeline", "--session", "nope", BLEED).exit());
    }

    @Test
    void timelineShowsWhatExamineShowsWithTheSameAnalysisOptions(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("trace.jsonl"), String.join("\n",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s1\",\"principal\":\"u-1\"}",
                "{\"type\":\"state\",\"session\":\"s1\",\"namespace\":\"orders\",\"state\":{\"amount\":900}}",
                ""), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("orders.schema.json"),
                "{\"properties\":{\"amount\":{\"type\":\"number\",\"maximum\":500}}}", StandardCharsets.UTF_8);

        Cli.Run plain = new Cli().cwd(tmp).run("timeline", "trace.jsonl");
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(plain.out().contains("boundary.schema-violation"), plain.out());

        Cli.Run schema = new Cli().cwd(tmp).run("timeline", "--state-schema", "orders.schema.json", "trace.jsonl");
        assertEquals(0, schema.exit(), schema.err());
        assertTrue(schema.out().contains("! high boundary.schema-violation: "), schema.out());
        Cli.Run examine = new Cli().cwd(tmp).run("examine", "--state-schema", "orders.schema.json", "trace.jsonl");
        assertTrue(examine.out().contains("boundary.schema-violation"), "examine shows the same finding");

        Cli.Run accepted = new Cli().cwd(tmp).run("timeline", "--state-schema", "orders.schema.json",
                "--suppress", "boundary.schema-violation=amount cap reviewed", "trace.jsonl");
        assertFalse(accepted.out().contains("! high boundary.schema-violation"), accepted.out());

        Cli.Run missing = new Cli().cwd(tmp).run("timeline", "--state-schema", "absent.json", "trace.jsonl");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("coroner: --state-schema: cannot read absent.json: no such file\n"),
                missing.err());
    }
}
