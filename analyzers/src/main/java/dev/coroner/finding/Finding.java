package dev.coroner.finding;

import dev.coroner.trace.SourceRef;
import java.util.Comparator;
import java.util.List;

/**
 * One thing a check found in one session.
 *
 * @param checkId     the check's stable id
 * @param severity    severity of this finding
 * @param sessionId   the session, exactly as the source names it
 * @param step        index of the step the finding points at, or -1 for the session as a whole
 * @param location    where that step sits in the input
 * @param message     one sentence saying what happened
 * @param evidence    excerpts of the input that show it
 * @param fingerprint stable id: check, session and a digest of the normalised content (no times,
 *                    no line numbers), for baselines and de-duplication
 */
public record Finding(String checkId, Severity severity, String sessionId, int step, SourceRef location,
                      String message, List<Evidence> evidence, String fingerprint) implements Comparable<Finding> {

    /** The total order of findings in every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::sessionId)
            .thenComparingInt(Finding::step)
            .thenComparing(f -> f.stage().ordinal())
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::location)
            .thenComparing(Finding::fingerprint)
            .thenComparing(Finding::message);

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public Stage stage() {
        return Stage.ofCheckId(checkId);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
