package dev.coroner.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.report.ReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report of real runs (importer, analyzer, reporter) parsed back and validated against
 * docs/formats/coroner-report-v2.schema.json, with the values that matter asserted one by one.
 */
class JsonReporterSchemaTest {

    private static final Path SCHEMA = Path.of(System.getProperty("basedir", "")).resolve("..")
            .resolve("docs/formats/coroner-report-v2.schema.json").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Alice (principal alice) gives her e-mail address; the run ends well. Clean.
     */
    private static final String ALICE = """
            {"coroner":1,"type":"session","session":"s-101","principal":"alice","outcome":"success"}
            {"type":"message","session":"s-101","role":"user","content":"Hi, my email is alice.w@example.com"}
            {"type":"model_call","session":"s-101","model":"m-1","input":[{"role":"user","content":"Hi, my email is alice.w@example.com"}],"output":{"role":"assistant","content":"Thanks, noted."}}
            """;

    /**
     * One session per outcome of the checklist.
     * s-202 (bob): a memory lookup returns Alice's address: bleed.foreign-identifier, state-failure.
     * s-303 (carol): a tool error (line 9) is restated by the model (line 10), then customer.tier
     *   vanishes between two snapshots (lines 11, 12): context.error-carried-forward (the root cause,
     *   being earlier) and state.field-dropped; state-failure.
     * s-404: a model call with no recorded input in a failed run: evidence.model-input-missing,
     *   inconclusive.
     * s-505: a failed run with full evidence and no findings: model-suspect.
     */
    private static final String INCIDENTS = """
            {"coroner":1,"type":"session","session":"s-202","principal":"bob"}
            {"type":"message","session":"s-202","role":"user","content":"Where is my parcel?"}
            {"type":"retrieval","session":"s-202","source":"memory","query":"customer preferences","documents":[{"id":"m-9","content":"Customer alice.w@example.com prefers express shipping"}]}
            {"type":"model_call","session":"s-202","model":"m-1","input":[{"role":"user","content":"Where is my parcel?"}],"output":{"role":"assistant","content":"It ships express."}}
            {"type":"session","session":"s-303","principal":"carol"}
            {"type":"message","session":"s-303","role":"user","content":"Please refund my order."}
            {"type":"model_call","session":"s-303","model":"m-1","input":[{"role":"user","content":"Please refund my order."}],"output":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","name":"lookup_order","arguments":{"region":"eu-west"}}]}}
            {"type":"tool_call","session":"s-303","call_id":"call_1","tool":"lookup_order","arguments":{"region":"eu-west"}}
            {"type":"tool_result","session":"s-303","call_id":"call_1","tool":"lookup_order","content":"Error: order ORD-1042 not found in region eu-west","is_error":true}
            {"type":"model_call","session":"s-303","model":"m-1","input":[{"role":"user","content":"Please refund my order."},{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","name":"lookup_order","arguments":{"region":"eu-west"}}]},{"role":"tool","tool_call_id":"call_1","content":"Error: order ORD-1042 not found in region eu-west"}],"output":{"role":"assistant","content":"Order ORD-1042 was not found in region eu-west, so no refund is possible."}}
            {"type":"state","session":"s-303","namespace":"orders","state":{"customer":{"id":"C-77","tier":"gold"},"cart":["sku-1"]}}
            {"type":"state","session":"s-303","namespace":"orders","state":{"customer":{"id":"C-77"},"cart":["sku-1"]}}
            {"type":"session","session":"s-303","outcome":"failure","error":"refund refused"}
            {"type":"model_call","session":"s-404","model":"m-1","output":{"role":"assistant","content":"Done."}}
            {"type":"session","session":"s-404","outcome":"failure","error":"wrong answer"}
            {"type":"message","session":"s-505","role":"user","content":"What is 2 + 2?"}
            {"type":"model_call","session":"s-505","model":"m-1","input":[{"role":"user","content":"What is 2 + 2?"}],"output":{"role":"assistant","content":"5"}}
            {"type":"session","session":"s-505","outcome":"failure","error":"wrong answer"}
            """;

