package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    private static CrossSessionIndex.Owner owner(String principal, String session, int step) {
        return new CrossSessionIndex.Owner(principal, session, step, SourceRef.line("t.jsonl", 1), session + "/" + step);
    }

    @Test
    void rolesAnswerAsTheOwnerMapsTheyReplace() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
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
                one = CrossSessionIndex.Role.with(one, o);
            }
            Collections.shuffle(owners, random);
            int cut = random.nextInt(owners.size() + 1);
            Object left = null;
            Object right = null;
            for (int i = 0; i < owners.size(); i++) {
                if (i < cut) {
                    left = CrossSessionIndex.Role.with(left, owners.get(i));
                } else {
                    right = CrossSessionIndex.Role.with(right, owners.get(i));
                }
            }
            Object union = random.nextBoolean() ? CrossSessionIndex.Role.union(left, right)
                    : CrossSessionIndex.Role.union(right, left);

            for (Object role : List.of(one, union)) {
                assertEquals(reference.keySet(), CrossSessionIndex.Role.principals(role));
                assertEquals(reference.size(), CrossSessionIndex.Role.size(role));
                for (int p = 0; p <= principals; p++) {
                    String principal = "p" + p;
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
        CrossSessionIndex.Principals set = new CrossSessionIndex.Principals();
        set.add("Aa");
        assertTrue(set.contains("Aa"));
        assertFalse(set.contains("BB"));
        set.add("BB");
        set.add("Aa");
        assertEquals(2, set.size());
        assertTrue(set.contains("BB"));

        Object role = CrossSessionIndex.Role.with(null, owner("Aa", "s1", 0));
        assertFalse(CrossSessionIndex.Role.contains(role, "BB"));
        assertEquals(Optional.empty(), CrossSessionIndex.Role.owner(role, "BB"));
        for (String p : List.of("BB", "C#", "Aa")) { // "C#" also hashes as "Aa": three principals, held as a set
            role = CrossSessionIndex.Role.with(role, owner(p, "s2", 1));
        }
        assertEquals(new TreeSet<>(Set.of("Aa", "BB", "C#")), new TreeSet<>(CrossSessionIndex.Role.principals(role)));
        assertFalse(CrossSessionIndex.Role.contains(role, "Ab"));
    }

    @Test
    void aSetGrowsPastItsFirstTableAndKeepsEveryMember() {
        CrossSessionIndex.Principals set = new CrossSessionIndex.Principals();
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
