package dev.coroner.analysis.filter;

import dev.coroner.analysis.Suppression;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression files and baselines: what they accept and the one-line error for what they do not. */
class FilterFilesTest {

    private static final Set<String> CHECKS = Set.of("state.field-dropped", "bleed.foreign-identifier");

    @TempDir
    Path dir;

    @Test
    void readsSuppressionsWithTheirLines() throws FilterFileException {
        Traces.write(dir, ".coroner.yml",
                "# accepted findings",
                "suppressions:",
                "  - check: state.field-dropped",
                "    session: thread-5b1e9c",
                "    reason: tier moved to the profile service (INC-2291)",
                "  - check: bleed.foreign-identifier",
                "    fingerprint: 3a3f1670928e82d3900605a42bdaf89d",
                "    reason: >-",
                "      fixture tenants",
                "      share one mailbox");
        List<Suppression> read = SuppressionFile.read(dir.resolve(".coroner.yml"), ".coroner.yml", CHECKS);
        assertEquals(List.of(
                new Suppression("state.field-dropped", "thread-5b1e9c", "", "tier moved to the profile service (INC-2291)",
                        ".coroner.yml:3"),
                new Suppression("bleed.foreign-identifier", "", "3a3f1670928e82d3900605a42bdaf89d",
                        "fixture tenants share one mailbox", ".coroner.yml:6")), read);
    }

    @Test
    void emptyFileAndEmptyListAreNoSuppressions() throws FilterFileException {
        Traces.write(dir, "empty.yml", "");
        Traces.write(dir, "none.yml", "suppressions:");
        Traces.write(dir, "list.yml", "suppressions: []");
        for (String name : List.of("empty.yml", "none.yml", "list.yml")) {
            assertEquals(List.of(), SuppressionFile.read(dir.resolve(name), name, CHECKS), name);
        }
    }

    @Test
    void suppressionFileErrorsNameFileLineAndWhatWasExpected() {
        assertFileError("s.yml:2: expected a \"reason\" for suppressing state.field-dropped, found none",
                "suppressions:", "  - check: state.field-dropped", "    session: a");
        assertFileError("s.yml:2: expected only the keys check, session, fingerprint, reason, found \"sesion\"",
                "suppressions:", "  - check: state.field-dropped", "    sesion: a", "    reason: r");
        assertFileError("s.yml:2: expected a check id (coroner checks lists them), found \"state.field-droped\"",
                "suppressions:", "  - check: state.field-droped", "    reason: r");
        assertFileError("s.yml:1: expected the key \"suppressions\", found \"suppression\"",
                "suppression:", "  - check: state.field-dropped");
        assertFileError("s.yml:2: expected a text value for \"session\", found a list",
                "suppressions:", "  - check: state.field-dropped", "    session: [a, b]", "    reason: r");
        assertFileError("s.yml:1: expected a list of suppressions, found a single value", "suppressions: all");
        assertFileError("s.yml:1: expected a mapping with the key \"suppressions\", found a list", "- check: x");
        assertEquals("nope.yml: no such file", assertThrows(FilterFileException.class,
                () -> SuppressionFile.read(dir.resolve("nope.yml"), "nope.yml", CHECKS)).getMessage());
    }

    @Test
    void readsFingerprintsOfFindingsAndSuppressedFromAJsonReport() throws FilterFileException {
        Traces.write(dir, "old.json", "{\"tool\":\"coroner\",\"report_version\":1,"
                + "\"findings\":[{\"fingerprint\":\"3a3f1670928e82d3900605a42bdaf89d\"}],"
                + "\"suppressed\":[{\"fingerprint\":\"cd1fa854f566e9061a8ec0de5c5673c1\"}]}");
        Baseline baseline = BaselineFile.read(dir.resolve("old.json"), "old.json");
        assertEquals(Set.of("3a3f1670928e82d3900605a42bdaf89d", "cd1fa854f566e9061a8ec0de5c5673c1"),
                baseline.fingerprints());
        assertEquals("old.json", baseline.origin());
    }

    @Test
    void baselineErrors() {
        assertBaselineError("b.json: expected a coroner JSON report (\"tool\": \"coroner\"), found other JSON",
                "{\"runs\":[]}");
        assertBaselineError("b.json: expected a coroner JSON report, found text that is not JSON (line 1)",
                "coroner 0.1.0: 1 input");
        assertBaselineError("b.json: expected report_version 1 or 2, found 3",
                "{\"tool\":\"coroner\",\"report_version\":3,\"findings\":[]}");
        assertBaselineError("b.json: expected findings[0].fingerprint to be 32 hex digits, found \"abc\"",
                "{\"tool\":\"coroner\",\"report_version\":1,\"findings\":[{\"fingerprint\":\"abc\"}]}");
        assertEquals("gone.json: no such file (write one with --write-baseline)",
                assertThrows(FilterFileException.class, () -> BaselineFile.read(dir.resolve("gone.json"), "gone.json"))
                        .getMessage());
    }

    private void assertFileError(String expected, String... lines) {
        Traces.write(dir, "s.yml", lines);
        FilterFileException e = assertThrows(FilterFileException.class,
                () -> SuppressionFile.read(dir.resolve("s.yml"), "s.yml", CHECKS));
        assertEquals(expected, e.getMessage());
    }

    private void assertBaselineError(String expected, String content) {
        Traces.write(dir, "b.json", content);
        FilterFileException e = assertThrows(FilterFileException.class, () -> BaselineFile.read(dir.resolve("b.json"),
                "b.json"));
        assertEquals(expected, e.getMessage());
    }
}
