package dev.coroner.checks.bleed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread (session) used by more than one user: the checkpoints of the thread name different
 * principals (from checkpoint metadata or a user id kept in state), or the trace records more
 * than one principal for the session. Everything the first user told the agent is in the history
 * the second user's requests are answered from.
 */
public final class SharedThreadCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "bleed.shared-thread",
            "One thread id is used by more than one user",
            Severity.CRITICAL,
            "0.2.0",
            """
            A thread (conversation, session) carries its whole history into every model call. When the
            same thread id is used for a second user (a front end that reuses or guesses thread ids, a
            session cookie shared between accounts, a thread keyed by something that is not unique per
            user), the second user's requests are answered with the first user's history in the
            context: their messages, identifiers and tool results. It is a privacy incident, and it
            also poisons the second user's answers.
            """,
            """
            Generate thread ids per user and conversation on the server, and check on every request
            that the thread belongs to the authenticated user (store the owner with the thread and
            compare). Record the user id in checkpoint metadata so ownership is auditable.
            """,
            """
            Thread support-shared-2 is checkpointed for user u-lena, who gives her new e-mail address.
            The next day the same thread id arrives with user u-omar: his requests are answered with
            Lena's conversation in the context.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /**
     * The first model call acting for one principal whose input holds a user message or a tool result
     * brought in while another principal was named, and never given to this principal by a step of its
     * own, or null: the histories were not kept apart.
     */
    static Step crossing(SessionFacts facts) {
        Session session = facts.session();
        if (session.principalChanges().size() < 2) {
            return null;
        }
        java.util.Map<String, String> ownerOfMessage = new java.util.HashMap<>();
        List<StateSnapshot> snapshots = facts.states().snapshots();
        for (StateSnapshot snapshot : snapshots) {
            String mine = session.principalAt(snapshot.index());
            java.util.Set<String> foreign = new java.util.HashSet<>();
            for (List<dev.coroner.trace.StateMessage> list : dev.coroner.trace.StateMessage.lists(snapshot.state()).values()) {
                for (dev.coroner.trace.StateMessage message : list) {
                    String owner = ownerOfMessage.putIfAbsent(message.key(), mine);
                    if (owner != null && !owner.equals(mine)) {
                        foreign.add(message.key());
                    }
                }
            }
            if (!foreign.isEmpty() && stillHeldWhenUsed(facts, snapshots, snapshot, foreign)) {
                return snapshot; // the thread's history, written for one principal, carried into another's
            }
        }
        // Who was given each message: the same text can reach two principals on its own (a public
        // calendar both looked up, a "hi" both typed), and is then the same message to each.
        java.util.Map<Integer, java.util.Set<String>> givenTo = new java.util.HashMap<>();
        for (Step step : session.steps()) {
            int id = step instanceof dev.coroner.trace.MessageStep m ? m.message()
                    : step instanceof dev.coroner.trace.ToolResult r ? r.message() : -1;
            if (id >= 0) {
                givenTo.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(session.principalAt(step.index()));
            }
        }
        for (ModelCall call : facts.modelCalls()) {
            String mine = session.principalAt(call.index());
            for (int id : call.context()) {
                Message message = session.message(id);
                if ((message.isUser() || message.isTool())
                        && !ownerOf(facts, message).equals(mine)
                        && !givenTo.getOrDefault(id, java.util.Set.of()).contains(mine)) {
                    return call;
                }
            }
        }
        return null;
    }

    /**
     * The principal a message was brought in for: the one named when it entered; for a user turn, the
     * one the first model call after it acts for (the turn that a new customer opens arrives before the
     * state names him).
     */
    private static String ownerOf(SessionFacts facts, Message message) {
        Session session = facts.session();
        if (message.isUser()) {
            for (ModelCall call : facts.modelCalls()) {
                if (call.index() > message.introducedAt()) {
                    return session.principalAt(call.index());
                }
            }
        }
        return session.principalAt(message.introducedAt());
    }

    /**
     * True when another principal's messages that a state holds are still in the state this principal's
     * next model call reads (the last state before it; the last state of the thread when none follows):
     * a thread that serves one customer after another and removes the last one's messages before the
     * next model call (a RemoveMessage in the node that takes the new customer) kept them apart.
     */
    private static boolean stillHeldWhenUsed(SessionFacts facts, List<StateSnapshot> snapshots, StateSnapshot at,
                                             java.util.Set<String> foreign) {
        Session session = facts.session();
        String mine = session.principalAt(at.index());
        int next = facts.modelCalls().stream().filter(c -> c.index() > at.index()
                && session.principalAt(c.index()).equals(mine)).mapToInt(ModelCall::index).findFirst()
                .orElse(Integer.MAX_VALUE);
        StateSnapshot read = at;
        for (StateSnapshot snapshot : snapshots) {
            if (snapshot.index() >= at.index() && snapshot.index() < next
                    && session.principalAt(snapshot.index()).equals(mine)) {
                read = snapshot;
            }
        }
        for (List<dev.coroner.trace.StateMessage> list : dev.coroner.trace.StateMessage.lists(read.state()).values()) {
            for (dev.coroner.trace.StateMessage message : list) {
                if (foreign.contains(message.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        Step crossing = crossing(facts);
        Severity severity = crossing != null ? Severity.CRITICAL : Severity.LOW;
        String consequence = crossing != null
                ? "; the " + (crossing instanceof ModelCall ? "model call" : "state") + " at step " + crossing.index()
                + " acting for " + session.principalAt(crossing.index()) + " holds another principal's messages"
                : "; each principal's model calls were given only that principal's messages (a caveat: the histories"
                + " are kept apart, but nothing but the store keeps them so)";
        StateHistory history = facts.states();
        Map<String, StateSnapshot> firstSeen = new LinkedHashMap<>();
        for (StateSnapshot snapshot : history.snapshots()) {
            history.checkpoint(snapshot).map(Checkpoint::principal).filter(p -> !p.isEmpty())
                    .ifPresent(p -> firstSeen.putIfAbsent(p, snapshot));
        }
        if (firstSeen.size() >= 2) {
            List<String> principals = new ArrayList<>(firstSeen.keySet());
            StateSnapshot second = firstSeen.get(principals.get(1));
            CheckContext.Draft draft = context.at(second, "Thread " + session.id() + " is used by "
                            + principals.size() + " principals: " + describe(firstSeen) + consequence)
                    .severity(severity)
                    .key(String.join("\n", principals));
            firstSeen.forEach((principal, snapshot) -> draft.evidence("principal " + principal + " from step "
                    + snapshot.index(), principal, snapshot.source()));
            draft.report();
            return;
        }
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, JsonNode> attribute : session.attributes().entrySet()) {
            if (attribute.getKey().startsWith("principal@") && !attribute.getValue().asText().equals(session.principal())
                    && !others.contains(attribute.getValue().asText())) {
                others.add(attribute.getValue().asText());
            }
        }
        if (session.hasPrincipal() && !others.isEmpty()) {
            CheckContext.Draft draft = context.atSession("Session " + session.id() + " is recorded for "
                            + (others.size() + 1) + " principals: " + session.principal() + ", " + String.join(", ", others)
                            + consequence)
                    .severity(severity)
                    .key(session.principal() + "\n" + String.join("\n", others));
            draft.evidence("principal " + session.principal(), session.principal(), session.source());
            for (Map.Entry<String, JsonNode> attribute : session.attributes().entrySet()) {
                if (attribute.getKey().startsWith("principal@") && others.contains(attribute.getValue().asText())) {
                    draft.evidence("principal " + attribute.getValue().asText(), attribute.getValue().asText(),
                            where(attribute.getKey().substring("principal@".length())));
                }
            }
            draft.report();
        }
    }

    /** The location kept in a {@code principal@FILE:LINE} attribute name. */
    private static SourceRef where(String fileAndLine) {
        int colon = fileAndLine.lastIndexOf(':');
        if (colon > 0 && fileAndLine.substring(colon + 1).matches("[0-9]+")) {
            return SourceRef.line(fileAndLine.substring(0, colon), Long.parseLong(fileAndLine.substring(colon + 1)));
        }
        return SourceRef.line(fileAndLine, 0);
    }

    private static String describe(Map<String, StateSnapshot> firstSeen) {
        List<String> parts = new ArrayList<>();
        firstSeen.forEach((principal, snapshot) -> parts.add(principal + " (from step " + snapshot.index() + ")"));
        return String.join(", ", parts);
    }
}
