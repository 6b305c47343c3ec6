package dev.coroner.analysis;

import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;
import java.util.List;

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
 * @param timeline   every step, for reports that draw the session (empty when not computed)
 */
public record SessionResult(String id, String principal, Outcome outcome, String failure, int steps, int modelCalls,
                            SourceRef source, Verdict verdict, List<TimelineStep> timeline) {

    public SessionResult {
        timeline = List.copyOf(timeline);
    }

    /** A session result without a timeline. */
    public SessionResult(String id, String principal, Outcome outcome, String failure, int steps, int modelCalls,
                         SourceRef source, Verdict verdict) {
        this(id, principal, outcome, failure, steps, modelCalls, source, verdict, List.of());
    }
}
