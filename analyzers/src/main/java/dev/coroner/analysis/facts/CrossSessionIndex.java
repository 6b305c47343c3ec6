package dev.coroner.analysis.facts;

import dev.coroner.analysis.text.ContentWords;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Shingles;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.trace.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.roaringbitmap.RoaringBitmap;

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

        /**
         * This owner as a merged index holds it under {@code key}: without its excerpt when the excerpt
         * is the key's own text after a one-character prefix (a passage's shingle under its
         * {@link #passageKey}), which the entry already holds; {@link #withExcerpt} gives it back.
         */
        Owner heldUnder(String key) {
            return excerpt != null && key.length() == excerpt.length() + 1 && key.charAt(0) == PASSAGE_PREFIX
                    && key.endsWith(excerpt) ? new Owner(principal, sessionId, step, source, null) : this;
        }

        /** This owner with its excerpt, the text of {@code key} after its prefix when it was held without. */
        Owner withExcerpt(byte[] key) {
            if (excerpt != null) {
                return this;
            }
            return new Owner(principal, sessionId, step, source, KeyBytes.text(key).substring(1));
        }
    }

    /**
     * What the run knows of one key, in as little as the checks read. Each of the three owner roles
     * (users who typed it, lookups that returned it, tool results that first brought it) is null, one
     * {@link Owner}, two (an {@code Owner[2]}), or, from three principals on, only the principals
     * ({@link Principals}): every check that reports an owner's session, step and excerpt asks for them
     * only when the role has one principal (owners, result owners) or two (readers), and a union only
     * grows, so where an owner was is dropped exactly when no lookup can reach it any more. The system
     * prompts are likewise null, one prompt owner (a principal's name or a {@link SessionPrompt}) or
     * {@link Principals}. Keys of one owner are most keys of a run, and words and prompt passages every
     * session shares hold a principal each: a bitmap of principal ids instead of a map of nodes and owner
     * records.
     */
    static final class Entry {
        /** The key's text (UTF-8) in a merged index, which finds entries by hash; null in a session's part. */
        private byte[] key;
        private Object owners;
        private Object systemPrompts;
        /** Principals for whom a lookup keyed by them returned the identifier (personal kinds only). */
        private Object readers;
        /** Principals whose own tool results first brought the identifier into their session. */
        private Object resultOwners;

        void addOwner(Owner owner) {
            owners = Role.with(owners, owner, null);
        }

        void addReader(Owner owner) {
            readers = Role.with(readers, owner, null);
        }

        void addResultOwner(Owner owner) {
            resultOwners = Role.with(resultOwners, owner, null);
        }

        /** Adds a prompt owner: a principal's name, or a {@link SessionPrompt}; {@code ids} numbers a set. */
        void addSystemPrompt(Object promptOwner, PrincipalIds ids) {
            if (systemPrompts == null) {
                systemPrompts = promptOwner;
            } else if (systemPrompts instanceof Principals set) {
                set.addOwner(promptOwner);
            } else if (!SessionPrompt.same(systemPrompts, promptOwner)) {
                Principals set = new Principals(ids);
                set.addOwner(systemPrompts);
                set.addOwner(promptOwner);
                systemPrompts = set;
            }
        }

        void addSystemPrompts(Object other, PrincipalIds ids) {
            if (other instanceof Principals set) {
                if (systemPrompts instanceof Principals own) {
                    own.addAll(set);
                } else {
                    Principals out = new Principals(ids);
                    if (systemPrompts != null) {
                        out.addOwner(systemPrompts);
                    }
                    out.addAll(set);
                    systemPrompts = out;
                }
            } else if (other != null) {
                addSystemPrompt(other, ids);
            }
        }
    }

    /**
     * The prompt owner of a session without a principal: that session alone, counted as if it were a
     * principal named {@code "session:" + id} (so a principal of that very name is the same owner), but
     * held by the session id the run's session map already holds instead of a new string per session.
     */
    record SessionPrompt(String sessionId) {
        static final String PREFIX = "session:";

        /** True when two prompt owners (names or session prompts) are the same owner. */
        static boolean same(Object a, Object b) {
            if (a instanceof SessionPrompt one && b instanceof SessionPrompt other) {
                return one.equals(other);
            }
            return b instanceof String name ? is(a, name) : is(b, (String) a);
        }

        /** True when a prompt owner is the principal of that name. */
        static boolean is(Object promptOwner, String principal) {
            if (promptOwner instanceof SessionPrompt session) {
                return principal.length() == PREFIX.length() + session.sessionId().length()
                        && principal.startsWith(PREFIX) && principal.endsWith(session.sessionId());
            }
            return promptOwner.equals(principal);
        }
    }

    private static Entry entry(Map<String, Entry> entries, String key) {
        return entries.computeIfAbsent(key, k -> new Entry());
    }

    /**
     * The entries of an index by key. A session's part keeps them in a {@code HashMap} (a few dozen,
     * dropped once merged); the merged index in {@link HashedKeys}.
     */
    private sealed interface Keys permits PartKeys, HashedKeys {
        Entry get(String key);

        void forEach(BiConsumer<String, Entry> action);

        int size();
    }

    private record PartKeys(Map<String, Entry> map) implements Keys {
        @Override
        public Entry get(String key) {
            return map.get(key);
        }

        @Override
        public void forEach(BiConsumer<String, Entry> action) {
            map.forEach(action);
        }

        @Override
        public int size() {
            return map.size();
        }
    }

    /**
     * The entries of a merged index found by the 64-bit hash of their key ({@link HashedTable}): no
     * {@code String} key and map node per key, but the key's text as UTF-8 bytes in its entry, against
     * which every lookup and every merge confirms a candidate. So two keys of one hash are two entries,
     * and a key that is not in the index finds nothing whatever its hash: the text is kept for every
     * key, as an entry of one owner is what most findings are made of.
     */
    static final class HashedKeys implements Keys {
        private final ToLongFunction<String> hash;
        private final HashedTable table;
        private final List<Entry> entries = new ArrayList<>();

        HashedKeys(ToLongFunction<String> hash) {
            this.hash = hash;
            this.table = new HashedTable(id -> hash.applyAsLong(KeyBytes.text(entries.get(id).key)));
        }

        @Override
        public Entry get(String key) {
            byte[] text = KeyBytes.of(key);
            int id = table.find(hash.applyAsLong(key), i -> Arrays.equals(entries.get(i).key, text));
            return id < 0 ? null : entries.get(id);
        }

        Entry getOrAdd(String key) {
            byte[] text = KeyBytes.of(key);
            long h = hash.applyAsLong(key);
            int id = table.find(h, i -> Arrays.equals(entries.get(i).key, text));
            if (id >= 0) {
                return entries.get(id);
            }
            Entry entry = new Entry();
            entry.key = text;
            entries.add(entry);
            table.add(h);
            return entry;
        }

        @Override
        public void forEach(BiConsumer<String, Entry> action) {
            for (Entry entry : entries) {
                action.accept(KeyBytes.text(entry.key), entry);
            }
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /**
     * A key's text as a merged index holds it: UTF-8, except that a key ending in a SHA-256 digest in
     * hex (a whole message's or tool answer's key, one per message of every session) holds the digest's
     * 32 bytes instead of its 64 characters, after a first byte 0xFF, which no UTF-8 text has. The
     * last 64 characters are always the ones packed, so the bytes are a function of the key and give
     * it back: two keys are equal exactly when their bytes are.
     */
    static final class KeyBytes {
        private static final int DIGEST_CHARS = 64;
        private static final byte PACKED = (byte) 0xFF;

        private KeyBytes() {
        }

        static byte[] of(String key) {
            int start = key.length() - DIGEST_CHARS;
            if (start < 0 || !lowerHex(key, start)) {
                return key.getBytes(StandardCharsets.UTF_8);
            }
            byte[] prefix = key.substring(0, start).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[1 + prefix.length + DIGEST_CHARS / 2];
            out[0] = PACKED;
            System.arraycopy(prefix, 0, out, 1, prefix.length);
            byte[] digest = java.util.HexFormat.of().parseHex(key, start, key.length());
            System.arraycopy(digest, 0, out, 1 + prefix.length, digest.length);
            return out;
        }

        static String text(byte[] bytes) {
            if (bytes.length == 0 || bytes[0] != PACKED) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            int digestAt = bytes.length - DIGEST_CHARS / 2;
            return new String(bytes, 1, digestAt - 1, StandardCharsets.UTF_8)
                    + java.util.HexFormat.of().formatHex(bytes, digestAt, bytes.length);
        }

        private static boolean lowerHex(String key, int start) {
            for (int i = start; i < key.length(); i++) {
                char c = key.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The principals of one owner role of an entry, and where each first was while they are at most two. */
    static final class Role {
        private Role() {
        }

        /**
         * The role with the owner added: for a principal already there the first of the two
         * (Owner::first); {@code ids} numbers the principals of a role that becomes a set (a session's
         * part, of one principal, never makes one).
         */
        static Object with(Object role, Owner owner, PrincipalIds ids) {
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
                Principals set = new Principals(ids);
                set.add(two[0].principal());
                set.add(two[1].principal());
                set.add(owner.principal());
                return set;
            }
            ((Principals) role).add(owner.principal());
            return role;
        }

        /** The union of two roles (neither changed but a target set); {@code ids} numbers a new set. */
        static Object union(Object role, Object other, PrincipalIds ids) {
            if (other == null) {
                return role;
            }
            if (other instanceof Owner one) {
                return with(role, one, ids);
            }
            if (other instanceof Owner[] two) {
                return with(with(role, two[0], ids), two[1], ids);
            }
            Principals set = role instanceof Principals own ? own : new Principals(ids);
            if (role instanceof Owner one) {
                set.add(one.principal());
            } else if (role instanceof Owner[] two) {
                set.add(two[0].principal());
                set.add(two[1].principal());
            }
            set.addAll((Principals) other);
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

        /** The role as a merged index holds it under {@code key}: see {@link Owner#heldUnder}. */
        static Object heldUnder(Object role, String key) {
            if (role instanceof Owner one) {
                return one.heldUnder(key);
            }
            if (role instanceof Owner[] two) {
                return new Owner[] {two[0].heldUnder(key), two[1].heldUnder(key)};
            }
            return role;
        }

        /** {@link #few} of a role held under a key of these bytes, each owner with its excerpt. */
        static Map<String, Owner> few(Object role, byte[] key) {
            if (role instanceof Owner one) {
                return Map.of(one.principal(), one.withExcerpt(key));
            }
            if (role instanceof Owner[] two) {
                Map<String, Owner> out = new java.util.LinkedHashMap<>();
                out.put(two[0].principal(), two[0].withExcerpt(key));
                out.put(two[1].principal(), two[1].withExcerpt(key));
                return Collections.unmodifiableMap(out);
            }
            return Map.of();
        }
    }

    /**
     * A set of principals (or prompt owners) as the {@code int} ids of one {@link PrincipalIds}, in a
     * compressed bitmap: a word or a prompt passage every session shares has hundreds of thousands of
     * members, which a bitmap holds in a bit or two each where references took four bytes at two
     * thirds full. Membership is by name: an id is confirmed against its name, never taken from a hash.
     */
    static final class Principals {
        private final PrincipalIds ids;
        private final RoaringBitmap members = new RoaringBitmap();

        Principals(PrincipalIds ids) {
            this.ids = ids;
        }

        void add(String principal) {
            members.add(ids.id(principal));
        }

        /** Adds a prompt owner: a principal's name or a {@link SessionPrompt}. */
        void addOwner(Object promptOwner) {
            members.add(promptOwner instanceof SessionPrompt session ? ids.sessionId(session.sessionId())
                    : ids.id((String) promptOwner));
        }

        void addAll(Principals other) {
            if (other.ids == ids) {
                members.or(other.members);
            } else {
                other.members.forEach((org.roaringbitmap.IntConsumer) id -> members.add(ids.copy(other.ids, id)));
            }
        }

        boolean contains(String principal) {
            int id = ids.find(principal);
            return id >= 0 && members.contains(id);
        }

        int size() {
            return members.getCardinality();
        }

        void forEach(java.util.function.Consumer<String> action) {
            members.forEach((org.roaringbitmap.IntConsumer) id -> action.accept(ids.name(id)));
        }
    }

    /** The sessions of an index, each with its principal ("" when it records none). */
    private sealed interface Sessions permits PartSessions, SessionTable {
        /** The principal of the session of this id, or null when there is no such session. */
        String principalOf(String sessionId);

        /** The first session (in id order) acting for the principal. */
        Optional<String> sessionOf(String principal);

        /** Every session's principal, "" included when a session records none: a new, mutable set. */
        Set<String> principals();

        void forEach(BiConsumer<String, String> action);
    }

    /** The one session of a session's part (or none), as a map. */
    private record PartSessions(Map<String, String> map) implements Sessions {
        @Override
        public String principalOf(String sessionId) {
            return map.get(sessionId);
        }

        @Override
        public Optional<String> sessionOf(String principal) {
            return map.entrySet().stream().filter(e -> e.getValue().equals(principal)).map(Map.Entry::getKey)
                    .sorted().findFirst();
        }

        @Override
        public Set<String> principals() {
            return new HashSet<>(map.values());
        }

        @Override
        public void forEach(BiConsumer<String, String> action) {
            map.forEach(action);
        }
    }

    /**
     * The sessions of a merged index: each session id as UTF-8 bytes, found by its 64-bit hash and
     * confirmed against the bytes, and its principal as an id of the index's {@link PrincipalIds}, in
     * columns: no {@code String} id, map node and principal reference per session. A session named by
     * two parts keeps the greater principal, as the map it replaces did.
     */
    static final class SessionTable implements Sessions {
        private final ToLongFunction<String> hash;
        private final PrincipalIds ids;
        private final HashedTable table;
        private final List<byte[]> sessionIds = new ArrayList<>();
        private int[] principals = new int[16];

        SessionTable(ToLongFunction<String> hash, PrincipalIds ids) {
            this.hash = hash;
            this.ids = ids;
            this.table = new HashedTable(i -> hash.applyAsLong(new String(sessionIds.get(i), StandardCharsets.UTF_8)));
        }

        void merge(String sessionId, String principal) {
            byte[] text = sessionId.getBytes(StandardCharsets.UTF_8);
            long h = hash.applyAsLong(sessionId);
            int i = table.find(h, k -> Arrays.equals(sessionIds.get(k), text));
            if (i < 0) {
                sessionIds.add(text);
                i = table.add(h);
                if (i == principals.length) {
                    principals = Arrays.copyOf(principals, i * 2);
                }
                principals[i] = ids.id(principal);
            } else if (principal.compareTo(ids.name(principals[i])) > 0) {
                principals[i] = ids.id(principal);
            }
        }

        private int find(String sessionId) {
            byte[] text = sessionId.getBytes(StandardCharsets.UTF_8);
            return table.find(hash.applyAsLong(sessionId), k -> Arrays.equals(sessionIds.get(k), text));
        }

        @Override
        public String principalOf(String sessionId) {
            int i = find(sessionId);
            return i < 0 ? null : ids.name(principals[i]);
        }

        @Override
        public Optional<String> sessionOf(String principal) {
            int id = ids.find(principal);
            String first = null;
            for (int i = 0; id >= 0 && i < sessionIds.size(); i++) {
                if (principals[i] == id) {
                    String sessionId = new String(sessionIds.get(i), StandardCharsets.UTF_8);
                    if (first == null || sessionId.compareTo(first) < 0) {
                        first = sessionId;
                    }
                }
            }
            return Optional.ofNullable(first);
        }

        @Override
        public Set<String> principals() {
            java.util.BitSet seen = new java.util.BitSet();
            Set<String> out = new HashSet<>();
            for (int i = 0; i < sessionIds.size(); i++) {
                if (!seen.get(principals[i])) {
                    seen.set(principals[i]);
                    out.add(ids.name(principals[i]));
                }
            }
            return out;
        }

        @Override
        public void forEach(BiConsumer<String, String> action) {
            for (int i = 0; i < sessionIds.size(); i++) {
                action.accept(new String(sessionIds.get(i), StandardCharsets.UTF_8), ids.name(principals[i]));
            }
        }
    }

    /** Words per passage shingle. */
    public static final int PASSAGE_WORDS = 8;
    /** One in this many passage shingles is kept (by hash), see {@link Shingles#sampled}. */
    public static final int PASSAGE_SAMPLING = 8;

    private final Keys entries;
    /** Every session of the run: id to principal ("" when the session records none). */
    private final Sessions sessions;
    private volatile RunTable runs;
    private volatile Set<String> principals;

    /** The first character of every passage key. */
    private static final char PASSAGE_PREFIX = '\u00a7';

    /** The index key of a passage shingle (never equal to an identifier value). */
    public static String passageKey(String shingle) {
        return PASSAGE_PREFIX + shingle;
    }

    private CrossSessionIndex(Keys entries, Sessions sessions) {
        this.entries = entries;
        this.sessions = sessions;
    }

    public static CrossSessionIndex empty() {
        return new CrossSessionIndex(new PartKeys(Map.of()), new PartSessions(Map.of()));
    }

    /** The index contribution of one session. */
    public static CrossSessionIndex of(SessionFacts facts) {
        Map<String, Entry> entries = new HashMap<>();
        String principal = facts.session().principal();
        Object promptOwner = principal.isEmpty() ? new SessionPrompt(facts.session().id()) : principal;
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
                        entry(entries, value).addSystemPrompt(promptOwner, null);
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
        return new CrossSessionIndex(new PartKeys(entries), new PartSessions(Map.of(facts.session().id(), principal)));
    }

    private static void addPassages(SessionFacts facts, String principal, Object promptOwner,
                                    Map<String, Entry> entries) {
        dev.coroner.trace.Session session = facts.session();
        for (dev.coroner.trace.Message message : session.messages()) {
            dev.coroner.trace.Step step = session.step(message.introducedAt());
            if (message.isSystem()) {
                for (String shingle : Shingles.sampled(message.text(), PASSAGE_WORDS, PASSAGE_SAMPLING)) {
                    entry(entries, passageKey(shingle)).addSystemPrompt(promptOwner, null);
                }
                for (String word : promptWords(message.text())) {
                    entry(entries, wordKey(word)).addSystemPrompt(promptOwner, null);
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
            // A tool's one argument recorded as its bare value is the object the model asked for.
            com.fasterxml.jackson.databind.JsonNode arguments = facts.objectArguments(call);
            if (arguments == null) {
                continue;
            }
            arguments.fields().forEachRemaining(field -> {
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
        private final HashedKeys merged;
        private final PrincipalIds ids;
        private final SessionTable sessions;

        public Merge() {
            this(HashedTable::hash);
        }

        /** A merge whose keys and principals are found by {@code hash} (tests give one that collides). */
        Merge(ToLongFunction<String> hash) {
            merged = new HashedKeys(hash);
            ids = new PrincipalIds(hash);
            sessions = new SessionTable(hash, ids);
        }

        public void add(CrossSessionIndex index) {
            index.entries.forEach((value, entry) -> {
                Entry target = merged.getOrAdd(value);
                target.addSystemPrompts(entry.systemPrompts, ids);
                target.owners = Role.union(target.owners, Role.heldUnder(entry.owners, value), ids);
                target.readers = Role.union(target.readers, Role.heldUnder(entry.readers, value), ids);
                target.resultOwners = Role.union(target.resultOwners, Role.heldUnder(entry.resultOwners, value), ids);
            });
            index.sessions.forEach(sessions::merge);
        }

        public CrossSessionIndex result() {
            return new CrossSessionIndex(merged, sessions);
        }
    }

    /** The principal of a session of this run ("" when it records none); empty when the run has no such session. */
    public Optional<String> principalOfSession(String sessionId) {
        return Optional.ofNullable(sessions.principalOf(sessionId));
    }

    /** The first session (in id order) acting for a principal, if the run has one. */
    public Optional<String> sessionOf(String principal) {
        return sessions.sessionOf(principal);
    }

    /**
     * The principals of this run whose id's longest run of letters or digits, lower-cased, is {@code run}
     * (see {@link Tokens#runs}), in id order: a text holds a principal's id only if it holds that run,
     * so the principals a text may name are found by its runs, not by a scan per principal.
     */
    public List<String> principalsWithRun(String run) {
        return runs().find(run);
    }

    private RunTable runs() {
        RunTable known = runs;
        if (known == null) {
            synchronized (this) {
                known = runs;
                if (known == null) {
                    known = new RunTable(principals(), HashedTable::hash);
                    runs = known; // once: each worker building its own held the run's principals twice
                }
            }
        }
        return known;
    }

    /**
     * The principals by the hash of their longest run, in one sorted {@code long[]}: the high bits of
     * each element are the run's hash, the low bits the principal's place in id order, so the principals
     * of one run are a contiguous range found by binary search, in id order. A candidate is confirmed by
     * computing its run again, so a run does not take the principals of another run of the same hash
     * bits. (A map of run to list held a string, a list and a map node per principal, some 70 MB for the
     * 4 GiB file's principals.)
     */
    static final class RunTable {
        private final ToLongFunction<String> hash;
        private final String[] principals;
        private final long[] byHash;
        private final int indexBits;

        /** The table of these principals; {@code hash} is {@link HashedTable#hash} but in tests. */
        RunTable(Set<String> all, ToLongFunction<String> hash) {
            this.hash = hash;
            principals = all.toArray(String[]::new);
            Arrays.sort(principals);
            indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(principals.length));
            long[] out = new long[principals.length];
            int n = 0;
            for (int i = 0; i < principals.length; i++) {
                String run = Tokens.longestRun(principals[i]);
                if (!run.isEmpty()) {
                    out[n++] = (hashBits(run) << indexBits) | i;
                }
            }
            byHash = Arrays.copyOf(out, n);
            Arrays.sort(byHash); // signed order: the elements of equal high bits are still together, by place
        }

        private long hashBits(String run) {
            return hash.applyAsLong(run) >>> indexBits;
        }

        List<String> find(String run) {
            if (run.isEmpty() || byHash.length == 0) {
                return List.of();
            }
            long high = hashBits(run);
            long lowest = high << indexBits;
            int i = Arrays.binarySearch(byHash, lowest);
            if (i < 0) {
                i = -i - 1;
            }
            List<String> out = null;
            long mask = (1L << indexBits) - 1;
            for (; i < byHash.length && (byHash[i] & ~mask) == lowest; i++) {
                String principal = principals[(int) (byHash[i] & mask)];
                if (Tokens.longestRun(principal).equals(run)) {
                    if (out == null) {
                        out = new ArrayList<>(1);
                    }
                    out.add(principal);
                }
            }
            return out == null ? List.of() : Collections.unmodifiableList(out);
        }
    }

    /** The principals of the sessions of this run. */
    public Set<String> principals() {
        Set<String> known = principals;
        if (known == null) {
            synchronized (this) {
                known = principals;
                if (known == null) {
                    Set<String> out = sessions.principals();
                    out.remove("");
                    known = Set.copyOf(out);
                    principals = known; // once: the run's principals are not built twice at the same time
                }
            }
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
        return entry.systemPrompts instanceof Principals set ? set.contains(principal)
                : SessionPrompt.is(entry.systemPrompts, principal);
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
        return entry == null ? Optional.empty() : Optional.ofNullable(few(entry, entry.owners).get(principal));
    }

    /**
     * Principals whose own tool results brought the identifier into their session, and where, while they
     * are at most two (a check reports one); empty from three on: see {@link #resultOwnerPrincipals}.
     */
    public Map<String, Owner> resultOwners(String value) {
        Entry entry = entries.get(value);
        return entry == null ? Map.of() : few(entry, entry.resultOwners);
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
        return entry == null ? Map.of() : few(entry, entry.readers);
    }

    public int size() {
        return entries.size();
    }

    /** The owners of a role of an entry with where they were, each with its excerpt (see {@link Owner#heldUnder}). */
    private static Map<String, Owner> few(Entry entry, Object role) {
        return entry.key == null ? Role.few(role) : Role.few(role, entry.key);
    }
}
