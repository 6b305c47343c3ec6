package dev.coroner.analysis.provenance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    private static List<String> readings(String written, Numbers.Convention convention) {
        return Numbers.readings(written, convention).stream().map(Numbers::plain).toList();
    }

    @Test
    void bothSeparatorsMakeTheLastOneTheDecimalPoint() {
        assertEquals(List.of("1234.5"), readings("1.234,50", Numbers.Convention.UNKNOWN));
        assertEquals(List.of("1234.5"), readings("1,234.50", Numbers.Convention.UNKNOWN));
        assertEquals(List.of("1234567.89"), readings("1.234.567,89", Numbers.Convention.UNKNOWN));
    }

    @Test
    void oneSeparatorBeforeThreeDigitsIsAmbiguousUnlessTheTextSaysWhichConvention() {
        assertEquals(List.of("12400", "12.4"), readings("12.400", Numbers.Convention.UNKNOWN));
        assertEquals(List.of("12400"), readings("12.400", Numbers.Convention.COMMA_DECIMAL));
        assertEquals(List.of("12.4"), readings("12.400", Numbers.Convention.DOT_DECIMAL));
        assertEquals(List.of("5.6"), readings("5,6", Numbers.Convention.UNKNOWN));
    }

    @Test
    void conventionComesFromNumbersThatCanOnlyBeReadOneWay() {
        assertEquals(Numbers.Convention.COMMA_DECIMAL, Numbers.convention("Bruttogewicht 12.400 kg, Lademeter 5,6"));
        assertEquals(Numbers.Convention.DOT_DECIMAL, Numbers.convention("total 1,234.50 USD"));
        assertEquals(Numbers.Convention.UNKNOWN, Numbers.convention("12.400 kg"));
        assertEquals(Numbers.Convention.UNKNOWN, Numbers.convention("3,5 and 2.25"), "both: undecided");
    }

    @Test
    void plainHasNoTrailingZerosOrExponent() {
        assertEquals("50", Numbers.plain(new BigDecimal("50.00")));
        assertEquals("1000", Numbers.plain(new BigDecimal("1E+3")));
        assertEquals("0", Numbers.plain(new BigDecimal("0.000")));
        assertEquals(List.of("-42.5"), readings("-42,5", Numbers.Convention.UNKNOWN));
    }
}
