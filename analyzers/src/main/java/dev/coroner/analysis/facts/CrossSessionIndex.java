package dev.coroner.analysis.facts;

import dev.coroner.analysis.text.ContentWords;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Shingles;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.trace.SourceRef;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who owns which distinctive identifier — and which distinctive passage — across all sessions of a
 * run: the principals whose own users typed it, and the principals whose system prompts carry it. Something in
 * the system prompts of two or more principals is shared configuration (a support address, a
 * tenant id, a policy paragraph), owned by nobody; in the system prompt of a single principal it
 * may be injected memory. Passages are keyed by sampled word shingles ({@link #passageKey}).
 * Built per session and merged; {@link #merge} is associative and commutative, so the index can
 * be reduced in any grouping (threads today, a cluster later).
 */
public final class CrossSessionIndex {

    /** Where a principal's user first typed an identifier. */
    public record Owner(String principal, String sessionId, int step, SourceRef source, String excerpt) {
        static final Comparator<Owner> FIRST = Comparator.comparing(Owner::sessionId)
                .thenComparingInt(Owner::step);

        /** The first of two owners (by session id, then step): what every merge of the index keeps. */
        static Owner first(Owner a, Owner b) {
            return FIRST.compare(a, b) <= 0 ? a : b;
        }
    }

    /**
     * What the run knows of one key. Most keys are seen in one way only (a passage in a prompt, a
     * word a user typed), so each collection is made when its first element comes: an index of many
     * sessions holds tens of thousands of entries.
     */
    private static final class Entry {
        private Map<String, Owner> owners;
        private Set<String> systemPrompts;
        /** Principals for whom a lookup keyed by them returned the identifier (personal kinds only). */
        private Map<String, Owner> readers;
        /** Principals whose own tool results first brought the identifier into their session. */
        private Map<String, Owner> resultOwners;

        Map<String, Owner> owners() {
            if (owners == null) {
                owners = new HashMap<>();
            }
            return owners;
        }

        Set<String> systemPrompts() {
            if (systemPrompts == null) {
                systemPrompts = new HashSet<>();
            }
            return systemPrompts;
        }

        Map<String, Owner> readers() {
            if (readers == null) {
                readers = new HashMap<>();
            }
            return readers;
        }

        Map<String, Owner> resultOwners() {
            if (resultOwners == null) {
                resultOwners = new HashMap<>();
            }
            return resultOwners;
        }
    }

    /** Words per passage shingle. */
    public static final int PASSAGE_WORDS = 8;
    /** One in this many passage shingles is kept (by hash), see {@link Shingles#sampled}. */
    public static final int PASSAGE_SAMPLING = 8;

    private final Map<String, Entry> entries;
    /** Every session of the run: id to principal ("" when the session records none). */
    private final Map<String, String> sessions;
    private volatile Map<String, List<String>> principalsByRun;
    private volatile Set<String> principals;

    /** The index key of a passage shingle (never equal to an identifier value). */
    public static String passageKey(String shingle) {
        return "\u00a7" + shingle;
    }

    private CrossSessionIndex(Map<String, Entry> entries, Map<String, String> sessions) {
        this.entries = entries;
        this.sessions = sessions;
    }

    public static CrossSessionIndex empty() {
        return new CrossSessionIndex(Map.of(), Map.of());
    }

    /** The index contribution of one session. */
    public static CrossSessionIndex of(SessionFacts facts) {
        Map<String, Entry> entries = new HashMap<>();
        String principal = facts.session().principal();
        String promptOwner = principal.isEmpty() ? "session:" + facts.session().id() : principal;
        // A system prompt that carries an id a tool or the user brought into the session earlier got it
        // from there (a note the app appended): that is data, not configuration.
        Map<String, Integer> firstAsData = new HashMap<>();
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            if (occurrence.origin() != SessionFacts.Origin.SYSTEM) {
                firstAsData.merge(occurrence.identifier().value(), occurrence.step().index(), Math::min);
            }
        }
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            String value = occurrence.identifier().value();
            switch (occurrence.origin()) {
                case SYSTEM -> {
                    if (firstAsData.getOrDefault(value, Integer.MAX_VALUE) >= occurrence.step().index()) {
                        entries.computeIfAbsent(value, k -> new Entry()).systemPrompts().add(promptOwner);
                    }
                }
                case USER -> {
                    if (!principal.isEmpty()) {
                        Owner owner = new Owner(principal, facts.session().id(), occurrence.step().index(),
                                occurrence.step().source(), occurrence.excerpt());
                        entries.computeIfAbsent(value, k -> new Entry()).owners().merge(principal, owner,
                                Owner::first);
                    }
                }
                case OTHER -> {
                }
            }
        }
        addPassages(facts, principal, promptOwner, entries);
        if (!principal.isEmpty()) {
            addWrittenNotes(facts, principal, entries);
            addRecordsRead(facts, principal, entries);
            addLookupKeys(facts, principal, entries);
            addResultIdentifiers(facts, principal, entries);
            addResultFacts(facts, principal, entries);
        }
        return new CrossSessionIndex(entries, Map.of(facts.session().id(), principal));
    }

    private static void addPassages(SessionFacts facts, String principal, String promptOwner,
                                    Map<String, Entry> entries) {
        dev.coroner.trace.Session session = facts.session();
        for (dev.coroner.trace.Message message : session.messages()) {
            dev.coroner.trace.Step step = session.step(message.introducedAt());
            if (message.isSystem()) {
                for (String shingle : Shingles.sampled(message.text(), PASSAGE_WORDS, PASSAGE_SAMPLING)) {
                    entries.computeIfAbsent(passageKey(shingle), k -> new Entry()).systemPrompts().add(promptOwner);
                }
                for (String word : promptWords(message.text())) {
                    entries.computeIfAbsent(wordKey(word), k -> new Entry()).systemPrompts().add(promptOwner);
                }
            } else if (message.isUser() && !principal.isEmpty()) {
                ownPassages(message.text(), principal, session.id(), step, entries);
                if (typedHere(session, message)) {
                    Owner owner = new Owner(principal, session.id(), step.index(), step.source(),
                            dev.coroner.finding.Excerpts.cut(message.text()));
                    entries.computeIfAbsent(messageKey(message), k -> new Entry()).owners().merge(principal, owner,
                            Owner::first);
                }
                Owner typed = new Owner(principal, session.id(), step.index(), step.source(),
                        dev.coroner.finding.Excerpts.cut(message.text()));
                for (String word : promptWords(message.text())) {
                    entries.computeIfAbsent(wordKey(word), k -> new Entry()).owners().merge(principal, typed,
                            Owner::first);
                }
            }
        }
    }

    /** Letters a content word needs to be indexed as one a user typed: long words are rare words. */
    public static final int WORD_LETTERS = 6;

    /** The content words of a text long enough to be told apart ({@link #WORD_LETTERS}), lower-cased. */
    public static Set<String> promptWords(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String word : ContentWords.of(text)) {
            if (word.codePoints().filter(Character::isLetter).count() >= WORD_LETTERS) {
                out.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The index key of a word a user typed or a system prompt holds (never equal to another key). */
    public static String wordKey(String word) {
        return "word\u0000" + word;
    }

    /** Fewest words an argument needs to count as a note written on the principal's behalf. */
    static final int NOTE_WORDS = 6;

    /**
     * Free text the session's agent wrote into a tool on its principal's behalf (a note saved to a
     * memory, a case file, a CRM): it holds the principal's facts, so its passages and identifiers
     * belong to the principal like the user's own words. Structured arguments (ids, codes, amounts in
     * fields of their own) are not notes and stay unowned.
     */
    private static void addWrittenNotes(SessionFacts facts, String principal, Map<String, Entry> entries) {
        List<String> given = new java.util.ArrayList<>();
        for (dev.coroner.trace.Message message : facts.session().messages()) {
            if (message.isSystem() || message.isTool()) {
                given.add(message.text());
            }
        }
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            List<String> before = null;
            for (String leaf : dev.coroner.trace.JsonValues.leaves(call.arguments())) {
                String note = leaf.strip();
                ownNote(note, principal, facts.session().id(), call.step(), given, entries);
                // Copied from a system prompt or a tool result (a memory, a record) is not the
                // principal's own words: a leaked note must not make the receiving principal its owner.
                if (Shingles.words(leaf).size() < NOTE_WORDS || given.stream().anyMatch(t -> t.contains(note))) {
                    continue;
                }
                ownPassages(leaf, principal, facts.session().id(), call.step(), entries);
                if (before == null) {
                    before = heldBefore(facts, call.step().index()); // once per call, and only for a note
                }
                List<String> held = before;
                for (Identifiers.Found found : Identifiers.find(leaf)) {
                    // An id the agent repeats from what it was given (a memory, a record, state loaded
                    // before the call) is not its principal's own.
                    if (given.stream().anyMatch(t -> Tokens.contains(t, found.asWritten()))
                            || held.stream().anyMatch(t -> Tokens.contains(t, found.asWritten()))) {
                        continue;
                    }
                    Owner owner = new Owner(principal, facts.session().id(), call.step().index(),
                            call.step().source(), dev.coroner.finding.Excerpts.around(leaf, found.asWritten()));
                    entries.computeIfAbsent(found.value(), k -> new Entry()).owners().merge(principal, owner,
                            Owner::first);
                }
            }
        }
    }

    /**
     * The key values the principal's own calls looked things up by ({@code matricula: 40917},
     * {@code account_id: acct_7Hq2NW}): a value with a digit and no space under a top-level argument
     * key. Another principal's lookup answered, under the same key, with one of them was served this
     * principal's record.
     */
    private static void addLookupKeys(SessionFacts facts, String principal, Map<String, Entry> entries) {
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            if (!call.arguments().isObject()) {
                continue;
            }
            call.arguments().fields().forEachRemaining(field -> {
                String key = lookupKey(field.getKey(), field.getValue());
                if (key != null) {
                    Owner owner = new Owner(principal, facts.session().id(), call.step().index(), call.step().source(),
                            field.getKey() + ": " + field.getValue().asText());
                    entries.computeIfAbsent(key, k -> new Entry()).owners().merge(principal, owner, Owner::first);
                }
            });
        }
    }

    /**
     * The index key of a lookup by a key value ({@code matricula: 40917}), or null when the value is
     * not a key value: a text or integer with a digit and no space.
     */
    public static String lookupKey(String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            return null;
        }
        String text = value.asText().strip();
        if (text.isEmpty() || text.contains(" ") || text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return "key\u0000" + key.toLowerCase(java.util.Locale.ROOT) + "\u0000" + text.toUpperCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[-*•]\\s+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_DIGIT = java.util.regex.Pattern.compile("\\D");
    private static final java.util.regex.Pattern LEADING_ZEROS = java.util.regex.Pattern.compile("^0+");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    /** Fewest words of a short note whose whole text is followed ("penicilina (urticaria en 2019)"). */
    static final int NOTE_KEY_WORDS = 3;
    /** Fewest letters of a short note whose whole text is followed. */
    static final int NOTE_KEY_LETTERS = 12;

    /**
     * A note the agent wrote into a tool on the principal's behalf, whole: short notes (an allergy, a
     * medication with its dose) are below the passage shingles, but the same text coming back whole in
     * another principal's session is that principal's fact. Copied from a system prompt or a tool
     * result, it is not the principal's own.
     */
    private static void ownNote(String note, String principal, String sessionId, dev.coroner.trace.Step step,
                                List<String> given, Map<String, Entry> entries) {
        String key = noteKey(note);
        if (key == null || given.stream().anyMatch(t -> t.contains(note))) {
            return;
        }
        Owner owner = new Owner(principal, sessionId, step.index(), step.source(), note);
        entries.computeIfAbsent(key, k -> new Entry()).owners().merge(principal, owner, Owner::first);
    }

    /**
     * The index key of a whole short text (a note's value, a field of a record, a line of a prompt),
     * compared in lower case with its spaces collapsed; null when it is too short to be distinctive.
     */
    public static String noteKey(String text) {
        String note = SPACES.matcher(BULLET.matcher(text.strip()).replaceFirst("").toLowerCase(java.util.Locale.ROOT))
                .replaceAll(" ");
        if (Shingles.words(note).size() < NOTE_KEY_WORDS
                || note.chars().filter(Character::isLetter).count() < NOTE_KEY_LETTERS) {
            return null;
        }
        return "note\u0000" + note;
    }

    /**
     * Identifiers (other than long random tokens) that entered the principal's session through its own
     * tool results: its records (a leave request id, a claim number, an account). Another principal's
     * session that holds one without ever looking it up (through a memory, a shared store, a prompt)
     * was given this principal's record.
     */
    private static void addResultIdentifiers(SessionFacts facts, String principal, Map<String, Entry> entries) {
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            if (occurrence.origin() != SessionFacts.Origin.OTHER
                    || !(occurrence.step() instanceof dev.coroner.trace.ToolResult result)
                    || occurrence.identifier().kind() == Identifiers.Kind.TOKEN) {
                continue;
            }
            Owner owner = new Owner(principal, facts.session().id(), result.index(), result.source(), occurrence.excerpt());
            entries.computeIfAbsent(occurrence.identifier().value(), k -> new Entry()).resultOwners().merge(principal, owner,
                    Owner::first);
        }
    }

    /** The index key of a fact (an amount or number of three digits or more, a date) by its value key. */
    public static String factKey(String valueKey) {
        return "\u00b6" + valueKey;
    }

    /**
     * The value keys of a fact that identify it across sessions: dates, and numbers of three
     * significant digits or more (412.80, 2160); small numbers repeat everywhere.
     */
    public static List<String> distinctiveKeys(dev.coroner.analysis.provenance.Value value) {
        List<String> out = new java.util.ArrayList<>();
        for (String key : value.keys()) {
            if (key.startsWith("date:")
                    || key.startsWith("num:") && LEADING_ZEROS.matcher(NOT_DIGIT.matcher(key.substring(4)).replaceAll("")).replaceFirst("").length() >= 3
                    && !YEAR.matcher(key.substring(4)).matches()) { // a bare year is everyone's
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Amounts and dates that are the principal's own: its user typed them or its tool results brought
     * them (a salary, a balance, a payout date), where they first came into its session. A value whose
     * first source is the system prompt (a memory injected into it) and that a tool only echoed back
     * is not the principal's own. Another principal's answer that states several of them with no
     * source of its own but its prompt was given this principal's facts.
     */
    private static void addResultFacts(SessionFacts facts, String principal, Map<String, Entry> entries) {
        dev.coroner.analysis.provenance.ProvenanceMap map = facts.provenance();
        for (dev.coroner.analysis.provenance.Occurrence o : map.occurrences()) {
            if (o.origin() != dev.coroner.analysis.provenance.Origin.TOOL_RESULT
                    && o.origin() != dev.coroner.analysis.provenance.Origin.USER
                    || map.sourceBefore(o.value(), o.step()).isPresent()) {
                continue;
            }
            dev.coroner.trace.Step step = facts.session().step(o.step());
            for (String key : distinctiveKeys(o.value())) {
                Owner owner = new Owner(principal, facts.session().id(), o.step(), step.source(), o.value().asWritten());
                entries.computeIfAbsent(factKey(key), k -> new Entry()).resultOwners().merge(principal, owner,
                        Owner::first);
            }
        }
    }

    /** The state snapshots and retrieved documents of the session before a step, as text. */
    private static List<String> heldBefore(SessionFacts facts, int step) {
        List<String> out = new java.util.ArrayList<>();
        for (dev.coroner.trace.Step s : facts.session().steps().subList(0, step)) {
            if (s instanceof dev.coroner.trace.StateSnapshot snapshot) {
                out.add(dev.coroner.trace.JsonValues.text(snapshot.state()));
            } else if (s instanceof dev.coroner.trace.Retrieval retrieval) {
                retrieval.documents().forEach(d -> out.add(d.content()));
            }
        }
        return out;
    }

    /**
     * Personal identifiers (e-mail, phone, IBAN) in the results of lookups made for the principal: calls
     * whose arguments name the principal's id or an identifier its own user typed. The record such a
     * lookup returns is the principal's; the same e-mail or IBAN returned to lookups for two principals
     * means one of them was given the other's record.
     */
    private static void addRecordsRead(SessionFacts facts, String principal, Map<String, Entry> entries) {
        Set<String> typed = new HashSet<>();
        for (SessionFacts.IdentifierOccurrence occurrence : facts.identifiers()) {
            if (occurrence.origin() == SessionFacts.Origin.USER) {
                typed.add(occurrence.identifier().asWritten());
            }
        }
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            if (call.result().isEmpty()) {
                continue;
            }
            String arguments = dev.coroner.trace.JsonValues.text(call.arguments());
            boolean forPrincipal = Tokens.contains(arguments, principal)
                    || typed.stream().anyMatch(t -> Tokens.contains(arguments, t));
            if (!forPrincipal) {
                continue;
            }
            dev.coroner.trace.ToolResult result = call.result().get();
            dev.coroner.trace.Message message = facts.session().message(result.message());
            String content = message.text();
            if (dev.coroner.analysis.provenance.ValueExtractor.find(content).stream()
                    .anyMatch(v -> v.kind() == dev.coroner.analysis.provenance.ValueKind.IDENTIFIER)) {
                Owner owner = new Owner(principal, facts.session().id(), result.index(), result.source(),
                        dev.coroner.finding.Excerpts.cut(content));
                entries.computeIfAbsent(answerKey(result.tool(), message), k -> new Entry()).readers().merge(principal,
                        owner, Owner::first);
            }
            for (Identifiers.Found found : Identifiers.find(content)) {
                if (!found.kind().personal() || Tokens.contains(arguments, found.asWritten())) {
                    continue;
                }
                Owner owner = new Owner(principal, facts.session().id(), result.index(), result.source(),
                        dev.coroner.finding.Excerpts.around(content, found.asWritten()));
                entries.computeIfAbsent(found.value(), k -> new Entry()).readers().merge(principal, owner,
                        Owner::first);
            }
        }
    }

    private static void ownPassages(String text, String principal, String sessionId, dev.coroner.trace.Step step,
                                    Map<String, Entry> entries) {
        Set<String> shingles = new java.util.LinkedHashSet<>(Shingles.sampled(text, PASSAGE_WORDS, PASSAGE_SAMPLING));
        shingles.addAll(Shingles.numbered(text));
        for (String shingle : shingles) {
            Owner owner = new Owner(principal, sessionId, step.index(), step.source(), shingle);
            entries.computeIfAbsent(passageKey(shingle), k -> new Entry()).owners().merge(principal, owner,
                    Owner::first);
        }
    }

    /**
     * The index key of a tool's whole answer to a lookup made for a principal (never equal to an
     * identifier value, a passage or a message key): the same answer, with its record ids, given to
     * lookups for two principals means one of them was served the other's.
     */
    public static String answerKey(String tool, dev.coroner.trace.Message result) {
        return "res\u0000" + tool + "\u0000" + result.contentDigest();
    }

    /** The index key of a whole user message (never equal to an identifier value or a passage key). */
    public static String messageKey(dev.coroner.trace.Message message) {
        return "msg\u0000" + message.digest();
    }

    /**
     * True when the session's own user wrote the message: it entered as a user turn of its own, or it
     * is the newest user message of the model call that first carried it. A user message first seen
     * behind newer ones was replayed from a history, and may be someone else's.
     */
    public static boolean typedHere(dev.coroner.trace.Session session, dev.coroner.trace.Message message) {
        dev.coroner.trace.Step step = session.step(message.introducedAt());
        if (!(step instanceof dev.coroner.trace.ModelCall call)) {
            return true;
        }
        for (int i = call.context().size() - 1; i >= 0; i--) {
            dev.coroner.trace.Message m = session.message(call.context().get(i));
            if (m.isUser()) {
                return m.id() == message.id();
            }
        }
        return true;
    }

    /** The union of two indexes; neither is changed. */
    public CrossSessionIndex merge(CrossSessionIndex other) {
        return mergeAll(List.of(this, other));
    }

    /**
     * The union of many indexes in one pass: the same result as merging them pairwise in any
     * grouping, without copying the growing index once per part.
     */
    public static CrossSessionIndex mergeAll(List<CrossSessionIndex> parts) {
        Merge merge = new Merge();
        parts.forEach(merge::add);
        return merge.result();
    }

    /**
     * The union of indexes given one at a time, the same as {@link #mergeAll} of them in that order:
     * a part can be dropped once it is added, so the parts of every session are not all held at once.
     */
    public static final class Merge {
        private final Map<String, Entry> merged = new HashMap<>();
        private final Map<String, String> sessions = new HashMap<>();

        public void add(CrossSessionIndex index) {
            index.entries.forEach((value, entry) -> {
                Entry target = merged.computeIfAbsent(value, k -> new Entry());
                if (entry.systemPrompts != null) {
                    target.systemPrompts().addAll(entry.systemPrompts);
                }
                if (entry.owners != null) {
                    entry.owners.forEach((principal, owner) -> target.owners().merge(principal, owner,
                            Owner::first));
                }
                if (entry.readers != null) {
                    entry.readers.forEach((principal, owner) -> target.readers().merge(principal, owner,
                            Owner::first));
                }
                if (entry.resultOwners != null) {
                    entry.resultOwners.forEach((principal, owner) -> target.resultOwners().merge(principal, owner,
                            Owner::first));
                }
            });
            index.sessions.forEach((id, principal) -> sessions.merge(id, principal,
                    (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }

        public CrossSessionIndex result() {
            return new CrossSessionIndex(merged, sessions);
        }
    }

    /** The principal of a session of this run ("" when it records none); empty when the run has no such session. */
    public Optional<String> principalOfSession(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    /** The first session (in id order) acting for a principal, if the run has one. */
    public Optional<String> sessionOf(String principal) {
        return sessions.entrySet().stream().filter(e -> e.getValue().equals(principal)).map(Map.Entry::getKey)
                .sorted().findFirst();
    }

    /**
     * The principals of this run by the longest run of letters or digits of their id, lower-cased
     * (see {@link Tokens#runs}), each list in id order: a text holds a principal's id only if it holds
     * that run, so the principals a text may name are found by its runs, not by a scan per principal.
     */
    public Map<String, List<String>> principalsByRun() {
        Map<String, List<String>> known = principalsByRun;
        if (known == null) {
            Map<String, List<String>> out = new HashMap<>();
            for (String principal : new java.util.TreeSet<>(principals())) {
                String run = Tokens.longestRun(principal);
                if (!run.isEmpty()) {
                    out.computeIfAbsent(run, k -> new java.util.ArrayList<>()).add(principal);
                }
            }
            known = Map.copyOf(out);
            principalsByRun = known; // as principals(): a race computes the same map twice
        }
        return known;
    }

    /** The principals of the sessions of this run. */
    public Set<String> principals() {
        Set<String> known = principals;
        if (known == null) {
            Set<String> out = new HashSet<>(sessions.values());
            out.remove("");
            known = Set.copyOf(out);
            principals = known; // computed once the index is read; a race computes the same set twice
        }
        return known;
    }

    /**
     * True when the identifier is part of the system prompts of two or more principals (sessions
     * without a principal count one each): configuration every session is given, owned by nobody.
     */
    public boolean sharedConfiguration(String value) {
        Entry entry = entries.get(value);
        return entry != null && entry.systemPrompts != null && entry.systemPrompts.size() >= 2;
    }

    /** True when the identifier is in a system prompt of one of the principal's sessions. */
    public boolean inSystemPromptOf(String value, String principal) {
        Entry entry = entries.get(value);
        return entry != null && entry.systemPrompts != null && entry.systemPrompts.contains(principal);
    }

    /** Principals whose own users typed the identifier. */
    public Set<String> owners(String value) {
        Entry entry = entries.get(value);
        return entry == null || entry.owners == null ? Set.of()
                : Collections.unmodifiableSet(new HashSet<>(entry.owners.keySet()));
    }

    /** Where the given principal's user first typed it. */
    public Optional<Owner> owner(String value, String principal) {
        Entry entry = entries.get(value);
        return entry == null || entry.owners == null ? Optional.empty() : Optional.ofNullable(entry.owners.get(principal));
    }

    /** Principals whose own tool results brought the identifier into their session, and where. */
    public Map<String, Owner> resultOwners(String value) {
        Entry entry = entries.get(value);
        return entry == null || entry.resultOwners == null ? Map.of() : Collections.unmodifiableMap(entry.resultOwners);
    }

    /** Principals to whom a lookup made for them returned the (personal) identifier, and where. */
    public Map<String, Owner> readers(String value) {
        Entry entry = entries.get(value);
        return entry == null || entry.readers == null ? Map.of() : Collections.unmodifiableMap(entry.readers);
    }

    public int size() {
        return entries.size();
    }
}
