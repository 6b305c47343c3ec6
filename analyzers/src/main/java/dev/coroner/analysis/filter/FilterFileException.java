package dev.coroner.analysis.filter;

/**
 * A suppression file or baseline that cannot be used, with a message naming the file (and line
 * where there is one) and what was expected: {@code .coroner.yml:4: expected …, found …}.
 */
public final class FilterFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public FilterFileException(String message) {
        super(message, null, false, false);
    }
}
