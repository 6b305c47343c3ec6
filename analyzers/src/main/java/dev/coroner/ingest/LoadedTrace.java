package dev.coroner.ingest;

import dev.coroner.trace.Session;
import java.util.List;

/**
 * Everything read from the inputs.
 *
 * @param sessions sessions sorted by id
 * @param inputs   inputs read, in the order given, with format and hash
 * @param problems what could not be read, sorted by location
 * @param skipped  files found while walking directories that are not traces, with the reason
 */
public record LoadedTrace(List<Session> sessions, List<InputRecord> inputs, List<ImportProblem> problems,
                          List<String> skipped) {
    public LoadedTrace {
        sessions = List.copyOf(sessions);
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** True when some input, or some record of one, could not be read. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
