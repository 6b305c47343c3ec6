package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.StateMessage;
import dev.coroner.trace.StateSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The message history in a snapshot is not an extension of the history in the snapshot it
 * continues: messages of the parent are missing from the child (compared by message id, or by
 * content for messages without one), and nothing marks the loss as deliberate: no
 * {@code RemoveMessage} was written to that list by the step in between, and no summary field
 * changed with it.
 */
public final class HistoryRegressedCheck implements Check {

    static final Heuristic.Phrases SUMMARY_FIELD = new Heuristic.Phrases("summary-field",
            "A top-level state field whose name contains one of these holds a summary: when it changed along "
                    + "with the lost messages, the cut was deliberate.",
            List.of("summary"));

    private static final CheckInfo INFO = new CheckInfo(
            "state.history-regressed",
            "Messages disappear from the history without a trim or summary",
            Severity.HIGH,
            "0.2.0",
            """
            A conversation's history should only grow, unless it is trimmed or summarised on purpose.
            When a later snapshot's message list lacks messages of the one it continues, and no
            deletion marker or summary explains it, the history was overwritten: a state field declared
            without its append reducer, a node that returned a fresh list, a resume that rebuilt the
            history from an older source. The agent has forgotten what the user said, and answers as if
            it never heard it.
            """,
            """
            Give message lists an append reducer (LangGraph: add_messages / MessagesAnnotation) and
            return only new messages from nodes. Trim or summarise with explicit deletion markers
            (RemoveMessage) and keep the summary in state, so the cut is recorded.
            """,
            """
            A restaurant assistant's state declares "messages" without a reducer. The user says "I am
            allergic to peanuts"; on the next turn the input replaces the whole list, and the assistant
            recommends the satay.
            """,
            List.of(SUMMARY_FIELD));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (StateSnapshot after : history.snapshots()) {
            StateSnapshot before = history.parent(after);
            if (before == null) {
                continue;
            }
            Map<String, List<StateMessage>> now = StateMessage.lists(after.state());
            for (Map.Entry<String, List<StateMessage>> list : StateMessage.lists(before.state()).entrySet()) {
                JsonNode current = after.state().get(list.getKey());
                if (current == null || !current.isArray()) {
                    continue; // the field itself is gone or changed type: other checks report that
                }
                Set<String> kept = new HashSet<>();
                now.getOrDefault(list.getKey(), List.of()).forEach(m -> kept.add(m.key()));
                List<StateMessage> lost = new ArrayList<>();
                for (StateMessage message : list.getValue()) {
                    if (!kept.contains(message.key()) && !message.role().equals("remove")) {
                        lost.add(message);
                    }
                }
                if (lost.isEmpty() || deliberate(history.checkpoint(before), list.getKey(), before, after)) {
                    continue;
                }
                StateMessage first = lost.get(0);
                context.at(after, lost.size() + " of " + list.getValue().size() + " messages of \"" + list.getKey()
                                + "\" at step " + before.index() + " are missing at step " + after.index()
                                + history.checkpointSuffix(before, after)
                                + ", with no RemoveMessage or summary recorded")
                        .key(after.namespace() + "\n" + list.getKey() + "\n" + first.key())
                        .evidence("first lost message (" + first.role() + ") at step " + before.index(), first.text(),
                                before.source())
                        .evidence("\"" + list.getKey() + "\" at step " + after.index() + " has " + kept.size()
                                + " message" + (kept.size() == 1 ? "" : "s"), summary(now.get(list.getKey())),
                                after.source())
                        .report();
            }
        }
    }

    /** A RemoveMessage written to the list by the step in between, or a summary field that changed. */
    private static boolean deliberate(Optional<Checkpoint> checkpoint, String field, StateSnapshot before,
                                      StateSnapshot after) {
        if (checkpoint.isPresent()) {
            for (Checkpoint.Write write : checkpoint.get().writesTo(field)) {
                for (JsonNode value : write.value().isArray() ? write.value() : List.of(write.value())) {
                    if (StateMessage.read(value).map(m -> m.role().equals("remove")).orElse(false)) {
                        return true;
                    }
                }
            }
        }
        for (Iterator<String> names = after.state().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String lower = name.toLowerCase(Locale.ROOT);
            if (SUMMARY_FIELD.phrases().stream().anyMatch(lower::contains) && !after.state().get(name).isNull()
                    && !after.state().get(name).equals(before.state().get(name))) {
                return true;
            }
        }
        return false;
    }

    private static String summary(List<StateMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            return "(no messages)";
        }
        StringBuilder out = new StringBuilder();
        for (StateMessage m : messages) {
            out.append(m.role()).append(": ").append(m.text().isEmpty() && !m.toolCalls().isEmpty()
                    ? "(tool call " + m.toolCalls().get(0).name() + ")" : m.text()).append('\n');
        }
        return out.toString();
    }
}
