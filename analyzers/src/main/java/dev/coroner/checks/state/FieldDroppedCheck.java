package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A field present in one state snapshot and absent from the next snapshot of the same namespace,
 * with no delete recorded for it or any of its parents. Only the topmost missing field is
 * reported (a dropped object is one finding, not one per leaf); arrays are compared as values.
 */
public final class FieldDroppedCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "state.field-dropped",
            "A state field disappears between two snapshots without a delete",
            Severity.HIGH,
            "0.1.0",
            """
            State that crosses a step boundary is serialised and read back. When a field present in one
            snapshot is missing from the next and nothing deleted it, the agent has forgotten something it
            knew: a reducer that replaced instead of merged, a schema that no longer declares the field, a
            serializer that skips it, a resume that rebuilt state from an older source. Every later step
            reasons without it: agent amnesia.
            """,
            """
            Declare the field in the state schema and make the write that replaced the state merge into it.
            When a field is meant to go, delete it explicitly (in coroner JSONL: list it in "deleted"), so
            the removal is visible in the trace. Add a test that round-trips the state through its
            serializer.
            """,
            """
            Step 2 writes {"customer": {"id": "C-77", "tier": "gold"}, "cart": [...]}; step 6 writes
            {"customer": {"id": "C-77"}, "cart": [...]}. customer.tier was dropped, and the discount that
            depends on it is never applied.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, StateSnapshot> previous = new HashMap<>();
        for (Step step : facts.session().steps()) {
            if (step instanceof StateSnapshot snapshot) {
                StateSnapshot before = previous.put(snapshot.namespace(), snapshot);
                if (before != null) {
                    List<String> dropped = new ArrayList<>();
                    compare(before.state(), snapshot.state(), "", snapshot.deleted(), dropped);
                    for (String path : dropped) {
                        report(context, before, snapshot, path);
                    }
                }
            }
        }
    }

    private static void compare(JsonNode before, JsonNode after, String prefix, List<String> deleted,
                                List<String> dropped) {
        for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode next = after.get(name);
            if (next == null) {
                if (!isDeleted(path, deleted)) {
                    dropped.add(path);
                }
            } else if (before.get(name).isObject() && next.isObject()) {
                compare(before.get(name), next, path, deleted, dropped);
            }
        }
    }

    private static boolean isDeleted(String path, List<String> deleted) {
        for (String d : deleted) {
            if (path.equals(d) || path.startsWith(d + ".")) {
                return true;
            }
        }
        return false;
    }

    private static void report(CheckContext context, StateSnapshot before, StateSnapshot after, String path) {
        String namespace = after.namespace().isEmpty() ? "" : " of namespace \"" + after.namespace() + "\"";
        JsonNode value = at(before.state(), path);
        String parentPath = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        JsonNode parent = parentPath.isEmpty() ? after.state() : at(after.state(), parentPath);
        List<String> keys = new ArrayList<>();
        parent.fieldNames().forEachRemaining(keys::add);
        context.at(after, "State field \"" + path + "\"" + namespace + " present at step " + before.index()
                        + " is missing at step " + after.index() + " with no delete recorded")
                .key(after.namespace() + "\n" + path)
                .evidence("\"" + path + "\" at step " + before.index(), value.toString(), before)
                .evidence((parentPath.isEmpty() ? "state" : "\"" + parentPath + "\"") + " at step " + after.index()
                        + " has only", keys.isEmpty() ? "(no fields)" : String.join(", ", keys), after)
                .report();
    }

    private static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }
}
