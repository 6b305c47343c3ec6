package dev.coroner.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap tests a text must pass for a regular expression to match in it: a run of characters of
 * given classes ("a digit, then {@code :} or {@code h}, then a digit" for a time of day), a count of
 * digits, a long enough run of word characters. A scan that runs a dozen expressions over every text
 * of a session tries each of them at every position, which costs far more than one pass over the
 * characters; where such a test fails, the expression cannot match and is not run. Every test is a
 * necessary condition of the expression it guards, written next to it, so a guarded scan finds
 * exactly what the unguarded one finds.
 *
 * <p>The classes follow {@link java.util.regex.Pattern}'s defaults: {@code \d} is an ASCII digit and
 * {@code \s} an ASCII white space ({@code [ \t\n\x0B\f\r]}).
 */
public final class Skim {

    /** A class of characters. */
    @FunctionalInterface
    public interface CharClass {
        boolean test(char c);
    }

    /** {@code \d}: 0 to 9. */
    public static final CharClass DIGIT = c -> c >= '0' && c <= '9';
    /** {@code [A-Z]}. */
    public static final CharClass UPPER = c -> c >= 'A' && c <= 'Z';
    /** {@code [A-Za-z]}. */
    public static final CharClass LETTER = c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    /** {@code [A-Za-z0-9]}. */
    public static final CharClass ALNUM = c -> LETTER.test(c) || DIGIT.test(c);
    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static final CharClass SPACE = c -> c == ' ' || c >= '\t' && c <= '\r';

    private Skim() {
    }

    /** The class of the given characters. */
    public static CharClass anyOf(String chars) {
        return c -> chars.indexOf(c) >= 0;
    }

    /** True when the text has, somewhere, one character of each class in a row. */
    public static boolean hasRun(String text, CharClass... classes) {
        int last = text.length() - classes.length;
        for (int i = 0; i <= last; i++) {
            int k = 0;
            while (k < classes.length && classes[k].test(text.charAt(i + k))) {
                k++;
            }
            if (k == classes.length) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of the text are of the class. */
    public static int count(String text, CharClass chars) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (chars.test(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The length of the longest run of characters of the class in the text. */
    public static int longestRun(String text, CharClass chars) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (chars.test(text.charAt(i))) {
                run++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return longest;
    }

    /** Where a match of an expression may start: a test of the text at an index. */
    @FunctionalInterface
    public interface Start {
        boolean test(String text, int at);
    }

    /**
     * The matches that {@link Matcher#find()} gives one after the other, found by trying the expression
     * only at the indexes its {@link Start} accepts ({@link Matcher#lookingAt} there, the rest of the text
     * visible to its look-behinds and look-aheads) instead of at every index. Where the start test accepts
     * every index at which a match can begin, the matches are the same; an expression that opens with a
     * look-behind costs at each index it is tried, and most indexes of a text start nothing.
     */
    public static final class Finder {
        private final Matcher matcher;
        private final String text;
        private final Start start;
        private int from;

        public Finder(Pattern pattern, String text, Start start) {
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.start = start;
        }

        /** The next match, as {@link Matcher#find()} would give it; its groups are read from {@link #matcher}. */
        public boolean find() {
            int length = text.length();
            for (int i = from; i < length; i++) {
                if (start.test(text, i)) {
                    matcher.region(i, length);
                    if (matcher.lookingAt()) {
                        from = matcher.end() > i ? matcher.end() : i + 1;
                        return true;
                    }
                }
            }
            from = length;
            return false;
        }

        /** The matcher holding the last match. */
        public Matcher matcher() {
            return matcher;
        }
    }
}
