package dev.coroner.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.diff.StateDiff.Change;
import dev.coroner.diff.StateDiff.Depth;
import dev.coroner.diff.StateDiff.Kind;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.TraceJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one model of state change: deleted against dropped, the two depths, paths, transitions of a thread. */
class StateDiffTest {

    private static final JsonNode MISSING = MissingNode.getInstance();
    private static final StatePath ROOT = StatePath.ROOT;

    private static JsonNode json(String text) {
        try {
            return TraceJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static StateDiff.Side side(String state, String... deleted) {
        return new StateDiff.Side("s", SourceRef.line("t.json", 1), json(state), List.of(deleted));
    }

    private static Change removed(StatePath path, String before, String type, boolean deleted) {
        return new Change(Kind.REMOVED, path, json(before), MISSING, type, "", List.of(), deleted);
    }

    private static Change added(StatePath path, String after, String type) {
        return new Change(Kind.ADDED, path, MISSING, json(after), "", type, List.of(), false);
    }

    private static Change changed(StatePath path, String before, String after, String type) {
        return new Change(Kind.CHANGED, path, json(before), json(after), type, type, List.of(), false);
    }

    private static final String BEFORE = "{\"customer\":{\"id\":\"C-7\",\"tier\":\"gold\"},\"note\":\"x\",\"items\":[1]}";
    private static final String AFTER = "{\"customer\":{\"id\":\"C-7\"},\"items\":[1,2],\"status\":\"open\"}";

    @Test
    void aRemovalTheLaterSideRecordedIsDeletedAndAnyOtherIsDropped() {
        StateDiff diff = StateDiff.between(side(BEFORE), side(AFTER, "note"), Depth.FIELDS);

        assertEquals(List.of(
                removed(ROOT.key("customer").key("tier"), "\"gold\"", "string", false),
                removed(ROOT.key("note"), "\"x\"", "string", true),
                changed(ROOT.key("items"), "[1]", "[1,2]", "list"),
                added(ROOT.key("status"), "\"open\"", "string")), diff.changes());
        assertEquals(List.of(true, false, false, false), diff.changes().stream().map(Change::dropped).toList());
    }

    @Test
    void aDeleteCoversEverythingUnderItButNotASiblingThatSharesItsPrefix() {
        String before = "{\"customer\":{\"tier\":\"gold\"},\"customerNote\":\"x\"}";

        StateDiff diff = StateDiff.between(side(before), side("{\"customer\":{}}", "customer"), Depth.FIELDS);

        assertEquals(List.of(removed(ROOT.key("customer").key("tier"), "\"gold\"", "string", true),
                removed(ROOT.key("customerNote"), "\"x\"", "string", false)), diff.changes());
    }

    @Test
    void toItemsListsAreWalkedItemByItemAndDeletesStillCount() {
        StateDiff diff = StateDiff.between(side(BEFORE), side(AFTER, "note"));

        assertEquals(List.of(
                removed(ROOT.key("customer").key("tier"), "\"gold\"", "string", false),
                removed(ROOT.key("note"), "\"x\"", "string", true),
                added(ROOT.key("items").item(1), "2", "number"),
                added(ROOT.key("status"), "\"open\"", "string")), diff.changes());
    }

    @Test
    void toFieldsANewTypeIsAChangedValueAndKeyOrderInsideListsDoesNotCount() {
        String before = "{\"order\":{\"id\":\"A-1\"},\"lines\":[{\"sku\":1,\"qty\":2}]}";
        String after = "{\"order\":\"A-1\",\"lines\":[{\"qty\":2,\"sku\":1}]}";

        assertEquals(List.of(new Change(Kind.CHANGED, ROOT.key("order"), json("{\"id\":\"A-1\"}"), json("\"A-1\""),
                "object", "string", List.of(), false)), StateDiff.between(side(before), side(after), Depth.FIELDS).changes());
        assertEquals(List.of(new Change(Kind.TYPE_CHANGED, ROOT.key("order"), json("{\"id\":\"A-1\"}"),
                json("\"A-1\""), "object", "string", List.of(), false)),
                StateDiff.between(side(before), side(after)).changes());
    }

    @Test
    void toFieldsARootThatIsNotAnObjectHasNoFields() {
        assertEquals(List.of(removed(ROOT.key("a"), "1", "number", false)),
                StateDiff.between(side("{\"a\":1}"), side("[1]"), Depth.FIELDS).changes());
        assertEquals(List.of(added(ROOT.key("a"), "1", "number")),
                StateDiff.between(side("\"x\""), side("{\"a\":1}"), Depth.FIELDS).changes());
        assertEquals(List.of(changed(ROOT, "1", "2", "number")),
                StateDiff.between(side("1"), side("2"), Depth.FIELDS).changes());
    }

    @Test
    void aKeyContainingADotIsOneKey() {
        JsonNode before = json("{\"a.b\":1,\"a\":{\"b\":2}}");

        StateDiff diff = StateDiff.between(side(before.toString()), side("{\"a\":{}}"), Depth.FIELDS);

        StatePath quoted = ROOT.key("a.b");
        StatePath nested = ROOT.key("a").key("b");
        assertEquals(List.of(removed(quoted, "1", "number", false), removed(nested, "2", "number", false)),
                diff.changes());
        assertEquals(List.of("$['a.b']", "$.a.b"), diff.changes().stream().map(c -> c.path().jsonPath()).toList());
        assertEquals(List.of("a.b", "a.b"), diff.changes().stream().map(c -> c.path().dotted()).toList());
        assertEquals(json("1"), quoted.in(before));
        assertEquals(json("2"), nested.in(before));
        assertEquals(ROOT, quoted.parent());
        // A trace's delete list is dotted: it names both the same way, and "a" reads as a parent of both.
        assertTrue(quoted.deletedBy(List.of("a.b")) && nested.deletedBy(List.of("a.b")));
        assertTrue(quoted.deletedBy(List.of("a")));
        assertFalse(quoted.deletedBy(List.of("a.b.c")));
    }

    @Test
    void pathsAreSpelledOneWayEach() {
        StatePath path = ROOT.key("messages").item(3).key("it's").key("content");

        assertEquals("$.messages[3]['it\\'s'].content", path.jsonPath());
        assertEquals("messages[3].it's.content", path.dotted());
        assertEquals("$", ROOT.jsonPath());
        assertEquals("", ROOT.dotted());
    }

    private static StateSnapshot snapshot(int index, String namespace, String state, String... deleted) {
        return new StateSnapshot(index, SourceRef.line("t.jsonl", index + 1), "", namespace, json(state), "",
                List.of(deleted), Map.of());
    }

    @Test
    void transitionsCompareEachSnapshotWithTheOneItContinues() {
        StateSnapshot first = snapshot(0, "orders", "{\"x\":1,\"note\":\"n\"}");
        StateSnapshot other = snapshot(1, "cart", "{\"y\":1}");
        StateSnapshot second = snapshot(2, "orders", "{\"x\":2}", "note");
        Map<StateSnapshot, StateSnapshot> previous = Map.of(second, first);

        List<Transition> transitions = Transition.over("t-1", List.of(first, other, second), previous::get,
                Depth.FIELDS);

        assertEquals(3, transitions.size());
        Transition opening = transitions.get(0);
        assertEquals(Optional.empty(), opening.before());
        assertEquals("thread t-1 before step 0", opening.diff().a().label());
        assertEquals("thread t-1 step 0", opening.diff().b().label());
        assertEquals(List.of(added(ROOT.key("x"), "1", "number"), added(ROOT.key("note"), "\"n\"", "string")),
                opening.diff().changes());
        assertEquals(List.of(added(ROOT.key("y"), "1", "number")), transitions.get(1).diff().changes());

        Transition last = transitions.get(2);
        assertEquals(Optional.of(first), last.before());
        assertEquals(second, last.after());
        assertEquals("thread t-1 step 0", last.diff().a().label());
        assertEquals("thread t-1 step 2", last.diff().b().label());
        assertEquals(SourceRef.line("t.jsonl", 3), last.diff().b().source());
        assertEquals(List.of(changed(ROOT.key("x"), "1", "2", "number"), removed(ROOT.key("note"), "\"n\"", "string", true)),
                last.diff().changes());
    }
}
