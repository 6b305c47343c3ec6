package dev.coroner.analysis.filter;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.ResultCodec;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.spill.Spill;
import dev.coroner.ingest.spill.SpilledList;
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
        if (suppressions.isEmpty() && baseline.isEmpty() && result.suppressed().isEmpty()) {
            // Nothing to accept: the findings stay as they are (and where they are, when spilled).
            return result;
        }
        // One pass over the findings, in order; the lists made go where the findings went.
        Spill spill = SpilledList.spillOf(result.findings());
        SpilledList.Writer<Finding> active = spill.writer("findings-active.smile", ResultCodec.FINDINGS,
                ResultCodec::size);
        SpilledList.Writer<SuppressedFinding> accepted = spill.writer("suppressed.smile", ResultCodec.SUPPRESSED,
                ResultCodec::size);
        List<SuppressedFinding> earlier = result.suppressed();
        earlier.forEach(accepted::add);
        boolean[] used = new boolean[suppressions.size()];
        boolean inOrder = earlier.isEmpty();
        Finding last = null;
        for (Finding finding : result.findings()) {
            if (last != null && Finding.ORDER.compare(last, finding) > 0) {
                inOrder = false;
            }
            last = finding;
            Suppression first = null;
            for (int i = 0; i < suppressions.size(); i++) {
                if (suppressions.get(i).matches(finding)) {
                    // Unused means it matches no finding at all, not merely that an earlier suppression took them.
                    used[i] = true;
                    first = first == null ? suppressions.get(i) : first;
                }
            }
            if (first != null) {
                accepted.add(new SuppressedFinding(finding, SuppressedFinding.By.SUPPRESSION, first.reason(),
                        first.origin()));
            } else if (baseline.isPresent() && baseline.get().knows(finding.fingerprint())) {
                accepted.add(new SuppressedFinding(finding, SuppressedFinding.By.BASELINE,
                        "already in the baseline", baseline.get().origin()));
            } else {
                active.add(finding);
            }
        }
        Set<Suppression> unused = new LinkedHashSet<>(result.unusedSuppressions());
        for (int i = 0; i < suppressions.size(); i++) {
            if (!used[i]) {
                unused.add(suppressions.get(i));
            }
        }
        List<SuppressedFinding> suppressed = accepted.finish();
        if (!inOrder) {
            // Findings come in Finding.ORDER, so the accepted ones are in it unless some came before them.
            List<SuppressedFinding> sorted = new ArrayList<>(suppressed);
            sorted.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
            suppressed = sorted;
        }
        return new AnalysisResult(result.version(), result.inputs(), result.skipped(), result.problems(),
                result.sessions(), active.finish(), result.checks(), suppressed, List.copyOf(unused),
                baseline.map(Baseline::origin).orElse(result.baseline()), result.redacted());
    }
}
