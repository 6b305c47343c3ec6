package dev.coroner.checks.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolInvocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Constraints, ids and facts the sending agent had in its context before a handoff that are missing
 * from everything the receiving agent was given. The sender's context is the input of its last model
 * call before the handoff: user messages, tool output, and system messages other than the leading
 * system prompt (that is the sender's own role). What the receiver was given is the handoff's
 * messages, its payload (keys and values) and the input of the receiver's first model call after
 * the handoff. A handoff that records none of those is not judged, and neither is one whose sender
 * made no model call. A delegation (a handoff after which the sender goes on making model calls
 * without being handed control back: an orchestrator giving a worker a subtask keeps the whole task in
 * its own context) is judged on constraints, and on the parts of a user's request that its brief
 * restated in part and that no other brief of the sender carries. {@link HandoffFacts} says what
 * counts as an item and when it is carried.
 */
public final class ContextDroppedCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many dropped items are shown as evidence.",
            5, "items");

    static final Heuristic.Limit MIN_BRIEF = new Heuristic.Limit("min-brief",
            "Shortest brief that identifies the model call that wrote it, for a hand-over the trace does not "
                    + "record as a handoff.",
            20, "characters");

    private static final CheckInfo INFO = new CheckInfo(
            "handoff.context-dropped",
            "A handoff drops constraints, ids or facts the sending agent had",
            Severity.HIGH,
            "0.1.0",
            """
            One agent handed the work to another, and something the first agent knew did not make it across:
            a constraint ("refunds are limited to 50 EUR", a JSON field such as refund_limit), an id the user
            gave, an amount with its unit. Input filters, summaries written by the model and payloads built
            by hand lose exactly these details, and the receiving agent then acts without them: the refund
            goes over the limit, the wrong order is changed. Items are read from the user messages, tool
            output and injected system messages of the sender's last model call; constraint sentences are
            those with must, never, only, at most, no more than, limit, maximum, exceed or cap. An item is
            carried when its numbers (by value), its identifier, or half of its content words reach the
            handoff messages, the payload or the receiver's first model input. A tool record the sender passed
            on field by field (most of its fields reached the receiver) but without the part that holds an id
            (the dangerous-goods entry of an order, the allergy entry of a patient record) is reported at
            medium, as a transcription that left something out; so is a record the sender read whose ids
            and dates (beyond what the user said) reached the receiver not at all. A delegation, after which the
            sending agent carries on without being handed control back (an orchestrator and its workers), is
            judged on constraints, and on the specifics of a user's request its brief restated in part (the
            order, the pallets and the deadline, without the temperature range) when no other brief of the
            sender carries what it left out: the sender still holds the whole task, and a worker needs only
            its part of it. A fact from a tool's result that the receiver looks up again itself, calling the
            same tool before it calls any that acts, was not lacking.
            """,
            """
            Pass constraints and ids as structured handoff payload fields rather than trusting a summary,
            and make the receiving agent's input builder include them. When a handoff summarises history,
            test the summary against the facts it must keep (limits, ids, amounts). Keep hard limits in
            the tool that enforces them as well, not only in the prompt.
            """,
            """
            Step 5: the triage agent's context holds the tool output {"refund_limit_eur": 50} and the user's
            order ORD-88231. Step 7: the handoff to the refunds agent carries {"order_id": "ORD-88231",
            "reason": "damaged"}; the refunds agent, never told the limit, refunds 180 EUR.
            """,
            List.of(EVIDENCE_LIMIT, MIN_BRIEF, HandoffFacts.CONSTRAINT, HandoffFacts.MIN_SENTENCE_WORDS,
                    HandoffFacts.SENTENCE_END, HandoffFacts.CONSTRAINT_KEY, HandoffFacts.AMOUNT,
                    HandoffFacts.MIN_SENTENCE_COVERAGE, HandoffFacts.MIN_RECORD_FIELDS, HandoffFacts.TRANSCRIBED,
                    HandoffFacts.FIELD_CARRIED, HandoffFacts.PHYSICAL_UNITS, HandoffFacts.MIN_WITHHELD,
                    SharedHeuristics.IDENTIFIERS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        Set<Integer> judgedReceivers = new HashSet<>();
        for (Step step : session.steps()) {
            if (step instanceof Handoff handoff) {
                ModelCall receiver = firstCallOf(facts, handoff.to(), handoff.index());
                if (receiver != null) {
                    judgedReceivers.add(receiver.index());
                }
                inspect(facts, context, handoff);
            }
        }
        for (Implicit hand : implicitHandoffs(facts, judgedReceivers)) {
            boolean delegation = hand.sender().agent().equals(hand.receiver().agent())
                    || facts.modelCalls().stream().anyMatch(c -> c.index() > hand.receiver().index()
                    && c.agent().equals(hand.sender().agent()));
            judge(facts, context, hand.receiver(), name(hand.sender()), name(hand.receiver()), hand.sender(),
                    hand.receiver(), List.of(), MissingNode.getInstance(), delegation);
        }
    }

    private static String name(ModelCall call) {
        return call.agent().isEmpty() ? "the agent of step " + call.index() : call.agent();
    }

    /** A hand-over with no handoff record: a model call that starts from a brief another call wrote. */
    private record Implicit(ModelCall sender, ModelCall receiver) {
    }

    /**
     * Hand-overs the trace does not record as handoffs: a model call that was given, as its user
     * message, a brief an earlier model call wrote (a tool argument or an output), or the first call of
     * a newly named agent whose input shares no user message with the last call of the agent before
     * it. Both start from a fresh context, so what the earlier call knew must be in what it passed.
     */
    private static List<Implicit> implicitHandoffs(SessionFacts facts, Set<Integer> judged) {
        Session session = facts.session();
        List<ModelCall> calls = facts.modelCalls().stream().filter(ModelCall::inputRecorded).toList();
        List<Implicit> out = new ArrayList<>();
        Set<String> seenAgents = new HashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            ModelCall receiver = calls.get(i);
            boolean firstOfAgent = seenAgents.add(receiver.agent());
            if (judged.contains(receiver.index())) {
                continue;
            }
            ModelCall sender = briefWriter(facts, calls, i);
            if (sender == null && firstOfAgent && !receiver.agent().isEmpty()) {
                for (int j = i - 1; j >= 0; j--) {
                    ModelCall before = calls.get(j);
                    if (!before.agent().isEmpty() && !before.agent().equals(receiver.agent())) {
                        sender = before;
                        break;
                    }
                }
            }
            ModelCall from = sender;
            // The receiver's later calls carry the same brief: the hand-over is judged once, at its first.
            boolean again = out.stream().anyMatch(h -> h.sender() == from && h.receiver().agent().equals(receiver.agent()));
            if (sender != null && !again && sharesNoUserMessage(session, sender, receiver)) {
                out.add(new Implicit(sender, receiver));
            }
        }
        return out;
    }

    /** The latest earlier call whose output or tool arguments hold a user message of this call's input. */
    private static ModelCall briefWriter(SessionFacts facts, List<ModelCall> calls, int at) {
        ModelCall receiver = calls.get(at);
        for (int id : receiver.context()) {
            Message message = facts.session().message(id);
            String brief = message.text().strip();
            if (!message.isUser() || brief.length() < MIN_BRIEF.value()) {
                continue;
            }
            for (int j = at - 1; j >= 0; j--) {
                ModelCall writer = calls.get(j);
                if (!writer.context().contains(id) && facts.producedText(writer).contains(brief)) {
                    return writer;
                }
            }
        }
        return null;
    }

    private static boolean sharesNoUserMessage(Session session, ModelCall a, ModelCall b) {
        Set<Integer> mine = new HashSet<>(b.context());
        return a.context().stream().noneMatch(id -> mine.contains(id) && session.message(id).isUser());
    }

    private record Sourced(HandoffFacts.Item item, Message message) {
    }

    private static void inspect(SessionFacts facts, CheckContext context, Handoff handoff) {
        ModelCall sender = lastCallOf(facts, handoff.from(), handoff.index());
        ModelCall receiver = firstCallOf(facts, handoff.to(), handoff.index());
        judge(facts, context, handoff, handoff.from(), handoff.to(), sender, receiver, handoff.messages(),
                handoff.payload(), keptControl(facts.session(), handoff));
    }

    /**
     * Judges one hand-over: what the sender had against what the receiver was given. A delegation
     * (the sender keeps control) is judged on constraints only: the receiver needs the limits of its
     * subtask, not every id of the conversation.
     */
    private static void judge(SessionFacts facts, CheckContext context, Step at, String from, String to,
                              ModelCall sender, ModelCall receiver, List<Integer> handed, JsonNode handedPayload,
                              boolean delegation) {
        Session session = facts.session();
        boolean payload = !handedPayload.isMissingNode() && !handedPayload.isNull();
        boolean receiverInput = receiver != null && receiver.inputRecorded();
        if (sender == null || !sender.inputRecorded() || handed.isEmpty() && !payload && !receiverInput) {
            return;
        }
        StringBuilder given = new StringBuilder();
        Set<Integer> seen = new HashSet<>();
        handed.stream().filter(seen::add).forEach(id -> appendMessage(given, session.message(id)));
        if (payload) {
            given.append('\n').append(handedPayload.toString());
        }
        if (receiverInput) {
            receiver.context().stream().filter(seen::add).forEach(id -> appendMessage(given, session.message(id)));
        }
        HandoffFacts.Received received = HandoffFacts.Received.of(given.toString());

        HandoffFacts.Received later = delegation ? HandoffFacts.Received.of(otherBriefs(facts, sender, at.index()))
                : null;
        Map<String, Sourced> items = new LinkedHashMap<>();
        boolean leading = true;
        for (int id : sender.context()) {
            Message message = session.message(id);
            leading = leading && message.isSystem();
            List<HandoffFacts.Item> found = new ArrayList<>();
            if (message.isUser()) {
                found.addAll(HandoffFacts.constraintSentences(message.text()));
                found.addAll(delegation ? HandoffFacts.requestGaps(message.text(), received, later)
                        : HandoffFacts.userFacts(message.text()));
            } else if (message.isTool()) {
                found.addAll(HandoffFacts.constraintFields(message.text()));
                found.addAll(HandoffFacts.constraintSentences(message.text()));
                if (!delegation) {
                    List<HandoffFacts.Item> gaps = HandoffFacts.recordGaps(message.text(), received);
                    found.addAll(gaps.isEmpty() ? HandoffFacts.withheldRecord(message.text(), received,
                            userText(session, sender)) : gaps);
                }
            } else if (message.isSystem() && !leading) {
                found.addAll(HandoffFacts.constraintSentences(message.text()));
            }
            found.forEach(item -> items.putIfAbsent(item.kind() + "\n" + item.text(), new Sourced(item, message)));
        }
        // What the sender itself passed on in its call of the tool that hands over (a delegation tool's
        // "requisitos"): a constraint field of those arguments the receiver never got was lost between them.
        if (receiverInput && sender.output().isPresent() && receiver.index() > sender.index()) {
            Message output = session.message(sender.output().getAsInt());
            for (ToolInvocation invocation : output.toolCalls()) {
                for (HandoffFacts.Item item : HandoffFacts.constraintFields(invocation.arguments().toString())) {
                    items.putIfAbsent(item.kind() + "\n" + item.text(), new Sourced(item, output));
                }
            }
        }
        restatedFacts(facts, sender, at.index(), items);
        // What the receiver looked up again itself before it acted (the wire limit it read from the same
        // source) it did not lack.
        Map<Integer, HandoffFacts.Received> reread = rereadBeforeActing(facts, receiver);
        List<Sourced> dropped = items.values().stream().filter(s -> !HandoffFacts.carried(s.item(), received)
                        && !(reread.containsKey(s.message().id()) && HandoffFacts.carried(s.item(), reread.get(s.message().id()))))
                .toList();
        if (!dropped.isEmpty()) {
            // An id left out of a record passed on is worth a look; it is high only beside other losses.
            boolean acted = receiver != null && facts.executedCalls().stream()
                    .anyMatch(c -> c.step().index() >= receiver.index() && c.agent().equals(receiver.agent()))
                    && dropped.stream().anyMatch(d -> !HandoffFacts.recordItem(d.item()));
            report(context, session, at, from, to, sender, receiver, dropped, items.size(), given.toString(),
                    acted ? Severity.HIGH : Severity.MEDIUM);
        }
    }

    /**
     * By the id of a tool result's message: what the receiver got back when it called that same tool
     * itself, from its first model call on and before its first call of a tool that does not only read.
     * An item of that result the receiver got back it looked up again (the wire limit read from the same
     * account lookup), so it did not lack it. Empty when the receiver called no tool it had been given
     * a result of.
     */
    private static Map<Integer, HandoffFacts.Received> rereadBeforeActing(SessionFacts facts, ModelCall receiver) {
        Map<String, StringBuilder> again = new HashMap<>();
        if (receiver != null) {
            for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
                if (call.step().index() < receiver.index() || !call.agent().equals(receiver.agent())) {
                    continue;
                }
                if (!dev.coroner.analysis.facts.ToolNames.reads(call.tool())) {
                    break;
                }
                call.result().ifPresent(r -> again.computeIfAbsent(call.tool(), t -> new StringBuilder())
                        .append(facts.session().message(r.message()).text()).append('\n'));
            }
        }
        Map<Integer, HandoffFacts.Received> out = new HashMap<>();
        if (again.isEmpty()) {
            return out;
        }
        for (Step step : facts.session().steps()) {
            if (step instanceof dev.coroner.trace.ToolResult result && again.containsKey(result.tool())) {
                out.putIfAbsent(result.message(), HandoffFacts.Received.of(again.get(result.tool()).toString()));
            }
        }
        return out;
    }

    /**
     * What else the sender's agent passed on or wrote besides this brief: the tool arguments of its
     * other calls (briefs to other workers, before or after) and its outputs after the delegation. A
     * part of the user's request that goes to another worker, or that the sender takes up itself, was
     * not lost by the brief that left it out.
     */
    private static String otherBriefs(SessionFacts facts, ModelCall sender, int after) {
        StringBuilder out = new StringBuilder();
        for (ModelCall call : facts.modelCalls()) {
            if (call == sender || !call.agent().equals(sender.agent()) || call.output().isEmpty()) {
                continue;
            }
            Message output = facts.session().message(call.output().getAsInt());
            if (call.index() > after) {
                out.append(output.text()).append('\n');
            }
            for (ToolInvocation invocation : output.toolCalls()) {
                out.append(JsonValues.text(invocation.arguments())).append('\n');
            }
        }
        return out.toString();
    }

    /** The user messages of the sender's input, as one text. */
    private static String userText(Session session, ModelCall sender) {
        StringBuilder out = new StringBuilder();
        for (int id : sender.context()) {
            Message m = session.message(id);
            if (m.isUser()) {
                out.append(m.text()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * True when the sender goes on making model calls after the handoff without being handed control
     * back: it delegated a subtask and kept its own context, so the receiver needed only the subtask.
     */
    private static boolean keptControl(Session session, Handoff handoff) {
        for (Step step : session.steps().subList(handoff.index() + 1, session.steps().size())) {
            if (step instanceof Handoff back && back.to().equals(handoff.from())) {
                return false;
            }
            if (step instanceof ModelCall call && call.agent().equals(handoff.from())) {
                return true;
            }
        }
        return false;
    }

    private static void appendMessage(StringBuilder out, Message message) {
        out.append('\n').append(message.text());
        for (ToolInvocation call : message.toolCalls()) {
            out.append('\n').append(call.name()).append(' ').append(JsonValues.canonical(call.arguments()));
        }
    }

    private static ModelCall lastCallOf(SessionFacts facts, String agent, int before) {
        ModelCall last = null;
        for (ModelCall call : facts.modelCalls()) {
            if (call.index() < before && call.agent().equals(agent)) {
                last = call;
            }
        }
        return last;
    }

    private static ModelCall firstCallOf(SessionFacts facts, String agent, int after) {
        for (ModelCall call : facts.modelCalls()) {
            if (call.index() > after && call.agent().equals(agent)) {
                return call;
            }
        }
        return null;
    }

    /**
     * Specifics (amounts, quantities, dates, identifiers) that the sender's agent stated back in its
     * own outputs before the hand-over and that came from its user or a tool: the sender held them as
     * part of the task, so the receiver needs them too.
     */
    private static void restatedFacts(SessionFacts facts, ModelCall sender, int before, Map<String, Sourced> items) {
        Session session = facts.session();
        ProvenanceMap map = facts.provenance();
        for (ModelCall call : facts.modelCalls()) {
            if (call.index() >= before || !call.agent().equals(sender.agent()) || call.output().isEmpty()) {
                continue;
            }
            for (Value value : ValueExtractor.find(session.message(call.output().getAsInt()).text())) {
                if (!value.kind().isSpecific()) {
                    continue;
                }
                var source = map.sourceBefore(value, call.index());
                if (source.isEmpty() || source.get().message() < 0 || !sender.context().contains(source.get().message())) {
                    continue;
                }
                Message from = session.message(source.get().message());
                HandoffFacts.Item item = HandoffFacts.stated(value);
                items.putIfAbsent(item.kind() + "\n" + item.text(), new Sourced(item, from));
            }
        }
    }

    private static void report(CheckContext context, Session session, Step at, String from, String to,
                               ModelCall sender, ModelCall receiver, List<Sourced> dropped, int total, String given,
                               Severity severity) {
        Sourced first = dropped.get(0);
        CheckContext.Draft draft = context.at(at, "Handoff from " + from + " to " + to
                        + " at step " + at.index() + " dropped " + dropped.size() + " of " + total
                        + " constraints, ids and facts the sender had (step " + sender.index() + "), first "
                        + first.item().kind() + " \"" + first.item().text() + "\"")
                .severity(severity)
                .key(from + "\n" + to + "\n"
                        + String.join("\n", dropped.stream().map(s -> s.item().text()).toList()));
        for (Sourced s : dropped.subList(0, Math.min(EVIDENCE_LIMIT.value(), dropped.size()))) {
            Step origin = session.step(s.message().introducedAt());
            SourceRef where = origin.source();
            draft.evidence(s.item().kind() + " from a " + s.message().role() + " message (step " + origin.index()
                    + ")", s.item().text(), where);
        }
        String receivedFrom = receiver != null && receiver.inputRecorded()
                ? "the handoff and the input of its model call at step " + receiver.index() : "the handoff";
        draft.evidence(to + " was given (" + receivedFrom + ")", given, at.source());
        draft.report();
    }
}
