package dev.coroner.cli;

/** An input named on the command line that could not be read, said in one line with where and what was expected: exit 3. */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message, null, false, false);
    }
}
