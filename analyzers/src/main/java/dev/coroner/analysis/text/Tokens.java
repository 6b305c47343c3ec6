package dev.coroner.analysis.text;

import java.util.Locale;

/**
 * Whole-token, case-insensitive search for a value in text: "ORD-7" is in "order ORD-7 failed" but
 * not in "ORD-77". Shared by the checks that follow a value (an id, an amount, a tool name) from
 * one step to the next.
 */
public final class Tokens {

    private Tokens() {
    }

    /** True when the value occurs with no letter or digit directly before or after it. */
    public static boolean contains(String text, String value) {
        return find(text, value, false);
    }

    /**
     * As {@link #contains}, with the underscore also part of a word, for identifiers such as tool
     * names: {@code send_email} is not in {@code resend_email_v2}.
     */
    public static boolean containsIdentifier(String text, String value) {
        return find(text, value, true);
    }

    /**
     * The runs of letters and digits of a text, lower-cased: a value {@link #contains} finds in the
     * text has each of its own runs among them, so {@link #mayContain} rules most values out without
     * a scan.
     */
    public static java.util.Set<String> runs(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        addRuns(text.toLowerCase(Locale.ROOT), out::add);
        return out;
    }

    /** The longest run of letters or digits of a value, lower-cased (the first of equal length); empty when none. */
    public static String longestRun(String value) {
        String[] longest = {""};
        addRuns(value.toLowerCase(Locale.ROOT), run -> {
            if (run.length() > longest[0].length()) {
                longest[0] = run;
            }
        });
        return longest[0];
    }

    /** False when the value cannot occur in a text with these {@link #runs}; true when it may. */
    public static boolean mayContain(java.util.Set<String> runs, String value) {
        boolean[] all = {true};
        addRuns(value.toLowerCase(Locale.ROOT), run -> all[0] &= runs.contains(run));
        return all[0];
    }

    private static void addRuns(String lower, java.util.function.Consumer<String> sink) {
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isWord(lower.charAt(i), false);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                sink.accept(lower.substring(start, i));
                start = -1;
            }
        }
    }

    private static boolean find(String text, String value, boolean underscoreIsWord) {
        if (value.isEmpty()) {
            return false;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        for (int at = lowerText.indexOf(lowerValue); at >= 0; at = lowerText.indexOf(lowerValue, at + 1)) {
            int end = at + lowerValue.length();
            if ((at == 0 || !isWord(lowerText.charAt(at - 1), underscoreIsWord))
                    && (end >= lowerText.length() || !isWord(lowerText.charAt(end), underscoreIsWord))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(char c, boolean underscoreIsWord) {
        return Character.isLetterOrDigit(c) || underscoreIsWord && c == '_';
    }
}
