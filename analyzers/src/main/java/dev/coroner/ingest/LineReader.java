package dev.coroner.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text one line at a time with a cap on line length, so one hostile line cannot exhaust
 * memory: the part beyond {@link #MAX_LINE_CHARS} is skipped, and the line is marked too long.
 * Line numbers are 1-based; "\n", "\r\n" and "\r" all end a line.
 */
public final class LineReader {

    /** Longest line kept, in characters (Jackson's own string limit is applied after). */
    public static final int MAX_LINE_CHARS = 64 * 1024 * 1024;

    /** Receives one non-blank line; a {@link RecordException} becomes an import problem at its line. */
    public interface LineHandler {
        void line(String text, dev.coroner.trace.SourceRef at) throws RecordException;
    }

    /**
     * Reads a text input line by line for importers of line-oriented formats: blank lines are
     * skipped, a line over the cap and a line the handler rejects become import problems, and
     * reading goes on with the next line.
     */
    public static void forEachLine(java.io.Reader text, String name, ImportContext context, LineHandler handler)
            throws IOException {
        LineReader lines = new LineReader(text);
        for (Line line = lines.next(); line != null; line = lines.next()) {
            dev.coroner.trace.SourceRef at = dev.coroner.trace.SourceRef.line(name, line.number());
            if (line.tooLong()) {
                context.problem(at, "expected a line of at most " + MAX_LINE_CHARS + " characters, found "
                        + line.length());
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            try {
                handler.line(line.text(), at);
            } catch (RecordException e) {
                context.problem(at, e.getMessage());
            }
        }
    }

    /** One line of input. {@code text} is null when the line was longer than the cap. */
    public record Line(long number, String text, long length) {
        public boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long number;
    private boolean pendingCr;

    public LineReader(Reader in) {
        this(in, MAX_LINE_CHARS);
    }

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of input. */
    public Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(line, length);
                }
            }
            if (pendingCr) {
                pendingCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            // Copy the run up to the next line end in one step rather than a character at a time.
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            int run = end - position;
            length += run;
            if (line != null) {
                if (length > maxChars) {
                    line = null;
                } else {
                    line.append(buffer, position, run);
                }
            }
            position = end;
            if (end < limit) {
                pendingCr = buffer[end] == '\r';
                position++;
                return finish(line, length);
            }
        }
    }

    private Line finish(StringBuilder line, long length) {
        number++;
        return new Line(number, line == null ? null : line.toString(), length);
    }
}
