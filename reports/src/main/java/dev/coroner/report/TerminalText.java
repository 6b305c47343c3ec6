package dev.coroner.report;

/**
 * Makes untrusted text safe to print on a terminal: control characters (C0 other than newline and
 * tab, DEL, C1) and Unicode bidirectional controls are replaced by a visible escape such as
 * {@code \x1B} or {@code \u202E}, so an escape sequence or a reordering trick in trace content
 * can neither drive the terminal nor hide what the evidence says.
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
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
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c) {
            return String.format("\\u%04X", (int) c);
        }
        return null;
    }
}
