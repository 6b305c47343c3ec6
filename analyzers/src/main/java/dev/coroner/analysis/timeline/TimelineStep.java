package dev.coroner.analysis.timeline;

import dev.coroner.trace.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * One step of a session as reports draw it on a timeline: what kind of step it was, a short
 * summary, where it sits in the input, how much context a model call was given, and what a state
 * write changed. Summaries and state values are trace content: reporters escape them.
 *
 * @param index   0-based step index
 * @param kind    step kind as named in reports: {@code model_call}, {@code tool_result}, {@code state}, …
 * @param agent   the agent that performed the step, or empty
 * @param summary a short description (model, tool, store, namespace, speaker…), cut to {@link #SUMMARY_MAX}
 * @param source  where the step sits in the input
 * @param context for a model call whose input was recorded: how much it was given
 * @param failed  true when the step recorded an error (a failed node, a model error, an error tool result)
 * @param diff    for a state snapshot: what changed since the previous snapshot of its namespace
 * @param facts   for a model call or a tool call: the specifics it produced, each with where it came
 *                from ("ORD-1" ← user, step 0; "0" ← degenerate result, step 7), at most
 *                {@link dev.coroner.analysis.provenance.FactOrigins#LIMIT}
 */
public record TimelineStep(int index, String kind, String agent, String summary, SourceRef source,
                           Optional<ContextSize> context, boolean failed, Optional<StateDiff> diff,
                           List<String> facts) {

    public TimelineStep {
        facts = List.copyOf(facts);
    }

    /** A step with no facts listed. */
    public TimelineStep(int index, String kind, String agent, String summary, SourceRef source,
                        Optional<ContextSize> context, boolean failed, Optional<StateDiff> diff) {
        this(index, kind, agent, summary, source, context, failed, diff, List.of());
    }

    /** Longest summary kept, in characters. */
    public static final int SUMMARY_MAX = 120;

    /**
     * The size of a model call's context.
     *
     * @param messages   messages the model was given
     * @param characters characters of their text and tool-call arguments
     */
    public record ContextSize(int messages, long characters) {
    }

    /**
     * What one state write changed.
     *
     * @param namespace the state namespace
     * @param sinceStep the previous snapshot of the namespace, or -1 when this is its first snapshot
     * @param changes   changed paths in path order, at most {@link #MAX_CHANGES}
     * @param omitted   changes left out beyond {@link #MAX_CHANGES}
     */
    public record StateDiff(String namespace, int sinceStep, List<StateChange> changes, int omitted) {

        /** Most changes kept per snapshot. */
        public static final int MAX_CHANGES = 50;

        public StateDiff {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One changed path.
     *
     * @param path   dotted path of the field
     * @param kind   what happened to it
     * @param before the value before, as compact JSON cut with {@code Excerpts}, or empty when added
     * @param after  the value after, or empty when removed
     */
    public record StateChange(String path, Change kind, String before, String after) {
    }

    /** What happened to a state path between two snapshots. */
    public enum Change {
        /** Not in the previous snapshot. */
        ADDED,
        /** A different value. */
        CHANGED,
        /** Gone, and the write recorded a delete for it. */
        DELETED,
        /** Gone with no delete recorded: what {@code state.field-dropped} reports. */
        DROPPED;

        /** Lower-case label used in reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
