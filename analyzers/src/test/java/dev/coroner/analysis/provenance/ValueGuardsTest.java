package dev.coroner.analysis.provenance;

import static dev.coroner.analysis.text.GuardCorpus.assertSound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.analysis.text.GuardCorpus;
import dev.coroner.analysis.text.Skim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tests {@link ValueExtractor} and {@link Numbers} run before an expression pass every text the
 * expression matches in, so skipping the expression where they fail changes no fact found.
 */
class ValueGuardsTest {

    private static final List<String> TEXTS = GuardCorpus.texts(200_000);

    @Test
    void identifierExpressions() {
        for (var p : List.of(ValueExtractor.UUID, ValueExtractor.GENERIC_ID, ValueExtractor.DIGIT_GROUPS)) {
            assertSound(TEXTS, p, t -> ValueExtractor.mayHold(p, t));
        }
    }

    @Test
    void datesAndTimes() {
        assertSound(TEXTS, ValueExtractor.ISO_DATE, ValueExtractor::mayHoldIsoDate);
        assertSound(TEXTS, ValueExtractor.TIME_OF_DAY, ValueExtractor::mayHoldTime);
        assertSound(TEXTS, ValueExtractor.NUMERIC_DATE, ValueExtractor::mayHoldNumericDate);
        assertSound(TEXTS, ValueExtractor.DAY_MONTH_YEAR, ValueExtractor::mayHoldYear);
        assertSound(TEXTS, ValueExtractor.MONTH_DAY_YEAR, ValueExtractor::mayHoldYear);
        assertSound(TEXTS, ValueExtractor.DAY_MONTH, ValueExtractor::mayHoldDayMonth);
        assertSound(TEXTS, ValueExtractor.MONTH_DAY, ValueExtractor::mayHoldMonthDay);
    }

    @Test
    void decimalConventions() {
        assertSound(TEXTS, Numbers.COMMA_DECIMAL, Numbers::mayHoldCommaDecimal);
        assertSound(TEXTS, Numbers.DOT_DECIMAL, Numbers::mayHoldDotDecimal);
    }

    @Test
    void amountsQuantitiesAndNumbersAreFoundWhereFindFindsThem() {
        assertSameMatches(ValueExtractor.AMOUNT, ValueExtractor::mayStartAmount);
        assertSameMatches(ValueExtractor.QUANTITY, ValueExtractor::mayStartQuantity);
        assertSameMatches(ValueExtractor.NUMBER, ValueExtractor::mayStartNumber);
    }

    /** Every text gives the same matches, with the same groups, through Skim.Finder as through Matcher.find. */
    private static void assertSameMatches(Pattern pattern, Skim.Start start) {
        int matches = 0;
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                expected.add(describe(m));
            }
            List<String> actual = new ArrayList<>();
            Skim.Finder finder = new Skim.Finder(pattern, text, start);
            while (finder.find()) {
                actual.add(describe(finder.matcher()));
            }
            assertEquals(expected, actual, () -> pattern + " in " + text);
            matches += expected.size();
        }
        assertTrue(matches > 1000, "the corpus has matches of " + pattern);
    }

    private static String describe(Matcher m) {
        StringBuilder out = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        return out.toString();
    }
}
