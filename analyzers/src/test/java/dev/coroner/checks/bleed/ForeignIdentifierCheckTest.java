package dev.coroner.checks.bleed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.testing.Traces;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignIdentifierCheckTest {

    private static final String ID = "bleed.foreign-identifier";

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ForeignIdentifierCheckTest.class.getResource("/checks/" + ID + "/" + name).toURI());
    }

    private static List<Finding> bleedFindings(Path trace) {
        AnalysisResult result = Traces.analyze(Traces.load(trace));
        return result.findings().stream().filter(f -> f.checkId().equals(ID)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory-leaks-email.jsonl", "tool-output-leaks-order-and-phone.jsonl"})
    void findsNothingWhenPrincipalsAreUnknown(String name) throws Exception {
        Path original = fixture(name);
        assertFalse(bleedFindings(original).isEmpty(), "the fixture must find bleed with principals recorded");

        List<String> stripped = new ArrayList<>();
        for (String line : Files.readAllLines(original, StandardCharsets.UTF_8)) {
            ObjectNode event = (ObjectNode) TraceJson.mapper().readTree(line);
            event.remove("principal");
            stripped.add(TraceJson.mapper().writeValueAsString(event));
        }
        Path anonymous = Traces.write(dir, name, stripped.toArray(String[]::new));

        assertEquals(List.of(), bleedFindings(anonymous));
    }

    @Test
    void findingNamesOwnerAndVictimAndPointsAtBothPlaces() throws Exception {
        List<Finding> findings = bleedFindings(fixture("memory-leaks-email.jsonl"));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("The e-mail address alice.w@example.com of principal tenant-acme/alice (session s-101)"
                + " appears in this session of principal tenant-acme/bob at step 1 (retrieval)", f.message());
        List<Evidence> evidence = f.evidence();
        assertEquals(2, evidence.size());
        assertEquals("typed by tenant-acme/alice's user in session s-101 step 0", evidence.get(0).label());
        assertEquals("memory-leaks-email.jsonl:2", evidence.get(0).source().fileAndLine());
        assertEquals("appears in session s-202 step 1", evidence.get(1).label());
        assertEquals("memory-leaks-email.jsonl:6", evidence.get(1).source().fileAndLine());
        assertEquals("Customer alice.w@example.com prefers express shipping.", evidence.get(1).excerpt());
    }

    @Test
    void ownerIsTheFirstSessionInIdOrderWhateverTheFileOrder() throws IOException {
        Path trace = Traces.write(dir, "order.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"z-late\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"z-late\",\"role\":\"user\",\"content\":\"ref ORD-77001\"}",
                "{\"type\":\"session\",\"session\":\"a-early\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"a-early\",\"role\":\"user\",\"content\":\"hi\"}",
                "{\"type\":\"message\",\"session\":\"a-early\",\"role\":\"user\",\"content\":\"ref ORD-77001 again\"}",
                "{\"type\":\"session\",\"session\":\"m-bob\",\"principal\":\"bob\"}",
                "{\"type\":\"tool_result\",\"session\":\"m-bob\",\"tool\":\"t\",\"content\":\"ORD-77001\"}");

        List<Finding> findings = bleedFindings(trace);

        assertEquals(1, findings.size());
        assertEquals("typed by alice's user in session a-early step 1", findings.get(0).evidence().get(0).label());
    }
}
