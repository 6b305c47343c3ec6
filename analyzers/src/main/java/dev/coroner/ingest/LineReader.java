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
        // Only a line that goes on past the buffer is gathered in a builder; most lines are made into a
        // String straight from the buffer, with no copy in between.
        StringBuilder line = null;
        boolean tooLong = false;
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
                    return finish(tooLong ? null : line == null ? "" : line.toString(), length);
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
            int end = position;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            int run = end - position;
            length += run;
            if (length > maxChars) {
                tooLong = true;
                line = null;
            }
            if (end < limit) {
                String text = null;
                if (!tooLong) {
                    text = line == null ? new String(buffer, position, run) : line.append(buffer, position, run).toString();
                }
                pendingCr = buffer[end] == '\r';
                position = end + 1;
                return finish(text, length);
            }
            if (!tooLong) {
                if (line == null) {
                    line = new StringBuilder(Math.max(16, 2 * run));
                }
                line.append(buffer, position, run);
            }
            position = end;
        }
    }

    private Line finish(String text, long length) {
        number++;
        return new Line(number, text, length);
    }
}
