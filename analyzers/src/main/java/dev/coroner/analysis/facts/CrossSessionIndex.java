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
     * What the run knows of one key, in as little as the checks read. Each of the three owner roles
     * (users who typed it, lookups that returned it, tool results that first brought it) is null, one
     * {@link Owner}, two (an {@code Owner[2]}), or, from three principals on, only the principals
     * ({@link Principals}): every check that reports an owner's session, step and excerpt asks for them
     * only when the role has one principal (owners, result owners) or two (readers), and a union only
     * grows, so where an owner was is dropped exactly when no lookup can reach it any more. The system
     * prompts are likewise null, one prompt owner (a {@code String}) or {@link Principals}. Keys of one
     * owner are most keys of a run, and words and prompt passages every session shares hold a principal
     * each: a set of references instead of a map of nodes and owner records.
     */
    private static final class Entry {
        private Object owners;
        private Object systemPrompts;
        /** Principals for whom a lookup keyed by them returned the identifier (personal kinds only). */
        private Object readers;
        /** Principals whose own tool results first brought the identifier into their session. */
        private Object resultOwners;

        void addOwner(Owner owner) {
            owners = Role.with(owners, owner);
        }

        void addReader(Owner owner) {
            readers = Role.with(readers, owner);
        }

        void addResultOwner(Owner owner) {
            resultOwners = Role.with(resultOwners, owner);
        }

        void addSystemPrompt(String promptOwner) {
            if (systemPrompts == null) {
                systemPrompts = promptOwner;
            } else if (systemPrompts instanceof String one) {
                if (!one.equals(promptOwner)) {
                    Principals set = new Principals();
                    set.add(one);
                    set.add(promptOwner);
                    systemPrompts = set;
                }
            } else {
                ((Principals) systemPrompts).add(promptOwner);
            }
        }

        void addSystemPrompts(Object other) {
            if (other instanceof String one) {
                addSystemPrompt(one);
            } else if (other != null) {
                ((Principals) other).forEach(this::addSystemPrompt);
            }
        }
    }

    private static Entry entry(Map<String, Entry> entries, String key) {
        return entries.computeIfAbsent(key, k -> new Entry());
    }

    /** The principals of one owner role of an entry, and where each first was while they are at most two. */
    static final class Role {
        private Role() {
        }

        /** The role with the owner added: for a principal already there the first of the two (Owner::first). */
        static Object with(Object role, Owner owner) {
            if (role == null) {
                return owner;
            }
            if (role instanceof Owner one) {
                return one.principal().equals(owner.principal()) ? Owner.first(one, owner) : new Owner[] {one, owner};
            }
            if (role instanceof Owner[] two) {
                for (int i = 0; i < 2; i++) {
                    if (two[i].principal().equals(owner.principal())) {
                        Owner[] out = two.clone();
                        out[i] = Owner.first(two[i], owner);
                        return out;
                    }
                }
                Principals set = new Principals();
                set.add(two[0].principal());
                set.add(two[1].principal());
                set.add(owner.principal());
                return set;
            }
            ((Principals) role).add(owner.principal());
            return role;
        }

        /** The union of two roles (neither changed but a target set). */
        static Object union(Object role, Object other) {
            if (other == null) {
                return role;
            }
            if (other instanceof Owner one) {
                return with(role, one);
            }
            if (other instanceof Owner[] two) {
                return with(with(role, two[0]), two[1]);
            }
            Principals set = role instanceof Principals own ? own : new Principals();
            if (role instanceof Owner one) {
                set.add(one.principal());
            } else if (role instanceof Owner[] two) {
                set.add(two[0].principal());
                set.add(two[1].principal());
            }
            ((Principals) other).forEach(set::add);
            return set;
        }

        static int size(Object role) {
            if (role == null) {
                return 0;
            }
            if (role instanceof Owner) {
                return 1;
            }
            if (role instanceof Owner[]) {
                return 2;
            }
            return ((Principals) role).size();
        }

        static boolean contains(Object role, String principal) {
            if (role == null) {
                return false;
            }
            if (role instanceof Owner one) {
                return one.principal().equals(principal);
            }
            if (role instanceof Owner[] two) {
                return two[0].principal().equals(principal) || two[1].principal().equals(principal);
            }
            return ((Principals) role).contains(principal);
        }

        static Set<String> principals(Object role) {
            if (role == null) {
                return Set.of();
            }
            if (role instanceof Owner one) {
                return Set.of(one.principal());
            }
            if (role instanceof Owner[] two) {
                return Set.of(two[0].principal(), two[1].principal());
            }
            Set<String> out = new HashSet<>();
            ((Principals) role).forEach(out::add);
            return Collections.unmodifiableSet(out);
        }

        /** The owners with where they were, while at most two; empty from three on (no check reads them). */
        static Map<String, Owner> few(Object role) {
            if (role instanceof Owner one) {
                return Map.of(one.principal(), one);
            }
            if (role instanceof Owner[] two) {
                Map<String, Owner> out = new java.util.LinkedHashMap<>();
                out.put(two[0].principal(), two[0]);
                out.put(two[1].principal(), two[1]);
                return Collections.unmodifiableMap(out);
            }
            return Map.of();
        }

        static Optional<Owner> owner(Object role, String principal) {
            return Optional.ofNullable(few(role).get(principal));
        }
    }

    /**
     * A set of principal (or prompt owner) ids held as references in one open-addressed array: a
     * word or a prompt passage every session shares holds hundreds of thousands of them, where a
     * {@code HashSet} would hold a node of 32 bytes each. Ids are the strings the sessions already hold.
     */
    static final class Principals {
        private String[] slots = new String[8];
        private int size;

        void add(String principal) {
            int mask = slots.length - 1;
            int i = mix(principal.hashCode()) & mask;
            while (slots[i] != null) {
                if (slots[i].equals(principal)) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = principal;
            if (++size * 3 > slots.length * 2) {
                grow();
            }
        }

        boolean contains(String principal) {
            int mask = slots.length - 1;
            int i = mix(principal.hashCode()) & mask;
            while (slots[i] != null) {
                if (slots[i].equals(principal)) {
                    return true;
                }
                i = (i + 1) & mask;
            }
            return false;
        }

        int size() {
            return size;
        }

        void forEach(java.util.function.Consumer<String> action) {
            for (String principal : slots) {
                if (principal != null) {
                    action.accept(principal);
                }
            }
        }

        private void grow() {
            String[] old = slots;
            slots = new String[old.length * 2];
            size = 0;
            for (String principal : old) {
                if (principal != null) {
                    add(principal);
                }
            }
        }

        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
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
                        entry(entries, value).addSystemPrompt(promptOwner);
                    }
                }
                case USER -> {
                    if (!principal.isEmpty()) {
                        Owner owner = new Owner(principal, facts.session().id(), occurrence.step().index(),
                                occurrence.step().source(), occurrence.excerpt());
                        entry(entries, value).addOwner(owner);
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
                    entry(entries, passageKey(shingle)).addSystemPrompt(promptOwner);
                }
                for (String word : promptWords(message.text())) {
                    entry(entries, wordKey(word)).addSystemPrompt(promptOwner);
                }
            } else if (message.isUser() && !principal.isEmpty()) {
                ownPassages(message.text(), principal, session.id(), step, entries);
                if (typedHere(session, message)) {
                    Owner owner = new Owner(principal, session.id(), step.index(), step.source(),
                            dev.coroner.finding.Excerpts.cut(message.text()));
                    entry(entries, messageKey(message)).addOwner(owner);
                }
                Owner typed = new Owner(principal, session.id(), step.index(), step.source(),
                        dev.coroner.finding.Excerpts.cut(message.text()));
                for (String word : promptWords(message.text())) {
                    entry(entries, wordKey(word)).addOwner(typed);
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
                    entry(entries, found.value()).addOwner(owner);
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
                    entry(entries, key).addOwner(owner);
                }
            });
        }
    }

    /**
     * The index key of a lookup by a key value ({@code matricula: 40917}), or null when the value is
     * not a key value: a text or integer with a digit and no space. Digits printed in groups, as phone
     * and line numbers are ({@code 06 12 45 78 90}, {@code +34 622 481 907}), are the number they group.
     */
    public static String lookupKey(String key, com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || !(value.isTextual() || value.isIntegralNumber())) {
            return null;
        }
        String text = value.asText().strip();
        if (GROUPED_DIGITS.matcher(text).matches()) {
            text = text.replace(" ", "");
        }
        if (text.isEmpty() || text.contains(" ") || text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        return "key\u0000" + key.toLowerCase(java.util.Locale.ROOT) + "\u0000" + text.toUpperCase(java.util.Locale.ROOT);
    }

    /** Digits in groups of one to five split by single spaces, perhaps after a plus. */
    private static final java.util.regex.Pattern GROUPED_DIGITS = java.util.regex.Pattern.compile("\\+?\\d{1,5}(?: \\d{1,5})+");
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
        entry(entries, key).addOwner(owner);
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
            entry(entries, occurrence.identifier().value()).addResultOwner(owner);
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
                entry(entries, factKey(key)).addResultOwner(owner);
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
                entry(entries, answerKey(result.tool(), message)).addReader(owner);
            }
            for (Identifiers.Found found : Identifiers.find(content)) {
                if (!found.kind().personal() || Tokens.contains(arguments, found.asWritten())) {
                    continue;
                }
                Owner owner = new Owner(principal, facts.session().id(), result.index(), result.source(),
                        dev.coroner.finding.Excerpts.around(content, found.asWritten()));
                entry(entries, found.value()).addReader(owner);
            }
        }
    }

    private static void ownPassages(String text, String principal, String sessionId, dev.coroner.trace.Step step,
                                    Map<String, Entry> entries) {
        Set<String> shingles = new java.util.LinkedHashSet<>(Shingles.sampled(text, PASSAGE_WORDS, PASSAGE_SAMPLING));
        shingles.addAll(Shingles.numbered(text));
        for (String shingle : shingles) {
            Owner owner = new Owner(principal, sessionId, step.index(), step.source(), shingle);
            entry(entries, passageKey(shingle)).addOwner(owner);
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
                target.addSystemPrompts(entry.systemPrompts);
                target.owners = Role.union(target.owners, entry.owners);
                target.readers = Role.union(target.readers, entry.readers);
                target.resultOwners = Role.union(target.resultOwners, entry.resultOwners);
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
        return entry != null && entry.systemPrompts instanceof Principals;
    }

    /** True when the identifier is in a system prompt of one of the principal's sessions. */
    public boolean inSystemPromptOf(String value, String principal) {
        Entry entry = entries.get(value);
        if (entry == null || entry.systemPrompts == null) {
            return false;
        }
        return entry.systemPrompts instanceof String one ? one.equals(principal)
                : ((Principals) entry.systemPrompts).contains(principal);
    }

    /** Principals whose own users typed the identifier. */
    public Set<String> owners(String value) {
        Entry entry = entries.get(value);
        return entry == null ? Set.of() : Role.principals(entry.owners);
    }

    /**
     * Where the given principal's user first typed it, while the identifier has at most two such
     * principals (every check asks this of an identifier with one); empty beyond.
     */
    public Optional<Owner> owner(String value, String principal) {
        Entry entry = entries.get(value);
        return entry == null ? Optional.empty() : Role.owner(entry.owners, principal);
    }

    /**
     * Principals whose own tool results brought the identifier into their session, and where, while they
     * are at most two (a check reports one); empty from three on: see {@link #resultOwnerPrincipals}.
     */
    public Map<String, Owner> resultOwners(String value) {
        Entry entry = entries.get(value);
        return entry == null ? Map.of() : Role.few(entry.resultOwners);
    }

    /** Every principal whose own tool results brought the identifier into their session. */
    public Set<String> resultOwnerPrincipals(String value) {
        Entry entry = entries.get(value);
        return entry == null ? Set.of() : Role.principals(entry.resultOwners);
    }

    /**
     * Principals to whom a lookup made for them returned the (personal) identifier, and where, while
     * they are at most two (a check reports two); empty from three on.
     */
    public Map<String, Owner> readers(String value) {
        Entry entry = entries.get(value);
        return entry == null ? Map.of() : Role.few(entry.readers);
    }

    public int size() {
        return entries.size();
    }
}
