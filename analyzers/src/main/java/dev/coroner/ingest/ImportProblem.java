package dev.coroner.ingest;

import dev.coroner.trace.SourceRef;
import java.util.Comparator;

/**
 * Something in an input that could not be read: one record ({@code FILE:LINE: expected …, found …})
 * or a whole input ({@code FILE: not a recognised trace format …}). Reported beside the findings.
 *
 * @param at        where: the file, and the line when one record is at fault
 * @param message   what was expected and what was found
 * @param wholeInput true when nothing of the input could be analysed
 */
public record ImportProblem(SourceRef at, String message, boolean wholeInput) implements Comparable<ImportProblem> {

    private static final Comparator<ImportProblem> ORDER = Comparator.comparing(ImportProblem::at)
            .thenComparing(ImportProblem::message);

    @Override
    public int compareTo(ImportProblem other) {
        return ORDER.compare(this, other);
    }

    /** One line, as printed on stderr: {@code FILE:LINE: message}. */
    @Override
    public String toString() {
        return at.fileAndLine() + ": " + message;
    }
}
