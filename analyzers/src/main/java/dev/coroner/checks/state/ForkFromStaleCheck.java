package dev.coroner.checks.state;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.StateMessage;
import dev.coroner.trace.StateSnapshot;

/**
 * A checkpoint whose parent is not the latest checkpoint of its thread and namespace at the time
 * it was written: the run resumed (or the state was updated) from an older checkpoint, and the
 * checkpoints written after that parent are no longer part of the thread's history.
 */
public final class ForkFromStaleCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "state.fork-from-stale",
            "A checkpoint continues an old checkpoint instead of the latest one",
            Severity.HIGH,
            "0.2.0",
            """
            A checkpointed agent resumes from the checkpoint it is given. When a client keeps passing a
            checkpoint id it cached, retries an old request, or a worker loads a stale copy, the run
            continues from an old state and writes a new branch: everything the thread did after that
            checkpoint (answers given, tools run, facts learned) silently disappears from the history
            every later step reads. The user sees an agent that has forgotten the last turns.
            """,
            """
            Resume threads by thread id alone, so the checkpointer picks the latest checkpoint, and pass
            an explicit checkpoint id only for deliberate time travel. Reject or flag a resume whose
            checkpoint is not the thread's head (compare it with the latest checkpoint id first).
            """,
            """
            Thread research-fork-88 answers three questions. The client then sends "And what about
            APAC?" with the checkpoint id it cached after the first answer: the new checkpoint's parent
            is that old checkpoint, and the second and third answers are gone from the thread's history.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (StateSnapshot snapshot : history.snapshots()) {
            Checkpoint checkpoint = history.checkpoint(snapshot).orElse(null);
            StateSnapshot parent = history.parent(snapshot);
            StateSnapshot latest = history.previousInNamespace(snapshot);
            if (checkpoint == null || parent == null || latest == null || latest == parent) {
                continue;
            }
            Checkpoint parentCheckpoint = history.checkpoint(parent).orElseThrow();
            Checkpoint latestCheckpoint = history.checkpoint(latest).orElse(null);
            long skipped = history.snapshots().stream()
                    .filter(s -> s.namespace().equals(snapshot.namespace()) && s.index() > parent.index()
                            && s.index() < snapshot.index() && !isAncestor(history, s, snapshot))
                    .count();
            String source = checkpoint.source().isEmpty() ? "" : " (source " + checkpoint.source() + ")";
            context.at(snapshot, "Checkpoint " + checkpoint.id() + source + " at step " + snapshot.index()
                            + " continues checkpoint " + parentCheckpoint.id() + " (step " + parent.index()
                            + "), not the latest checkpoint "
                            + (latestCheckpoint == null ? "" : latestCheckpoint.id() + " ") + "(step " + latest.index()
                            + "): " + skipped + " later checkpoint" + (skipped == 1 ? " is" : "s are")
                            + " left off this thread's history")
                    .key(snapshot.namespace() + "\n" + checkpoint.id())
                    .evidence("parent: checkpoint " + parentCheckpoint.id() + " at step " + parent.index(),
                            describe(parent), parent.source())
                    .evidence("latest before it: step " + latest.index(), describe(latest), latest.source())
                    .report();
        }
    }

    private static boolean isAncestor(StateHistory history, StateSnapshot candidate, StateSnapshot of) {
        for (StateSnapshot s = history.parent(of); s != null; s = history.parent(s)) {
            if (s == candidate) {
                return true;
            }
        }
        return false;
    }

    /** The last message of the state's message list when it has one (what the branch had reached), else the state. */
    private static String describe(StateSnapshot snapshot) {
        for (java.util.List<StateMessage> list : StateMessage.lists(snapshot.state()).values()) {
            StateMessage last = list.get(list.size() - 1);
            return list.size() + " messages, the last from " + last.role() + ": " + last.text();
        }
        return snapshot.state().toString();
    }
}