    /** A readable session around a line that is not an object (line 2) and an unknown event type (line 3). */
    private static final String BROKEN = """
            {"coroner":1,"type":"session","session":"s-9","outcome":"success"}
            ]
            {"type":"teleport","session":"s-9"}
            {"type":"message","session":"s-9","role":"user","content":"hello"}
            """;

    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = JSON.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode node = JSON.readTree(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        List<Error> errors = meta.validate(node);
        assertTrue(errors.isEmpty(), describe(errors));
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
    }

    @Test
    void findingsOfEveryCheckAndEveryVerdictKind() throws IOException {
        write("alice.jsonl", ALICE);
        write("incidents.jsonl", INCIDENTS);
        JsonNode report = validReport(analyze(2, "alice.jsonl", "incidents.jsonl"));

        assertEquals("coroner", report.get("tool").asText());
        assertEquals(2, report.get("report_version").asInt());
        assertEquals("high", report.get("fail_on").asText());
        JsonNode summary = report.get("summary");
        assertEquals(2, summary.get("inputs").asInt());
        assertEquals(5, summary.get("sessions").asInt());
        assertEquals(4, summary.get("findings").asInt());
        assertEquals(0, summary.get("import_problems").asInt());
        assertEquals("{\"info\":0,\"low\":0,\"medium\":1,\"high\":2,\"critical\":1}",
                summary.get("by_severity").toString());
        assertEquals("{\"clean\":1,\"inconclusive\":1,\"model-suspect\":1,\"state-failure\":2}",
                summary.get("verdicts").toString());

        JsonNode inputs = report.get("inputs");
        assertEquals("alice.jsonl", inputs.get(0).get("path").asText());
        assertEquals("incidents.jsonl", inputs.get(1).get("path").asText());
        for (JsonNode input : inputs) {
            assertEquals("coroner-jsonl", input.get("format").asText());
            assertEquals(64, input.get("sha256").asText().length());
            assertEquals(sha256(dir.resolve(input.get("path").asText())), input.get("sha256").asText());
            assertEquals(Files.size(dir.resolve(input.get("path").asText())), input.get("bytes").asLong());
        }

        assertEquals(List.of("s-101:clean", "s-202:state-failure", "s-303:state-failure", "s-404:inconclusive",
                        "s-505:model-suspect"),
                stream(report.get("sessions")).map(s -> s.get("id").asText() + ":" + s.get("verdict").get("kind").asText())
                        .toList());
        JsonNode carol = report.get("sessions").get(2);
        assertEquals("carol", carol.get("principal").asText());
        assertEquals("failure", carol.get("outcome").asText());
        assertEquals("refund refused", carol.get("failure").asText());
        assertEquals(7, carol.get("steps").asInt());
        assertEquals(2, carol.get("model_calls").asInt());
        JsonNode root = carol.get("verdict").get("root_cause");
        assertEquals("context.error-carried-forward", root.get("check").asText());
        assertEquals(3, root.get("step").asInt());
        assertEquals("incidents.jsonl", root.get("location").get("file").asText());
        assertEquals(9, root.get("location").get("line").asInt());
        assertTrue(report.get("sessions").get(0).get("verdict").get("root_cause").isNull(), "clean has no root cause");

        List<String> findings = stream(report.get("findings"))
                .map(f -> f.get("session").asText() + " " + f.get("step").asInt() + " " + f.get("check").asText()
                        + " " + f.get("stage").asText() + " " + f.get("severity").asText() + " line "
                        + f.get("location").get("line").asInt())
                .toList();
        assertEquals(List.of(
                "s-202 1 bleed.foreign-identifier bleed critical line 3",
                "s-303 3 context.error-carried-forward context high line 9",
                "s-303 6 state.field-dropped state high line 12",
                "s-404 0 evidence.model-input-missing evidence medium line 14"), findings);
        JsonNode carried = report.get("findings").get(1);
        assertEquals(root.get("fingerprint").asText(), carried.get("fingerprint").asText(),
                "the root cause names the finding's fingerprint");
        assertEquals("Error: order ORD-1042 not found in region eu-west",
                carried.get("evidence").get(0).get("excerpt").asText());
        JsonNode bleed = report.get("findings").get(0);
        assertEquals("s-101", bleed.get("evidence").get(0).get("label").asText().replaceAll(".* session (s-\\d+) .*", "$1"));
        assertEquals("alice.jsonl", bleed.get("evidence").get(0).get("location").get("file").asText());

        // The checks run; the engine's own evidence.check-failed is listed only by a run where a check failed.
        assertEquals(CheckCatalog.all().stream().map(c -> c.info().id() + "/" + c.info().severity().label()).toList(),
                stream(report.get("checks")).map(c -> c.get("id").asText() + "/" + c.get("default_severity").asText())
                        .toList());
        assertEquals(0, report.get("import_problems").size());
        assertEquals(0, report.get("skipped").size());
    }

