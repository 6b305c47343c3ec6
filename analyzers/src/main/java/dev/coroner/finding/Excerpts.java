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
     * A window of text around the first occurrence of {@code needle} (case-insensitive), so the
     * reason for a finding is visible even in a long message.
     */
    public static String around(String text, String needle) {
        String flat = text.strip();
        int at = flat.toLowerCase(java.util.Locale.ROOT).indexOf(needle.toLowerCase(java.util.Locale.ROOT));
        if (at < 0 || flat.length() <= MAX) {
            return cut(flat);
        }
        int start = Math.max(0, Math.min(at - MAX / 3, flat.length() - MAX));
        if (start > 0 && Character.isLowSurrogate(flat.charAt(start))) {
            start++;
        }
        String window = cut(flat.substring(start), MAX);
        return start == 0 ? window : "(" + start + " chars) …" + window;
    }
}
