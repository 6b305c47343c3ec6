package dev.coroner.checks.state;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateMessage;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolInvocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A history in which an assistant's tool call is followed by another message before its tool
 * result arrives, or a tool result answers a call that was never made. Looked for in the context
 * of every model call (where a call with no result after it counts too: the model was sent an
 * unanswered call; a result without its call counts only when the context records assistant tool
 * calls at all, since some tracers leave them out) and in the message lists of state snapshots
 * (where a call at the very end is still waiting for its tool and is left alone). Each call id is
 * reported once, where first seen. Only calls and results that carry a call id are paired: that is
 * what provider APIs enforce, and histories without ids (agent logs that write an action as text,
 * with its observation folded into the next turn) cannot be wedged by it.
 */
public final class UnpairedToolCallCheck implements Check {

    static final Heuristic.Regex INTERRUPT_STEP = new Heuristic.Regex("interrupt-step",
            "Steps named for a pause the run waits on (an interrupt, a human approval, human-in-the-loop): a "
                    + "call left open across one was waiting, not wedged.",
            java.util.regex.Pattern.compile(
            "(?i)interrupt|approval|human[-_ ]?in[-_ ]?the[-_ ]?loop|\\bhitl\\b|await(?:ing)?[-_ ]human"));

    private static final CheckInfo INFO = new CheckInfo(
            "state.unpaired-tool-call",
            "A tool call without its result, or a result without its call, in the history",
            Severity.HIGH,
            "0.2.0",
            """
            Chat APIs require every assistant tool call to be answered by a tool message before the
            conversation goes on, and every tool message to answer a call. A history that breaks this
            (an interrupted tool step followed by new user input, a trimmed history that kept the result
            but cut the call, a retry that appended twice) is rejected by most providers: every later
            model call on the thread fails, and the session is wedged until the history is repaired.
            """,
            """
            Never append a user message after an unanswered tool call: resume the pending tool step, or
            answer the call with a tool message saying it was cancelled. Trim histories at turn
            boundaries, keeping each call with its result.
            """,
            """
            The assistant asks to run issue_refund (call_refund_1) and the run stops for approval. The
            user writes again; the history is now [user, assistant(call_refund_1), user], and the next
            model call fails with "tool_call_ids did not have response messages: call_refund_1".
            """,
            List.of(INTERRUPT_STEP));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** A message of a history, from a model call's context or a state's message list. */
    private record Entry(String role, List<ToolInvocation> calls, String answers, String text, boolean waited) {
    }

    /**
     * Steps at which the run paused for someone outside it: a checkpoint holding an interrupt write, or
     * a step named for an interrupt or an approval. A call left open across such a pause was waiting for
     * it (resumed later, or still open at the end), not wedged.
     */
    private static List<Integer> pauses(SessionFacts facts) {
        List<Integer> out = new ArrayList<>();
        boolean checkpointed = facts.states().snapshots().stream().anyMatch(s -> facts.states().checkpoint(s).isPresent());
        boolean resumed = !checkpointed
                || facts.states().snapshots().stream().anyMatch(s -> writes(facts, s, dev.coroner.trace.Checkpoint.RESUME));
        for (Step step : facts.session().steps()) {
            // In a checkpointed thread a pause counts only when the thread was resumed: new input that
            // discards an open interrupt is state.pending-task-dropped, and the call it leaves open is wedged.
            if (step instanceof StateSnapshot snapshot && resumed && writes(facts, snapshot, dev.coroner.trace.Checkpoint.INTERRUPT)
                    || resumed && step instanceof dev.coroner.trace.NodeStep node
                    && INTERRUPT_STEP.pattern().matcher(node.name() + " " + node.type()).find()) {
                out.add(step.index());
            }
        }
        return out;
    }