    @Test
    void importProblemsAreListedWithFileLineAndScope() throws IOException {
        write("broken.jsonl", BROKEN);
        write("notes.txt", "shopping list: eggs, milk\n");
        JsonNode report = validReport(analyze(2, "broken.jsonl", "notes.txt", "missing.jsonl"));

        assertEquals(4, report.get("summary").get("import_problems").asInt());
        assertEquals(List.of(
                        "broken.jsonl:2 false expected a JSON object, found ']'",
                        "broken.jsonl:3 false expected one of session, step, message, model_call, tool_call, "
                                + "tool_result, retrieval, state, handoff as \"type\", found \"teleport\"",
                        "missing.jsonl:0 true no such file or directory",
                        "notes.txt:0 true not a recognised trace format (looked for: " + dev.coroner.ingest.FormatRegistry.standard().names() + ")"),
                stream(report.get("import_problems")).map(p -> p.get("location").get("file").asText() + ":"
                        + p.get("location").get("line").asInt() + " " + p.get("whole_input").asBoolean() + " "
                        + p.get("message").asText()).toList());

        // The unreadable file is still in the chain of custody, with no format; the missing one is not.
        JsonNode inputs = report.get("inputs");
        assertEquals(2, inputs.size());
        assertEquals("coroner-jsonl", inputs.get(0).get("format").asText());
        assertEquals("notes.txt", inputs.get(1).get("path").asText());
        assertEquals("", inputs.get(1).get("format").asText());
        assertEquals(sha256(dir.resolve("notes.txt")), inputs.get(1).get("sha256").asText());

        // What could be read was analysed.
        assertEquals(1, report.get("sessions").size());
        assertEquals("s-9", report.get("sessions").get(0).get("id").asText());
        assertEquals(1, report.get("sessions").get(0).get("steps").asInt());
        assertEquals("clean", report.get("sessions").get(0).get("verdict").get("kind").asText());
    }

    @Test
    void emptyRunIsAValidReportWithZeroCounts() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        JsonNode report = validReport(analyze(1, "empty"));

