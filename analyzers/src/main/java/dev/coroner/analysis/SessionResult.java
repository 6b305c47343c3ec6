package dev.coroner.analysis;

import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;

/**
 * What the reports say about one session besides its findings.
 *
 * @param id         session id as the source names it
 * @param principal  the user / tenant, or empty
 * @param outcome    how the run ended, as recorded
 * @param failure    the recorded failure, or empty
 * @param steps      number of steps
 * @param modelCalls number of model calls
 * @param source     where the session was first seen
 * @param verdict    the conclusion
 */
public record SessionResult(String id, String principal, Outcome outcome, String failure, int steps, int modelCalls,
                            SourceRef source, Verdict verdict) {
}
