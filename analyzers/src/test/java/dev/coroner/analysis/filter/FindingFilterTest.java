package dev.coroner.analysis.filter;

import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Fingerprint;
import dev.coroner.finding.Severity;
import dev.coroner.trace.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppressions and the baseline move findings aside with a reason; nothing disappears. */
class FindingFilterTest {

    private static final Finding DROPPED_A = finding("state.field-dropped", "a", 3, Severity.HIGH, "tier");
    private static final Finding DROPPED_B = finding("state.field-dropped", "b", 2, Severity.HIGH, "tier");
    private static final Finding BLEED_B = finding("bleed.foreign-identifier", "b", 1, Severity.CRITICAL, "x@y.z");
    private static final Finding GAP_C = finding("evidence.model-input-missing", "c", 0, Severity.MEDIUM, "gap");

    private static final AnalysisResult RESULT = new AnalysisResult("1", List.of(), List.of(), List.of(), List.of(),
            List.of(DROPPED_A, BLEED_B, DROPPED_B, GAP_C), List.of());

    @Test
    void suppressionBySessionMovesOnlyThatSessionsFinding() {
        Suppression s = new Suppression("state.field-dropped", "a", "", "tier moved to profile service", "--suppress");
        AnalysisResult filtered = FindingFilter.apply(RESULT, List.of(s), Optional.empty());

        assertEquals(List.of(BLEED_B, DROPPED_B, GAP_C), filtered.findings());
        assertEquals(1, filtered.suppressed().size());
        SuppressedFinding moved = filtered.suppressed().get(0);
        assertEquals(DROPPED_A, moved.finding());
        assertEquals(SuppressedFinding.By.SUPPRESSION, moved.by());
        assertEquals("tier moved to profile service", moved.reason());
        assertEquals("--suppress", moved.origin());
        assertEquals(List.of(), filtered.unusedSuppressions());
        assertEquals("", filtered.baseline());
    }

    @Test
    void checkWideSuppressionAndFailThreshold() {
        Suppression bleed = new Suppression("bleed.foreign-identifier", "", "", "test tenant data", ".coroner.yml:3");
        AnalysisResult filtered = FindingFilter.apply(RESULT, List.of(bleed), Optional.empty());
        assertFalse(filtered.hasFindingsAtLeast(Severity.CRITICAL), "a suppressed finding does not fail the run");
        assertTrue(filtered.hasFindingsAtLeast(Severity.HIGH));
        assertEquals(0, filtered.count(Severity.CRITICAL));
    }

    @Test
    void baselineAcceptsKnownFingerprintsAndOnlyNewOnesRemain() {
        Baseline baseline = Baseline.of(List.of(DROPPED_A.fingerprint(), BLEED_B.fingerprint(),
                "00000000000000000000000000000000"), "old.json");
        AnalysisResult filtered = FindingFilter.apply(RESULT, List.of(), Optional.of(baseline));

        assertEquals(List.of(DROPPED_B, GAP_C), filtered.findings());
        assertEquals(List.of(DROPPED_A, BLEED_B), filtered.suppressed().stream().map(SuppressedFinding::finding).toList());
        assertTrue(filtered.suppressed().stream().allMatch(s -> s.by() == SuppressedFinding.By.BASELINE
                && s.reason().equals("already in the baseline") && s.origin().equals("old.json")));
        assertEquals("old.json", filtered.baseline());
    }

    @Test
    void suppressionWinsOverBaselineAndFirstMatchingSuppressionIsNamed() {
        Suppression byFingerprint = new Suppression("state.field-dropped", "", DROPPED_B.fingerprint(), "known flake",
                "f:2");
        Suppression wide = new Suppression("state.field-dropped", "", "", "all drops", "f:5");
        Baseline baseline = Baseline.of(List.of(DROPPED_B.fingerprint()), "old.json");
        AnalysisResult filtered = FindingFilter.apply(RESULT, List.of(byFingerprint, wide), Optional.of(baseline));

        assertEquals(List.of("a all drops f:5", "b known flake f:2"), filtered.suppressed().stream()
                .map(s -> s.finding().sessionId() + " " + s.reason() + " " + s.origin()).toList());
        assertEquals(List.of(), filtered.unusedSuppressions(), "both matched something");
    }

    @Test
    void suppressionThatMatchesNothingIsListed() {
        Suppression stale = new Suppression("state.field-dropped", "gone", "", "old incident", ".coroner.yml:7");
        Suppression typoSession = new Suppression("bleed.foreign-identifier", "B", "", "case matters", "--suppress");
        AnalysisResult filtered = FindingFilter.apply(RESULT, List.of(stale, typoSession), Optional.empty());
        assertEquals(List.of(stale, typoSession), filtered.unusedSuppressions());
        assertEquals(RESULT.findings(), filtered.findings());
        assertEquals("state.field-dropped:gone", stale.target());
    }

    @Test
    void inlineSyntaxNeedsAReason() {
        Suppression s = Suppression.parse("state.field-dropped:thread-5b1e9c=tier moved: see INC-2291", "--suppress");
        assertEquals("state.field-dropped", s.checkId());
        assertEquals("thread-5b1e9c", s.session());
        assertEquals("tier moved: see INC-2291", s.reason());
        Suppression all = Suppression.parse("bleed.foreign-identifier=fixture tenants share data", "--suppress");
        assertEquals("", all.session());

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Suppression.parse("state.field-dropped:thread-5b1e9c", "--suppress"));
        assertEquals("expected CHECK-ID[:SESSION]=REASON (a reason is required), found 'state.field-dropped:thread-5b1e9c'",
                none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Suppression.parse("state.field-dropped=  ", "--suppress"));
        assertThrows(IllegalArgumentException.class, () -> Suppression.parse("state.field-dropped:=why", "--suppress"));
    }

    private static Finding finding(String check, String session, int step, Severity severity, String key) {
        return new Finding(check, severity, session, step, SourceRef.line("t.jsonl", step + 1), "m " + key, List.of(),
                Fingerprint.of(check, session, key));
    }
}
