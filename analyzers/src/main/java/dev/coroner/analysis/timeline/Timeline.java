package dev.coroner.analysis.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.StateHistory;
import dev.coroner.diff.StateDiff;
import dev.coroner.diff.Transition;
import dev.coroner.finding.Excerpts;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the timeline of one session for reports: a summary per step, the context size of each
 * model call, and the diff of each state snapshot against the previous one of its namespace
 * ({@link Transition}s compared to {@link StateDiff.Depth#FIELDS}, as {@code state.field-dropped}
 * reads them).
 */
public final class Timeline {

    /** Longest state value kept in a diff, in characters. */
    static final int VALUE_MAX = 120;

    private Timeline() {
    }

    public static List<TimelineStep> of(SessionFacts facts) {
        Session session = facts.session();
        Set<Integer> toolErrors = new HashSet<>();
        facts.toolErrors().forEach(e -> toolErrors.add(e.step().index()));
        Map<Integer, Transition> transitions = new HashMap<>();
        StateHistory history = facts.states();
        for (Transition t : Transition.over(session.id(), history.snapshots(), history::previousInNamespace,
                StateDiff.Depth.FIELDS)) {
            transitions.put(t.after().index(), t);
        }
        List<TimelineStep> steps = new ArrayList<>(session.steps().size());
        for (Step step : session.steps()) {
            Optional<TimelineStep.ContextSize> context = Optional.empty();
            Optional<TimelineStep.StateDiff> diff = Optional.empty();
            boolean failed = false;
            if (step instanceof ModelCall call) {
                failed = !call.error().isEmpty();
                if (call.inputRecorded()) {
                    context = Optional.of(contextSize(session, call));
                }
            } else if (step instanceof NodeStep node) {
                failed = node.failed();
            } else if (step instanceof ToolResult) {
                failed = toolErrors.contains(step.index());
            } else if (step instanceof Retrieval retrieval) {
                failed = !retrieval.error().isEmpty();
            } else if (step instanceof StateSnapshot snapshot) {
                diff = Optional.of(stateDiff(transitions.get(snapshot.index())));
            }
            List<String> produced = dev.coroner.analysis.provenance.FactOrigins.producedBy(facts.provenance(), step)
                    .stream().map(dev.coroner.analysis.provenance.FactOrigins.FactOrigin::describe).toList();
            steps.add(new TimelineStep(step.index(), step.kind(), step.agent(),
                    Excerpts.cut(summary(session, step), TimelineStep.SUMMARY_MAX), step.source(), context, failed,
                    diff, produced));
        }
        return steps;
    }

    private static TimelineStep.ContextSize contextSize(Session session, ModelCall call) {
        long characters = 0;
        for (int id : call.context()) {
            Message message = session.message(id);
            characters += message.text().length();
            for (ToolInvocation invocation : message.toolCalls()) {
                characters += JsonValues.text(invocation.arguments()).length();
            }
        }
        return new TimelineStep.ContextSize(call.context().size(), characters);
    }

    private static String summary(Session session, Step step) {
        if (step instanceof MessageStep m) {
            Message message = session.message(m.message());
            return message.role() + (message.name().isEmpty() ? "" : " " + message.name()) + " message";
        }
        if (step instanceof ModelCall call) {
            return (call.model().isEmpty() ? "model" : call.model())
                    + (call.inputRecorded() ? "" : ", input not recorded")
                    + (call.error().isEmpty() ? "" : ", error: " + call.error());
        }
        if (step instanceof ToolCall call) {
            return call.tool();
        }
        if (step instanceof ToolResult result) {
            return (result.tool().isEmpty() ? "tool" : result.tool()) + " result";
        }
        if (step instanceof Retrieval r) {
            return (r.store().isEmpty() ? "retrieval" : r.store()) + ": " + r.documents().size()
                    + (r.documents().size() == 1 ? " document" : " documents")
                    + (r.error().isEmpty() ? "" : ", error: " + r.error());
        }
        if (step instanceof StateSnapshot s) {
            return (s.namespace().isEmpty() ? "state" : s.namespace())
                    + (s.version().isEmpty() ? "" : " (version " + s.version() + ")");
        }
        if (step instanceof Handoff h) {
            return h.from() + " → " + h.to();
        }
        NodeStep n = (NodeStep) step;
        return n.name() + (n.type().isEmpty() ? "" : " (" + n.type() + ")")
                + (n.error().isEmpty() ? "" : ", error: " + n.error());
    }

    /** The report view of a transition: dotted paths in path order, values cut, at most {@code MAX_CHANGES}. */
    private static TimelineStep.StateDiff stateDiff(Transition transition) {
        Map<String, TimelineStep.StateChange> changes = new TreeMap<>();
        for (StateDiff.Change change : transition.diff().changes()) {
            String path = change.path().dotted();
            changes.put(path, new TimelineStep.StateChange(path, kind(change), value(change.before()),
                    value(change.after())));
        }
        List<TimelineStep.StateChange> kept = new ArrayList<>();
        Iterator<TimelineStep.StateChange> it = changes.values().iterator();
        while (it.hasNext() && kept.size() < TimelineStep.StateDiff.MAX_CHANGES) {
            kept.add(it.next());
        }
        return new TimelineStep.StateDiff(transition.after().namespace(),
                transition.before().map(StateSnapshot::index).orElse(-1), kept, changes.size() - kept.size());
    }

    /** What a {@link StateDiff.Depth#FIELDS} change is called on a timeline. */
    private static TimelineStep.Change kind(StateDiff.Change change) {
        return switch (change.kind()) {
            case ADDED -> TimelineStep.Change.ADDED;
            case CHANGED -> TimelineStep.Change.CHANGED;
            case REMOVED -> change.deleted() ? TimelineStep.Change.DELETED : TimelineStep.Change.DROPPED;
            case TYPE_CHANGED -> throw new IllegalArgumentException("compared to fields, a new type is a changed value: "
                    + change.path().jsonPath());
        };
    }

    /** Compact JSON cut to {@link #VALUE_MAX}, or empty for the missing side of an added or removed field. */
    private static String value(JsonNode node) {
        return node.isMissingNode() ? "" : Excerpts.cut(node.toString(), VALUE_MAX);
    }
}
