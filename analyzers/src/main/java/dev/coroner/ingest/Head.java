package dev.coroner.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The first bytes of an input, for sniffing.
 *
 * @param bytes at most {@link #LIMIT} bytes, decompressed
 */
public record Head(byte[] bytes) {

    /** How much of an input sniffing may look at. */
    public static final int LIMIT = 64 * 1024;

    /** The head as text (UTF-8, malformed bytes replaced). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first line that is not blank, possibly cut at {@link #LIMIT}; empty if none. */
    public String firstLine() {
        String text = text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (!line.isBlank()) {
                return line.strip();
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return "";
    }

    /** True when the line {@link #firstLine()} returned ends inside the head (was not cut). */
    public boolean firstLineComplete() {
        String text = text();
        String first = firstLine();
        int at = text.indexOf(first);
        return at >= 0 && text.indexOf('\n', at + first.length()) >= 0 || bytes.length < LIMIT;
    }
}
