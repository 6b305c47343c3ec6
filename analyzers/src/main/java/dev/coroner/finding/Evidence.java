package dev.coroner.finding;

import dev.coroner.trace.SourceRef;

/**
 * One excerpt of the input that supports a finding.
 *
 * @param label   what the excerpt shows, e.g. "error entered at step 4"
 * @param excerpt the text, already cut to length by {@link Excerpts}
 * @param source  where it sits in the input
 */
public record Evidence(String label, String excerpt, SourceRef source) {
}
