package dev.coroner.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.testing.Traces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

    @TempDir
    Path dir;

    @Test
    void sameKeySameFingerprintAndItIs32HexDigits() {
        String a = Fingerprint.of("state.field-dropped", "s-1", "orders\ncustomer.tier");
        assertEquals(a, Fingerprint.of("state.field-dropped", "s-1", "orders\ncustomer.tier"));
        assertTrue(a.matches("[0-9a-f]{32}"), a);
    }

    @Test
    void caseAndWhitespaceAreNormalised() {
        assertEquals(Fingerprint.of("c.x", "s", "hello world"), Fingerprint.of("c.x", "s", "  Hello \t\n  WORLD\n"));
    }

    @Test
    void checkSessionAndContentEachCount() {
        String base = Fingerprint.of("c.x", "s", "key");
        assertNotEquals(base, Fingerprint.of("c.y", "s", "key"));
        assertNotEquals(base, Fingerprint.of("c.x", "S", "key"));
        assertNotEquals(base, Fingerprint.of("c.x", "s", "key2"));
        // The parts are separated, so moving text between them changes the fingerprint.
        assertNotEquals(Fingerprint.of("c.x", "ab", "c"), Fingerprint.of("c.x", "a", "bc"));
    }

    @Test
    void findingsKeepTheirFingerprintsWhenTheDumpIsReformatted() throws Exception {
        Path fixture = Path.of(getClass().getResource(
                "/checks/context.error-carried-forward/restated-in-final-answer.jsonl").toURI());
        List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        List<String> moved = new ArrayList<>();
        for (String line : lines) {
            moved.add("");
            moved.add(line);
        }
        Path copy = Traces.write(dir, "re-exported.jsonl", moved.toArray(String[]::new));

        AnalysisResult before = Traces.analyze(Traces.load(fixture));
        AnalysisResult after = Traces.analyze(Traces.load(copy));

        assertEquals(1, before.findings().size());
        assertEquals(before.findings().stream().map(Finding::fingerprint).toList(),
                after.findings().stream().map(Finding::fingerprint).toList());
        assertNotEquals(before.findings().get(0).location(), after.findings().get(0).location());
        assertEquals(before.sessions().get(0).verdict().rootCause().orElseThrow().fingerprint(),
                after.sessions().get(0).verdict().rootCause().orElseThrow().fingerprint());
    }
}
