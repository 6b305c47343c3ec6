package dev.coroner.checks.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.Message;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pieces of a run whose other half is not in the input: a span or run whose parent id names
 * nothing the input holds, and a tool result answering a call id that no tool call and no assistant
 * message of the session requested. Either way part of the trace is missing (a lost export batch,
 * a file cut short, a sampler that kept the child and dropped the parent). One finding per session
 * at the first such step.
 */
public final class UnpairedSpanCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many unpaired steps are listed as evidence.",
            3, "steps");

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.unpaired-span",
            "Spans whose parent, or tool results whose call, is not in the input",
            Severity.LOW,
            "0.2.0",
            """
            Spans are exported in batches, by several processes, through samplers and collectors that can
            drop some of them; files get rotated and cut. A span that names a parent the input does not hold,
            or a tool result that answers a call nobody recorded, shows that part of the run is missing,
            and the missing part may be exactly where the state went wrong (the planner step that wrote the
            bad value, the tool call whose arguments were malformed). coroner reports the hole instead of
            reading the rest as the whole run; the verdict stays inconclusive unless a state failure is found.
            """,
            """
            Give coroner every part of the export as one input (spans of one trace often sit in several
            files or batches: cat part-*.jsonl | coroner examine -), use parent-based sampling so a trace
            is kept or dropped whole, and flush span processors before the process exits.
            """,
            """
            A tool span and its result are in the file, but the agent span they belong to (parent id
            9f8e7d6c5b4a3928) is not: it was in a batch the collector dropped.
            """,
            List.of(EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Set<String> requested = new HashSet<>();
        for (Step step : facts.session().steps()) {
            if (step instanceof ToolCall call && !call.callId().isEmpty()) {
                requested.add(call.callId());
            }
        }
        for (Message message : facts.session().messages()) {
            for (ToolInvocation invocation : message.toolCalls()) {
                requested.add(invocation.id());
            }
        }
        List<Step> unpaired = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Step step : facts.session().steps()) {
            JsonNode parent = step.attributes().get(EvidenceMarks.PARENT_MISSING);
            if (parent != null) {
                unpaired.add(step);
                why.add("parent " + (parent.isTextual() ? parent.asText() : parent.toString()) + " is not in the input");
            } else if (step instanceof ToolResult result && !result.callId().isEmpty()
                    && !requested.contains(result.callId())) {
                unpaired.add(step);
                why.add("tool result answers call " + result.callId() + ", which no step requested");
            }
        }
        if (unpaired.isEmpty()) {
            return;
        }
        CheckContext.Draft draft = context.at(unpaired.get(0), unpaired.size() + " step"
                        + (unpaired.size() == 1 ? " has" : "s have")
                        + " no counterpart in the input (missing parent span or unrequested tool result); "
                        + "part of the run was not recorded")
                .key("unpaired-span");
        for (int i = 0; i < Math.min(EVIDENCE_LIMIT.value(), unpaired.size()); i++) {
            Step step = unpaired.get(i);
            draft.evidence("step " + step.index() + " (" + step.kind() + ")", why.get(i), step.source());
        }
        draft.report();
    }
}
