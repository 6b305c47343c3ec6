package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossSessionIndexTest {

    @TempDir
    Path dir;

    private List<SessionFacts> facts;
    private CrossSessionIndex a;
    private CrossSessionIndex b;
    private CrossSessionIndex c;
    private Set<String> values;

    /**
     * Three sessions whose identifiers overlap in every way the index distinguishes: one typed by
     * alice in two sessions (the owner must be the first), one typed by two principals, one in a
     * system prompt of one session and typed in another, one only in tool output, one typed in a
     * session without principal.
     */
    @BeforeEach
    void threeSessions() {
        Path file = Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s-c\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"s-c\",\"role\":\"user\",\"content\":\"hi\"}",
                "{\"type\":\"message\",\"session\":\"s-c\",\"role\":\"user\",\"content\":\"order ORD-1001, mail a@example.com\"}",
                "{\"type\":\"message\",\"session\":\"s-c\",\"role\":\"system\",\"content\":\"escalate to help@acme.example\"}",
                "{\"type\":\"session\",\"session\":\"s-a\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"s-a\",\"role\":\"user\",\"content\":\"ORD-1001 and ORD-2002\"}",
                "{\"type\":\"tool_result\",\"session\":\"s-a\",\"tool\":\"t\",\"content\":\"cus_9f8a7b6c2d\"}",
                "{\"type\":\"session\",\"session\":\"s-b\",\"principal\":\"bob\"}",
                "{\"type\":\"message\",\"session\":\"s-b\",\"role\":\"user\",\"content\":\"ORD-2002, help@acme.example\"}",
                "{\"type\":\"message\",\"session\":\"s-n\",\"role\":\"user\",\"content\":\"call 415.555.0134\"}",
                "{\"type\":\"message\",\"session\":\"s-n\",\"role\":\"system\",\"content\":\"escalate to help@acme.example\"}");
        LoadedTrace trace = Traces.load(file);
        assertEquals(List.of(), trace.problems());
        facts = new ArrayList<>();
        values = new TreeSet<>();
        for (Session session : trace.sessions()) {
            SessionFacts f = new SessionFacts(session);
            facts.add(f);
            f.identifiers().forEach(o -> values.add(o.identifier().value()));
        }
        assertEquals(List.of("s-a", "s-b", "s-c", "s-n"), facts.stream().map(f -> f.session().id()).toList());
        a = CrossSessionIndex.of(facts.get(0));
        b = CrossSessionIndex.of(facts.get(1));
        c = CrossSessionIndex.of(facts.get(2));
    }

    /** Everything the index answers, for every identifier of the run. */
    private Map<String, String> contents(CrossSessionIndex index) {
        Map<String, String> out = new TreeMap<>();
        for (String value : values) {
            StringBuilder entry = new StringBuilder("system=" + index.sharedConfiguration(value));
            for (String principal : new TreeSet<>(index.owners(value))) {
                entry.append(' ').append(principal).append('=').append(index.owner(value, principal).orElseThrow());
            }
            out.put(value, entry.toString());
        }
        out.put("(size)", String.valueOf(index.size()));
        return out;
    }

    @Test
    void mergeIsAssociativeAndCommutative() {
        Map<String, String> expected = contents(a.merge(b).merge(c));

        assertEquals(expected, contents(a.merge(b.merge(c))));
        assertEquals(expected, contents(c.merge(b).merge(a)));
        assertEquals(expected, contents(b.merge(a.merge(c))));
        assertEquals(expected, contents(c.merge(a).merge(b)));
        assertEquals(expected, contents(CrossSessionIndex.empty().merge(b).merge(CrossSessionIndex.empty())
                .merge(c.merge(a))));
    }

    @Test
    void theMergedIndexOwnsAndFlagsAsTheSessionsSay() {
        CrossSessionIndex all = c.merge(b).merge(a)
                .merge(CrossSessionIndex.of(facts.get(3)));

        // Typed by alice in s-c (step 1) and in s-a (step 0): the owner is the first session by id.
        assertEquals(Set.of("alice"), all.owners("ORD-1001"));
        CrossSessionIndex.Owner owner = all.owner("ORD-1001", "alice").orElseThrow();
        assertEquals("s-a", owner.sessionId());
        assertEquals(0, owner.step());
        assertEquals("t.jsonl:6", owner.source().fileAndLine());
        assertEquals("ORD-1001 and ORD-2002", owner.excerpt());

        assertEquals(Set.of("alice", "bob"), all.owners("ORD-2002"));
        // In the system prompts of alice (s-c) and of the principal-less s-n: shared configuration.
        assertTrue(all.sharedConfiguration("help@acme.example"));
        assertFalse(c.merge(b).merge(a).sharedConfiguration("help@acme.example"), "one principal's prompt only");
        assertEquals(Set.of("bob"), all.owners("help@acme.example"));
        assertFalse(all.sharedConfiguration("a@example.com"));
        // Tool output owns nothing; a session without principal owns nothing.
        assertEquals(Set.of(), all.owners("cus_9f8a7b6c2d"));
        assertEquals(Set.of(), all.owners("4155550134"));
        assertEquals(Optional.empty(), all.owner("ORD-2002", "carol"));
        assertEquals(Set.of(), all.owners("never-seen"));
    }

    @Test
    void mergeLeavesBothSidesUnchanged() {
        Map<String, String> beforeA = contents(a);
        Map<String, String> beforeB = contents(b);

        a.merge(b).merge(c);

        assertEquals(beforeA, contents(a));
        assertEquals(beforeB, contents(b));
        assertEquals(Set.of("alice"), a.owners("ORD-2002"));
    }

    /**
     * Five principals type the same order id and share a prompt passage (the shape of a word or prompt
     * line every session holds): the index keeps only the principals from the third on, and answers
     * every lookup the checks make as the full owner maps did.
     */
    @Test
    void anEntryOfManyPrincipalsAnswersAsTheFullMapDid() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add((i == 1 ? "{\"coroner\":1," : "{") + "\"type\":\"session\",\"session\":\"m-" + i
                    + "\",\"principal\":\"p" + i + "\"}");
            lines.add("{\"type\":\"message\",\"session\":\"m-" + i + "\",\"role\":\"system\",\"content\":"
                    + "\"escalate to help@acme.example\"}");
            lines.add("{\"type\":\"message\",\"session\":\"m-" + i + "\",\"role\":\"user\",\"content\":"
                    + "\"order ORD-3003" + (i <= 2 ? ", mail p" + i + "@example.com" : "") + "\"}");
        }
        LoadedTrace trace = Traces.load(Traces.write(dir, "many.jsonl", lines.toArray(String[]::new)));
        assertEquals(List.of(), trace.problems());
        List<CrossSessionIndex> parts = new ArrayList<>();
        for (Session session : trace.sessions()) {
            parts.add(CrossSessionIndex.of(new SessionFacts(session)));
        }
        CrossSessionIndex all = CrossSessionIndex.mergeAll(parts);

        assertEquals(Set.of("p1", "p2", "p3", "p4", "p5"), all.owners("ORD-3003"));
        // Where each first typed it is no longer held: every check asks it of an identifier with one owner.
        assertEquals(Optional.empty(), all.owner("ORD-3003", "p1"));
        assertEquals(Set.of("p1"), all.owners("p1@example.com"));
        assertEquals("m-1", all.owner("p1@example.com", "p1").orElseThrow().sessionId());
        assertTrue(all.sharedConfiguration("help@acme.example"));
        for (int i = 1; i <= 5; i++) {
            assertTrue(all.inSystemPromptOf("help@acme.example", "p" + i));
        }
        assertFalse(all.inSystemPromptOf("help@acme.example", "p6"));

        // Merged in two parts, in any grouping: the same answers as the index of all five.
        CrossSessionIndex left = CrossSessionIndex.mergeAll(parts.subList(0, 2));
        CrossSessionIndex right = CrossSessionIndex.mergeAll(parts.subList(2, 5));
        values.addAll(List.of("ORD-3003", "p1@example.com", "p2@example.com", "help@acme.example"));
        Map<String, String> expected = contentsOfMany(all);
        assertEquals(expected, contentsOfMany(left.merge(right)));
        assertEquals(expected, contentsOfMany(right.merge(left)));
        assertEquals(Set.of("p1", "p2"), left.owners("ORD-3003"));
        assertEquals("m-2", left.owner("ORD-3003", "p2").orElseThrow().sessionId(), "two owners keep where");
    }

    /**
     * The run's index merged with a hash that gives every key and every principal the same 64 bits
     * answers every lookup as the index merged with the real one: keys and principals are confirmed
     * by their text, so nothing is taken for something else of its hash.
     */
    @Test
    void aMergeWhereEveryHashCollidesAnswersAsTheRealOne() {
        CrossSessionIndex.Merge colliding = new CrossSessionIndex.Merge(text -> 42L);
        CrossSessionIndex.Merge real = new CrossSessionIndex.Merge();
        for (SessionFacts f : facts) {
            colliding.add(CrossSessionIndex.of(f));
            real.add(CrossSessionIndex.of(f));
        }
        CrossSessionIndex expected = real.result();
        CrossSessionIndex actual = colliding.result();
        values.addAll(List.of("ORD-3003", "never-seen", ""));
        assertEquals(everything(expected), everything(actual));
        // The prompt owner of s-n (no principal) is the owner named "session:s-n", as before.
        assertTrue(actual.inSystemPromptOf("help@acme.example", "session:s-n"));
        assertFalse(actual.inSystemPromptOf("help@acme.example", "s-n"));
        assertEquals(Set.of("alice", "bob"), actual.owners("ORD-2002"));
        assertEquals(Set.of(), actual.owners("ORD-2003"));
    }

    /** Every answer of the index for every value and every principal of the run, and two it does not know. */
    private Map<String, String> everything(CrossSessionIndex index) {
        List<String> principals = List.of("alice", "bob", "carol", "session:s-n", "session:s-a", "s-n");
        Map<String, String> out = new TreeMap<>();
        for (String value : values) {
            StringBuilder entry = new StringBuilder("system=" + index.sharedConfiguration(value)
                    + " owners=" + new TreeSet<>(index.owners(value))
                    + " results=" + new TreeSet<>(index.resultOwnerPrincipals(value))
                    + " " + new TreeMap<>(index.resultOwners(value)) + " " + new TreeMap<>(index.readers(value)));
            for (String principal : principals) {
                entry.append(' ').append(principal).append('=').append(index.inSystemPromptOf(value, principal))
                        .append(index.owner(value, principal));
            }
            out.put(value, entry.toString());
        }
        out.put("(size)", String.valueOf(index.size()));
        out.put("(principals)", String.valueOf(new TreeSet<>(index.principals())));
        out.put("(sessions)", principals.stream().map(p -> p + "=" + index.sessionOf(p)).toList()
                + " " + List.of("s-a", "s-n", "s-x").stream().map(id -> id + "=" + index.principalOfSession(id)).toList());
        return out;
    }

    /** What the index answers of every value for the principals p1 to p6, as the checks ask it. */
    private Map<String, String> contentsOfMany(CrossSessionIndex index) {
        Map<String, String> out = new TreeMap<>();
        for (String value : values) {
            StringBuilder entry = new StringBuilder("system=" + index.sharedConfiguration(value)
                    + " owners=" + new TreeSet<>(index.owners(value)));
            for (int i = 1; i <= 6; i++) {
                entry.append(" p").append(i).append('=').append(index.inSystemPromptOf(value, "p" + i))
                        .append(index.owner(value, "p" + i));
            }
            out.put(value, entry.toString());
        }
        out.put("(size)", String.valueOf(index.size()));
        return out;
    }
}
