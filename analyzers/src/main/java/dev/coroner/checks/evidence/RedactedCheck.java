package dev.coroner.checks.evidence;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.EvidenceMarks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payloads the producer masked: placeholders such as {@code __REDACTED__} (OpenInference's hide
 * settings), {@code [REDACTED]}, {@code <masked>}, {@code [HIDDEN]}, and inputs or outputs the source
 * says it hid. Masked is not empty: one finding per session at the first masked payload.
 */
public final class RedactedCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many payloads are listed as evidence.",
            3, "payloads");

    static final Heuristic.Regex MARKER = new Heuristic.Regex("marker",
            "Placeholders, not prose: the word must be delimited as a token (between double underscores, "
                    + "brackets, braces or asterisks), so a sentence saying a document \"was redacted\" does not "
                    + "match.",
            Pattern.compile(String.join("|",
            "__(?:REDACTED|MASKED|HIDDEN)__",
            "[\\[<{]\\s*(?:redacted|masked|hidden|filtered|scrubbed|removed for privacy)"
                    + "(?:[ _:-][a-z_ -]{0,30})?\\s*[\\]>}]",
            "\\*{2,}\\s*(?:redacted|masked)\\s*\\*{2,}"), Pattern.CASE_INSENSITIVE));

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.redacted",
            "Payloads masked by the producer before they were recorded",
            Severity.MEDIUM,
            "0.2.0",
            """
            Privacy settings in tracing SDKs replace prompts, tool output or identifiers with placeholders
            (OpenInference's OPENINFERENCE_HIDE_* settings write __REDACTED__, LangSmith can hide inputs and
            outputs, Langfuse and custom exporters mask with their own tokens). A masked value is not an
            empty one: the poisoned tool output, the other user's e-mail address, the dropped field may sit
            behind the mask. coroner reports the mask rather than reading it as "nothing there", and the
            verdict stays inconclusive unless a state failure is found in what remains.
            """,
            """
            For post-mortems keep a forensic copy: record a salted hash (joinable, not readable) instead of a
            bare placeholder, or keep unmasked traces in a restricted store for the retention window.
            coroner masks secrets and personal identifiers in its own reports by default, so the evidence
            itself can stay complete.
            """,
            """
            Every model call's input messages read "__REDACTED__": the trace shows that five calls happened,
            never what they were given.
            """,
            List.of(EVIDENCE_LIMIT, MARKER));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        List<Payloads.Hit> hits = Payloads.find(facts, MARKER.pattern(), EvidenceMarks.REDACTED);
        if (hits.isEmpty()) {
            return;
        }
        long steps = hits.stream().mapToInt(h -> h.step().index()).distinct().count();
        CheckContext.Draft draft = context.at(hits.get(0).step(), hits.size() + " payload"
                        + (hits.size() == 1 ? " was" : "s were") + " masked by the producer (in " + steps + " step"
                        + (steps == 1 ? "" : "s") + "); the trace cannot show what " + (hits.size() == 1 ? "it" : "they") + " held")
                .key("redacted");
        for (Payloads.Hit hit : hits.subList(0, Math.min(EVIDENCE_LIMIT.value(), hits.size()))) {
            draft.evidenceExcerpt("step " + hit.step().index() + ", " + hit.what() + " (" + hit.marker().strip() + ")",
                    Excerpts.around(hit.text(), hit.marker()), hit.step().source());
        }
        draft.report();
    }
}
