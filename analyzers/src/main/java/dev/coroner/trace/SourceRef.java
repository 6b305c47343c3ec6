package dev.coroner.trace;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a piece of evidence sits in the input: a file (as shown to the user), a 1-based line
 * where the input has lines, and a locator (event, span, run, row or checkpoint id) where it has one.
 *
 * @param file    the input as displayed (relative to the base directory, or {@code <stdin>})
 * @param line    1-based line number, or 0 when the input has no lines
 * @param locator span / run / row / event id, or empty
 */
public record SourceRef(String file, long line, String locator) implements Comparable<SourceRef> {

    private static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::file)
            .thenComparingLong(SourceRef::line)
            .thenComparing(SourceRef::locator);

    public SourceRef {
        Objects.requireNonNull(file, "file");
        locator = locator == null ? "" : locator;
    }

    public static SourceRef line(String file, long line) {
        return new SourceRef(file, line, "");
    }

    public SourceRef withLocator(String newLocator) {
        return new SourceRef(file, line, newLocator);
    }

    /** {@code file:line}, or just the file when there is no line. The locator is not included. */
    public String fileAndLine() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public int compareTo(SourceRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return locator.isEmpty() ? fileAndLine() : fileAndLine() + " (" + locator + ")";
    }
}
