package dev.coroner.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.diff.StateDiff.Change;
import dev.coroner.diff.StateDiff.Depth;
import dev.coroner.diff.StateDiff.Kind;
import dev.coroner.diff.StateDiff.TextEdit;
import dev.coroner.trace.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * The walk behind {@link StateDiff}: both states side by side, to one {@link Depth}, with the
 * later side's delete list deciding whether a removal was deleted or dropped. Changes come in
 * document order: the earlier side's fields first, then the fields only the later side has.
 */
final class StateComparison {

    private final Depth depth;
    private final List<String> deleted;
    private final List<Change> out = new ArrayList<>();

    StateComparison(Depth depth, List<String> deleted) {
        this.depth = depth;
        this.deleted = deleted;
    }

    List<Change> changes(JsonNode before, JsonNode after) {
        if (depth == Depth.FIELDS && (before.isObject() || after.isObject())) {
            fields(before, after, StatePath.ROOT);
        } else {
            compare(before, after, StatePath.ROOT);
        }
        return out;
    }

    private void compare(JsonNode before, JsonNode after, StatePath path) {
        if (depth == Depth.FIELDS) {
            if (before.isObject() && after.isObject()) {
                fields(before, after, path);
            } else if (!JsonValues.canonical(before).equals(JsonValues.canonical(after))) {
                changed(before, after, path, List.of());
            }
            return;
        }
        String beforeType = StateDiff.typeName(before);
        String afterType = StateDiff.typeName(after);
        if (!beforeType.equals(afterType)) {
            out.add(new Change(Kind.TYPE_CHANGED, path, before, after, beforeType, afterType, List.of(), false));
        } else if (before.isObject()) {
            fields(before, after, path);
        } else if (before.isArray()) {
            items(before, after, path);
        } else if (!before.equals(after)) {
            changed(before, after, path, before.isTextual() ? textDiff(before.asText(), after.asText()) : List.of());
        }
    }

    /** Field by field; a side that is not an object has no fields. */
    private void fields(JsonNode before, JsonNode after, StatePath path) {
        Set<String> names = new LinkedHashSet<>();
        if (before.isObject()) {
            before.fieldNames().forEachRemaining(names::add);
        }
        if (after.isObject()) {
            after.fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            StatePath child = path.key(name);
            JsonNode b = before.isObject() ? before.get(name) : null;
            JsonNode a = after.isObject() ? after.get(name) : null;
            if (a == null) {
                removed(b, child);
            } else if (b == null) {
                added(a, child);
            } else {
                compare(b, a, child);
            }
        }
    }

    private void items(JsonNode before, JsonNode after, StatePath path) {
        int common = Math.min(before.size(), after.size());
        for (int i = 0; i < common; i++) {
            compare(before.get(i), after.get(i), path.item(i));
        }
        for (int i = common; i < before.size(); i++) {
            removed(before.get(i), path.item(i));
        }
        for (int i = common; i < after.size(); i++) {
            added(after.get(i), path.item(i));
        }
    }

    private void removed(JsonNode before, StatePath path) {
        out.add(new Change(Kind.REMOVED, path, before, MissingNode.getInstance(), StateDiff.typeName(before), "",
                List.of(), path.deletedBy(deleted)));
    }

    private void added(JsonNode after, StatePath path) {
        out.add(new Change(Kind.ADDED, path, MissingNode.getInstance(), after, "", StateDiff.typeName(after),
                List.of(), false));
    }

    private void changed(JsonNode before, JsonNode after, StatePath path, List<TextEdit> text) {
        out.add(new Change(Kind.CHANGED, path, before, after, StateDiff.typeName(before), StateDiff.typeName(after),
                text, false));
    }

    /** Character-level edits between two strings when either is long or has several lines; else empty. */
    static List<TextEdit> textDiff(String before, String after) {
        boolean longText = before.length() >= StateDiff.LONG_STRING || after.length() >= StateDiff.LONG_STRING
                || before.contains("\n") || after.contains("\n");
        if (!longText || before.length() > StateDiff.MAX_TEXT_DIFF || after.length() > StateDiff.MAX_TEXT_DIFF) {
            return List.of();
        }
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 0; // no time limit: the same inputs always give the same edits
        LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(before, after);
        dmp.diffCleanupSemantic(diffs);
        List<TextEdit> edits = new ArrayList<>();
        for (DiffMatchPatch.Diff d : diffs) {
            TextEdit.Op op = switch (d.operation) {
                case EQUAL -> TextEdit.Op.EQUAL;
                case INSERT -> TextEdit.Op.INSERT;
                case DELETE -> TextEdit.Op.DELETE;
            };
            edits.add(new TextEdit(op, d.text));
        }
        return edits;
    }
}
