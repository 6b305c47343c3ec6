package dev.coroner.checks.context;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fact superseded by a later state write, still given to the model. When a state field changes
 * from an old value to a new one, a later model call whose context holds the old value and not the
 * new one reasons from stale state. Only distinctive values are followed (strings of at least
 * {@link #MIN_LENGTH} characters that are not plain words, numbers of at least {@link #MIN_DIGITS} digits), and
 * only when no other field of the new state still holds the old value.
 */
public final class StaleContentCheck implements Check {

    static final Heuristic.Limit MIN_LENGTH = new Heuristic.Limit("min-length",
            "Shortest string value followed; a value of letters, '_' and '-' only is an enum-like word "
                    + "(\"pending\", \"open\") and is not followed at any length.",
            4, "characters");

    private static final Heuristic.Limit MIN_DIGITS = new Heuristic.Limit("min-digits",
            "Fewest digits of a number value followed.",
            2, "digits");

    private static final CheckInfo INFO = new CheckInfo(
            "context.stale-content",
            "The model was given a fact that state had already replaced",
            Severity.MEDIUM,
            "0.1.0",
            """
            State moved on — an address was updated, a price recalculated, a status changed — but the context
            the model was given still carries the old value and not the new one. The model answers from
            stale state: a cached system prompt or summary built before the write, a memory that was not
            refreshed, or a context assembled from an old checkpoint.
            """,
            """
            Build the context from the current state at every call instead of caching it, and invalidate
            summaries and memory entries when the fields they mention change. Put the current value of
            important fields in a single place of the prompt that is refreshed on every write.
            """,
            """
            Step 3 writes delivery.address "Hauptstr. 12" over "Bahnhofstr. 5"; the model call at step 6 is
            still given "Deliver to Bahnhofstr. 5" and confirms the old address to the customer.
            """,
            List.of(MIN_LENGTH, MIN_DIGITS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** A field that changed value. */
    private record Change(String path, String oldValue, String newValue, StateSnapshot before, StateSnapshot after) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        List<Change> changes = changes(facts);
        Set<String> reported = new HashSet<>();
        for (Change change : changes) {
            for (ModelCall call : facts.modelCalls()) {
                if (call.index() <= change.after().index() || supersededAgain(changes, change, call.index())) {
                    continue;
                }
                Message stale = null;
                boolean current = false;
                for (int id : call.context()) {
                    Message m = facts.session().message(id);
                    if (Tokens.contains(m.text(), change.newValue())) {
                        current = true;
                        break;
                    }
                    if (stale == null && Tokens.contains(m.text(), change.oldValue())) {
                        stale = m;
                    }
                }
                if (stale == null || current || !reported.add(change.path() + "\n" + change.oldValue())) {
                    continue;
                }
                Step carrier = facts.session().step(stale.introducedAt());
                context.at(call, "The model call at step " + call.index() + " was given \"" + change.oldValue()
                                + "\" for " + change.path() + ", which state replaced with \"" + change.newValue()
                                + "\" at step " + change.after().index())
                        .key(change.path() + "\n" + change.oldValue() + "\n" + change.newValue())
                        .evidence(change.path() + " was at step " + change.before().index(), change.oldValue(),
                                change.before())
                        .evidence(change.path() + " became at step " + change.after().index(), change.newValue(),
                                change.after())
                        .evidenceExcerpt("still in the context, from step " + carrier.index(),
                                Excerpts.around(stale.text(), change.oldValue()), carrier)
                        .report();
                break;
            }
        }
    }

    /** True when the field changed once more before the call (the later change is judged instead). */
    private static boolean supersededAgain(List<Change> changes, Change change, int callIndex) {
        for (Change other : changes) {
            if (other != change && other.path().equals(change.path())
                    && other.after().namespace().equals(change.after().namespace())
                    && other.after().index() > change.after().index() && other.after().index() < callIndex) {
                return true;
            }
        }
        return false;
    }

    private static List<Change> changes(SessionFacts facts) {
        List<Change> out = new ArrayList<>();
        Map<String, StateSnapshot> last = new HashMap<>();
        for (Step step : facts.session().steps()) {
            if (!(step instanceof StateSnapshot snapshot)) {
                continue;
            }
            StateSnapshot before = last.put(snapshot.namespace(), snapshot);
            if (before == null) {
                continue;
            }
            Map<String, String> oldLeaves = leaves(before.state());
            Map<String, String> newLeaves = leaves(snapshot.state());
            for (Map.Entry<String, String> leaf : oldLeaves.entrySet()) {
                String now = newLeaves.get(leaf.getKey());
                if (now != null && !now.equals(leaf.getValue()) && distinctive(leaf.getValue())
                        && distinctive(now) && !newLeaves.containsValue(leaf.getValue())) {
                    out.add(new Change(leaf.getKey(), leaf.getValue(), now, before, snapshot));
                }
            }
        }
        return out;
    }

    private static boolean distinctive(String value) {
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() >= MIN_DIGITS.value();
        }
        if (value.length() < MIN_LENGTH.value()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        // Enum-like words (status values such as "pending", "open") change by design and match everywhere.
        return !lower.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '-');
    }

    /** Scalar leaves by dotted path (array elements by index), as text. */
    static Map<String, String> leaves(JsonNode root) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(JsonNode node, String path, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isTextual() || node.isNumber()) {
            out.put(path, node.asText());
        }
    }
}
