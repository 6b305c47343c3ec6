package dev.coroner.analysis.facts;

import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state snapshots of one session and how they link: each snapshot's checkpoint (when it came
 * from one), its parent (the checkpoint it names as parent, or else the previous snapshot of its
 * namespace), its children, and the snapshot recorded just before it in its namespace. Built once
 * per session and shared by the state checks, so that every check compares a checkpoint with the
 * state it actually continued, not with whatever was written last (forks).
 */
public final class StateHistory {

    private final List<StateSnapshot> snapshots = new ArrayList<>();
    private final Checkpoint[] checkpoints;
    private final StateSnapshot[] parents;
    private final StateSnapshot[] previous;
    private final Map<Integer, List<StateSnapshot>> children = new HashMap<>();

    StateHistory(Session session) {
        int size = session.steps().size();
        checkpoints = new Checkpoint[size];
        parents = new StateSnapshot[size];
        previous = new StateSnapshot[size];
        Map<String, StateSnapshot> byId = new HashMap<>();
        Map<String, StateSnapshot> lastOfNamespace = new HashMap<>();
        for (Step step : session.steps()) {
            if (!(step instanceof StateSnapshot snapshot)) {
                continue;
            }
            snapshots.add(snapshot);
            Optional<Checkpoint> checkpoint = Checkpoint.of(snapshot);
            StateSnapshot last = lastOfNamespace.put(snapshot.namespace(), snapshot);
            previous[snapshot.index()] = last;
            if (checkpoint.isPresent()) {
                Checkpoint c = checkpoint.get();
                checkpoints[snapshot.index()] = c;
                parents[snapshot.index()] = c.hasParent() ? byId.get(key(snapshot.namespace(), c.parentId())) : null;
                byId.putIfAbsent(key(snapshot.namespace(), c.id()), snapshot);
            } else {
                parents[snapshot.index()] = last;
            }
            StateSnapshot parent = parents[snapshot.index()];
            if (parent != null) {
                children.computeIfAbsent(parent.index(), k -> new ArrayList<>()).add(snapshot);
            }
        }
    }

    private static String key(String namespace, String id) {
        return namespace + "\u0000" + id;
    }

    /** Every snapshot, in step order. */
    public List<StateSnapshot> snapshots() {
        return snapshots;
    }

    /** The checkpoint a snapshot came from, if it came from one. */
    public Optional<Checkpoint> checkpoint(StateSnapshot snapshot) {
        return Optional.ofNullable(checkpoints[snapshot.index()]);
    }

    /**
     * The snapshot this one continues: the checkpoint it names as parent (null when that is not in
     * the input, or when it names none), or for a snapshot without a checkpoint the previous
     * snapshot of its namespace (null for the first).
     */
    public StateSnapshot parent(StateSnapshot snapshot) {
        return parents[snapshot.index()];
    }

    /** The snapshot of the same namespace recorded just before this one, or null. */
    public StateSnapshot previousInNamespace(StateSnapshot snapshot) {
        return previous[snapshot.index()];
    }

    /** The snapshots that continue this one, in step order. */
    public List<StateSnapshot> children(StateSnapshot snapshot) {
        return children.getOrDefault(snapshot.index(), List.of());
    }

    /** " (checkpoint A → B)" when both came from checkpoints, else empty: for finding messages. */
    public String checkpointSuffix(StateSnapshot before, StateSnapshot after) {
        Checkpoint a = checkpoints[before.index()];
        Checkpoint b = checkpoints[after.index()];
        return a == null || b == null ? "" : " (checkpoint " + a.id() + " → " + b.id() + ")";
    }
}
