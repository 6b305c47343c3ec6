package dev.coroner.analysis;

import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Walks the checklist to a verdict. State-class findings (context, retrieval, state, boundary,
 * isolation) make a state failure, rooted at the earliest one that precedes the failure; only when
 * there are none does a gap in the evidence make the session inconclusive, and only with full
 * evidence and a recorded failure is the model the suspect. Evidence findings at severity info are
 * caveats: named in the verdict's reason, never a reason to withhold it.
 */
final class Verdicts {

    private Verdicts() {
    }

    static Verdict decide(Session session, List<Finding> findings) {
        List<Finding> stateFindings = findings.stream().filter(f -> f.stage().isStateClass()).toList();
        // Evidence findings at severity info are caveats (e.g. no session id): they are named in the
        // verdict but do not stop it; every other evidence finding is a gap that makes it inconclusive.
        List<Finding> gaps = findings.stream()
                .filter(f -> !f.stage().isStateClass() && f.severity() != Severity.INFO).toList();
        String caveats = findings.stream()
                .filter(f -> !f.stage().isStateClass() && f.severity() == Severity.INFO)
                .map(Finding::message).distinct().map(m -> "; caveat: " + m).collect(Collectors.joining());
        if (!stateFindings.isEmpty()) {
            int failureStep = failureStep(session);
            Comparator<Finding> earliest = Comparator.comparingInt(Finding::step).thenComparing(Finding.ORDER);
            Finding root = stateFindings.stream().filter(f -> f.step() <= failureStep).min(earliest)
                    .orElseGet(() -> stateFindings.stream().min(earliest).orElseThrow());
            String where = root.step() >= 0 ? "step " + root.step() + " (" + root.location().fileAndLine() + ")"
                    : root.location().fileAndLine();
            String others = stateFindings.size() > 1 ? "; " + (stateFindings.size() - 1) + " more state finding"
                    + (stateFindings.size() > 2 ? "s" : "") + " follow" + (stateFindings.size() > 2 ? "" : "s") : "";
            return new Verdict(Verdict.Kind.STATE_FAILURE,
                    "root cause " + root.checkId() + " at " + where + ": " + root.message() + others,
                    Optional.of(new Verdict.RootCause(root.step(), root.checkId(), root.location(),
                            root.fingerprint())));
        }
        if (!gaps.isEmpty()) {
            return new Verdict(Verdict.Kind.INCONCLUSIVE, "missing evidence: "
                    + gaps.stream().map(Finding::message).distinct().collect(Collectors.joining("; ")),
                    Optional.empty());
        }
        if (session.outcome() == Outcome.FAILURE || failedStep(session).isPresent()) {
            String what = !session.failure().isEmpty() ? session.failure()
                    : failedStep(session).map(Verdicts::describeFailure).orElse("the run failed");
            return new Verdict(Verdict.Kind.MODEL_SUSPECT, "the run failed (" + what
                    + ") and every state check passed: the model is the remaining suspect" + caveats, Optional.empty());
        }
        return new Verdict(Verdict.Kind.CLEAN, (caveats.isEmpty() ? "no findings" : "no state findings")
                + " and no recorded failure" + caveats, Optional.empty());
    }

    /** The first step that recorded a failure; the last step when only the session says it failed. */
    private static int failureStep(Session session) {
        Optional<Step> failed = failedStep(session);
        if (failed.isPresent()) {
            return failed.get().index();
        }
        return Integer.MAX_VALUE;
    }

    private static Optional<Step> failedStep(Session session) {
        return session.steps().stream()
                .filter(s -> s instanceof NodeStep node && node.failed()
                        || s instanceof ModelCall call && !call.error().isEmpty())
                .findFirst();
    }

    private static String describeFailure(Step step) {
        if (step instanceof NodeStep node) {
            return "step " + node.index() + " " + node.name() + (node.error().isEmpty() ? "" : ": " + node.error());
        }
        if (step instanceof ModelCall call) {
            return "model call at step " + call.index() + ": " + call.error();
        }
        return "step " + step.index();
    }
}
