package dev.coroner.analysis.provenance;

import dev.coroner.analysis.text.Skim;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a written number in either decimal convention. "1,234.50" and "1.234,50" are both 1234.5;
 * with both separators the last one is the decimal point; one separator followed by exactly three
 * digits ("1.234", "1,234") could be either, so both readings are kept, the grouping one first.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Which decimal mark a text uses, when its unambiguous numbers say so. */
    public enum Convention {
        /** 1,234.50 */
        DOT_DECIMAL,
        /** 1.234,50 */
        COMMA_DECIMAL,
        /** The text does not say (or says both). */
        UNKNOWN
    }

    private static final Skim.CharClass COMMA = Skim.anyOf(",");
    private static final Skim.CharClass DOT = Skim.anyOf(".");
    static final java.util.regex.Pattern COMMA_DECIMAL = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+,\\d+(?![\\d.,])|(?<![\\d.,])\\d+,\\d{1,2}(?![\\d.,])");
    static final java.util.regex.Pattern DOT_DECIMAL = java.util.regex.Pattern.compile(
            "(?<![\\d.,])\\d{1,3}(?:,\\d{3})+\\.\\d+(?![\\d.,])|(?<![\\d.,])\\d+\\.\\d{1,2}(?![\\d.,])");

    /** The decimal convention of a text, from its numbers that can only be read one way. */
    public static Convention convention(String text) {
        if (text == null) {
            return Convention.UNKNOWN;
        }
        return dev.coroner.analysis.text.TextMemo.of(Convention.class, text, Numbers::scanConvention);
    }

    private static Convention scanConvention(String text) {
        boolean comma = mayHoldCommaDecimal(text) && COMMA_DECIMAL.matcher(text).find();
        boolean dot = mayHoldDotDecimal(text) && DOT_DECIMAL.matcher(text).find();
        return comma == dot ? Convention.UNKNOWN : comma ? Convention.COMMA_DECIMAL : Convention.DOT_DECIMAL;
    }

    /**
     * {@link #COMMA_DECIMAL}: a digit, a comma, a digit (Skim). A text without them holds no match and
     * is not searched.
     */
    static boolean mayHoldCommaDecimal(String text) {
        return Skim.hasRun(text, Skim.DIGIT, COMMA, Skim.DIGIT);
    }

    /** {@link #DOT_DECIMAL}: a digit, a dot, a digit. */
    static boolean mayHoldDotDecimal(String text) {
        return Skim.hasRun(text, Skim.DIGIT, DOT, Skim.DIGIT);
    }

    /** The values the text can mean, most likely first; empty when it is not a number. */
    public static List<BigDecimal> readings(String written) {
        return readings(written, Convention.UNKNOWN);
    }

    /**
     * The values the text can mean, most likely first, where an ambiguous "1.234" is resolved by the
     * convention of the text it stands in.
     */
    public static List<BigDecimal> readings(String written, Convention convention) {
        String s = written.strip().replace("\u00a0", "").replace("\u202f", "").replace("'", "").replace(" ", "");
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        List<String> candidates = new ArrayList<>();
        int dots = count(s, '.');
        int commas = count(s, ',');
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            candidates.add(s.replace(String.valueOf(group), "").replace(decimal, '.'));
        } else if (dots + commas == 0) {
            candidates.add(s);
        } else {
            char sep = dots > 0 ? '.' : ',';
            int count = Math.max(dots, commas);
            int after = s.length() - s.lastIndexOf(sep) - 1;
            if (count > 1) {
                candidates.add(s.replace(String.valueOf(sep), ""));
            } else if (after == 3) {
                boolean grouping = convention == Convention.UNKNOWN
                        || (sep == '.') == (convention == Convention.COMMA_DECIMAL);
                boolean decimal = convention == Convention.UNKNOWN || !grouping;
                if (grouping) {
                    candidates.add(s.replace(String.valueOf(sep), ""));
                }
                if (decimal) {
                    candidates.add(s.replace(sep, '.'));
                }
            } else {
                candidates.add(s.replace(sep, '.'));
            }
        }
        List<BigDecimal> out = new ArrayList<>();
        for (String c : candidates) {
            try {
                BigDecimal value = new BigDecimal(c);
                out.add(negative ? value.negate() : value);
            } catch (NumberFormatException e) {
                // not a number in this reading
            }
        }
        return out;
    }

    /** A number with no trailing zeros and no exponent: 50.00 is "50", 1E+3 is "1000". */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
