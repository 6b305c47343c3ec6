package dev.coroner.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.testing.Traces;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a finding of each check says, and the evidence it points at, on one positive fixture each. */
class CheckMessagesTest {

    private static AnalysisResult analyze(String fixture) throws URISyntaxException {
        return Traces.analyze(Traces.load(Path.of(CheckMessagesTest.class.getResource("/checks/" + fixture).toURI())));
    }

    private static List<String> evidence(Finding f) {
        return f.evidence().stream().map(e -> e.label() + " | " + e.excerpt() + " | " + e.source()).toList();
    }

    @Test
    void errorCarriedForwardPointsAtTheErrorAndTheRestatementAfterRecovery() throws Exception {
        AnalysisResult result = analyze("context.error-carried-forward/restated-after-recovery.jsonl");

        Finding f = result.findings().get(0);
        assertEquals(1, result.findings().size());
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("Error from book_ticket (step 2) stayed in the context of 2 later model calls and was restated"
                + " at step 6 (model_call)", f.message());
        assertEquals(List.of(
                "error entered at step 2 | SeatMapUnavailableError: coach C seat map missing for service 1P09"
                        + " | restated-after-recovery.jsonl:4",
                "restated at step 6 (model_call) | Booked coach D seat 12. Note that coach C seat map missing for service 1P09,"
                        + " so avoid coach C. | restated-after-recovery.jsonl:8"),
                evidence(f));
        Verdict verdict = result.sessions().get(0).verdict();
        assertEquals(Verdict.Kind.STATE_FAILURE, verdict.kind());
        assertEquals(f.fingerprint(), verdict.rootCause().orElseThrow().fingerprint());
    }

    @Test
    void fieldDroppedNamesThePathAndWhatIsLeft() throws Exception {
        AnalysisResult result = analyze("state.field-dropped/replace-drops-nested-field.jsonl");

        Finding f = result.findings().get(0);
        assertEquals(1, result.findings().size());
        assertEquals("State field \"customer.tier\" present at step 0 is missing at step 2 with no delete recorded",
                f.message());
        assertEquals(List.of(
                "\"customer.tier\" at step 0 | \"gold\" | replace-drops-nested-field.jsonl:2",
                "\"customer\" at step 2 has only | id | replace-drops-nested-field.jsonl:4"),
                evidence(f));
    }

    @Test
    void fieldDroppedNamesTheNamespace() throws Exception {
        List<String> messages = analyze("state.field-dropped/topmost-field-per-namespace.jsonl").findings().stream()
                .filter(f -> f.checkId().equals("state.field-dropped")).map(Finding::message).toList();

        assertEquals(List.of(
                "State field \"lookup\" of namespace \"orders\" present at step 0 is missing at step 2 with no delete"
                        + " recorded",
                "State field \"notes\" of namespace \"orders\" present at step 0 is missing at step 2 with no delete"
                        + " recorded",
                "State field \"order_id\" of namespace \"orders\" present at step 2 is missing at step 4 with no"
                        + " delete recorded"),
                messages.stream().sorted().toList());
    }

    @Test
    void modelInputMissingCountsTheCallsAndMakesTheVerdictInconclusive() throws Exception {
        AnalysisResult result = analyze("evidence.model-input-missing/first-missing-of-several.jsonl");

        Finding many = result.findings().get(0);
        assertEquals("mi-many", many.sessionId());
        assertEquals(Severity.MEDIUM, many.severity());
        assertEquals("2 of 3 model calls have no recorded input messages; the trace cannot show what the model"
                + " was given", many.message());
        assertEquals(List.of("model call at step 1 (m-1)", "model call at step 2 (m-1)"),
                many.evidence().stream().map(Evidence::label).toList());
        assertEquals("1 of 1 model call has no recorded input messages; the trace cannot show what the model was"
                + " given", result.findings().get(1).message());
        assertEquals(Verdict.Kind.INCONCLUSIVE, result.sessions().get(0).verdict().kind());
    }
}
