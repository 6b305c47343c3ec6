package dev.coroner.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.report.ContractCases;
import dev.coroner.report.SharedSchemas;
import dev.coroner.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SARIF report of every contract case validates against the OASIS SARIF 2.1.0 JSON Schema
 * (draft-04, read from ../shared/reference/schemas/), keeps to GitHub code scanning's rules
 * (relative URIs with a uriBaseId, partialFingerprints, help.markdown, a rule for every ruleId),
 * and maps the model as documented.
 */
class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() {
        return ContractCases.all().keySet().stream();
    }

    private static JsonNode sarif(AnalysisResult result) throws IOException {
        return JSON.readTree(ContractCases.render("sarif", result));
    }

    private static JsonNode sarif(String name) throws IOException {
        return sarif(ContractCases.get(name));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void validAgainstTheOasisSchema(String name) throws IOException {
        List<Error> errors = schema().validate(sarif(name));
        assertTrue(errors.isEmpty(), name + ": " + errors.stream().map(e -> e.getInstanceLocation() + ": "
                + e.getMessage()).collect(Collectors.joining("\n")));
    }

    /** The samples' expected SARIF files are real runs (SamplesTest keeps them equal to the output). */
    static Stream<java.nio.file.Path> sampleLogs() throws IOException {
        // While the goldens are rewritten, the cli module (built after this one) rewrites these too.
        if (Golden.regenerating()) {
            return Stream.empty();
        }
        try (Stream<java.nio.file.Path> files = Files.walk(SharedSchemas.ROOT.resolve("samples"))) {
            return files.filter(p -> p.getFileName().toString().equals("expected.sarif")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("sampleLogs")
    void everySampleLogIsValid(java.nio.file.Path log) throws IOException {
        List<Error> errors = schema().validate(JSON.readTree(Files.readString(log, StandardCharsets.UTF_8)));
        assertTrue(errors.isEmpty(), log + ": " + errors.stream().map(e -> e.getInstanceLocation() + ": "
                + e.getMessage()).collect(Collectors.joining("\n")));
    }

    @Test
    void everySampleHasALog() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse(Golden.regenerating(), "the samples are being regenerated");
        assertTrue(sampleLogs().count() >= 6);
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(
                JSON.readTree(Files.readString(SharedSchemas.require("sarif-schema-2.1.0.json"), StandardCharsets.UTF_8)));
    }

    @Test
    void theSchemaRejectsABrokenLog() throws IOException {
        Schema schema = schema();
        ObjectNode broken = (ObjectNode) sarif("many");
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) broken.at("/runs/0/results/1")).put("baselineState", "old");
        String errors = schema.validate(broken).stream().map(e -> e.getInstanceLocation().toString())
                .collect(Collectors.joining(" "));
        assertTrue(errors.contains("/runs/0/results/0/level"), errors);
        assertTrue(errors.contains("/runs/0/results/1/baselineState"), errors);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void keepsToGitHubCodeScanningRules(String name) throws IOException {
        JsonNode run = sarif(name).at("/runs/0");
        List<String> ruleIds = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(r -> {
            ruleIds.add(r.get("id").asText());
            assertFalse(r.at("/help/markdown").asText().isEmpty(), "help.markdown of " + r.get("id"));
            assertFalse(r.at("/shortDescription/text").asText().isEmpty());
        });
        for (JsonNode result : run.get("results")) {
            assertTrue(ruleIds.contains(result.get("ruleId").asText()), "a rule for " + result.get("ruleId"));
            assertEquals(ruleIds.indexOf(result.get("ruleId").asText()), result.get("ruleIndex").asInt());
            assertTrue(result.at("/partialFingerprints/coronerFingerprint~1v1").asText().matches("[0-9a-f]{32}"));
            JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
            String uri = artifact.get("uri").asText();
            if (uri.startsWith("file:")) {
                assertTrue(artifact.path("uriBaseId").isMissingNode(), "an absolute URI has no base");
            } else {
                assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText(), uri);
                assertFalse(uri.startsWith("/"), uri);
            }
        }
    }

    @Test
    void mapsFindingsRulesArtifactsAndVerdicts() throws IOException {
        JsonNode log = sarif("many");
        assertEquals(SarifReporter.SCHEMA, log.get("$schema").asText());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.at("/runs/0");
        assertEquals("coroner", run.at("/tool/driver/name").asText());
        assertEquals("0.1.0-test", run.at("/tool/driver/semanticVersion").asText());

        JsonNode rule = run.at("/tool/driver/rules/2");
        assertEquals("state.field-dropped", rule.get("id").asText());
        assertEquals("FieldDropped", rule.get("name").asText());
        assertEquals("A state field disappears between two snapshots without a delete",
                rule.at("/shortDescription/text").asText());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertEquals("[\"agent-state\",\"state\"]", rule.at("/properties/tags").toString());

        JsonNode artifacts = run.get("artifacts");
        assertEquals("incidents/a.jsonl", artifacts.at("/0/location/uri").asText());
        assertEquals("%SRCROOT%", artifacts.at("/0/location/uriBaseId").asText());
        assertEquals(4120, artifacts.at("/0/length").asInt());
        assertEquals(64, artifacts.at("/0/hashes/sha-256").asText().length());
        assertEquals("file:///var/dumps/b.jsonl", artifacts.at("/1/location/uri").asText());

        List<String> results = new ArrayList<>();
        run.get("results").forEach(r -> results.add(r.get("ruleId").asText() + " " + r.get("level").asText() + " "
                + r.at("/properties/session").asText() + " " + r.at("/properties/step").asInt() + " "
                + r.at("/locations/0/physicalLocation/region/startLine").asInt() + " "
                + r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()));
        assertEquals(List.of(
                "retrieval.empty-then-confident note s-amnesia 2 10 s-amnesia/step 2",
                "state.field-dropped error s-amnesia 4 12 s-amnesia/step 4",
                "bleed.foreign-identifier error s-bleed 1 3 s-bleed/step 1",
                "evidence.model-input-missing warning s-gap -1 6 s-gap",
                "evidence.model-input-missing note s-gap 1 7 s-gap/step 1"), results);

        JsonNode dropped = run.at("/results/1");
        assertEquals("state-failure", dropped.at("/properties/verdict").asText());
        assertFalse(dropped.at("/properties/rootCause").asBoolean());
        assertTrue(run.at("/results/0/properties/rootCause").asBoolean(), "the retrieval finding is the root cause");
        assertTrue(dropped.at("/properties/failsRun").asBoolean());
        assertFalse(run.at("/results/0/properties/failsRun").asBoolean(), "low is below --fail-on high");
        assertEquals("\"gold\"", dropped.at("/relatedLocations/0/physicalLocation/region/snippet/text").asText());
        assertEquals("\"customer.tier\" at step 1", dropped.at("/relatedLocations/0/message/text").asText());
        assertEquals(9, dropped.at("/relatedLocations/0/physicalLocation/region/startLine").asInt());
        assertTrue(dropped.path("suppressions").isMissingNode());
        assertTrue(dropped.path("baselineState").isMissingNode(), "no baseline, no baseline state");

        JsonNode logical = run.get("logicalLocations");
        int stepIndex = dropped.at("/locations/0/logicalLocations/0/index").asInt();
        assertEquals("step", logical.get(stepIndex).get("kind").asText());
        assertEquals("step 4", logical.get(stepIndex).get("name").asText());
        assertEquals("s-amnesia", logical.get(logical.get(stepIndex).get("parentIndex").asInt()).get("name").asText());

        JsonNode verdicts = run.at("/properties/verdicts");
        assertEquals(5, verdicts.size());
        assertEquals("s-gap inconclusive", verdicts.get(3).get("session").asText() + " "
                + verdicts.get(3).get("verdict").asText());
        assertEquals("retrieval.empty-then-confident", verdicts.get(0).at("/rootCause/check").asText());
        assertEquals("high", run.at("/properties/failOn").asText());
    }

    @Test
    void suppressedFindingsAreSuppressedResultsAndBaselineStatesAreSet() throws IOException {
        JsonNode run = sarif("suppressed").at("/runs/0");
        Map<String, String> states = new java.util.TreeMap<>();
        for (JsonNode r : run.get("results")) {
            String suppression = r.has("suppressions") ? r.at("/suppressions/0/kind").asText() + "/"
                    + r.at("/suppressions/0/status").asText() + "/" + r.at("/suppressions/0/properties/suppressedBy")
                    .asText() + ": " + r.at("/suppressions/0/justification").asText() : "active";
            states.merge(r.get("ruleId").asText() + " " + r.get("baselineState").asText(), suppression,
                    (a, b) -> a + "; " + b);
        }
        assertEquals(Map.of(
                "bleed.foreign-identifier unchanged", "external/accepted/baseline: already in the baseline",
                "evidence.model-input-missing new", "active; active",
                "retrieval.empty-then-confident new", "active",
                "state.field-dropped new", "external/accepted/suppression: tier moved to the profile service (INC-2291)"),
                states);
        JsonNode notification = run.at("/invocations/0/toolConfigurationNotifications/0");
        assertEquals("coroner.unused-suppression", notification.at("/descriptor/id").asText());
        assertEquals("The suppression context.error-carried-forward:s-gone (.coroner.yml:7) matched no finding: "
                + "flaky lookup in staging", notification.at("/message/text").asText());
    }

    @Test
    void importProblemsAreErrorNotifications() throws IOException {
        JsonNode notifications = sarif("import-problems").at("/runs/0/invocations/0/toolExecutionNotifications");
        assertEquals(4, notifications.size());
        assertEquals("dumps/broken.jsonl:2: expected a JSON object, found ']'",
                notifications.at("/0/message/text").asText());
        assertEquals("error", notifications.at("/0/level").asText());
        assertEquals(2, notifications.at("/0/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("coroner.input-unreadable", notifications.at("/2/descriptor/id").asText());
    }

    @Test
    void hostilePathsBecomeValidRelativeUris() throws IOException {
        JsonNode run = sarif("hostile").at("/runs/0");
        assertEquals("in%20put/%22q%22%20%3Cb%3E&amp;.jsonl", run.at("/artifacts/0/location/uri").asText());
        assertTrue(ContractCases.render("sarif", ContractCases.get("hostile")).contains("\\u202E"),
                "bidi controls are escaped in the file");
        assertEquals("s<script>alert('id')</script>", run.at("/results/0/properties/session").asText(),
                "and read back unchanged by a JSON parser");
    }
}