    private static boolean writes(SessionFacts facts, StateSnapshot snapshot, String channel) {
        return facts.states().checkpoint(snapshot).map(c -> c.writes().stream().anyMatch(w -> w.channel().equals(channel)))
                .orElse(false);
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        List<Integer> pauses = pauses(facts);
        Set<String> reported = new HashSet<>();
        for (Step step : session.steps()) {
            if (step instanceof ModelCall call && call.inputRecorded()) {
                List<Entry> history = new ArrayList<>();
                for (int id : call.context()) {
                    Message m = session.message(id);
                    boolean waited = pauses.stream().anyMatch(p -> p >= m.introducedAt() && p <= step.index());
                    history.add(new Entry(m.role(), m.toolCalls(), m.toolCallId(), m.text(), waited));
                }
                check(history, true, step, "the context of the model call", context, reported);
            } else if (step instanceof StateSnapshot snapshot) {
                for (Map.Entry<String, List<StateMessage>> list : StateMessage.lists(snapshot.state()).entrySet()) {
                    List<Entry> history = new ArrayList<>();
                    boolean waited = pauses.stream().anyMatch(p -> p <= step.index());
                    for (StateMessage m : list.getValue()) {
                        history.add(new Entry(m.role(), m.toolCalls(), m.toolCallId(), m.text(), waited));
                    }
                    check(history, false, step, "\"" + list.getKey() + "\"", context, reported);
                }
            }
        }
    }

    private static void check(List<Entry> history, boolean sentToModel, Step step, String where, CheckContext context,
                              Set<String> reported) {
        Map<String, ToolInvocation> open = new LinkedHashMap<>();
        Set<String> requested = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            Entry entry = history.get(i);
            if (entry.role().equals("tool")) {
                if (entry.answers().isEmpty()) {
                    continue;
                }
                if (open.remove(entry.answers()) == null && !requested.contains(entry.answers())
                        && (!sentToModel || recordsCalls(history)) && reported.add("result\n" + entry.answers())) {
                    context.at(step, "A tool result in " + where + " at step " + step.index() + " answers tool call "
                                    + (entry.answers().isEmpty() ? "(no id)" : entry.answers())
                                    + ", which no assistant message before it requested")
                            .key("result\n" + entry.answers())
                            .evidence("tool result, message " + i + " of " + history.size(), entry.text(), step.source())
                            .report();
                }
                continue;
            }
            if (!open.isEmpty()) {
                unanswered(open, "a " + entry.role() + " message (message " + i + " of " + history.size() + ")",
                        entry.text(), step, where, context, reported);
                open.clear();
            }
            for (ToolInvocation call : entry.calls()) {
                if (!call.id().isEmpty()) {
                    if (!entry.waited()) {
                        open.put(call.id(), call); // a call the run paused on was waiting, not wedged
                    }
                    requested.add(call.id());
                }
            }
        }
        if (sentToModel && !open.isEmpty()) {
            unanswered(open, "the model call itself", "", step, where, context, reported);
        }
    }

    /**
     * True when a model call's recorded context holds assistant tool calls at all. Some tracers
     * record tool results in the input but not the assistant message that asked for them; a result
     * without its call is only evidence when the context shows calls.
     */
    private static boolean recordsCalls(List<Entry> history) {
        return history.stream().anyMatch(e -> !e.calls().isEmpty());
    }

    private static void unanswered(Map<String, ToolInvocation> open, String next, String nextText, Step step,
                                   String where, CheckContext context, Set<String> reported) {
        for (ToolInvocation call : open.values()) {
            if (!reported.add("call\n" + call.id())) {
                continue;
            }
            context.at(step, "Tool call " + (call.id().isEmpty() ? "(no id)" : call.id()) + " (" + call.name() + ") in "
                            + where + " at step " + step.index() + " has no tool result before " + next
                            + ": most providers reject this history")
                    .key("call\n" + call.id())
                    .evidence("tool call " + call.name(), call.arguments() == null ? "" : call.arguments().toString(),
                            step.source())
                    .evidence("followed by " + next, nextText.isEmpty() ? "(no text)" : nextText, step.source())
                    .report();
        }
    }
}
