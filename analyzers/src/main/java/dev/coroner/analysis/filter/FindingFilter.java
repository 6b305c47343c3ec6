package dev.coroner.analysis.filter;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suppressions and the baseline, applied after analysis (checks never see them). A finding matched
 * by a suppression (the first that matches, in the order given) or whose fingerprint is in the
 * baseline moves from the findings to the suppressed list, with the reason; nothing is dropped.
 * Suppressions that matched nothing are listed, so a stale one is noticed. Verdicts are left as
 * analysis decided them: accepting a finding does not change what happened in the session.
 */
public final class FindingFilter {

    private FindingFilter() {
    }

    public static AnalysisResult apply(AnalysisResult result, List<Suppression> suppressions,
                                       Optional<Baseline> baseline) {
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>(result.suppressed());
        for (Finding finding : result.findings()) {
            Optional<Suppression> match = suppressions.stream().filter(s -> s.matches(finding)).findFirst();
            if (match.isPresent()) {
                suppressed.add(new SuppressedFinding(finding, SuppressedFinding.By.SUPPRESSION, match.get().reason(),
                        match.get().origin()));
            } else if (baseline.isPresent() && baseline.get().knows(finding.fingerprint())) {
                suppressed.add(new SuppressedFinding(finding, SuppressedFinding.By.BASELINE,
                        "already in the baseline", baseline.get().origin()));
            } else {
                active.add(finding);
            }
        }
        // Unused means it matches no finding at all, not merely that an earlier suppression took them.
        Set<Suppression> unused = new LinkedHashSet<>(result.unusedSuppressions());
        for (Suppression s : suppressions) {
            if (result.findings().stream().noneMatch(s::matches)) {
                unused.add(s);
            }
        }
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        return new AnalysisResult(result.version(), result.inputs(), result.skipped(), result.problems(),
                result.sessions(), active, result.checks(), suppressed, List.copyOf(unused),
                baseline.map(Baseline::origin).orElse(result.baseline()), result.redacted());
    }
}
