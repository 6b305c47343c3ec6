package dev.coroner.checks.state;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.StateSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Work pending at a checkpoint that the next checkpoint does not account for: the checkpoint
 * holds writes of the step that started from it (an interrupt waiting for an answer, a failed
 * task, finished tasks whose writes were not applied yet) or sends not yet delivered, and the
 * checkpoint that continues it was made from new input instead of resuming that step, so the
 * pending work was discarded. An interrupt that is resumed continues with a {@code loop}
 * checkpoint and is not reported.
 */
public final class PendingTaskDroppedCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "state.pending-task-dropped",
            "Pending tasks or an open interrupt are discarded by new input",
            Severity.HIGH,
            "0.2.0",
            """
            A checkpointed run that stops in the middle of a step (an interrupt waiting for a human, a
            task that failed, a crash) leaves the step's writes and open tasks attached to its last
            checkpoint, to be resumed. When the next request sends new input instead of resuming, the
            checkpointer starts a new step from that checkpoint and the pending work is dropped: the
            approval is never asked again, the tool call it guarded stays unanswered, the completed
            half of the step is lost.
            """,
            """
            Before sending new input to a thread, read its state and resume pending interrupts
            (Command(resume=...)) or cancel them explicitly, e.g. answer the open tool call with a
            tool message saying it was cancelled. Make the front end aware of threads that are
            waiting for an answer.
            """,
            """
            A refund waits for a supervisor's approval (an interrupt at checkpoint 4). The customer
            writes "Hello? Is anyone there?" and the chat sends it as new input: checkpoint 5 (source
            input) continues checkpoint 4, and the pending approval is gone.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (StateSnapshot pending : history.snapshots()) {
            Checkpoint checkpoint = history.checkpoint(pending).orElse(null);
            if (checkpoint == null || (checkpoint.writes().isEmpty() && checkpoint.pendingSends().isEmpty())) {
                continue;
            }
            for (StateSnapshot next : history.children(pending)) {
                Checkpoint nextCheckpoint = history.checkpoint(next).orElse(null);
                if (nextCheckpoint != null && nextCheckpoint.source().equals("input")) {
                    report(context, pending, checkpoint, next, nextCheckpoint);
                }
            }
        }
    }

    private static void report(CheckContext context, StateSnapshot pending, Checkpoint checkpoint, StateSnapshot next,
                               Checkpoint nextCheckpoint) {
        List<String> what = new ArrayList<>();
        List<Checkpoint.Write> interrupts = checkpoint.writesTo(Checkpoint.INTERRUPT);
        boolean resumed = !checkpoint.writesTo(Checkpoint.RESUME).isEmpty();
        if (!interrupts.isEmpty() && !resumed) {
            what.add(interrupts.size() + " interrupt" + (interrupts.size() == 1 ? "" : "s") + " never resumed");
        }
        List<Checkpoint.Write> errors = checkpoint.writesTo(Checkpoint.ERROR);
        if (!errors.isEmpty()) {
            what.add(errors.size() + " failed task" + (errors.size() == 1 ? "" : "s") + " never retried");
        }
        TreeSet<String> tasks = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        for (Checkpoint.Write write : checkpoint.writes()) {
            if (!write.channel().startsWith("__")) {
                tasks.add(write.task());
                channels.add(write.channel());
            }
        }
        if (!tasks.isEmpty()) {
            what.add("writes of " + tasks.size() + " task" + (tasks.size() == 1 ? "" : "s") + " to "
                    + String.join(", ", channels) + " not applied");
        }
        if (!checkpoint.pendingSends().isEmpty()) {
            what.add(checkpoint.pendingSends().size() + " pending send" + (checkpoint.pendingSends().size() == 1 ? "" : "s")
                    + " never delivered");
        }
        if (what.isEmpty()) {
            return;
        }
        CheckContext.Draft draft = context.at(next, "Checkpoint " + nextCheckpoint.id() + " at step " + next.index()
                        + " was made from new input on top of checkpoint " + checkpoint.id() + " (step " + pending.index()
                        + ") while it had pending work, which was dropped: " + String.join("; ", what))
                .key(checkpoint.id() + "\n" + nextCheckpoint.id());
        for (Checkpoint.Write write : interrupts) {
            draft.evidence("interrupt pending at step " + pending.index() + " (task " + write.task() + ")",
                    write.value().toString(), pending.source());
        }
        for (Checkpoint.Write write : errors) {
            draft.evidence("task " + write.task() + " failed at step " + pending.index(), write.value().toString(),
                    pending.source());
        }
        draft.evidence("new input at step " + next.index(), nextCheckpoint.source() + " checkpoint " + nextCheckpoint.id(),
                next.source());
        draft.report();
    }
}
