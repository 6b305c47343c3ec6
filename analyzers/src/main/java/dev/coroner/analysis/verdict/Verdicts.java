package dev.coroner.analysis.verdict;

import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Walks the checklist to a verdict (see docs/verdicts.md). State-class findings (context,
 * retrieval, state, boundary, isolation) of at least {@link #FAILURE_SEVERITY} make a state
 * failure, rooted at the earliest one that precedes the failure, with the chain of steps from it
 * to the failure; only when there are none does a gap in the evidence make the session
 * inconclusive, and only with full evidence and a recorded failure is the model the suspect.
 * Evidence findings at severity info are caveats: named in the verdict's reason, never a reason to
 * withhold it.
 */
public final class Verdicts {

    /** Lowest severity of a state finding that makes a state failure; lower ones are observations. */
    static final Severity FAILURE_SEVERITY = Severity.MEDIUM;

    private Verdicts() {
    }

    public static Verdict decide(Session session, List<Finding> findings) {
        List<Finding> stateFindings = findings.stream()
                .filter(f -> f.stage().isStateClass() && f.severity().atLeast(FAILURE_SEVERITY)).toList();
        // Evidence findings at severity info are caveats (e.g. no session id): they are named in the
        // verdict but do not stop it; every other evidence finding is a gap that makes it inconclusive.
        List<Finding> gaps = findings.stream()
                .filter(f -> !f.stage().isStateClass() && f.severity() != Severity.INFO).toList();
        String caveats = findings.stream()
                .filter(f -> !f.stage().isStateClass() && f.severity() == Severity.INFO)
                .map(Finding::message).distinct().map(m -> "; caveat: " + m).collect(Collectors.joining());
        Optional<Step> failed = failedStep(session);
        if (!stateFindings.isEmpty()) {
            int failureStep = failed.map(Step::index).orElse(Integer.MAX_VALUE);
            Comparator<Finding> earliest = Comparator.comparingInt(Finding::step).thenComparing(Finding.ORDER);
            Finding root = stateFindings.stream().filter(f -> f.step() <= failureStep).min(earliest)
                    .orElseGet(() -> stateFindings.stream().min(earliest).orElseThrow());
            List<Verdict.ChainLink> chain = chain(session, root, stateFindings, failed);
            String where = root.step() >= 0 ? "step " + root.step() + " (" + root.location().fileAndLine() + ")"
                    : root.location().fileAndLine();
            String others = stateFindings.size() > 1 ? "; " + (stateFindings.size() - 1) + " more state finding"
                    + (stateFindings.size() > 2 ? "s" : "") + " follow" + (stateFindings.size() > 2 ? "" : "s") : "";
            String path = chain.size() > 1 ? "; chain: " + chain.stream()
                    .map(l -> l.step() >= 0 ? "step " + l.step() : "session").collect(Collectors.joining(" → ")) : "";
            return new Verdict(Verdict.Kind.STATE_FAILURE,
                    "root cause " + root.checkId() + " at " + where + ": " + root.message() + others + path,
                    Optional.of(new Verdict.RootCause(root.step(), root.checkId(), root.location(),
                            root.fingerprint(), decisive(session, root))), chain);
        }
        if (!gaps.isEmpty()) {
            return new Verdict(Verdict.Kind.INCONCLUSIVE, "missing evidence: "
                    + gaps.stream().map(Finding::message).distinct().collect(Collectors.joining("; ")),
                    Optional.empty());
        }
        if (session.outcome() == Outcome.FAILURE || failed.isPresent()) {
            String what = !session.failure().isEmpty() ? session.failure()
                    : failed.map(Verdicts::describeFailure).orElse("the run failed");
            return new Verdict(Verdict.Kind.MODEL_SUSPECT, "the run failed (" + what
                    + ") and every state check passed: the model is the remaining suspect" + caveats, Optional.empty());
        }
        if (session.steps().stream().allMatch(step -> step instanceof NodeStep)) {
            // Spans or records were read, but none as a model call, message, tool call, retrieval or
            // state: a dialect coroner does not read is not a clean run.
            return new Verdict(Verdict.Kind.INCONCLUSIVE, "nothing in the session was recognised as a model call,"
                    + " message, tool call, retrieval or state (" + session.steps().size() + " step"
                    + (session.steps().size() == 1 ? "" : "s") + " read as plain timeline steps): its producer's"
                    + " dialect may not be read; see coroner formats" + caveats, Optional.empty());
        }
        long observations = findings.stream().filter(f -> f.stage().isStateClass()).count();
        String reason = observations == 0
                ? (caveats.isEmpty() ? "no findings" : "no state findings") + " and no recorded failure"
                : "no recorded failure; " + observations + " low-severity observation" + (observations == 1 ? "" : "s")
                        + " only";
        return new Verdict(Verdict.Kind.CLEAN, reason + caveats, Optional.empty());
    }

    /**
     * The agent's step a root finding descends from. A tool result (an error, a degenerate answer, a
     * record served for someone else) descends from the call that asked for it: the model output that
     * issued the call, or the tool-call step itself when no model output did (a program's call). Any
     * other root step is its own decisive step.
     */
    static Verdict.Decisive decisive(Session session, Finding root) {
        if (root.step() < 0 || root.step() >= session.steps().size()) {
            return new Verdict.Decisive(root.step(), "", root.location());
        }
        Step step = session.step(root.step());
        if (step instanceof ToolResult result) {
            Step caller = caller(session, result);
            if (caller != null) {
                return new Verdict.Decisive(caller.index(), caller.agent(), caller.source());
            }
        }
        return new Verdict.Decisive(step.index(), step.agent(), step.source());
    }

    /** The model call whose output issued the call a result answers, else the tool-call step, or null. */
    private static Step caller(Session session, ToolResult result) {
        Step call = null;
        for (int i = result.index() - 1; i >= 0; i--) {
            Step before = session.step(i);
            if (call == null && before instanceof ToolCall toolCall && answers(result, toolCall.callId(), toolCall.tool())) {
                call = toolCall;
            } else if (before instanceof ModelCall model && model.output().isPresent()
                    && session.message(model.output().getAsInt()).toolCalls().stream()
                    .anyMatch(invocation -> answers(result, invocation.id(), invocation.name()))) {
                return model;
            } else if (call != null && before instanceof ToolResult) {
                break;
            }
        }
        return call;
    }

    private static boolean answers(ToolResult result, String callId, String tool) {
        return result.callId().isEmpty() ? tool.equals(result.tool()) : result.callId().equals(callId);
    }

    /**
     * The root-cause chain: the root step, the steps its own evidence points to after it, later
     * state findings, and the failure. One link per step, in step order.
     */
    private static List<Verdict.ChainLink> chain(Session session, Finding root, List<Finding> stateFindings,
                                                 Optional<Step> failed) {
        TreeMap<Integer, Verdict.ChainLink> links = new TreeMap<>();
        links.put(root.step(), new Verdict.ChainLink(root.step(), root.checkId() + ": " + root.message(),
                root.location()));
        for (Evidence evidence : root.evidence()) {
            if (evidence.step() > root.step()) {
                links.putIfAbsent(evidence.step(), new Verdict.ChainLink(evidence.step(), evidence.label(),
                        evidence.source()));
            }
        }
        for (Finding later : stateFindings) {
            if (later.step() > root.step()) {
                links.putIfAbsent(later.step(), new Verdict.ChainLink(later.step(),
                        later.checkId() + ": " + later.message(), later.location()));
            }
        }
        if (failed.isPresent()) {
            Step step = failed.get();
            if (step.index() >= root.step()) {
                links.putIfAbsent(step.index(), new Verdict.ChainLink(step.index(), describeFailure(step),
                        step.source()));
            }
        } else if (session.outcome() == Outcome.FAILURE && !session.steps().isEmpty()) {
            Step last = session.steps().get(session.steps().size() - 1);
            String failure = "the run failed" + (session.failure().isEmpty() ? "" : ": " + session.failure());
            Verdict.ChainLink there = links.get(last.index());
            if (there != null) {
                links.put(last.index(), new Verdict.ChainLink(last.index(), there.description() + "; " + failure,
                        there.location()));
            } else if (last.index() > links.lastKey()) {
                links.put(last.index(), new Verdict.ChainLink(last.index(), failure, last.source()));
            }
        }
        return new ArrayList<>(links.values());
    }

    private static Optional<Step> failedStep(Session session) {
        return session.steps().stream()
                .filter(s -> s instanceof NodeStep node && node.failed()
                        || s instanceof ModelCall call && !call.error().isEmpty())
                .findFirst();
    }

    private static String describeFailure(Step step) {
        if (step instanceof NodeStep node) {
            return "step " + node.index() + " " + node.name() + " failed" + (node.error().isEmpty() ? "" : ": " + node.error());
        }
        if (step instanceof ModelCall call) {
            return "model call at step " + call.index() + " failed: " + call.error();
        }
        return "step " + step.index() + " failed";
    }
}
