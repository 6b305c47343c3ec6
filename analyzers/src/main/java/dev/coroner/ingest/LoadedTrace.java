package dev.coroner.ingest;

import dev.coroner.ingest.spill.SessionStore;
import dev.coroner.ingest.spill.Spill;
import dev.coroner.trace.Session;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the inputs. The sessions may be a {@link SessionStore}, which holds some of
 * them in a temporary file: {@link #close} deletes it once the run no longer reads them.
 *
 * @param sessions sessions sorted by id
 * @param inputs   inputs read, in the order given, with format and hash
 * @param problems what could not be read, sorted by location
 * @param skipped  files found while walking directories that are not traces, with the reason
 */
public record LoadedTrace(List<Session> sessions, List<InputRecord> inputs, List<ImportProblem> problems,
                          List<String> skipped) implements AutoCloseable {
    public LoadedTrace {
        sessions = sessions instanceof SessionStore ? sessions : List.copyOf(sessions);
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** The sessions whose estimated size alone is over the memory budget: id → estimated bytes. */
    public Map<String, Long> overBudget() {
        return sessions instanceof SessionStore store ? store.overBudget() : Map.of();
    }

    /** The memory budget the sessions were loaded with, in bytes (see {@code MemoryBudget}). */
    public long memoryBudget() {
        return sessions instanceof SessionStore store ? store.budget() : Long.MAX_VALUE;
    }

    /**
     * Where the results of analysing these sessions go past their share of the memory budget; closing
     * the trace deletes them too.
     */
    public Spill results() {
        return sessions instanceof SessionStore store ? store.results() : Spill.unbounded();
    }

    /** Deletes the temporary files of spilled sessions and results, if there are any. */
    @Override
    public void close() {
        if (sessions instanceof SessionStore store) {
            store.close();
        }
    }

    /** True when some input, or some record of one, could not be read. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
