package dev.coroner.checks.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.diff.StateDiff;
import dev.coroner.diff.Transition;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field present in one state snapshot and absent from the next snapshot of the same namespace,
 * with no delete recorded for it or any of its parents. For a checkpoint, "the next" is the
 * checkpoint that names it as parent, so a fork is compared with the state it continued. Only
 * the topmost missing field is reported (a dropped object is one finding, not one per leaf);
 * arrays are compared as values.
 */
public final class FieldDroppedCheck implements Check {

    static final Heuristic.Limit MIN_PROMPT_STATE_FIELDS = new Heuristic.Limit("min-prompt-state-fields",
            "Fewest fields of a JSON object in a system prompt for it to count as injected state.",
            3, "fields");

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
            reasons without it: agent amnesia. State an application writes into the system prompt as a JSON
            document ("Current trip state: {...}") is compared the same way between two model calls of one
            agent; a value that another field of the later document holds was moved, not dropped.
            """,
            """
            Declare the field in the state schema and make the write that replaced the state merge into it.
            When a field is meant to go, delete it explicitly (in coroner JSONL: list it in "deleted"), so
            the removal is visible in the trace. Add a test that round-trips the state through its
            serializer. With LangGraph, a renamed or removed state channel must be migrated (copied to
            its new name) before threads checkpointed by the old graph are resumed.
            """,
            """
            Step 2 writes {"customer": {"id": "C-77", "tier": "gold"}, "cart": [...]}; step 6 writes
            {"customer": {"id": "C-77"}, "cart": [...]}. customer.tier was dropped, and the discount that
            depends on it is never applied.
            """,
            List.of(MIN_PROMPT_STATE_FIELDS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        StateHistory history = facts.states();
        for (Transition t : Transition.over(facts.session().id(), history.snapshots(), history::parent,
                StateDiff.Depth.FIELDS)) {
            if (t.before().isEmpty()) {
                continue;
            }
            StateSnapshot before = t.before().get();
            for (StateDiff.Change change : t.diff().changes()) {
                if (change.dropped()) {
                    report(context, before, t.after(), change, history.checkpointSuffix(before, t.after()));
                }
            }
        }
        promptStates(facts, context);
    }

    /** A state document a run writes into a model call's system prompt, and the call it was given to. */
    private record PromptState(ModelCall call, Message message, JsonNode state) {
    }

    /**
     * State the application writes into the system prompt as a JSON document ("Current trip state:
     * {...}") is a snapshot too: between two model calls of the same agent, a field the earlier
     * prompt's document held (with a value) that the later one lacks, and that no other field of the
     * later document holds, was dropped on the way (a reader for a new schema, a serializer).
     */
    private static void promptStates(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        Map<String, PromptState> last = new HashMap<>();
        for (ModelCall call : facts.modelCalls()) {
            PromptState now = promptState(session, call);
            if (now == null) {
                continue;
            }
            PromptState before = last.put(call.agent(), now);
            if (before == null || before.state().equals(now.state())) {
                continue;
            }
            StateDiff diff = StateDiff.between(promptSide(before), promptSide(now), StateDiff.Depth.FIELDS);
            for (StateDiff.Change change : diff.changes()) {
                if (!change.dropped()) {
                    continue;
                }
                String path = change.path().dotted();
                JsonNode value = change.before();
                if (value.isNull() || value.isContainerNode() && value.isEmpty() || value.isTextual() && value.asText().isBlank()
                        || heldElsewhere(value, now.state())) {
                    continue;
                }
                context.at(call, "State field \"" + path + "\" of the state in the system prompt at step "
                                + before.call().index() + " is missing from the state in the system prompt at step "
                                + call.index())
                        .key("prompt\n" + call.agent() + "\n" + path)
                        .evidence("\"" + path + "\" in the system prompt at step " + before.call().index(), value.toString(),
                                before.call())
                        .evidence("the state in the system prompt at step " + call.index(), now.state().toString(), call)
                        .report();
            }
        }
    }

    /** The JSON object a call's first system message carries after its prose, or null. */
    private static PromptState promptState(Session session, ModelCall call) {
        for (int id : call.context()) {
            Message message = session.message(id);
            if (!message.isSystem()) {
                continue;
            }
            String text = message.text();
            int open = text.indexOf('{');
            int close = text.lastIndexOf('}');
            if (open < 0 || close <= open) {
                return null;
            }
            JsonNode state = TraceJson.tryParse(text.substring(open, close + 1));
            return state != null && state.isObject() && state.size() >= MIN_PROMPT_STATE_FIELDS.value()
                    ? new PromptState(call, message, state) : null;
        }
        return null;
    }

    /** True when some node of {@code root} equals {@code value}: the value was moved, not dropped. */
    private static boolean heldElsewhere(JsonNode value, JsonNode root) {
        if (root.equals(value)) {
            return true;
        }
        for (JsonNode child : root) {
            if (child.isContainerNode() && heldElsewhere(value, child)) {
                return true;
            }
        }
        return false;
    }

    /** A system prompt's state as one side of a diff. */
    private static StateDiff.Side promptSide(PromptState prompt) {
        return new StateDiff.Side("the system prompt at step " + prompt.call().index(), prompt.call().source(),
                prompt.state());
    }

    private static void report(CheckContext context, StateSnapshot before, StateSnapshot after, StateDiff.Change change,
                               String checkpoints) {
        String namespace = after.namespace().isEmpty() ? "" : " of namespace \"" + after.namespace() + "\"";
        String path = change.path().dotted();
        JsonNode value = change.before();
        String parentPath = change.path().parent().dotted();
        JsonNode parent = change.path().parent().in(after.state());
        List<String> keys = new ArrayList<>();
        parent.fieldNames().forEachRemaining(keys::add);
        context.at(after, "State field \"" + path + "\"" + namespace + " present at step " + before.index()
                        + " is missing at step " + after.index() + " with no delete recorded" + checkpoints)
                .key(after.namespace() + "\n" + path)
                .evidence("\"" + path + "\" at step " + before.index(), value.toString(), before)
                .evidence((parentPath.isEmpty() ? "state" : "\"" + parentPath + "\"") + " at step " + after.index()
                        + " has only", keys.isEmpty() ? "(no fields)" : String.join(", ", keys), after)
                .report();
    }
}
