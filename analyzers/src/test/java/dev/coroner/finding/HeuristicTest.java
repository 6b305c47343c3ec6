package dev.coroner.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How each kind of heuristic shows its value, and the names it accepts. */
class HeuristicTest {

    @Test
    void valuesAreShownAsWritten() {
        assertEquals("4 words", new Heuristic.Limit("shingle-words", "Words per shingle.", 4, "words").shown());
        assertEquals("0.5", new Heuristic.Ratio("min-overlap", "Share of words.", 0.50).shown());
        assertEquals("0.0001", new Heuristic.Ratio("tiny", "A small share.", 1e-4).shown());
        assertEquals("\"not found\", \"no results\"",
                new Heuristic.Phrases("hedge", "Admits the gap.", List.of("not found", "no results")).shown());
        assertEquals("shared: dev.coroner.analysis.text.ErrorText",
                new Heuristic.Shared("error-text", "Error text.", "dev.coroner.analysis.text.ErrorText").shown());
    }

    @Test
    void aRegexSaysWhenItIgnoresCaseUnlessItsTextSaysSo() {
        assertEquals("/a|b/", new Heuristic.Regex("plain", "Plain.", Pattern.compile("a|b")).shown());
        assertEquals("/(?:a|b)x/i", new Heuristic.Regex("flagged", "Flagged.",
                Pattern.compile("(?:a|b)x", Pattern.CASE_INSENSITIVE)).shown());
        assertEquals("/(?iu)a|b/", new Heuristic.Regex("inline", "Inline.", Pattern.compile("(?iu)a|b")).shown());
    }

    @Test
    void idsAreKebabCaseAndPurposesAreNotBlank() {
        assertThrows(IllegalArgumentException.class, () -> new Heuristic.Limit("MIN_WORDS", "Words.", 2, "words"));
        assertThrows(IllegalArgumentException.class, () -> new Heuristic.Limit("min-words", " ", 2, "words"));
    }

    @Test
    void aCheckDeclaresEachHeuristicOnce() {
        Heuristic limit = new Heuristic.Limit("min-words", "Words.", 2, "words");
        assertThrows(IllegalArgumentException.class, () -> new CheckInfo("context.twice", "Twice", Severity.LOW,
                "0.1.0", "Why.", "Fix.", "Example.", List.of(limit, limit)));
    }
}
