package dev.coroner.checks.state;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Severity;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model call that continues a conversation (its input carries earlier turns) but was not given a
 * user message that an earlier call of the same agent had, while nothing it was given keeps what that
 * message said: the history was trimmed, resumed from an older checkpoint or rebuilt from a store that
 * lost it. A message is kept when its facts (identifiers, amounts, quantities, dates) and at least
 * half of its content words reach the later call's input or the state written before it (a summary
 * channel). Messages that say little (fewer than {@code MIN_WORDS} content words and no fact) are
 * not followed.
 */
public final class HistoryForgottenCheck implements Check {

    static final Heuristic.Limit MIN_WORDS = new Heuristic.Limit("min-words",
            "Content words a message without facts needs to be followed.",
            4, "words");

    static final Heuristic.Limit MIN_REFERENCE_DIGITS = new Heuristic.Limit("min-reference-digits",
            "Digits a bare number needs to tie a new turn to the earlier ones as a reference (a file or a "
                    + "prescription number) rather than a count.",
            6, "digits");

    static final Heuristic.Ratio KEPT_COVERAGE = new Heuristic.Ratio("kept-coverage",
            "Share of a lost message's content words that one text given to the later call must hold for the "
                    + "message to count as kept.",
            0.5);

    private static final CheckInfo INFO = new CheckInfo(
            "state.history-forgotten",
            "A later model call was not given what the user said earlier in the conversation",
            Severity.HIGH,
            "0.3.0",
            """
            The model is stateless: what it knows of the conversation is what its input carries. When a
            later call of the same agent continues the conversation (its input still holds earlier turns)
            but lacks a user message an earlier call had, and neither its input nor the state written
            before it keeps what that message said (no summary with its facts and most of its words), the
            agent has forgotten it: a history trimmed to the last N messages, a resume from a checkpoint
            taken before the message, a conversation store that dropped it. Allergies, addresses, freezes
            and limits the user stated are then ignored, and the run looks like a model that did not listen.
            A call that starts afresh (none of the earlier turns) counts too when the agent was given its
            conversation before and the new turn is about the same matter (its input shares an id, a date,
            an amount or a long reference number with the earlier turns): a history trimmed to the current
            turn. Then only the lost messages that hold such a fact are reported; a new turn about other
            things (the next document of a batch) owes nothing to the earlier ones.
            """,
            """
            Trim history by summarising, not by cutting, and keep stated constraints and facts in a
            structured state field that is sent with every call. Resume threads from their latest
            checkpoint, and test trimming against conversations whose first turn holds a constraint.
            """,
            """
            Turn 1: the customer says she is allergic to penicillin. Turn 4: the app sends only the last
            10 messages; the call that reserves the prescription was not given the allergy, and the
            assistant reserves amoxicillin.
            """,
            List.of(MIN_WORDS, KEPT_COVERAGE, MIN_REFERENCE_DIGITS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, ModelCall> lastByAgent = new LinkedHashMap<>();
        Map<String, Set<Integer>> repliesByAgent = new LinkedHashMap<>();
        Set<Integer> reported = new HashSet<>();
        // Agents that were given their own conversation at least once (a call that went on from the one
        // before it): an agent that never was (a router given only the latest message) keeps no history.
        Set<String> conversing = new HashSet<>();
        for (ModelCall call : facts.modelCalls()) {
            Set<Integer> ownReplies = repliesByAgent.computeIfAbsent(call.agent(), a -> new HashSet<>());
            if (call.inputRecorded() && !call.context().isEmpty()) {
                ModelCall earlier = lastByAgent.put(call.agent(), call);
                if (earlier != null && judge(facts, context, earlier, call, ownReplies, reported,
                        conversing.contains(call.agent()))) {
                    conversing.add(call.agent());
                }
            }
            call.output().ifPresent(ownReplies::add);
        }
    }

    /**
     * One call against the agent's call before it: when the conversation goes on, every user message
     * the earlier call had that this one lost, and nothing it was given keeps, is reported. A call that
     * starts afresh (none of the earlier turns) of an agent that was given its conversation before
     * lost the turns before it: the user messages among them that hold a fact (an id, an amount, a
     * date) are reported; a question already answered is not what a new turn needs.
     *
     * @param ownReplies the outputs of the agent's calls before this one
     * @param conversing whether an earlier call of the agent went on from the one before it
     * @return whether this call goes on from the earlier one
     */
    private static boolean judge(SessionFacts facts, CheckContext context, ModelCall earlier, ModelCall call,
                                 Set<Integer> ownReplies, Set<Integer> reported, boolean conversing) {
        Session session = facts.session();
        Set<Integer> now = new HashSet<>(call.context());
        // The conversation goes on when the call is given a turn the earlier call had, one of the
        // agent's own earlier replies (a history rebuilt around a summary keeps the last reply), or
        // an exchange no recorded step had.
        boolean continues = earlier.context().stream()
                .anyMatch(id -> now.contains(id) && !session.message(id).isSystem())
                || ownReplies.stream().anyMatch(id -> now.contains(id) && !session.message(id).text().isBlank())
                || carriesEarlierTurns(session, call);
        if (!continues && (!conversing || !sameMatter(session, earlier, call))) {
            // The agent is given no history at all (an app that does not carry it), or the new turn is
            // about other things (the next document of a batch): nothing of the earlier turns is owed.
            return false;
        }
        List<String> given = given(session, call);
        for (int id : earlier.context()) {
            Message lost = session.message(id);
            // A message another principal typed in a shared thread is not this principal's history.
            if (!lost.isUser() || now.contains(id) || reported.contains(id) || !worthKeeping(lost)
                    || !continues && !hasFact(lost)
                    || !session.principalAt(lost.introducedAt()).equals(session.principalAt(call.index()))
                    || kept(lost, given)) {
                continue;
            }
            reported.add(id);
            Step entered = session.step(lost.introducedAt());
            context.at(call, "The model call at step " + call.index() + (continues
                            ? " continues the conversation but was not given"
                            : " starts afresh, where the agent's earlier calls were given the conversation, without")
                            + " the user's message from step " + entered.index() + ", and nothing it was given"
                            + " keeps what that message said")
                    .key(call.agent() + "\n" + lost.text())
                    .evidence("user message at step " + entered.index(), lost.text(), entered)
                    .evidence("still given to the call at step " + earlier.index(), Excerpts.cut(lost.text()), earlier)
                    .report();
        }
        return continues;
    }

    /**
     * True when the call's input holds an earlier exchange that no recorded step had: an assistant reply
     * with text, before the last user message, first seen in this call. The history is carried, from a
     * store the trace did not record, and none of it is what the earlier recorded call was given. (A
     * history built of turns recorded earlier, such as one user's own turns in a thread shared with
     * others, is not this: those turns were seen before.)
     */
    static boolean carriesEarlierTurns(Session session, ModelCall call) {
        List<Integer> context = call.context();
        int lastUser = -1;
        for (int i = 0; i < context.size(); i++) {
            if (session.message(context.get(i)).isUser()) {
                lastUser = i;
            }
        }
        for (int i = 0; i < lastUser; i++) {
            Message m = session.message(context.get(i));
            if ("assistant".equals(m.role()) && !m.text().isBlank() && m.introducedAt() == call.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the call's input shares a fact (an id, an amount, a date) with what the earlier call
     * was given, system prompts aside: the new turn is about what the earlier turns were about (the
     * prescription the first turn looked up).
     */
    private static boolean sameMatter(Session session, ModelCall earlier, ModelCall call) {
        List<Value> before = new ArrayList<>();
        for (int id : earlier.context()) {
            if (!session.message(id).isSystem()) {
                ValueExtractor.find(session.message(id).text()).stream().filter(HistoryForgottenCheck::matter)
                        .forEach(before::add);
            }
        }
        for (int id : call.context()) {
            if (!session.message(id).isSystem() && ValueExtractor.find(session.message(id).text()).stream()
                    .anyMatch(v -> matter(v) && before.stream().anyMatch(v::sameFact))) {
                return true;
            }
        }
        return false;
    }

    /** A fact, or a bare number long enough to be a reference (an e-prescription's token, a file number). */
    private static boolean matter(Value value) {
        return value.kind() != ValueKind.NUMBER
                || value.digits() >= MIN_REFERENCE_DIGITS.value();
    }

    private static boolean hasFact(Message message) {
        return ValueExtractor.find(message.text()).stream().anyMatch(v -> v.kind() != ValueKind.NUMBER);
    }

    private static boolean worthKeeping(Message message) {
        return hasFact(message) || ContentWords.of(message.text()).size() >= MIN_WORDS.value();
    }

    /**
     * What the call was given, one text per message, plus the state written before it (a summary
     * may live there).
     */
    private static List<String> given(Session session, ModelCall call) {
        List<String> out = new ArrayList<>();
        for (int id : call.context()) {
            out.add(session.message(id).text());
        }
        for (int i = call.index() - 1; i >= 0; i--) {
            if (session.step(i) instanceof StateSnapshot snapshot) {
                out.add(JsonValues.text(snapshot.state()));
                break;
            }
        }
        return out;
    }

    /**
     * True when the message's facts reach what was given, and one given text (a summary, a restated
     * constraint) holds at least half of its content words: words scattered over a conversation on
     * the same topic are not a summary of it.
     */
    static boolean kept(Message message, List<String> given) {
        List<Value> there = new ArrayList<>();
        given.forEach(text -> there.addAll(ValueExtractor.find(text)));
        boolean factsKept = ValueExtractor.find(message.text()).stream().filter(v -> v.kind() != ValueKind.NUMBER)
                .allMatch(v -> there.stream().anyMatch(v::sameFact));
        Set<String> words = ContentWords.of(message.text());
        return factsKept && (words.isEmpty()
                || given.stream().anyMatch(text -> ContentWords.coverage(words, ContentWords.of(text)) >= KEPT_COVERAGE.value()));
    }
}
