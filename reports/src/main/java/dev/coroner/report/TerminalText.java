package dev.coroner.report;

/**
 * Makes untrusted text safe to print on a terminal: control characters (C0 other than newline and
 * tab, DEL, C1) and Unicode bidirectional controls are replaced by a visible escape such as
 * {@code \x1B} or {@code \u202E}, so an escape sequence or a reordering trick in trace content
 * can neither drive the terminal nor hide what the evidence says. The noncharacters U+FFFE and
 * U+FFFF and unpaired surrogates (which no UTF-8 file can hold) are shown the same way. Every
 * text-based reporter (text, XML, CSV, Markdown, HTML) passes trace content through here before
 * its own escaping.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = isLoneSurrogate(text, i) ? String.format("\\u%04X", (int) c) : replacement(c);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            return String.format("\\x%02X", (int) c);
        }
        if (isBidiControl(c) || c == 0xfffe || c == 0xffff) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }

    /** True for a surrogate at {@code i} that is not half of a pair. */
    static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** The text with every unpaired surrogate replaced by U+FFFD, so it can be encoded as UTF-8. */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (isLoneSurrogate(text, i)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    /** Unicode bidirectional formatting characters: embeddings, overrides, isolates, marks. */
    public static boolean isBidiControl(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
