package dev.coroner.cli;

/** A command line that parsed but makes no sense (unknown format, unknown check id…): exit 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
