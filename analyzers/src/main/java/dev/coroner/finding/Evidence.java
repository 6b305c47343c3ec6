package dev.coroner.finding;

import dev.coroner.trace.SourceRef;

/**
 * One excerpt of the input that supports a finding.
 *
 * @param label   what the excerpt shows, e.g. "error entered at step 4"
 * @param excerpt the text, already cut to length by {@link Excerpts}
 * @param source  where it sits in the input
 * @param step    the step of the finding's session the excerpt comes from, or -1 (another session,
 *                or no single step); verdicts link these steps into the root-cause chain
 */
public record Evidence(String label, String excerpt, SourceRef source, int step) {

    /** Evidence not tied to a step of the finding's session. */
    public Evidence(String label, String excerpt, SourceRef source) {
        this(label, excerpt, source, -1);
    }
}
