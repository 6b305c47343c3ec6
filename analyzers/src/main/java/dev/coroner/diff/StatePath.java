package dev.coroner.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a value sits in a state: the object keys and list indexes that lead to it from the root.
 * Kept as steps, not as a string, so that a key containing a dot is still one key; the two
 * spellings are made here only: {@link #jsonPath()} for {@code coroner diff}
 * ({@code $.order['odd.key'][2]}) and {@link #dotted()} for the timeline, findings and the
 * delete lists traces record ({@code order.odd.key}).
 *
 * @param steps keys and indexes from the root, outermost first; empty for the root
 */
public record StatePath(List<Step> steps) {

    /** The whole state. */
    public static final StatePath ROOT = new StatePath(List.of());

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One step down: into an object's field or a list's item. */
    public sealed interface Step permits Key, Item {

        /** The child of {@code node} this step leads to, or a missing node. */
        JsonNode from(JsonNode node);

        /** This step in JSONPath. */
        String jsonPath();

        /** This step in a dotted path, after {@code prefix} (the steps before it). */
        String dotted(String prefix);
    }

    /** The field {@code name} of an object. */
    public record Key(String name) implements Step {

        @Override
        public JsonNode from(JsonNode node) {
            return node.path(name);
        }

        @Override
        public String jsonPath() {
            return PLAIN_KEY.matcher(name).matches() ? "." + name
                    : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
        }

        @Override
        public String dotted(String prefix) {
            return prefix.isEmpty() ? name : prefix + "." + name;
        }
    }

    /** Item {@code index} (0-based) of a list. */
    public record Item(int index) implements Step {

        @Override
        public JsonNode from(JsonNode node) {
            return node.path(index);
        }

        @Override
        public String jsonPath() {
            return "[" + index + "]";
        }

        @Override
        public String dotted(String prefix) {
            return prefix + jsonPath();
        }
    }

    public StatePath {
        steps = List.copyOf(steps);
    }

    /** The field {@code name} of the value at this path. */
    public StatePath key(String name) {
        return then(new Key(name));
    }

    /** Item {@code index} of the list at this path. */
    public StatePath item(int index) {
        return then(new Item(index));
    }

    private StatePath then(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new StatePath(longer);
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** The path of the enclosing value; the root is its own parent. */
    public StatePath parent() {
        return isRoot() ? this : new StatePath(steps.subList(0, steps.size() - 1));
    }

    /** The value at this path in {@code root}, or a missing node. */
    public JsonNode in(JsonNode root) {
        JsonNode node = root;
        for (Step step : steps) {
            node = step.from(node);
        }
        return node;
    }

    /** JSONPath: {@code $.name}, {@code $['odd key']} when a key is not an identifier, {@code $.list[3]}. */
    public String jsonPath() {
        StringBuilder out = new StringBuilder("$");
        for (Step step : steps) {
            out.append(step.jsonPath());
        }
        return out.toString();
    }

    /**
     * Keys joined with dots ({@code customer.tier}, empty for the root), list items as {@code [3]}:
     * how traces name the paths they delete and how the timeline and findings show a field. A key
     * containing a dot reads like two keys here; use {@link #jsonPath()} where that matters.
     */
    public String dotted() {
        String out = "";
        for (Step step : steps) {
            out = step.dotted(out);
        }
        return out;
    }

    /** True when one of the dotted paths a write recorded as deleted is this path or encloses it. */
    public boolean deletedBy(List<String> deleted) {
        String path = dotted();
        for (String d : deleted) {
            if (path.equals(d) || path.startsWith(d + ".")) {
                return true;
            }
        }
        return false;
    }
}
