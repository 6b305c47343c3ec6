package dev.coroner.analysis.filter;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.SourceRef;
import dev.coroner.testing.Traces;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is masked, what is not, and that masks stay joinable. */
class RedactorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mail Maria.Lopez@Example.org now                                 | mail [email-1] now
            call +1 415 555 0142 or (415) 555-0199                           | call [phone-1] or [phone-2]
            ring +44 20 7946 0958 today                                      | ring [phone-1] today
            card 4111 1111 1111 1111, exp 12/29                              | card [card-1], exp 12/29
            not a card 4111 1111 1111 1112                                   | not a card 4111 1111 1111 1112
            pay to DE89 3704 0044 0532 0130 00 please                        | pay to [iban-1] please
            pay to GB82WEST12345698765432                                    | pay to [iban-1]
            DHL tracking JD014600006281, eta 5 Dec                           | DHL tracking JD014600006281, eta 5 Dec
            key sk-proj-Abc123Def456Ghi789Jkl0 used                          | key [secret-1] used
            AWS AKIAIOSFODNN7EXAMPLE here                                    | AWS [secret-1] here
            Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlX2hlcmU | Authorization: Bearer [secret-1]
            postgres://app:hunter2@db.internal:5432/orders                   | postgres://app:[secret-1]@db.internal:5432/orders
            password=hunter2 and "api_key": "zz-99-top"                      | password=[secret-1] and "api_key": "[secret-2]"
            token 7fQk2LmZ9pXw3RtY8vBn4JhC in text                           | token [secret-1] in text
            retry with key sk-proj-Abc1… (+41 chars)                         | retry with key [secret-1]… (+41 chars)
            basic troubleshooting steps                                      | basic troubleshooting steps
            model claude-3-5-sonnet-20241022 and order ORD-20931             | model claude-3-5-sonnet-20241022 and order ORD-20931
            span 4bf92f3577b34da6a3ce929d0e0e4736 fingerprint ok             | span 4bf92f3577b34da6a3ce929d0e0e4736 fingerprint ok
            on 2026-11-20T09:14:02Z ticket TCK-88120                         | on 2026-11-20T09:14:02Z ticket TCK-88120
            """)
    void masks(String text, String expected) {
        assertEquals(expected, new Redactor().mask(text.strip()));
    }

    @Test
    void privateKeyBlockIsOneSecretEvenWhenCut() {
        Redactor r = new Redactor();
        assertEquals("key: [secret-1] done", r.mask("key: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n"
                + "-----END RSA PRIVATE KEY----- done"));
        assertEquals("[secret-2]", r.mask("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC… (+900 chars)"));
    }

    @Test
    void sameValueSameMaskDifferentValueNextNumber() {
        Redactor r = new Redactor();
        assertEquals("[email-1] [email-2]", r.mask("a@example.com b@example.com"));
        assertEquals("[email-2] wrote to [email-1]", r.mask("B@Example.COM wrote to a@example.com"));
        assertEquals("[phone-1] = [phone-1]", r.mask("+1 415 555 0142 = +1-415-555-0142"));
        assertEquals("[email-1]", new Redactor().mask("b@example.com"), "a new redactor starts again");
    }

    @Test
    void bleedFindingNamesTheLeakedIdentifierByTheSameMaskAsItsEvidence() {
        Traces.write(dir, "bleed.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s-a\",\"principal\":\"alice\"}",
                "{\"type\":\"message\",\"session\":\"s-a\",\"role\":\"user\",\"content\":\"my email is alice.w@example.com\"}",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s-b\",\"principal\":\"bob\"}",
                "{\"type\":\"message\",\"session\":\"s-b\",\"role\":\"user\",\"content\":\"Where is my parcel?\"}",
                "{\"type\":\"retrieval\",\"session\":\"s-b\",\"source\":\"memory\",\"documents\":[{\"id\":\"m\","
                        + "\"content\":\"Customer alice.w@example.com prefers express\"}]}");
        AnalysisResult raw = Traces.analyze(Traces.load(dir, "bleed.jsonl"));
        AnalysisResult masked = Redactor.redact(raw);

        assertFalse(raw.redacted());
        assertTrue(masked.redacted());
        Finding f = masked.findings().get(0);
        assertEquals("bleed.foreign-identifier", f.checkId());
        assertTrue(f.message().startsWith("The e-mail address [email-1] of principal alice (session s-a)"), f.message());
        assertEquals(List.of("my email is [email-1]", "Customer [email-1] prefers express"),
                f.evidence().stream().map(e -> e.excerpt()).toList());
        assertEquals(raw.findings().get(0).fingerprint(), f.fingerprint(), "fingerprints are not content");
        assertEquals(raw.findings().get(0).location(), f.location());
        assertTrue(masked.sessions().get(1).verdict().reason().contains("[email-1]"));
        String all = masked.findings() + " " + masked.sessions(); // check metadata is not trace content
        int at = all.indexOf("alice.w@example.com");
        assertEquals(-1, at, at < 0 ? "" : all.substring(Math.max(0, at - 300), at + 40));
    }

    @Test
    void structuralIdsStayReadableWhereTheyLookLikeRandomTokens() {
        // A 21-character thread id with digits and both cases passes the random-token rule.
        String thread = "thr8Kx2mQ9vLp3Rt7wZ4b";
        String key = "Zx81QmRt5Kp2Lw9Vb3Nc7Hd";
        Traces.write(dir, "thread.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"" + thread + "\",\"principal\":\"u-1\"}",
                "{\"type\":\"message\",\"session\":\"" + thread + "\",\"role\":\"user\",\"content\":\"Resume thread "
                        + thread + " with key " + key + "\"}",
                "{\"type\":\"retrieval\",\"session\":\"" + thread + "\",\"source\":\"kb\",\"query\":\"refund window\","
                        + "\"documents\":[]}",
                "{\"type\":\"model_call\",\"session\":\"" + thread + "\",\"input\":[{\"role\":\"user\",\"content\":"
                        + "\"What is the refund window?\"}],\"output\":{\"role\":\"assistant\",\"content\":"
                        + "\"The refund window is 45 days for thread " + thread + ".\"}}");
        AnalysisResult masked = Redactor.redact(Traces.analyze(Traces.load(dir, "thread.jsonl")));

        assertEquals(thread, masked.sessions().get(0).id());
        Finding f = masked.findings().stream().filter(x -> x.checkId().equals("retrieval.empty-ignored")).findFirst()
                .orElseThrow();
        assertEquals(thread, f.sessionId());
        assertTrue(f.evidence().get(f.evidence().size() - 1).excerpt().contains(thread), f.evidence().toString());
        Redactor forSession = new Redactor(List.of(thread));
        assertEquals("Resume thread " + thread + " with key [secret-1]",
                forSession.mask("Resume thread " + thread + " with key " + key));
    }

    @Test
    void masksSuppressionReasonsProblemsAndStateDiffs() {
        Traces.write(dir, "s.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"s-1\"}",
                "{\"type\":\"state\",\"session\":\"s-1\",\"state\":{\"contact\":\"bob@example.com\"}}",
                "{\"type\":\"message\",\"session\":\"s-1\",\"role\":\"user\",\"content\":\"Error: call +1 415 555 0142\"}",
                "{\"type\":\"state\",\"session\":\"s-1\",\"state\":{}}",
                "{\"type\":\"nope\",\"session\":\"s-1\",\"to\":\"bob@example.com\"}");
        AnalysisResult raw = FindingFilter.apply(Traces.analyze(Traces.load(dir, "s.jsonl")),
                List.of(new Suppression("state.field-dropped", "", "", "asked by bob@example.com", "--suppress")),
                java.util.Optional.empty());
        AnalysisResult masked = Redactor.redact(raw);
        assertEquals("asked by [email-1]", masked.suppressed().get(0).reason());
        assertEquals("[email-1]", masked.sessions().get(0).timeline().get(0).diff().orElseThrow().changes().get(0)
                .after().replace("\"", ""));
        assertFalse((masked.findings() + " " + masked.sessions() + masked.suppressed() + masked.problems()).contains("bob@"));
    }

    /**
     * A step's id (a locator token that looks like a random token) is structural in its own session's
     * timeline and findings, and in the timeline and findings of a session whose finding cites the step
     * as evidence; in any other session's text it is only a token. Session ids are structural everywhere.
     * Lists out of session order fall back to every locator of the run structural everywhere.
     */
    @Test
    void stepIdsAreStructuralInTheirOwnSessionAndWhereCited() {
        String span = "Qx7Lm2Rt9Vb4Nc8Kp3Wz6";
        String citing = "sess-Hd4Jq8Lz2Xc6Vb9Nm3";
        SourceRef step = new SourceRef("t.json", 3, "span " + span);
        SourceRef two = new SourceRef("t.json", 9, "span 0123456789abcdef");
        SourceRef three = new SourceRef("t.json", 12, "span 0123456789abcdee");
        SessionResult own = session("s-1", step, "retried " + span + " after " + citing);
        SessionResult unrelated = session("s-3", three, "saw " + span);
        SessionResult cited = session(citing, two, "saw " + span);
        List<Finding> findings = List.of(
                new Finding("context.x", Severity.LOW, "s-1", 0, step, "step " + span + " of s-1", List.of(), "f1"),
                new Finding("context.y", Severity.LOW, "s-3", 0, three, "names " + span, List.of(), "f3"),
                new Finding("context.x", Severity.LOW, citing, 0, two, "copied from " + span,
                        List.of(new Evidence("there", "ran " + span, step, 0)), "f2"));
        AnalysisResult masked = Redactor.redact(new AnalysisResult("v", List.of(), List.of(), List.of(),
                List.of(own, unrelated, cited), findings, List.of()));

        assertEquals(List.of("retried " + span + " after " + citing, "saw [secret-1]", "saw " + span),
                masked.sessions().stream().map(s -> s.timeline().get(0).summary()).toList());
        assertEquals(List.of("step " + span + " of s-1", "names [secret-1]", "copied from " + span),
                masked.findings().stream().map(Finding::message).toList());
        assertEquals("ran " + span, masked.findings().get(2).evidence().get(0).excerpt());

        AnalysisResult unordered = Redactor.redact(new AnalysisResult("v", List.of(), List.of(), List.of(),
                List.of(cited, unrelated, own), findings, List.of()));
        assertEquals("saw " + span, unordered.sessions().get(1).timeline().get(0).summary());
        assertEquals("names " + span, unordered.findings().get(1).message());
    }

    private static SessionResult session(String id, SourceRef source, String summary) {
        return new SessionResult(id, "", Outcome.UNKNOWN, null, 1, 0, source,
                new Verdict(Verdict.Kind.INCONCLUSIVE, "no finding", Optional.empty()),
                List.of(new TimelineStep(0, "tool", "agent", summary, source, Optional.empty(), false,
                        Optional.empty())));
    }
}
