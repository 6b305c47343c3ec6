package dev.coroner.checks.evidence;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.ModelCall;
import java.util.List;

/**
 * Model calls whose input messages were not recorded. One finding per session, at the first such
 * call, with the count: without the input, no check can say what the model was given, and the
 * verdict cannot clear the state.
 */
public final class ModelInputMissingCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many calls are listed as evidence.",
            3, "model calls");

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.model-input-missing",
            "Model calls without recorded input messages",
            Severity.MEDIUM,
            "0.1.0",
            """
            The first question of every post-mortem is what the model was given. A trace that records a
            model call's output but not its input messages cannot answer it: context poisoning, amnesia and
            bleed all hide in the input. coroner will not blame the model without it, so the session's
            verdict becomes inconclusive unless a state failure is found elsewhere.
            """,
            """
            Record the exact input messages of every model call: in OpenTelemetry set
            OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true (or your SDK's equivalent), in coroner
            JSONL fill model_call.input. If content must not be stored, record hashes or redacted text,
            never nothing: masked is not the same as empty.
            """,
            """
            A session has five model calls with outputs and token counts but no input messages: the trace
            shows what the agent said, never what it was told.
            """,
            List.of(EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        List<ModelCall> missing = facts.modelCalls().stream().filter(c -> !c.inputRecorded()).toList();
        if (missing.isEmpty()) {
            return;
        }
        int total = facts.modelCalls().size();
        CheckContext.Draft draft = context.at(missing.get(0), missing.size() + " of " + total + " model call"
                        + (total == 1 ? "" : "s") + (total == 1 ? " has" : " have")
                        + " no recorded input messages; the trace cannot show what the model was given")
                .key("model-input-missing");
        for (ModelCall call : missing.subList(0, Math.min(EVIDENCE_LIMIT.value(), missing.size()))) {
            draft.evidence("model call at step " + call.index() + (call.model().isEmpty() ? "" : " (" + call.model() + ")"),
                    "input: not recorded", call);
        }
        draft.report();
    }
}
