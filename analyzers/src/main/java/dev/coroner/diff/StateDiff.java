package dev.coroner.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

/**
 * The difference between two states (two checkpoints, two state JSON files), path by path:
 * fields and list items added or removed, values whose type changed, and values that changed.
 * Objects are compared field by field (a decoded object with a {@code "$type"} counts as that
 * type), lists item by item. Inside long or multi-line strings (messages, summaries) the change
 * is also given character by character, computed with diff-match-patch and cleaned up to
 * word-sized edits. Deterministic: no time limit on the text diff (strings past
 * {@link #MAX_TEXT_DIFF} characters get no text diff instead).
 *
 * @param a       the earlier side
 * @param b       the later side
 * @param changes every change, in document order
 */
public record StateDiff(Side a, Side b, List<Change> changes) {

    /** Strings at least this long, or with a line break, get a character-level diff. */
    public static final int LONG_STRING = 40;
    /** Longest string a character-level diff is computed for. */
    public static final int MAX_TEXT_DIFF = 100_000;

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One side of a diff.
     *
     * @param label  how the side is named (e.g. "thread t-1 step 9, checkpoint 1f0…")
     * @param source where it sits in the input
     * @param state  the state compared
     */
    public record Side(String label, SourceRef source, JsonNode state) {
    }

    /** What happened at a path. */
    public enum Kind {
        ADDED, REMOVED, TYPE_CHANGED, CHANGED;

        /** Lower-case label used in reports: {@code added}, {@code type_changed}, … */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One edit of a character-level text diff. */
    public record TextEdit(Op op, String text) {
        /** Keep, insert or delete. */
        public enum Op {
            EQUAL, INSERT, DELETE;

            public String label() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * One change.
     *
     * @param kind       what happened
     * @param path       JSONPath of the value ({@code $.messages[3].content})
     * @param before     the value before (missing for {@link Kind#ADDED})
     * @param after      the value after (missing for {@link Kind#REMOVED})
     * @param beforeType type of the value before, or empty
     * @param afterType  type of the value after, or empty
     * @param text       character-level edits for long strings, else empty
     */
    public record Change(Kind kind, String path, JsonNode before, JsonNode after, String beforeType, String afterType,
                         List<TextEdit> text) {
        public Change {
            text = List.copyOf(text);
        }
    }

    public StateDiff {
        changes = List.copyOf(changes);
    }

    /** Compares two states. */
    public static StateDiff between(Side a, Side b) {
        List<Change> changes = new ArrayList<>();
        compare(a.state(), b.state(), "$", changes);
        return new StateDiff(a, b, changes);
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    private static void compare(JsonNode before, JsonNode after, String path, List<Change> out) {
        String beforeType = typeName(before);
        String afterType = typeName(after);
        if (!beforeType.equals(afterType)) {
            out.add(new Change(Kind.TYPE_CHANGED, path, before, after, beforeType, afterType, List.of()));
            return;
        }
        if (before.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + key(name);
                JsonNode b = before.get(name);
                JsonNode a = after.get(name);
                if (a == null) {
                    out.add(new Change(Kind.REMOVED, child, b, MissingNode.getInstance(),
                            typeName(b), "", List.of()));
                } else if (b == null) {
                    out.add(new Change(Kind.ADDED, child, MissingNode.getInstance(), a,
                            "", typeName(a), List.of()));
                } else {
                    compare(b, a, child, out);
                }
            }
        } else if (before.isArray()) {
            int common = Math.min(before.size(), after.size());
            for (int i = 0; i < common; i++) {
                compare(before.get(i), after.get(i), path + "[" + i + "]", out);
            }
            for (int i = common; i < before.size(); i++) {
                out.add(new Change(Kind.REMOVED, path + "[" + i + "]", before.get(i),
                        MissingNode.getInstance(), typeName(before.get(i)), "", List.of()));
            }
            for (int i = common; i < after.size(); i++) {
                out.add(new Change(Kind.ADDED, path + "[" + i + "]", MissingNode.getInstance(),
                        after.get(i), "", typeName(after.get(i)), List.of()));
            }
        } else if (!before.equals(after)) {
            List<TextEdit> text = before.isTextual() ? textDiff(before.asText(), after.asText()) : List.of();
            out.add(new Change(Kind.CHANGED, path, before, after, beforeType, afterType, text));
        }
    }

    /** Character-level edits between two strings when either is long or has several lines; else empty. */
    static List<TextEdit> textDiff(String before, String after) {
        boolean longText = before.length() >= LONG_STRING || after.length() >= LONG_STRING
                || before.contains("\n") || after.contains("\n");
        if (!longText || before.length() > MAX_TEXT_DIFF || after.length() > MAX_TEXT_DIFF) {
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

    /** A JSONPath step for a key: {@code .name}, or {@code ['odd key']} when it is not an identifier. */
    private static String key(String name) {
        if (PLAIN_KEY.matcher(name).matches()) {
            return "." + name;
        }
        return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * The type of a JSON value as coroner names it: {@code object}, {@code list}, {@code string},
     * {@code number}, {@code boolean}, {@code null}, or for a decoded object the class it recorded
     * ({@code "$type"}).
     */
    public static String typeName(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isObject() && value.path("$type").isTextual()) {
            return value.path("$type").asText();
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "list";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
