package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkimTest {

    @Test
    void findsARunOfClassesAnywhereInTheText() {
        assertTrue(Skim.hasRun("at 07:30 sharp", Skim.DIGIT, Skim.anyOf(":hH"), Skim.DIGIT));
        assertTrue(Skim.hasRun("7h3", Skim.DIGIT, Skim.anyOf(":hH"), Skim.DIGIT), "at the very end");
        assertFalse(Skim.hasRun("at 07: 30", Skim.DIGIT, Skim.anyOf(":hH"), Skim.DIGIT));
        assertFalse(Skim.hasRun("7h", Skim.DIGIT, Skim.anyOf(":hH"), Skim.DIGIT), "shorter than the run");
        assertFalse(Skim.hasRun("", Skim.DIGIT));
        assertTrue(Skim.hasRun("a\u000Bb", Skim.SPACE), "a vertical tab is \\s");
        assertFalse(Skim.hasRun("a\u00a0b", Skim.SPACE), "a no-break space is not \\s");
    }

    @Test
    void countsAndMeasuresRuns() {
        assertEquals(4, Skim.count("a1b22c3", Skim.DIGIT));
        assertEquals(0, Skim.count("٣ digits of another script", Skim.DIGIT));
        assertEquals(3, Skim.longestRun("12 345 6", Skim.DIGIT));
        assertEquals(0, Skim.longestRun("none", Skim.DIGIT));
    }

    @Test
    void theIdentifierGuardsHoldWhereverTheirExpressionMatches() {
        List<String> texts = GuardCorpus.texts(200_000);
        GuardCorpus.assertSound(texts, Identifiers.EMAIL, Identifiers::mayHoldEmail);
        GuardCorpus.assertSound(texts, Identifiers.PHONE, Identifiers::mayHoldPhone);
        GuardCorpus.assertSound(texts, Identifiers.IBAN, Identifiers::mayHoldIban);
        GuardCorpus.assertSound(texts, Identifiers.PREFIXED_ID, Identifiers::mayHoldPrefixedId);
        GuardCorpus.assertSound(texts, Identifiers.SPACED_DIGITS, Identifiers::mayHoldSpacedDigits);
        GuardCorpus.assertSound(texts, Identifiers.KEYED_ID, Identifiers::mayHoldKeyedId);
        GuardCorpus.assertSound(texts, Identifiers.TOKEN, Identifiers::mayHoldToken);
    }
}
