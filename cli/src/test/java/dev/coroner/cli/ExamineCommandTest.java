package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, streams and options of {@code coroner examine}, through the real entry point. */
class ExamineCommandTest {

    @TempDir
    Path tmp;

    private static final String POISONING = "samples/poisoning-order-not-found";
    private static final String CLEAN = "samples/clean-refund";
    private static final String INCONCLUSIVE = "samples/inconclusive-no-inputs";

    @Test
    void cleanRunExitsZero() {
        Cli.Run run = Cli.exec("examine", CLEAN);
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("clean          session conv_Zr81mQw") || run.out().contains("clean  session conv_Zr81mQw"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void findingsAtOrAboveFailOnExitFour() {
        assertEquals(4, Cli.exec("examine", POISONING).exit());
        assertEquals(0, Cli.exec("examine", "--fail-on", "critical", POISONING).exit());
        assertEquals(0, Cli.exec("examine", INCONCLUSIVE).exit());
        assertEquals(4, Cli.exec("examine", "--fail-on", "medium", INCONCLUSIVE).exit());
    }

    @Test
    void unrecognisedInputExitsThreeWithOneLineError() throws IOException {
        Path notes = Files.writeString(tmp.resolve("hostname"), "build-7\n");
        Cli.Run run = new Cli().cwd(tmp).run("examine", "hostname");
        assertEquals(3, run.exit());
        assertEquals("coroner: input error: hostname: not a recognised trace format (looked for: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")\n",
                run.err());
        assertTrue(Files.exists(notes));
    }

    @Test
    void missingInputExitsThree() {
        Cli.Run run = new Cli().cwd(tmp).run("examine", "nothing-here.jsonl");
        assertEquals(3, run.exit());
        assertEquals("coroner: input error: nothing-here.jsonl: no such file or directory\n", run.err());
    }

    @Test
    void badLineIsReportedAndTheRestStillAnalysed() throws IOException {
        Path trace = tmp.resolve("broken.jsonl");
        List<String> lines = Files.readAllLines(Cli.ROOT.resolve(POISONING).resolve("trace.jsonl"));
        lines.add(3, "]");
        Files.write(trace, lines);
        Cli.Run run = new Cli().cwd(tmp).run("examine", "--format", "json", "broken.jsonl",
                Cli.ROOT.resolve(CLEAN).toString());
        assertEquals(3, run.exit(), "input problems outrank findings");
        assertEquals("coroner: broken.jsonl:4: expected a JSON object, found ']'\n", run.err());
        JsonNode report = json(run.out());
        assertEquals(1, report.at("/summary/import_problems").asInt());
        assertEquals("broken.jsonl", report.at("/import_problems/0/location/file").asText());
        assertEquals(4, report.at("/import_problems/0/location/line").asInt());
        assertEquals(2, report.at("/summary/sessions").asInt());
        assertEquals("context.error-carried-forward", report.at("/findings/0/check").asText());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.exec("examine", "--nope");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("coroner: "), run.err());
        assertTrue(run.err().endsWith("try `coroner examine --help`\n"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Cli.Run severity = Cli.exec("examine", "--fail-on", "severe", CLEAN);
        assertEquals(2, severity.exit());
        assertTrue(severity.err().contains("--fail-on: expected one of info, low, medium, high, critical, found 'severe'"),
                severity.err());
        Cli.Run format = Cli.exec("examine", "--format", "pdf", CLEAN);
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("unknown report format 'pdf' (expected one of: "
                + dev.coroner.report.Reporters.formats() + ")"), format.err());
        Cli.Run from = Cli.exec("examine", "--from", "parquet", CLEAN);
        assertEquals(2, from.exit());
        assertTrue(from.err().contains("unknown input format 'parquet' (expected one of: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")"), from.err());
        assertEquals(2, Cli.exec("examine", "--threads", "0", CLEAN).exit());
    }

    @Test
    void bugExitsOneWithoutStackTraceUnlessDebug() {
        InputStream broken = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("stream exploded");
            }
        };
        Cli.Run run = new Cli().stdin(broken).run("examine", "-");
        assertEquals(1, run.exit());
        assertEquals("coroner: internal error: java.lang.IllegalStateException: stream exploded"
                + " (rerun with --debug for the stack trace)\n", run.err());
        Cli.Run debug = new Cli().stdin(broken).run("--debug", "examine", "-");
        assertEquals(1, debug.exit());
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void readsStandardInput() throws IOException {
        byte[] trace = Files.readAllBytes(Cli.ROOT.resolve(POISONING).resolve("trace.jsonl"));
        Cli.Run run = new Cli().stdin(new ByteArrayInputStream(trace)).run("examine", "--format", "json", "-");
        assertEquals(4, run.exit(), run.err());
        JsonNode report = json(run.out());
        assertEquals("<stdin>", report.at("/inputs/0/path").asText());
        assertEquals("<stdin>", report.at("/findings/0/location/file").asText());
        assertEquals(sha256(trace), report.at("/inputs/0/sha256").asText());
    }

    @Test
    void progressLineOnlyOnAskOrOnATerminalAndNeverInTheReport() {
        Cli.Run plain = Cli.exec("examine", "--format", "json", POISONING);
        assertFalse(plain.err().contains("\r"), "no progress when stderr is not a terminal: " + plain.err());

        Cli.Run asked = new Cli().env("CORONER_PROGRESS", "on").run("examine", "--format", "json", POISONING);
        assertEquals(plain.out(), asked.out(), "the report is the same with a progress line");
        assertEquals(plain.exit(), asked.exit());
        assertTrue(asked.err().startsWith("\rcoroner: read "), asked.err());
        assertTrue(asked.err().contains("session"), asked.err());
        assertTrue(asked.err().endsWith("\r\u001b[K"), "the line is cleared when the read ends: " + asked.err());

        Cli.Run off = new Cli().errTty(true).env("CORONER_PROGRESS", "off").run("examine", "--format", "json", POISONING);
        assertEquals("", off.err(), "CORONER_PROGRESS=off silences it even on a terminal");
        Cli.Run quick = new Cli().errTty(true).run("examine", "--format", "json", POISONING);
        assertTrue(quick.err().isEmpty() || quick.err().endsWith("\r\u001b[K"),
                "on a terminal the line appears only after a delay and is always cleared: " + quick.err());
        assertEquals(plain.out(), quick.out());
    }

    @Test
    void theReportIsTheSameBytesWithTheProgressLineForcedOnOrOff() throws IOException {
        for (String format : List.of("text", "json", "sarif")) {
            Cli.Run off = new Cli().errTty(true).run("examine", "--no-progress", "--format", format, POISONING);
            Cli.Run on = new Cli().errTty(true).run("examine", "--progress", "--format", format, POISONING);
            assertEquals(off.out(), on.out(), format);
            assertEquals(off.exit(), on.exit());
            assertEquals("", off.err(), "--no-progress draws nothing, even on a terminal");
            assertTrue(on.err().startsWith("\rcoroner: read "), on.err());
            assertTrue(on.err().endsWith("\r\u001b[K"), "cleared at the end: " + on.err());
            assertFalse(on.out().contains("coroner: read"), "never in the report");
        }
        Path withLine = tmp.resolve("with.json");
        Path without = tmp.resolve("without.json");
        new Cli().run("examine", "--progress", "--format", "json", "-o", withLine.toString(), POISONING);
        new Cli().run("examine", "--no-progress", "--format", "json", "-o", without.toString(), POISONING);
        assertEquals(-1L, Files.mismatch(withLine, without), "the report file is the same bytes");
    }

    @Test
    void readsANamedPipeAsAStreamNamedAsGiven() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/mkfifo").canExecute()
                || new java.io.File("/bin/mkfifo").canExecute(), "mkfifo is not available on this machine");
        for (String sample : List.of(POISONING + "/trace.jsonl", "samples/amnesia-renamed-constraint/checkpoints.sqlite")) {
            byte[] bytes = Files.readAllBytes(Cli.ROOT.resolve(sample));
            Path fifo = tmp.resolve("pipe-" + Path.of(sample).getFileName());
            assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
            Thread writer = new Thread(() -> {
                try (var out = Files.newOutputStream(fifo)) {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            Cli.Run run = Cli.exec("examine", "--format", "json", fifo.toString());
            writer.join(10_000);
            JsonNode report = json(run.out());
            assertEquals(fifo.toString(), report.at("/inputs/0/path").asText(), run.err());
            assertEquals(sha256(bytes), report.at("/inputs/0/sha256").asText());
            assertEquals(bytes.length, report.at("/inputs/0/bytes").asLong());
            assertEquals(0, report.at("/summary/import_problems").asInt(), run.err());
            Cli.Run direct = Cli.exec("examine", "--format", "json", sample);
            assertEquals(direct.exit(), run.exit());
            assertEquals(json(direct.out()).at("/summary"), report.at("/summary"));
        }
    }

    @Test
    void writesReportToFileAndNeverOverAnInput() throws IOException {
        Path report = tmp.resolve("report.json");
        Cli.Run run = Cli.exec("examine", "--format", "json", "-o", report.toString(), POISONING);
        assertEquals(4, run.exit());
        assertEquals("", run.out());
        assertEquals("coroner", json(Files.readString(report)).get("tool").asText());

        Path copy = tmp.resolve("trace.jsonl");
        Files.copy(Cli.ROOT.resolve(POISONING).resolve("trace.jsonl"), copy);
        byte[] before = Files.readAllBytes(copy);
        Cli.Run refused = new Cli().cwd(tmp).run("examine", "-o", "trace.jsonl", "trace.jsonl");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("refusing to write the report over the input trace.jsonl"), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)));
    }

    @Test
    void unwritableReportFileIsAUsageErrorNotABug() {
        Cli.Run run = new Cli().cwd(tmp).run("examine", "-o", "no/such/dir/report.txt",
                Cli.ROOT.resolve(CLEAN).toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("coroner: cannot write the report to no/such/dir/report.txt: no such directory\n"),
                run.err());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(new Cli().tty(true).run("examine", POISONING).out().contains("\u001b["));
        assertFalse(new Cli().tty(true).env("NO_COLOR", "1").run("examine", POISONING).out().contains("\u001b"));
        assertFalse(new Cli().tty(false).run("examine", POISONING).out().contains("\u001b"));
    }

    @Test
    void terminalControlCharactersInEvidenceAreMadeVisible() throws IOException {
        Path trace = tmp.resolve("hostile.jsonl");
        String esc = "\\u001b[2J\\u001b]0;owned\\u0007";
        Files.writeString(trace, String.join("\n",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"h1\",\"principal\":\"p1\"}",
                "{\"type\":\"model_call\",\"session\":\"h1\",\"input\":[{\"role\":\"user\",\"content\":\"look up A-1\"}],"
                        + "\"output\":{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"c1\",\"name\":\"get\"}]}}",
                "{\"type\":\"tool_result\",\"session\":\"h1\",\"call_id\":\"c1\",\"tool\":\"get\",\"is_error\":true,"
                        + "\"content\":\"Error: record A-1 locked by " + esc + " \\u202Eevil\"}",
                "{\"type\":\"model_call\",\"session\":\"h1\",\"input\":[{\"role\":\"user\",\"content\":\"look up A-1\"},"
                        + "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"Error: record A-1 locked by " + esc
                        + " \\u202Eevil\"}],\"output\":{\"role\":\"assistant\",\"content\":\"Sorry: record A-1 locked by another job.\"}}",
                ""), StandardCharsets.UTF_8);
        Cli.Run run = new Cli().tty(true).run("examine", trace.toString());
        assertEquals(4, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("locked by \\x1B[2J\\x1B]0;owned\\x07 \\u202Eevil"), run.out());
        assertFalse(run.out().contains("\u001b[2J"));
        assertFalse(run.out().contains("\u202E"));
    }

    @Test
    void stateSchemaValidatesSnapshotsOfEveryNamespaceOrOfTheOneNamed() throws IOException {
        Files.writeString(tmp.resolve("trace.jsonl"), String.join("\n",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s1\",\"principal\":\"u-1\"}",
                "{\"type\":\"state\",\"session\":\"s1\",\"namespace\":\"orders\",\"state\":{\"amount\":900}}",
                "{\"type\":\"state\",\"session\":\"s1\",\"namespace\":\"billing\",\"state\":{\"amount\":\"x\"}}",
                ""), StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("orders.schema.json"),
                "{\"properties\":{\"amount\":{\"type\":\"number\",\"maximum\":500}}}", StandardCharsets.UTF_8);

        Cli.Run all = new Cli().cwd(tmp).run("examine", "--format", "json", "--state-schema", "orders.schema.json",
                "trace.jsonl");
        assertEquals(4, all.exit(), all.err());
        assertEquals(List.of("boundary.schema-violation 0", "boundary.schema-violation 1"), checksAndSteps(all.out()));
        assertTrue(json(all.out()).at("/findings/0/message").asText()
                .endsWith("breaks the state schema orders.schema.json: \"amount\" must have a maximum value of 500"));

        Cli.Run one = new Cli().cwd(tmp).run("examine", "--format", "json", "--state-schema",
                "orders=orders.schema.json", "trace.jsonl");
        assertEquals(List.of("boundary.schema-violation 0"), checksAndSteps(one.out()));

        Cli.Run none = new Cli().cwd(tmp).run("examine", "--format", "json", "trace.jsonl");
        assertEquals(0, none.exit(), none.err());
        assertEquals(List.of(), checksAndSteps(none.out()));
    }

    @Test
    void aStateSchemaThatCannotBeUsedIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("broken.json"), "{\"type\":", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("remote.json"), "{\"$ref\":\"https://schemas.example.com/state.json\"}",
                StandardCharsets.UTF_8);
        Path trace = Cli.ROOT.resolve(CLEAN);

        Cli.Run missing = new Cli().cwd(tmp).run("examine", "--state-schema", "absent.json", trace.toString());
        assertEquals(2, missing.exit());
        assertEquals("coroner: --state-schema: cannot read absent.json: no such file\n"
                + "try `coroner examine --help`\n", missing.err());
        Cli.Run broken = new Cli().cwd(tmp).run("examine", "--state-schema", "broken.json", trace.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().startsWith("coroner: --state-schema: broken.json is not a usable JSON Schema: not JSON: "),
                broken.err());
        Cli.Run remote = new Cli().cwd(tmp).run("examine", "--state-schema", "remote.json", trace.toString());
        assertEquals(2, remote.exit());
        assertTrue(remote.err().startsWith("coroner: --state-schema: remote.json is not a usable JSON Schema: "),
                remote.err());
        Cli.Run empty = new Cli().cwd(tmp).run("examine", "--state-schema", "orders=", trace.toString());
        assertEquals(2, empty.exit());
        assertEquals("coroner: --state-schema: expected [NAMESPACE=]FILE, found 'orders='\n"
                + "try `coroner examine --help`\n", empty.err());
    }

    private static List<String> checksAndSteps(String report) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        json(report).get("findings").forEach(f -> out.add(f.get("check").asText() + " " + f.get("step").asInt()));
        return out;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void redisKeysThatMatchNoLayoutAreListedAndTheRunIsNotAnInputError() {
        Cli.Run run = new Cli().run("examine", "samples/redis-renamed-field/dump.rdb");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("coroner: note: skipped samples/redis-renamed-field/dump.rdb: 7 of 7 keys match"
                + " no layout coroner reads: agent:state:sess-4411:1 (string)"), run.err());
        assertTrue(run.out().contains("0 sessions"), run.out());
    }

    @Test
    void anUnreachableRedisServerIsAOneLineInputError() {
        Cli.Run run = new Cli().run("examine", "redis://127.0.0.1:1/0");

        assertEquals(3, run.exit());
        assertTrue(run.err().contains("cannot connect to redis://127.0.0.1:1/0"), run.err());
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("\tat ")), run.err());
    }
}
