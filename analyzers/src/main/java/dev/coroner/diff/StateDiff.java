package dev.coroner.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import java.util.List;
import java.util.Locale;

/**
 * The difference between two states (two checkpoints, two state JSON files), path by path:
 * fields and list items added or removed, values whose type changed, and values that changed. A
 * removed field is told apart as deleted (the later side recorded a delete for it or a parent)
 * or dropped (gone without one). The one model of state change: {@code coroner diff} shows it
 * to {@link Depth#ITEMS}, the timeline and {@code state.field-dropped} read it to
 * {@link Depth#FIELDS}, and {@link Transition} gives it for every snapshot of a thread.
 * Inside long or multi-line strings (messages, summaries) an {@link Depth#ITEMS} change is also
 * given character by character, computed with diff-match-patch and cleaned up to word-sized
 * edits. Deterministic: no time limit on the text diff (strings past {@link #MAX_TEXT_DIFF}
 * characters get no text diff instead).
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

    /**
     * One side of a diff.
     *
     * @param label   how the side is named (e.g. "thread t-1 step 9")
     * @param source  where it sits in the input
     * @param state   the state compared
     * @param deleted dotted paths the write of this state recorded as deleted on purpose
     */
    public record Side(String label, SourceRef source, JsonNode state, List<String> deleted) {
        public Side {
            deleted = List.copyOf(deleted);
        }

        /** A state read on its own (a file), with no deletes recorded. */
        public Side(String label, SourceRef source, JsonNode state) {
            this(label, source, state, List.of());
        }

        /** A snapshot of a thread, named as reports number steps ("thread t-1 step 9"), with its deletes. */
        public static Side of(String thread, StateSnapshot snapshot) {
            return new Side("thread " + thread + " step " + snapshot.index(), snapshot.source(), snapshot.state(),
                    snapshot.deleted());
        }
    }

    /** How deep a comparison goes. */
    public enum Depth {
        /**
         * Objects field by field, lists item by item; a value whose type changed (a decoded object
         * with a {@code "$type"} counts as that type) is {@link Kind#TYPE_CHANGED}; long strings get
         * character-level edits. What {@code coroner diff} shows.
         */
        ITEMS,
        /**
         * Objects field by field; anything else (lists, scalars, an object against a non-object) is
         * one value, {@link Kind#CHANGED} when its canonical JSON differs (key order inside lists
         * does not count). A root that is not an object, compared with one that is, has no fields.
         * What the timeline and {@code state.field-dropped} read: a state is a record of fields.
         */
        FIELDS
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
     * @param path       where the value sits ({@code $.messages[3].content})
     * @param before     the value before (missing for {@link Kind#ADDED})
     * @param after      the value after (missing for {@link Kind#REMOVED})
     * @param beforeType type of the value before, or empty
     * @param afterType  type of the value after, or empty
     * @param text       character-level edits for long strings, else empty
     * @param deleted    for {@link Kind#REMOVED}: the later side recorded a delete for the path or
     *                   a parent; a removal without one was dropped
     */
    public record Change(Kind kind, StatePath path, JsonNode before, JsonNode after, String beforeType,
                         String afterType, List<TextEdit> text, boolean deleted) {
        public Change {
            text = List.copyOf(text);
        }

        /** Removed with no delete recorded: what {@code state.field-dropped} reports. */
        public boolean dropped() {
            return kind == Kind.REMOVED && !deleted;
        }
    }

    public StateDiff {
        changes = List.copyOf(changes);
    }

    /** Compares two states item by item ({@link Depth#ITEMS}), as {@code coroner diff} shows them. */
    public static StateDiff between(Side a, Side b) {
        return between(a, b, Depth.ITEMS);
    }

    /** Compares two states to the given depth. */
    public static StateDiff between(Side a, Side b, Depth depth) {
        return new StateDiff(a, b, new StateComparison(depth, b.deleted()).changes(a.state(), b.state()));
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
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
