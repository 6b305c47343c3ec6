package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The compact owner roles of the cross-session index against the map of owners they replace (principal
 * to its first owner, {@code Owner::first}): for random owners merged in random groupings, every lookup a
 * check makes gets the same answer.
 */
class CrossSessionIndexRoleTest {

    private final PrincipalIds ids = new PrincipalIds(HashedTable::hash);

    private static CrossSessionIndex.Owner owner(String principal, String session, int step) {
        return new CrossSessionIndex.Owner(principal, session, step, SourceRef.line("t.jsonl", 1), session + "/" + step);
    }

    @Test
    void rolesAnswerAsTheOwnerMapsTheyReplace() {
        rolesAnswerAsTheOwnerMapsTheyReplace(HashedTable::hash);
    }

    /** Every principal of one 64-bit hash: ids are told apart by their names alone. */
    @Test
    void rolesAnswerAsTheOwnerMapsTheyReplaceWhenEveryHashCollides() {
        rolesAnswerAsTheOwnerMapsTheyReplace(name -> 7L);
    }

    private void rolesAnswerAsTheOwnerMapsTheyReplace(java.util.function.ToLongFunction<String> hash) {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            PrincipalIds ids = new PrincipalIds(hash);
            // The right part is numbered by ids of its own (an index merged elsewhere), or by the same ones.
            PrincipalIds rightIds = random.nextBoolean() ? ids : new PrincipalIds(hash);
            int principals = 1 + random.nextInt(6);
            List<CrossSessionIndex.Owner> owners = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                owners.add(owner("p" + random.nextInt(principals), "s" + random.nextInt(5), random.nextInt(4)));
            }
            Map<String, CrossSessionIndex.Owner> reference = new HashMap<>();
            owners.forEach(o -> reference.merge(o.principal(), o, CrossSessionIndex.Owner::first));

            // One at a time, and as a union of two partial roles split at a random place in a random order.
            Object one = null;
            for (CrossSessionIndex.Owner o : owners) {
                one = CrossSessionIndex.Role.with(one, o, ids);
            }
            Collections.shuffle(owners, random);
            int cut = random.nextInt(owners.size() + 1);
            Object left = null;
            Object right = null;
            for (int i = 0; i < owners.size(); i++) {
                if (i < cut) {
                    left = CrossSessionIndex.Role.with(left, owners.get(i), ids);
                } else {
                    right = CrossSessionIndex.Role.with(right, owners.get(i), rightIds);
                }
            }
            Object union = random.nextBoolean() ? CrossSessionIndex.Role.union(left, right, ids)
                    : CrossSessionIndex.Role.union(right, left, ids);