        JsonNode summary = report.get("summary");
        for (String count : List.of("inputs", "sessions", "findings", "import_problems")) {
            assertEquals(0, summary.get(count).asInt(), count);
        }
        assertEquals("{\"info\":0,\"low\":0,\"medium\":0,\"high\":0,\"critical\":0}", summary.get("by_severity").toString());
        assertEquals("{\"clean\":0,\"inconclusive\":0,\"model-suspect\":0,\"state-failure\":0}",
                summary.get("verdicts").toString());
        for (String list : List.of("inputs", "skipped", "sessions", "findings", "import_problems")) {
            assertTrue(report.get(list).isArray() && report.get(list).isEmpty(), list);
        }
        assertEquals(CheckCatalog.all().size(), report.get("checks").size());
    }

    @Test
    void reportsThatBreakTheContractFailValidation() throws IOException {
        write("alice.jsonl", ALICE);
        write("incidents.jsonl", INCIDENTS);
        JsonNode valid = validReport(analyze(2, "alice.jsonl", "incidents.jsonl"));

        ObjectNode badSeverity = valid.deepCopy();
        ((ObjectNode) badSeverity.get("findings").get(0)).put("severity", "severe");
        assertInvalid(badSeverity, "/findings/0/severity: does not have a value in the enumeration");

        ObjectNode badStage = valid.deepCopy();
        ((ObjectNode) badStage.get("findings").get(0)).put("stage", "handoffs");
        assertInvalid(badStage, "/findings/0/stage: does not have a value in the enumeration");

        ObjectNode unknownField = valid.deepCopy();
        unknownField.put("generated_at", "2025-01-01T00:00:00Z");
        assertInvalid(unknownField, "property 'generated_at' is not defined in the schema");

        ObjectNode missingField = valid.deepCopy();
        ((ObjectNode) missingField.get("findings").get(0)).remove("fingerprint");
        assertInvalid(missingField, "/findings/0: required property 'fingerprint' not found");

        ObjectNode rootlessFailure = valid.deepCopy();
        ((ObjectNode) rootlessFailure.get("sessions").get(1).get("verdict")).set("root_cause", NullNode.getInstance());
        assertInvalid(rootlessFailure, "/sessions/1/verdict/root_cause: null found, object expected");

        ObjectNode shortHash = valid.deepCopy();
        ((ObjectNode) shortHash.get("inputs").get(0)).put("sha256", "abc123");
        assertInvalid(shortHash, "/inputs/0/sha256: does not match the regex pattern");

        ObjectNode badVerdict = valid.deepCopy();
        ((ObjectNode) badVerdict.get("sessions").get(0).get("verdict")).put("kind", "guilty");
        assertInvalid(badVerdict, "/sessions/0/verdict/kind: does not have a value in the enumeration");

        ObjectNode badOutcome = valid.deepCopy();
        ((ObjectNode) badOutcome.get("sessions").get(0)).put("outcome", "crashed");
        assertInvalid(badOutcome, "/sessions/0/outcome: does not have a value in the enumeration");

        ObjectNode wrongVersion = valid.deepCopy();
        wrongVersion.put("report_version", 1);
        assertInvalid(wrongVersion, "/report_version: must be the constant value '2'");

        ObjectNode stringCount = valid.deepCopy();
        ((ObjectNode) stringCount.get("summary")).put("findings", "4");
        assertInvalid(stringCount, "/summary/findings: string found, integer expected");

        ObjectNode extraEvidenceField = valid.deepCopy();
        ((ObjectNode) ((ArrayNode) extraEvidenceField.get("findings").get(0).get("evidence")).get(0)).put("raw", "x");
        assertInvalid(extraEvidenceField, "/findings/0/evidence/0: property 'raw' is not defined in the schema");
    }

    @Test
    void sameBytesWhateverTheNumberOfThreads() throws IOException {
        write("alice.jsonl", ALICE);
        write("incidents.jsonl", INCIDENTS);
        String one = render(analyze(1, "alice.jsonl", "incidents.jsonl"));
        String many = render(analyze(8, "alice.jsonl", "incidents.jsonl"));
        assertEquals(one, many);
        assertTrue(one.endsWith("}\n"), "one trailing newline");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The real pipeline: expand the arguments, load, analyse with every check. */
    private AnalysisResult analyze(int threads, String... arguments) {
        List<String> paths = new ArrayList<>();
        for (String argument : arguments) {
            paths.add(dir.resolve(argument).toString());
        }
        InputSet inputs = InputSet.expand(paths, dir);
        TraceLoader loader = new TraceLoader(FormatRegistry.standard(), Optional.empty(), InputStream::nullInputStream);
        return new Analyzer(CheckCatalog.all(), threads).analyze(loader.load(inputs));
    }

    private static String render(AnalysisResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReporter().write(result, ReportOptions.plain(Severity.HIGH), out);
        return out.toString();
    }

    /** Renders, parses back and validates; fails listing every schema error. */
    private static JsonNode validReport(AnalysisResult result) throws IOException {
        JsonNode report = JSON.readTree(render(result));
        List<Error> errors = schema.validate(report);
        assertTrue(errors.isEmpty(), "report does not match the schema:\n" + describe(errors) + "\n" + report.toPrettyString());
        return report;
    }

    /** The schema must reject the report, with an error that starts "INSTANCE-PATH: what". */
    private static void assertInvalid(JsonNode report, String expectedError) {
        List<Error> errors = schema.validate(report);
        assertFalse(errors.isEmpty(), "the schema accepted a broken report; expected: " + expectedError);
        String text = describe(errors);
        assertTrue(text.contains(expectedError), "expected the error \"" + expectedError + "\", got:\n" + text);
    }

    private static String describe(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.joining("\n"));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
