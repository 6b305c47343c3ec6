package dev.coroner.cli;

/** coroner's exit codes; documented in every {@code --help}. */
public enum ExitCode {
    /** Analysis complete, nothing at or above {@code --fail-on}. */
    OK(0, "analysis complete, nothing at or above --fail-on"),
    /** A bug in coroner, or the Java heap ran out (one line says so and how to give it more). */
    INTERNAL_ERROR(1, "internal error (a bug: rerun with --debug and report it), or out of memory"),
    /** The command line is wrong. */
    USAGE(2, "usage error"),
    /** An input, or part of one, could not be read; the rest was analysed. */
    INPUT_ERROR(3, "an input could not be read (the others were analysed)"),
    /** Findings at or above {@code --fail-on}. */
    FINDINGS(4, "findings at or above --fail-on");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The exit-code section of every help text: code to meaning, in order. */
    static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        for (ExitCode exit : values()) {
            list.put(Integer.toString(exit.code), exit.meaning);
        }
        return list;
    }
}
