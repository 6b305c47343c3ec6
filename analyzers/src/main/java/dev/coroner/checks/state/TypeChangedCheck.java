package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.diff.StateDiff;
import dev.coroner.diff.StatePath;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The value at one path of the state changes type between a snapshot and the one that continues
 * it: an object becomes a string, a list becomes null, a number becomes a string, a decoded
 * {@code datetime} becomes plain text. A value arriving where there was null is not a change, nor
 * is a scalar cleared to null (a coupon used, a question answered), nor a path deleted on purpose;
 * an object or a list becoming null is, unless another field of the same snapshot holds the whole of
 * it (a migration that moved it). A text copied verbatim from a tool result or model output
 * recorded between the two snapshots is left to {@code boundary.unvalidated-tool-output}, which
 * names the output that was written as-is. Objects are compared field by field and only the topmost
 * changed path is reported; arrays are compared as values.
 */
public final class TypeChangedCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "state.type-changed",
            "A state value changes type between two snapshots",
            Severity.HIGH,
            "0.2.0",
            """
            State read back after a step boundary should have the shape it was written with. When the
            value at a path turns from an object into a string, from a list into null or from a number
            into text, a node overwrote it with a different kind of value, or a serializer downgraded it
            (a datetime or a model object written back as plain text). Every reader that expects the old
            shape now misreads or ignores it: the agent silently loses what the value carried. An object
            set to null while another field of the same snapshot holds the whole of it was moved (a
            migration), not lost.
            """,
            """
            Declare the type of every state field (TypedDict, pydantic model, zod schema) and validate
            writes against it at the node boundary. Keep identifiers and whole objects in separate
            fields instead of replacing one with the other, and round-trip the state through its
            checkpointer's serializer in a test.
            """,
            """
            Checkpoint 12 holds "order": {"order_id": "ORD-1042", "total_eur": 84.5, "items": [...]};
            checkpoint 13, written by a "normalise" node, holds "order": "ORD-1042". The total and the
            items are gone for every later step.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (StateSnapshot after : history.snapshots()) {
            StateSnapshot before = history.parent(after);
            if (before != null) {
                compare(before.state(), after.state(), StatePath.ROOT, before, after, context, history,
                        outputsBetween(facts, before.index(), after.index()));
            }
        }
    }

    /** Texts that tools returned and models produced between two steps. */
    private static Set<String> outputsBetween(SessionFacts facts, int from, int to) {
        Set<String> texts = new HashSet<>();
        for (Step step : facts.session().steps().subList(from + 1, to)) {
            if (step instanceof ToolResult result) {
                texts.add(facts.session().message(result.message()).text().strip());
            } else if (step instanceof ModelCall call && call.output().isPresent()) {
                texts.add(facts.session().message(call.output().getAsInt()).text().strip());
            }
        }
        return texts;
    }

    private static void compare(JsonNode before, JsonNode after, StatePath prefix, StateSnapshot from, StateSnapshot to,
                                CheckContext context, StateHistory history, Set<String> outputs) {
        for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            StatePath at = prefix.key(name);
            String path = at.dotted();
            JsonNode old = before.get(name);
            JsonNode now = after.get(name);
            if (now == null || old.isNull() || at.deletedBy(to.deleted())
                    || now.isNull() && old.isValueNode()) {
                continue; // a value arriving, a delete, or a scalar cleared: not a change of shape
            }
            if (now.isTextual() && outputs.contains(now.asText().strip())) {
                continue; // an output written as-is: the boundary check names its producer
            }
            if (now.isNull() && heldElsewhere(old, to.state(), now)) {
                continue; // moved: another field of the same snapshot holds the whole value (a migration)
            }
            String oldType = StateDiff.typeName(old);
            String newType = StateDiff.typeName(now);
            if (oldType.equals("opaque") || newType.equals("opaque")) {
                continue;
            }
            if (!oldType.equals(newType)) {
                String namespace = to.namespace().isEmpty() ? "" : " of namespace \"" + to.namespace() + "\"";
                context.at(to, "State field \"" + path + "\"" + namespace + " changed type from " + oldType + " at step "
                                + from.index() + " to " + newType + " at step " + to.index()
                                + history.checkpointSuffix(from, to))
                        .key(to.namespace() + "\n" + path + "\n" + oldType + "\n" + newType)
                        .evidence("\"" + path + "\" at step " + from.index() + " (" + oldType + ")", old.toString(),
                                from.source())
                        .evidence("\"" + path + "\" at step " + to.index() + " (" + newType + ")", now.toString(),
                                to.source())
                        .report();
            } else if (old.isObject()) {
                compare(old, now, at, from, to, context, history, outputs);
            }
        }
    }

    /**
     * True when a node of the snapshot other than {@code self} holds the whole of {@code old}: the same
     * list, or an object with every field of it at the same value (a migration that moved "vincoli" to
     * "esigenze_paziente" and marked where it came from).
     */
    private static boolean heldElsewhere(JsonNode old, JsonNode node, JsonNode self) {
        if (node == self || node == null) {
            return false;
        }
        if (old.isArray() && old.equals(node) || old.isObject() && node.isObject() && old.size() > 0
                && contains(node, old)) {
            return true;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (heldElsewhere(old, child, self)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(JsonNode node, JsonNode old) {
        for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().equals(node.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
