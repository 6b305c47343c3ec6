package dev.coroner.checks.bleed;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.CrossSessionIndex;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Shingles;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A distinctive passage that one principal's user wrote appears in the session of another
 * principal: beyond identifiers, the words themselves (a complaint, a medical note, an address
 * block). Passages are compared by sampled 8-word shingles ({@link CrossSessionIndex#passageKey});
 * a finding needs {@link #MIN_SHINGLES} shared shingles from one owner, so a stock phrase is not
 * enough. Shared configuration, passages the session's own user typed, and passages typed by users
 * of several principals are left alone, as for {@code bleed.foreign-identifier}.
 */
public final class ForeignContentCheck implements Check {

    static final Heuristic.Limit MIN_SHINGLES = new Heuristic.Limit("min-shingles",
            "Shared sampled shingles needed from one owner before a finding is made.",
            2, "shingles");

    static final Heuristic.Limit MIN_PROMPT_WORDS = new Heuristic.Limit("min-prompt-words",
            "Fewest words of one other user a prompt must hold to be reported.",
            4, "words");

    static final Heuristic.Limit MIN_FOREIGN_FACTS = new Heuristic.Limit("min-foreign-facts",
            "Fewest facts of one other principal's records an answer must state to be reported.",
            2, "facts");

    static final Heuristic.Limit MIN_MESSAGE_WORDS = new Heuristic.Limit("min-message-words",
            "Fewest words of a replayed message that is followed.",
            5, "words");

    private static final CheckInfo INFO = new CheckInfo(
            "bleed.foreign-content",
            "A passage one user wrote appears in another user's session",
            Severity.HIGH,
            "0.1.0",
            """
            Leaks are not always identifiers: a complaint, a symptom description, a contract clause or an
            address block that one user wrote turns up, word for word, in the context or output of another
            user's session. The cause is the same as for leaked ids — a memory, cache, vector index or
            summary shared across principals — and so is the harm: a privacy incident and a poisoned run.
            A short note an agent saved for one user (an allergy, a medication and its dose) that comes back
            whole in another user's session, as a field of a record, a line of a prompt or of the state,
            counts the same: the store it was saved to is shared across users.
            So does a note an app wrote about one user's conversation into another user's prompt in its own
            words: long words only the first user typed ("Penicillin-Allergie", "Atemnot", a doctor's name),
            four or more, that neither her own prompts nor the second user, tools or documents gave.
            So do the facts of another user's records: an answer that states two or more amounts or dates
            with no source in its own session (at most its prompt, where memories are injected) that are
            another user's own facts: her user typed them or her tool results returned them (her salary,
            her balance and its payout date).
            """,
            """
            Scope every memory, cache and index by principal and filter by it in the store. Do not summarise
            across users. Purge the leaked entries, and add a test that writes as one user and reads as
            another.
            """,
            """
            Alice writes "my daughter was diagnosed with type 1 diabetes last spring and needs insulin pens
            delivered monthly"; in Bob's session a memory lookup returns that sentence and the model offers
            Bob a pharmacy delivery plan.
            """,
            List.of(MIN_SHINGLES, MIN_PROMPT_WORDS, MIN_FOREIGN_FACTS, MIN_MESSAGE_WORDS, SharedHeuristics.IDENTIFIERS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** Where a foreign passage showed up. */
    private record Hit(String shingle, Step step, String text) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        if (!session.hasPrincipal()) {
            return;
        }
        CrossSessionIndex index = context.index();
        replayedMessages(facts, context, index);
        foreignFacts(facts, context, index);
        Set<String> notesReported = foreignNotes(session, context, index);
        notesReported.addAll(foreignPromptWords(session, context, index));
        Set<String> ownUser = new HashSet<>();
        for (Message message : session.messages()) {
            if (message.isUser()) {
                ownUser.addAll(Shingles.sampled(message.text(), CrossSessionIndex.PASSAGE_WORDS,
                        CrossSessionIndex.PASSAGE_SAMPLING));
                ownUser.addAll(Shingles.numbered(message.text()));
            }
        }
        Map<String, List<Hit>> byOwner = new LinkedHashMap<>();
        for (Map.Entry<Step, String> text : texts(session)) {
            Set<String> shingles = new LinkedHashSet<>(Shingles.sampled(text.getValue(), CrossSessionIndex.PASSAGE_WORDS,
                    CrossSessionIndex.PASSAGE_SAMPLING));
            shingles.addAll(Shingles.numbered(text.getValue()));
            for (String shingle : shingles) {
                String key = CrossSessionIndex.passageKey(shingle);
                if (ownUser.contains(shingle) || index.sharedConfiguration(key)) {
                    continue;
                }
                Set<String> owners = index.owners(key);
                if (owners.size() != 1 || owners.contains(session.principal())) {
                    continue;
                }
                String owner = owners.iterator().next();
                if (index.inSystemPromptOf(key, owner)) {
                    continue;
                }
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Hit(shingle, text.getKey(),
                        text.getValue()));
            }
        }
        for (Map.Entry<String, List<Hit>> owner : byOwner.entrySet()) {
            List<Hit> hits = owner.getValue();
            Set<String> distinct = new LinkedHashSet<>();
            hits.forEach(h -> distinct.add(h.shingle()));
            if (distinct.size() < MIN_SHINGLES.value() || explainedByIdentifiers(index, hits, owner.getKey())
                    || notesReported.contains(owner.getKey())) {
                continue;
            }
            Hit first = hits.stream().min(java.util.Comparator.comparingInt(h -> h.step().index())).orElseThrow();
            CrossSessionIndex.Owner source = index.owner(CrossSessionIndex.passageKey(first.shingle()), owner.getKey())
                    .orElseThrow();
            context.at(first.step(), "Text written by the user of principal " + owner.getKey() + " (session "
                            + source.sessionId() + ") appears in this session of principal " + session.principal()
                            + " at step " + first.step().index() + " (" + first.step().kind() + "), "
                            + distinct.size() + " shared passage" + (distinct.size() == 1 ? "" : "s"))
                    .key(owner.getKey() + "\n" + String.join("\n", distinct))
                    .evidenceExcerpt("written by " + owner.getKey() + "'s user in session " + source.sessionId()
                            + " step " + source.step(), "… " + source.excerpt() + " …", source.source())
                    .evidenceExcerpt("appears in session " + session.id() + " step " + first.step().index(),
                            Excerpts.around(first.text(), first.shingle().split(" ")[0]), first.step())
                    .report();
        }
    }

    /**
     * True when every text the passages showed up in also holds an identifier of the same owner:
     * the leak is then {@code bleed.foreign-identifier}'s finding, and a second one about the words
     * around it adds nothing.
     */
    private static boolean explainedByIdentifiers(CrossSessionIndex index, List<Hit> hits, String owner) {
        for (Hit hit : hits) {
            if (Identifiers.find(hit.text()).stream().noneMatch(f -> index.owners(f.value()).contains(owner))) {
                return false;
            }
        }
        return true;
    }

    /** Every text of the session that did not come from its own user, by the step that brought it, in step order of first text. */
    private static List<Map.Entry<Step, String>> texts(Session session) {
        // Gathered by step index (steps.get(i).index() == i), not by step: a step record's hashCode and
        // equals walk its whole content, context and attributes.
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        for (Message message : session.messages()) {
            if (!message.isUser()) {
                byIndex.merge(message.introducedAt(), message.text(), (a, b) -> a + "\n" + b);
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof Retrieval retrieval) {
                for (Document doc : retrieval.documents()) {
                    byIndex.merge(step.index(), doc.content(), (a, b) -> a + "\n" + b);
                }
            } else if (step instanceof StateSnapshot snapshot) {
                byIndex.merge(step.index(), JsonValues.text(snapshot.state()), (a, b) -> a + "\n" + b);
            } else if (step instanceof Handoff handoff) {
                byIndex.merge(step.index(), JsonValues.text(handoff.payload()), (a, b) -> a + "\n" + b);
            }
        }
        List<Map.Entry<Step, String>> out = new ArrayList<>(byIndex.size());
        byIndex.forEach((index, text) -> out.add(Map.entry(session.step(index), text)));
        return out;
    }

    /**
     * A whole user message that another principal's user wrote, replayed into this session's model
     * input behind newer messages (a history cache keyed by channel, a widget, a shared thread store).
     * Messages of fewer than {@value #MIN_MESSAGE_WORDS} words are not followed: greetings repeat.
     */
    private static void replayedMessages(SessionFacts facts, CheckContext context, CrossSessionIndex index) {
        Session session = facts.session();
        for (Message message : session.messages()) {
            if (!message.isUser() || CrossSessionIndex.typedHere(session, message)
                    || dev.coroner.analysis.text.Shingles.words(message.text()).size() < MIN_MESSAGE_WORDS.value()) {
                continue;
            }
            String key = CrossSessionIndex.messageKey(message);
            Set<String> owners = index.owners(key);
            if (owners.size() != 1 || owners.contains(session.principal())) {
                continue;
            }
            String owner = owners.iterator().next();
            CrossSessionIndex.Owner source = index.owner(key, owner).orElseThrow();
            Step step = session.step(message.introducedAt());
            context.at(step, "A message the user of principal " + owner + " wrote (session " + source.sessionId()
                            + ") was given to the model at step " + step.index() + " in this session of principal "
                            + session.principal() + ", as if this user had written it")
                    .key(owner + "\nmessage\n" + message.digest())
                    .evidenceExcerpt("written by " + owner + "'s user in session " + source.sessionId() + " step "
                            + source.step(), source.excerpt(), source.source())
                    .evidence("replayed in session " + session.id() + " step " + step.index(), message.text(), step)
                    .report();
        }
    }

    /**
     * A note another principal's agent wrote into a tool on that principal's behalf (an allergy, a
     * medication, a preference), come back whole in this session: a field of a tool result or a
     * retrieved record, a line of a prompt or of the state. The store it was written to is shared
     * across principals. Reported once per owner, at the first step that brought one; the owners so
     * reported, so the passage search does not report them again.
     */
    private static Set<String> foreignNotes(Session session, CheckContext context, CrossSessionIndex index) {
        Set<String> reported = new HashSet<>();
        Set<String> ownUser = new HashSet<>();
        for (Message message : session.messages()) {
            if (message.isUser()) {
                message.text().lines().map(CrossSessionIndex::noteKey).forEach(ownUser::add);
            }
        }
        for (Map.Entry<Step, String> text : texts(session)) {
            for (String part : parts(text.getValue())) {
                String key = CrossSessionIndex.noteKey(part);
                if (key == null || ownUser.contains(key) || index.sharedConfiguration(key)) {
                    continue;
                }
                Set<String> owners = index.owners(key);
                if (owners.size() != 1 || owners.contains(session.principal())) {
                    continue;
                }
                String owner = owners.iterator().next();
                if (!reported.add(owner)) {
                    continue;
                }
                CrossSessionIndex.Owner source = index.owner(key, owner).orElseThrow();
                context.at(text.getKey(), "A note written for principal " + owner + " (session " + source.sessionId()
                                + ") comes back in this session of principal " + session.principal() + " at step "
                                + text.getKey().index() + " (" + text.getKey().kind() + "): \"" + source.excerpt() + "\"")
                        .key(owner + "\nnote\n" + key)
                        .evidenceExcerpt("written for " + owner + " in session " + source.sessionId() + " step "
                                + source.step(), source.excerpt(), source.source())
                        .evidenceExcerpt("comes back in session " + session.id() + " step " + text.getKey().index(),
                                Excerpts.around(text.getValue(), part.strip().split("\\s+")[0]), text.getKey())
                        .report();
            }
        }
        return reported;
    }

    /**
     * A system prompt of this session that holds words only another principal's user typed (long
     * content words: "Penicillin-Allergie", "Atemnot", "Brandl"), which neither that principal's own
     * prompts nor this session's own user, tools or documents hold: an app wrote a note from another
     * user's conversation into this user's prompt, in its own words. Reported once per owner, at the
     * step that brought the prompt; the owners so reported.
     */
    private static Set<String> foreignPromptWords(Session session, CheckContext context, CrossSessionIndex index) {
        Set<String> own = new HashSet<>();
        for (Message message : session.messages()) {
            if (message.isUser() || message.isTool()) {
                own.addAll(CrossSessionIndex.promptWords(message.text())); // the model's own words echo the prompt
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof dev.coroner.trace.Retrieval retrieval) {
                retrieval.documents().forEach(d -> own.addAll(CrossSessionIndex.promptWords(d.content())));
            }
        }
        Set<String> reported = new HashSet<>();
        for (Message message : session.messages()) {
            if (!message.isSystem()) {
                continue;
            }
            Map<String, List<String>> byOwner = new LinkedHashMap<>();
            for (String word : CrossSessionIndex.promptWords(message.text())) {
                String key = CrossSessionIndex.wordKey(word);
                Set<String> owners = index.owners(key);
                if (own.contains(word) || owners.size() != 1 || owners.contains(session.principal())) {
                    continue;
                }
                String owner = owners.iterator().next();
                if (!index.inSystemPromptOf(key, owner)) {
                    byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(word);
                }
            }
            for (Map.Entry<String, List<String>> owner : byOwner.entrySet()) {
                if (owner.getValue().size() < MIN_PROMPT_WORDS.value() || !reported.add(owner.getKey())) {
                    continue;
                }
                Step step = session.step(message.introducedAt());
                CrossSessionIndex.Owner source = index.owner(CrossSessionIndex.wordKey(owner.getValue().get(0)),
                        owner.getKey()).orElseThrow();
                context.at(step, "The prompt of this session of principal " + session.principal() + " at step "
                                + step.index() + " holds words only the user of principal " + owner.getKey()
                                + " typed (session " + source.sessionId() + "): " + String.join(", ", owner.getValue())
                                + "; a note from that conversation was written into this one")
                        .key(owner.getKey() + "\nprompt words\n" + String.join("\n", owner.getValue()))
                        .evidenceExcerpt("typed by " + owner.getKey() + "'s user in session " + source.sessionId()
                                + " step " + source.step(), source.excerpt(), source.source())
                        .evidenceExcerpt("in the prompt of session " + session.id() + " step " + step.index(),
                                Excerpts.around(message.text(), owner.getValue().get(0)), step)
                        .report();
            }
        }
        return reported;
    }

    /** The parts of a text a note can come back as: the leaves of a JSON text, else its lines. */
    private static List<String> parts(String text) {
        String t = text.strip();
        com.fasterxml.jackson.databind.JsonNode json = t.startsWith("{") || t.startsWith("[")
                ? dev.coroner.trace.TraceJson.tryParse(t) : null;
        return json != null ? JsonValues.leaves(json) : t.lines().toList();
    }

    /**
     * Amounts and dates an answer states with no source in this session (no tool result, document or
     * user message held them; at most a system message, where memories are injected) that are the
     * facts of another principal: that principal's user typed them or its tool results brought them
     * into its session. Two or more of one principal's facts in one answer mean this user was told
     * someone else's salary, balance, payout date, appointment.
     */
    private static void foreignFacts(SessionFacts facts, CheckContext context, CrossSessionIndex index) {
        Session session = facts.session();
        dev.coroner.analysis.provenance.ProvenanceMap map = facts.provenance();
        for (Step step : session.steps()) {
            if (!(step instanceof dev.coroner.trace.ModelCall call) || call.output().isEmpty()) {
                continue;
            }
            Map<String, List<String>> byOwner = new LinkedHashMap<>();
            Map<String, CrossSessionIndex.Owner> where = new LinkedHashMap<>();
            for (dev.coroner.analysis.provenance.Occurrence o : map.inMessage(call.output().getAsInt())) {
                // No source here, or only a system message (a memory injected into this session's prompt).
                var source = map.sourceBefore(o.value(), step.index());
                if (o.origin() != dev.coroner.analysis.provenance.Origin.MODEL || source.isPresent()
                        && source.get().origin() != dev.coroner.analysis.provenance.Origin.SYSTEM) {
                    continue;
                }
                for (String key : CrossSessionIndex.distinctiveKeys(o.value())) {
                    Map<String, CrossSessionIndex.Owner> owners = index.resultOwners(CrossSessionIndex.factKey(key));
                    if (owners.size() == 1 && !owners.containsKey(session.principal())) {
                        CrossSessionIndex.Owner owner = owners.values().iterator().next();
                        List<String> stated = byOwner.computeIfAbsent(owner.principal(), k -> new ArrayList<>());
                        if (!stated.contains(o.value().asWritten())) {
                            stated.add(o.value().asWritten());
                        }
                        where.putIfAbsent(owner.principal(), owner);
                        break;
                    }
                }
            }
            for (Map.Entry<String, List<String>> owner : byOwner.entrySet()) {
                if (owner.getValue().size() < MIN_FOREIGN_FACTS.value()) {
                    continue;
                }
                CrossSessionIndex.Owner source = where.get(owner.getKey());
                String answer = session.message(call.output().getAsInt()).text();
                context.at(step, "The answer at step " + step.index() + " states " + String.join(", ", owner.getValue())
                                + " with no source in this session of principal " + session.principal()
                                + " but its prompt"
                                + "; they are facts of principal " + owner.getKey() + " (session "
                                + source.sessionId() + ")")
                        .key(owner.getKey() + "\nfacts\n" + String.join("\n", owner.getValue()))
                        .evidenceExcerpt("brought into " + owner.getKey() + "'s session " + source.sessionId()
                                + " at step " + source.step(), source.excerpt(), source.source())
                        .evidenceExcerpt("stated in session " + session.id() + " step " + step.index(),
                                Excerpts.cut(answer), step)
                        .report();
            }
        }
    }

}
