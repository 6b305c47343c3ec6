package dev.coroner.analysis.verdict;

import dev.coroner.trace.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-session conclusion, reached only after every state check has run.
 *
 * @param kind      what the evidence says
 * @param reason    one sentence: the root cause, what evidence is missing, or why the model is suspected
 * @param rootCause for {@link Kind#STATE_FAILURE}: the earliest state finding that precedes the failure
 */
public record Verdict(Kind kind, String reason, Optional<RootCause> rootCause, List<ChainLink> chain) {

    public Verdict {
        chain = List.copyOf(chain);
    }

    /** A verdict without a root-cause chain. */
    public Verdict(Kind kind, String reason, Optional<RootCause> rootCause) {
        this(kind, reason, rootCause, List.of());
    }

    /**
     * One step between the root cause and the failure.
     *
     * @param step        step index (the last step for a failure recorded only on the session)
     * @param description what happened there
     * @param location    where the step sits in the input
     */
    public record ChainLink(int step, String description, SourceRef location) {
    }

    /** Verdict kinds, in the order reports list them. */
    public enum Kind {
        /** A state-management failure was found; the root cause names where it started. */
        STATE_FAILURE,
        /** The trace lacks the evidence to decide (says which). */
        INCONCLUSIVE,
        /** The run failed and every state check passed: the model is the remaining suspect. */
        MODEL_SUSPECT,
        /** Nothing found and no recorded failure. */
        CLEAN;

        /** Kebab-case label used in reports: {@code state-failure}, {@code model-suspect}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The step where the failure started.
     *
     * @param step        step index
     * @param checkId     the check whose finding it is
     * @param location    where the step sits in the input
     * @param fingerprint the finding's fingerprint
     * @param decisive    the agent's step the root cause descends from: the model output (or the
     *                    program) that issued the call whose result is the root cause, else the root
     *                    step itself
     */
    public record RootCause(int step, String checkId, SourceRef location, String fingerprint, Decisive decisive) {

        /** A root cause that is its own decisive step. */
        public RootCause(int step, String checkId, SourceRef location, String fingerprint) {
            this(step, checkId, location, fingerprint, new Decisive(step, "", location));
        }
    }

    /**
     * The step an agent took that a root cause descends from.
     *
     * @param step     step index
     * @param agent    the agent that took it, or empty when the trace does not say
     * @param location where it sits in the input ({@code history[N]} for transcripts)
     */
    public record Decisive(int step, String agent, SourceRef location) {
    }
}
