package dev.coroner.checks;

import dev.coroner.finding.Heuristic;

/**
 * Heuristics that live in the shared text and fact code several checks build on, named once so each
 * check that relies on one can list it. The shared code may not know check metadata, so these entries
 * point to where the values are kept instead of copying them.
 */
public final class SharedHeuristics {

    /** How a tool result is recognised as an error. */
    public static final Heuristic.Shared ERROR_TEXT = new Heuristic.Shared("error-text",
            "A tool result is an error when the source flags it or its text reads as one: an \"Error:\" "
                    + "prefix, an exception or error class name, a Python traceback, an HTTP 4xx/5xx status, or "
                    + "a JSON object whose structure says the call failed.",
            "dev.coroner.analysis.text.ErrorText");

    private SharedHeuristics() {
    }
}
