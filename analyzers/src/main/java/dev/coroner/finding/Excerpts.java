package dev.coroner.finding;

/** Cuts evidence text the same way everywhere: at most {@link #MAX} characters and a "(+N chars)" marker. */
public final class Excerpts {

    /** Longest excerpt kept, in characters. */
    public static final int MAX = 240;

    private Excerpts() {
    }

    public static String cut(String text) {
        return cut(text, MAX);
    }

    public static String cut(String text, int max) {
        String flat = text.strip();
        if (flat.length() <= max) {
            return flat;
        }
        int end = max;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "… (+" + (flat.length() - end) + " chars)";
    }

    /**
     * A window of text around the first occurrence of {@code needle} (exact, else case-insensitive),
     * so the reason for a finding is visible even in a long message. Works on offsets into the
     * original text and copies only the window: called once per identifier of a long page, it must
     * not cost the length of the page each time.
     */
    public static String around(String text, String needle) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int end = text.length();
        while (end > lead && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int length = end - lead;
        if (length <= MAX) {
            return text.substring(lead, end);
        }
        int at = text.indexOf(needle, lead);
        if (at < 0 || at >= end) {
            at = indexOfIgnoreCase(text, needle, lead, end);
        }
        if (at < 0) {
            return cut(text);
        }
        at -= lead;
        int start = Math.max(0, Math.min(at - MAX / 3, length - MAX));
        if (start > 0 && Character.isLowSurrogate(text.charAt(lead + start))) {
            start++;
        }
        int from = lead + start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String window;
        if (end - from <= MAX) {
            window = text.substring(from, end);
        } else {
            int stop = from + MAX;
            if (Character.isHighSurrogate(text.charAt(stop - 1))) {
                stop--;
            }
            window = text.substring(from, stop) + "… (+" + (end - stop) + " chars)";
        }
        return start == 0 ? window : "(" + start + " chars) …" + window;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from, int end) {
        for (int i = from; i + needle.length() <= end; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
