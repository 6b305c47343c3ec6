package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options for CI and post-mortems, through the real entry point: several reports in one run,
 * suppressions, baselines and redaction.
 */
class CiOptionsTest {

    private static final String POISONING = Cli.ROOT.resolve("samples/poisoning-order-not-found").toString();
    private static final String AMNESIA = Cli.ROOT.resolve("samples/amnesia-dropped-tier").toString();
    private static final String BLEED = Cli.ROOT.resolve("samples/bleed-shared-memory").toString();

    @TempDir
    Path tmp;

    @Test
    void severalReportsInOneRunShowTheSameResult() throws IOException {
        Cli.Run run = new Cli().cwd(tmp).run("examine", "--report", "json=r.json", "--report", "text=r.txt",
                "--format", "json", BLEED);
        assertEquals(4, run.exit(), run.err());
        assertEquals(run.out(), Files.readString(tmp.resolve("r.json")), "stdout and --report json are the same bytes");
        String text = Files.readString(tmp.resolve("r.txt"));
        assertTrue(text.startsWith("coroner "), text);
        assertFalse(text.contains("\u001b"), "no colour in files");
    }

    @Test
    void badReportTargetsAreUsageErrors() throws IOException {
        assertUsage(new Cli().cwd(tmp).run("examine", "--report", "sarif", POISONING),
                "coroner: --report: expected FORMAT=FILE, found 'sarif'\n");
        assertUsage(new Cli().cwd(tmp).run("examine", "--report", "pdf=r.pdf", POISONING),
                "coroner: --report: unknown report format 'pdf' (expected one of: "
                        + dev.coroner.report.Reporters.formats() + ")\n");
        assertUsage(new Cli().cwd(tmp).run("examine", "-o", "r.json", "--report", "json=./r.json", POISONING),
                "coroner: two reports would be written to ./r.json\n");
        Path copy = Files.copy(Path.of(POISONING).resolve("trace.jsonl"), tmp.resolve("trace.jsonl"));
        byte[] before = Files.readAllBytes(copy);
        assertUsage(new Cli().cwd(tmp).run("examine", "--report", "json=trace.jsonl", "trace.jsonl"),
                "coroner: refusing to write the report over the input trace.jsonl\n");
        assertUsage(new Cli().cwd(tmp).run("examine", "--write-baseline", "trace.jsonl", "trace.jsonl"),
                "coroner: refusing to write the report over the input trace.jsonl\n");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(copy)));
    }

    @Test
    void inlineSuppressionNeedsAReasonAndAcceptsTheFinding() throws IOException {
        Cli.Run run = Cli.exec("examine", "--format", "json", "--suppress",
                "context.error-carried-forward:conv_7Hq2xKp=region lookup fixed in orders-service 3.3", POISONING);
        assertEquals(0, run.exit(), "the only finding is accepted: " + run.err());
        JsonNode report = json(run.out());
        assertEquals(0, report.at("/summary/findings").asInt());
        assertEquals(1, report.at("/summary/suppressed").asInt());
        JsonNode s = report.at("/suppressed/0");
        assertEquals("context.error-carried-forward", s.get("check").asText());
        assertEquals("suppression", s.get("suppressed_by").asText());
        assertEquals("region lookup fixed in orders-service 3.3", s.get("reason").asText());
        assertEquals("--suppress", s.get("origin").asText());
        assertEquals("state-failure", report.at("/sessions/0/verdict/kind").asText(),
                "a suppression does not rewrite what happened");

        Cli.Run text = Cli.exec("examine", "--suppress", "context.error-carried-forward=known", POISONING);
        assertTrue(text.out().contains("1 session, 0 findings, 1 suppressed;"), text.out());
        assertTrue(text.out().contains("\nSuppressed (accepted by a suppression or the baseline; they do not fail the run): 1 finding\n"
                + "  HIGH     context.error-carried-forward  session conv_7Hq2xKp step 4"), text.out());
        assertTrue(text.out().contains("           suppression --suppress: known\n"), text.out());

        assertUsage(Cli.exec("examine", "--suppress", "context.error-carried-forward", POISONING),
                "coroner: --suppress: expected CHECK-ID[:SESSION]=REASON (a reason is required), found "
                        + "'context.error-carried-forward'\n");
        assertUsage(Cli.exec("examine", "--suppress", "context.error-carried=typo", POISONING),
                "coroner: --suppress: unknown check id 'context.error-carried' (coroner checks lists them)\n");
    }

    @Test
    void suppressionFileAndUnusedSuppressions() throws IOException {
        Files.writeString(tmp.resolve(".coroner.yml"), String.join("\n",
                "suppressions:",
                "  - check: state.field-dropped",
                "    session: thread-5b1e9c",
                "    reason: tier now lives in the profile service (INC-2291)",
                "  - check: bleed.foreign-identifier",
                "    session: sess-0000",
                "    reason: fixture tenants share a mailbox",
                ""));
        Cli.Run run = new Cli().cwd(tmp).run("examine", "--format", "json", "--suppressions", ".coroner.yml", AMNESIA);
        assertEquals(0, run.exit(), run.err());
        assertEquals("coroner: note: suppression bleed.foreign-identifier:sess-0000 (.coroner.yml:5) matched no finding\n",
                run.err());
        JsonNode report = json(run.out());
        assertEquals(".coroner.yml:2", report.at("/suppressed/0/origin").asText());
        assertEquals(1, report.at("/summary/unused_suppressions").asInt());
        assertEquals("sess-0000", report.at("/unused_suppressions/0/session").asText());
        assertEquals(".coroner.yml:5", report.at("/unused_suppressions/0/origin").asText());

        Files.writeString(tmp.resolve("bad.yml"), "suppressions:\n  - check: state.field-dropped\n");
        assertUsage(new Cli().cwd(tmp).run("examine", "--suppressions", "bad.yml", AMNESIA),
                "coroner: --suppressions: bad.yml:2: expected a \"reason\" for suppressing state.field-dropped, "
                        + "found none\n");
    }

    @Test
    void baselineRoundTripReportsAndFailsOnlyOnNewFindings() throws IOException {
        Cli.Run first = new Cli().cwd(tmp).run("examine", "--write-baseline", "baseline.json", POISONING);
        assertEquals(4, first.exit());
        JsonNode written = json(Files.readString(tmp.resolve("baseline.json")));
        assertEquals(1, written.at("/summary/findings").asInt());

        Cli.Run same = new Cli().cwd(tmp).run("examine", "--format", "json", "--baseline", "baseline.json", POISONING);
        assertEquals(0, same.exit(), "nothing new: " + same.err());
        JsonNode report = json(same.out());
        assertEquals("baseline.json", report.get("baseline").asText());
        assertEquals(0, report.at("/summary/findings").asInt());
        assertEquals("baseline", report.at("/suppressed/0/suppressed_by").asText());
        assertEquals("already in the baseline", report.at("/suppressed/0/reason").asText());
        assertEquals(written.at("/findings/0/fingerprint"), report.at("/suppressed/0/fingerprint"));

        Cli.Run more = new Cli().cwd(tmp).run("examine", "--format", "json", "--baseline", "baseline.json",
                "--write-baseline", "baseline.json", POISONING, AMNESIA);
        assertEquals(4, more.exit(), "the amnesia finding is new");
        JsonNode grown = json(more.out());
        assertEquals(List.of("state.field-dropped"), checks(grown.get("findings")));
        assertEquals(List.of("context.error-carried-forward"), checks(grown.get("suppressed")));
        JsonNode rewritten = json(Files.readString(tmp.resolve("baseline.json")));
        assertEquals(1, rewritten.at("/summary/findings").asInt());
        assertEquals(1, rewritten.at("/summary/suppressed").asInt());

        Cli.Run both = new Cli().cwd(tmp).run("examine", "--baseline", "baseline.json", POISONING, AMNESIA);
        assertEquals(0, both.exit(), "the rewritten baseline knows both findings");
    }

    @Test
    void baselineThatIsNotAReportIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("results.sarif"), "{\"version\":\"2.1.0\",\"runs\":[]}");
        assertUsage(new Cli().cwd(tmp).run("examine", "--baseline", "results.sarif", POISONING),
                "coroner: --baseline: results.sarif: expected a coroner JSON report (\"tool\": \"coroner\"), found other JSON\n");
        assertUsage(new Cli().cwd(tmp).run("examine", "--baseline", "missing.json", POISONING),
                "coroner: --baseline: missing.json: no such file (write one with --write-baseline)\n");
    }

    @Test
    void identifiersAreMaskedUnlessRevealed() throws IOException {
        Cli.Run masked = Cli.exec("examine", "--format", "json", BLEED);
        assertFalse(masked.out().contains("maria.lopez@example.org"));
        assertFalse(masked.out().contains("415 555 0142"));
        JsonNode report = json(masked.out());
        assertTrue(report.get("redacted").asBoolean());
        assertTrue(report.at("/findings/0/message").asText().startsWith("The e-mail address [email-1] of principal"));

        Cli.Run revealed = Cli.exec("examine", "--format", "json", "--reveal", BLEED);
        assertFalse(json(revealed.out()).get("redacted").asBoolean());
        assertTrue(json(revealed.out()).at("/findings/0/message").asText()
                .startsWith("The e-mail address maria.lopez@example.org of principal"));
        assertEquals(masked.exit(), revealed.exit());
    }

    private static void assertUsage(Cli.Run run, String firstLine) {
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith(firstLine), run.err());
        assertTrue(run.err().endsWith("try `coroner examine --help`\n"), run.err());
    }

    private static List<String> checks(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(f -> out.add(f.get("check").asText()));
        return out;
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
