package dev.coroner.report.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.finding.Stage;
import dev.coroner.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/checks.md is generated from the check metadata; this test keeps the committed page in step.
 * With {@code -Dcoroner.regenerate=true} or {@code CORONER_REGENERATE=1} it rewrites the page instead.
 */
class CheckDocsTest {

    /** Surefire runs in the module directory; the page sits at the repository root. */
    private static final Path PAGE = Path.of(System.getProperty("basedir", "")).resolve("..")
            .resolve(CheckDocs.PATH).normalize();

    @Test
    void committedPageMatchesTheCatalogue() throws IOException {
        String expected = CheckDocs.render(CheckCatalog.infos());
        if (Golden.regenerating()) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
            System.err.println("CheckDocsTest: rewrote " + PAGE);
            return;
        }
        if (!Files.exists(PAGE)) {
            fail(CheckDocs.PATH + " is missing (looked at " + PAGE + "); generate it with "
                    + CheckDocs.REGENERATE_COMMAND);
        }
        // Compare with "\n" line ends, so a checkout with CRLF line ends is not reported as stale.
        String actual = Files.readString(PAGE, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!actual.equals(expected)) {
            fail(CheckDocs.PATH + " is stale: it no longer matches the check metadata ("
                    + firstDifference(expected, actual) + "). Do not edit it by hand; regenerate it with "
                    + CheckDocs.REGENERATE_COMMAND + " and commit the result.");
        }
    }

    @Test
    void everyCheckIsInTheTableAndHasASectionAnchoredAtItsId() {
        String page = CheckDocs.render(CheckCatalog.infos());
        for (CheckInfo check : CheckCatalog.infos()) {
            assertTrue(page.contains("| [`" + check.id() + "`](#" + check.id() + ") | " + check.stage().title()
                    + " | " + check.severity().label() + " | " + check.title() + " |\n"), "table row of " + check.id());
            assertTrue(page.contains("<a id=\"" + check.id() + "\"></a>\n\n### " + check.id() + "\n"),
                    "anchor and heading of " + check.id());
            assertTrue(page.contains(firstLine(check.rationale())), "rationale of " + check.id());
            assertTrue(page.contains(firstLine(check.remediation())), "remediation of " + check.id());
            assertTrue(page.contains(firstLine(check.example())), "example of " + check.id());
        }
    }

    @Test
    void sectionsFollowTheChecklistWithChecksUnderTheirStage() {
        CheckInfo bleed = info("bleed.shared-cache", "Bleed", Severity.CRITICAL);
        CheckInfo context = info("context.first", "Context one", Severity.HIGH);
        CheckInfo handoff = info("handoff.constraint-lost", "Handoff", Severity.MEDIUM);
        CheckInfo context2 = info("context.second", "Context two", Severity.LOW);
        String page = CheckDocs.render(List.of(bleed, context, handoff, context2));

        int previous = -1;
        for (Stage stage : Stage.values()) {
            int at = page.indexOf("## " + (stage.ordinal() + 1) + ". " + stage.title() + "\n");
            assertTrue(at > previous, "stage " + stage + " in checklist order");
            previous = at;
        }
        int contextStage = page.indexOf("## 1. Context");
        int stateStage = page.indexOf("## 3. Inter-step state");
        int handoffStage = page.indexOf("## 4. Handoffs");
        int bleedStage = page.indexOf("## 6. Isolation");
        assertTrue(contextStage < page.indexOf("### context.first") && page.indexOf("### context.first")
                < page.indexOf("### context.second") && page.indexOf("### context.second") < stateStage,
                "context checks under Context, in catalogue order");
        assertTrue(stateStage < handoffStage && handoffStage < page.indexOf("### handoff.constraint-lost")
                && page.indexOf("### handoff.constraint-lost") < page.indexOf("## 5. "), "handoff checks under Handoffs");
        assertTrue(bleedStage < page.indexOf("### bleed.shared-cache"), "bleed under isolation");
        assertTrue(page.contains("## 2. Retrieval\n\nThis stage asks how history and knowledge were retrieved, and from whom.\n\n"
                + "No checks in this stage yet.\n"), "an empty stage says so");
        assertTrue(page.indexOf("[`context.first`]") < page.indexOf("[`context.second`]")
                && page.indexOf("[`context.second`]") < page.indexOf("[`handoff.constraint-lost`]")
                && page.indexOf("[`handoff.constraint-lost`]") < page.indexOf("[`bleed.shared-cache`]"),
                "table in checklist order");
        assertTrue(page.startsWith("# Checks\n\n> Generated by `dev.coroner.report.docs.CheckDocs`"), "generated header");
        assertTrue(page.contains(CheckDocs.REGENERATE_COMMAND), "header says how to regenerate");
        assertTrue(page.endsWith("## 7. Evidence gaps\n\nThis stage asks what the trace failed to record.\n\nNo checks in this stage yet.\n"), "ends with the last stage and one newline");
    }

    @Test
    void markdownAndHtmlInMetadataAreEscaped() {
        CheckInfo odd = new CheckInfo("boundary.pipe-title", "Uses a | pipe and <b>tags</b>", Severity.LOW, "0.1.0",
                "Rationale with <script> & more.", "Fix it.", "An example.");
        String page = CheckDocs.render(List.of(odd));
        assertTrue(page.contains("| Uses a \\| pipe and &lt;b>tags&lt;/b> |\n"), page);
        assertTrue(page.contains("**Why it matters.** Rationale with &lt;script> &amp; more.\n"), page);
    }

    @Test
    void heuristicsAreListedWithTheirLiveValuesAsCode() {
        CheckInfo check = new CheckInfo("context.tuned", "Tuned", Severity.LOW, "0.1.0", "Why.", "Fix.", "An example.",
                List.of(new Heuristic.Limit("min-words", "Words <b>shared</b> & more.", 3, "words"),
                        new Heuristic.Regex("tick", "A backtick.", Pattern.compile("a`b"))));
        String page = CheckDocs.render(List.of(check));
        assertTrue(page.contains("**Example.** An example.\n\n**Heuristics.**\n\n"
                + "- `min-words` = `3 words`: Words &lt;b>shared&lt;/b> &amp; more.\n"
                + "- `tick` = ``/a`b/``: A backtick.\n\n"), page);
        assertFalse(CheckDocs.render(List.of(info("context.plain", "Plain", Severity.LOW))).contains("Heuristics"));
    }

    private static CheckInfo info(String id, String title, Severity severity) {
        return new CheckInfo(id, title, severity, "0.1.0", "Why.", "Fix.", "An example.");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** "line N: expected …, found …" for the first line that differs. */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String want = i < e.size() ? e.get(i) : "(end of file)";
            String have = i < a.size() ? a.get(i) : "(end of file)";
            if (!want.equals(have)) {
                return "first difference at line " + (i + 1) + ": expected \"" + want + "\", found \"" + have + "\"";
            }
        }
        return "line ends or the final newline differ";
    }

    @Test
    void staleMessageNamesTheFirstDifferentLine() {
        assertEquals("first difference at line 2: expected \"b\", found \"x\"", firstDifference("a\nb\n", "a\nx\n"));
        assertEquals("first difference at line 3: expected \"(end of file)\", found \"c\"",
                firstDifference("a\nb\n", "a\nb\nc\n"));
    }
}
