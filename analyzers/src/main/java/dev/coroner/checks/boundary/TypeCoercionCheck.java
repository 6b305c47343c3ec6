package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same field written in another representation across a boundary ({@link Representation}):
 * between consecutive snapshots of a namespace (every scalar at the same path, array items by
 * position), and from a tool result into the next snapshot, where a field of the same name in the
 * tool's JSON output holds 100 times or a hundredth of the value written (units and cents mixed).
 * Parsing a string from a tool into a number of state is validation, not coercion, and is not
 * reported. Each field and kind of change is reported once per namespace, where it first happens.
 */
public final class TypeCoercionCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.type-coercion",
            "A field changes representation across a boundary",
            Severity.MEDIUM,
            "0.1.0",
            """
            A state field holds the same kind of value in two representations on either side of a boundary:
            the number 42 and the string "42", an ISO date and an epoch timestamp (9–10 digits for seconds,
            12–13 for milliseconds), true and "true", an amount in units and in cents (one value exactly 100
            times the other, where one is a whole number and the other is not, or the field is named like
            money: amount, price, total, cost, fee, balance, refund, charge, paid, subtotal, tax, cents). A
            serializer, a tool or a model rewrote the value, and code on the other side compares, sorts or
            adds it wrongly: "10" < "9", a date parsed as a number, a refund a hundred times too large.
            Checked between consecutive snapshots of a namespace, and from a tool's JSON output into the next
            snapshot (a field of the same name, units against cents).
            """,
            """
            Give every state field one declared type and unit (a schema, typed state classes) and convert at
            the boundary where values come in: tool adapters return typed values, money as integer minor
            units or decimal strings, never both; timestamps in one format.
            """,
            """
            Step 3 writes {"refund": {"amount": 19.99}}; the payment tool returns {"amount": 1999} (cents),
            and step 6 writes {"refund": {"amount": 1999}}. The next step refunds 1,999.00 EUR.
            """,
            List.of(Representation.ISO_DATE, Representation.NUMERIC, Representation.EPOCH_DIGITS,
                    Representation.MONEY, Representation.BOOLEAN_TEXT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, StateSnapshot> previous = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Step step : facts.session().steps()) {
            if (!(step instanceof StateSnapshot snapshot)) {
                continue;
            }
            StateSnapshot before = previous.put(snapshot.namespace(), snapshot);
            if (before != null) {
                compare(context, before, snapshot, before.state(), snapshot.state(), "", reported);
            }
            for (Producers.Producer producer : Producers.between(facts, before == null ? -1 : before.index(),
                    snapshot.index())) {
                if (producer.json() != null && producer.step().kind().equals("tool_result")) {
                    fromTool(context, producer, before, snapshot, snapshot.state(), "", reported);
                }
            }
        }
    }

    private static void compare(CheckContext context, StateSnapshot before, StateSnapshot after, JsonNode old,
                                JsonNode now, String prefix, Set<String> reported) {
        for (Iterator<Map.Entry<String, JsonNode>> it = children(now); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            String path = prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey();
            JsonNode value = child.getValue();
            JsonNode was = now.isArray() != old.isArray() ? MissingNode.getInstance()
                    : now.isArray() ? old.path(Integer.parseInt(child.getKey())) : old.path(child.getKey());
            if (value.isContainerNode() && was.isContainerNode()) {
                compare(context, before, after, was, value, path, reported);
            } else if (value.isValueNode() && was.isValueNode() && !value.isNull() && !was.isNull()) {
                String name = child.getKey();
                Representation.change(name, was, value).ifPresent(change -> {
                    if (reported.add(after.namespace() + "\n" + path + "\n" + change)) {
                        context.at(after, "State field \"" + path + "\"" + namespace(after) + " changed representation at"
                                        + " step " + after.index() + " (" + change + "): " + Representation.describe(was)
                                        + " at step " + before.index() + ", " + Representation.describe(value) + " now")
                                .key(after.namespace() + "\n" + path + "\n" + change)
                                .evidence("\"" + path + "\" at step " + before.index(), was.toString(), before.source())
                                .evidence("\"" + path + "\" at step " + after.index(), value.toString(), after.source())
                                .report();
                    }
                });
            }
        }
    }

    private static void fromTool(CheckContext context, Producers.Producer producer, StateSnapshot before,
                                 StateSnapshot after, JsonNode now, String prefix, Set<String> reported) {
        for (Iterator<Map.Entry<String, JsonNode>> it = children(now); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            String path = prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey();
            JsonNode value = child.getValue();
            if (value.isContainerNode()) {
                fromTool(context, producer, before, after, value, path, reported);
                continue;
            }
            JsonNode old = before == null ? null : at(before.state(), path);
            if (!value.isNumber() || value.equals(old)) {
                continue;
            }
            JsonNode returned = numberNamed(producer.json(), child.getKey());
            if (returned == null) {
                continue;
            }
            Representation.change(child.getKey(), returned, value).filter(c -> c.contains("cents")).ifPresent(change -> {
                if (reported.add(after.namespace() + "\n" + path + "\n" + change)) {
                    context.at(after, "State field \"" + path + "\"" + namespace(after) + " at step " + after.index()
                                    + " holds " + value + " where the " + producer.label() + " returned \""
                                    + child.getKey() + "\": " + returned + " (" + change + ")")
                            .key(after.namespace() + "\n" + path + "\n" + change)
                            .evidence(producer.label(), producer.text(), producer.step().source())
                            .evidence("\"" + path + "\" at step " + after.index(), value.toString(), after.source())
                            .report();
                }
            });
        }
    }

    private static Iterator<Map.Entry<String, JsonNode>> children(JsonNode node) {
        if (!node.isArray()) {
            return node.fields();
        }
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            items.put(Integer.toString(i), node.get(i));
        }
        return items.entrySet().iterator();
    }

    /** The first number under a field of that name anywhere in the JSON. */
    private static JsonNode numberNamed(JsonNode node, String name) {
        if (node.isObject() && node.path(name).isNumber()) {
            return node.get(name);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                JsonNode found = numberNamed(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonNode at(JsonNode root, String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            node = node.isArray() && part.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(part))
                    : node.path(part);
        }
        return node.isMissingNode() ? null : node;
    }

    private static String namespace(StateSnapshot snapshot) {
        return snapshot.namespace().isEmpty() ? "" : " of namespace \"" + snapshot.namespace() + "\"";
    }
}