            for (Object role : List.of(one, union)) {
                assertEquals(reference.keySet(), CrossSessionIndex.Role.principals(role));
                assertEquals(reference.size(), CrossSessionIndex.Role.size(role));
                for (int p = 0; p <= principals; p++) {
                    String principal = "p" + p;
                    // "session:p0" is the prompt owner of a session without principal, never a member here.
                    assertFalse(CrossSessionIndex.Role.contains(role, "session:" + principal));
                    assertEquals(reference.containsKey(principal), CrossSessionIndex.Role.contains(role, principal));
                    // Where a principal was is what the checks read of a role of one or two principals.
                    Optional<CrossSessionIndex.Owner> expected = reference.size() <= 2
                            ? Optional.ofNullable(reference.get(principal)) : Optional.empty();
                    assertEquals(expected, CrossSessionIndex.Role.owner(role, principal));
                }
                assertEquals(reference.size() <= 2 ? new TreeMap<>(reference) : Map.of(),
                        new TreeMap<>(CrossSessionIndex.Role.few(role)));
            }
        }
    }

    /** "Aa" and "BB" have the same String hash: one in the set must not make the other a member. */
    @Test
    void aHashCollisionDoesNotMakeAMember() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        CrossSessionIndex.Principals set = new CrossSessionIndex.Principals(ids);
        set.add("Aa");
        assertTrue(set.contains("Aa"));
        assertFalse(set.contains("BB"));
        set.add("BB");
        set.add("Aa");
        assertEquals(2, set.size());
        assertTrue(set.contains("BB"));

        Object role = CrossSessionIndex.Role.with(null, owner("Aa", "s1", 0), ids);
        assertFalse(CrossSessionIndex.Role.contains(role, "BB"));
        assertEquals(Optional.empty(), CrossSessionIndex.Role.owner(role, "BB"));
        for (String p : List.of("BB", "C#", "Aa")) { // "C#" also hashes as "Aa": three principals, held as a set
            role = CrossSessionIndex.Role.with(role, owner(p, "s2", 1), ids);
        }
        assertEquals(new TreeSet<>(Set.of("Aa", "BB", "C#")), new TreeSet<>(CrossSessionIndex.Role.principals(role)));
        assertFalse(CrossSessionIndex.Role.contains(role, "Ab"));
    }

    /**
     * The prompt owner of a session without a principal is held by its session id, and is the same owner
     * as a principal named {@code "session:" + id}, as when prompt owners were strings.
     */
    @Test
    void aSessionPromptOwnerIsThePrincipalOfItsName() {
        CrossSessionIndex.SessionPrompt s1 = new CrossSessionIndex.SessionPrompt("s1");
        assertTrue(CrossSessionIndex.SessionPrompt.is(s1, "session:s1"));
        assertFalse(CrossSessionIndex.SessionPrompt.is(s1, "s1"));
        assertFalse(CrossSessionIndex.SessionPrompt.is(s1, "session:s10"));
        assertFalse(CrossSessionIndex.SessionPrompt.is(s1, "session:"));
        assertTrue(CrossSessionIndex.SessionPrompt.same(s1, new CrossSessionIndex.SessionPrompt("s1")));
        assertTrue(CrossSessionIndex.SessionPrompt.same("session:s1", s1));
        assertFalse(CrossSessionIndex.SessionPrompt.same(s1, new CrossSessionIndex.SessionPrompt("s2")));

        PrincipalIds numbered = new PrincipalIds(name -> 1L);
        int owner = numbered.sessionId("s1");
        assertEquals(owner, numbered.id("session:s1"));
        assertEquals(owner, numbered.find("session:s1"));
        assertEquals("session:s1", numbered.name(owner));
        assertEquals(-1, numbered.find("s1"), "a principal named like the session id is another owner");
        int named = numbered.id("s1");
        assertTrue(named != owner);
        assertEquals("s1", numbered.name(named));
        assertEquals(-1, numbered.find("session:s2"));

        CrossSessionIndex.Principals set = new CrossSessionIndex.Principals(numbered);
        set.addOwner(s1);
        set.addOwner("session:s1");
        set.addOwner("alice");
        assertEquals(2, set.size());
        assertTrue(set.contains("session:s1"));
        assertFalse(set.contains("s1"));
        PrincipalIds other = new PrincipalIds(HashedTable::hash);
        CrossSessionIndex.Principals copy = new CrossSessionIndex.Principals(other);
        copy.addAll(set);
        assertEquals(Set.of("session:s1", "alice"), collect(copy));
        assertEquals(other.sessionId("s1"), other.find("session:s1"), "copied as a session prompt owner");
    }

    private static Set<String> collect(CrossSessionIndex.Principals set) {
        Set<String> out = new TreeSet<>();
        set.forEach(out::add);
        return out;
    }

    /**
     * The keys of a merged index against a {@code HashMap} of the same keys, with a hash of four values
     * (most keys share one with others) and with the real one: every key finds its own entry, a key
     * never added finds none, whatever its hash.
     */
    @Test
    void hashedKeysFindTheirOwnEntryWhateverTheirHash() {
        for (java.util.function.ToLongFunction<String> hash : List.<java.util.function.ToLongFunction<String>>of(
                key -> key.length() % 4, HashedTable::hash)) {
            Random random = new Random(7);
            CrossSessionIndex.HashedKeys keys = new CrossSessionIndex.HashedKeys(hash);
            Map<String, Object> reference = new HashMap<>();
            for (int round = 0; round < 20_000; round++) {
                String key = randomKey(random);
                if (random.nextBoolean()) {
                    Object entry = keys.getOrAdd(key);
                    Object before = reference.putIfAbsent(key, entry);
                    assertTrue(before == null || before == entry, key);
                } else {
                    assertTrue(reference.get(key) == keys.get(key), key);
                }
            }
            assertEquals(reference.size(), keys.size());
            Map<String, Object> listed = new HashMap<>();
            keys.forEach(listed::put);
            assertEquals(reference.keySet(), listed.keySet());
            reference.forEach((key, entry) -> assertTrue(keys.get(key) == entry && listed.get(key) == entry, key));
        }
    }

    /** Two keys whose 64-bit hashes are equal are two entries, and one does not find the other's. */
    @Test
    void twoKeysOfOneHashAreNotConfused() {
        CrossSessionIndex.HashedKeys keys = new CrossSessionIndex.HashedKeys(key -> 0x5EEDL);
        Object order = keys.getOrAdd("ORD-1001");
        assertEquals(null, keys.get("ORD-1002"));
        assertEquals(null, keys.get("\u00a7ORD-1001"));
        Object other = keys.getOrAdd("ORD-1002");
        assertTrue(order != other);
        assertTrue(keys.get("ORD-1001") == order);
        assertTrue(keys.get("ORD-1002") == other);
        assertEquals(2, keys.size());
        // Non-ASCII keys (passage and fact keys start with \u00a7 and \u00b6) compare by their whole text.
        Object passage = keys.getOrAdd("\u00a7caf\u00e9 cr\u00e8me");
        assertTrue(keys.get("\u00a7caf\u00e9 cr\u00e8me") == passage);
        assertEquals(null, keys.get("\u00a7cafe creme"));
    }

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder();
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            key.append("ab\u00a7\u00e9x1".charAt(random.nextInt(6)));
        }
        if (random.nextInt(4) == 0) {
            // A digest's 64 hex characters at the end, which the index packs when they are lower case.
            String hex = random.nextBoolean() ? "0123456789abcdef" : "0123456789abcdeF";
            for (int i = 0; i < 64; i++) {
                key.append(hex.charAt(random.nextInt(hex.length()) % (random.nextInt(8) == 0 ? 16 : 4)));
            }
        }
        return key.toString();
    }

    /** Key bytes give their key back, and two keys have equal bytes exactly when they are equal. */
    @Test
    void keyBytesAreAFunctionOfTheKeyThatGivesItBack() {
        String digest = dev.coroner.trace.Sha256.hex("hello");
        List<String> keys = List.of("", "msg\u0000" + digest, "res\u0000lookup\u0000" + digest, digest,
                "a" + digest, "msg\u0000" + digest.toUpperCase(java.util.Locale.ROOT), "msg\u0000" + digest.substring(1),
                "\u00a7caf\u00e9 " + digest, "\u00b6" + digest + "g", "\u00ff" + digest);
        Set<String> bytes = new HashSet<>();
        for (String key : keys) {
            byte[] packed = CrossSessionIndex.KeyBytes.of(key);
            assertEquals(key, CrossSessionIndex.KeyBytes.text(packed));
            assertTrue(bytes.add(java.util.Arrays.toString(packed)), key);
        }
        assertEquals(1 + 4 + 32, CrossSessionIndex.KeyBytes.of("msg\u0000" + digest).length);
        assertEquals(4 + 64, CrossSessionIndex.KeyBytes.of("msg\u0000" + digest.toUpperCase(java.util.Locale.ROOT)).length);
    }

    /**
     * A passage owner is held without its excerpt (the key's own text) and given back with it; an owner
     * whose excerpt is not the key's text, or under another kind of key, keeps its own.
     */
    @Test
    void passageOwnersAreHeldWithoutTheirExcerptAndGivenItBack() {
        String shingle = "caf\u00e9 order parcel refund " + dev.coroner.trace.Sha256.hex("x");
        String key = CrossSessionIndex.passageKey(shingle);
        CrossSessionIndex.Owner owner = new CrossSessionIndex.Owner("alice", "s1", 3, SourceRef.line("t.jsonl", 4), shingle);
        CrossSessionIndex.Owner held = owner.heldUnder(key);
        assertEquals(null, held.excerpt());
        assertEquals(owner, held.withExcerpt(CrossSessionIndex.KeyBytes.of(key)));
        CrossSessionIndex.Owner other = owner("bob", "s2", 1);
        assertTrue(other == other.heldUnder(key));
        assertTrue(owner == owner.heldUnder(shingle));
        assertTrue(owner == owner.heldUnder("\u00b6" + shingle));
        Object two = CrossSessionIndex.Role.heldUnder(new CrossSessionIndex.Owner[] {owner, other}, key);
        assertEquals(Map.of("alice", owner, "bob", other), CrossSessionIndex.Role.few(two, CrossSessionIndex.KeyBytes.of(key)));
        assertEquals(Map.of("alice", owner), CrossSessionIndex.Role.few(held, CrossSessionIndex.KeyBytes.of(key)));
    }

    /** Ids against a map of names, all of one hash and of the real one; growth past the first tables. */
    @Test
    void principalIdsAreOnePerName() {
        for (java.util.function.ToLongFunction<String> hash : List.<java.util.function.ToLongFunction<String>>of(
                name -> 3L, HashedTable::hash)) {
            PrincipalIds ids = new PrincipalIds(hash);
            Map<String, Integer> reference = new HashMap<>();
            int count = hash.applyAsLong("a") == 3L ? 600 : 30_000;
            for (int i = 0; i < count; i++) {
                String name = (i % 3 == 0 ? "session:" : "p") + (i * 7919 % count);
                int id = ids.id(name);
                assertEquals(reference.computeIfAbsent(name, k -> id), id);
                assertEquals(id, ids.find(name));
                assertEquals(name, ids.name(id));
            }
            assertEquals(-1, ids.find("p" + count));
            assertEquals(-1, ids.find("session:p" + count));
            assertEquals(reference.size(), new HashSet<>(reference.values()).size());
        }
    }

    /**
     * The principals by their longest run against the map of run to principals it replaces, for random
     * principal ids (runs shared by several, none, non-ASCII letters), with the real hash and with one
     * that gives every run the same bits: each run finds exactly its principals, in id order.
     */
    @Test
    void principalsByRunAnswerAsTheMapTheyReplace() {
        Random random = new Random(11);
        Set<String> principals = new HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int j = 0, n = random.nextInt(4); j < n; j++) {
                id.append(List.of("acme", "u", "42", "Zo\u00eb", "-", "/", " ", "cust_9", "ACME").get(random.nextInt(9)));
            }
            principals.add(id.toString());
        }
        Map<String, List<String>> reference = new HashMap<>();
        for (String principal : new TreeSet<>(principals)) {
            String run = dev.coroner.analysis.text.Tokens.longestRun(principal);
            if (!run.isEmpty()) {
                reference.computeIfAbsent(run, k -> new ArrayList<>()).add(principal);
            }
        }
        Set<String> asked = new TreeSet<>(reference.keySet());
        asked.addAll(List.of("", "acm", "acmeacmeacmeacmeacme", "zo\u00eb", "42"));
        for (java.util.function.ToLongFunction<String> hash : List.<java.util.function.ToLongFunction<String>>of(
                HashedTable::hash, run -> -1L, run -> 0L)) {
            CrossSessionIndex.RunTable table = new CrossSessionIndex.RunTable(principals, hash);
            for (String run : asked) {
                assertEquals(reference.getOrDefault(run, List.of()), table.find(run), run);
            }
        }
        assertEquals(List.of(), new CrossSessionIndex.RunTable(Set.of(), HashedTable::hash).find("acme"));
    }

    /**
     * The sessions of a merged index against the map of session id to principal they replace (a session
     * named twice keeps the greater principal), with a hash of three values and with the real one.
     */
    @Test
    void sessionTableAnswersAsTheMapItReplaces() {
        for (java.util.function.ToLongFunction<String> hash : List.<java.util.function.ToLongFunction<String>>of(
                id -> id.length() % 3, HashedTable::hash)) {
            Random random = new Random(5);
            PrincipalIds ids = new PrincipalIds(hash);
            CrossSessionIndex.SessionTable table = new CrossSessionIndex.SessionTable(hash, ids);
            Map<String, String> reference = new HashMap<>();
            List<String> principals = List.of("", "alice", "bob", "session:s1", "s1", "Zo\u00eb");
            for (int round = 0; round < 3_000; round++) {
                String id = "s" + random.nextInt(400) + (random.nextBoolean() ? "" : "\u00e9");
                String principal = principals.get(random.nextInt(principals.size()));
                table.merge(id, principal);
                reference.merge(id, principal, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            for (int i = 0; i < 420; i++) {
                for (String id : List.of("s" + i, "s" + i + "\u00e9")) {
                    assertEquals(reference.get(id), table.principalOf(id), id);
                }
            }
            for (String principal : List.of("", "alice", "bob", "session:s1", "s1", "Zo\u00eb", "carol", "session:s2")) {
                assertEquals(reference.entrySet().stream().filter(e -> e.getValue().equals(principal))
                        .map(Map.Entry::getKey).sorted().findFirst(), table.sessionOf(principal), principal);
            }
            assertEquals(new HashSet<>(reference.values()), table.principals());
            Map<String, String> listed = new HashMap<>();
            table.forEach(listed::put);
            assertEquals(reference, listed);
        }
    }

    @Test
    void aSetGrowsPastItsFirstTableAndKeepsEveryMember() {
        CrossSessionIndex.Principals set = new CrossSessionIndex.Principals(ids);
        for (int i = 0; i < 10_000; i++) {
            set.add("principal-" + i);
            set.add("principal-" + (i / 2));
        }
        assertEquals(10_000, set.size());
        for (int i = 0; i < 10_000; i++) {
            assertTrue(set.contains("principal-" + i));
        }
        assertFalse(set.contains("principal-10000"));
        List<String> all = new ArrayList<>();
        set.forEach(all::add);
        assertEquals(10_000, new TreeSet<>(all).size());
    }
}
