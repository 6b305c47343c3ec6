package dev.coroner.diff;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.coroner.trace.StateSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What one snapshot of a thread changed since the snapshot it continues. A thread's transitions
 * are all computed here, with one {@link StateDiff} model and sides named as reports name steps,
 * so that the timeline and the state checks see the same changes.
 *
 * @param before the snapshot this one continues, or empty for the first of its line (then every
 *               field of {@code after} is added)
 * @param after  the snapshot
 * @param diff   the changes from {@code before} to {@code after}
 */
public record Transition(Optional<StateSnapshot> before, StateSnapshot after, StateDiff diff) {

    /**
     * One transition per snapshot, in the order given.
     *
     * @param thread      the thread (session) id, for the side labels
     * @param snapshots   the thread's snapshots, in step order
     * @param predecessor the snapshot each one continues (the previous of its namespace, the parent
     *                    checkpoint…), or null when there is none
     * @param depth       how deep to compare
     */
    public static List<Transition> over(String thread, List<StateSnapshot> snapshots,
                                        UnaryOperator<StateSnapshot> predecessor, StateDiff.Depth depth) {
        List<Transition> transitions = new ArrayList<>(snapshots.size());
        for (StateSnapshot after : snapshots) {
            StateSnapshot before = predecessor.apply(after);
            StateDiff.Side earlier = before == null
                    ? new StateDiff.Side("thread " + thread + " before step " + after.index(), after.source(),
                    JsonNodeFactory.instance.objectNode())
                    : StateDiff.Side.of(thread, before);
            transitions.add(new Transition(Optional.ofNullable(before), after,
                    StateDiff.between(earlier, StateDiff.Side.of(thread, after), depth)));
        }
        return transitions;
    }
}
