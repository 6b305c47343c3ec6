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
 * Payloads the producer cut: truncation markers in message text, tool arguments or retrieved
 * documents ({@code [truncated]}, {@code ... (truncated 4000 chars)}, {@code <12 tokens omitted>}),
 * and size caps the source itself reports (dropped attributes, a JSON payload cut mid-value). One
 * finding per session at the first cut payload: what the model saw cannot be shown in full.
 */
public final class PayloadTruncatedCheck implements Check {

    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many payloads are listed as evidence.",
            3, "payloads");

    static final Heuristic.Regex MARKER = new Heuristic.Regex("marker",
            "Markers with structure around the word, so prose about truncation does not match: a "
                    + "\"truncated\" in square or angle brackets, one in parentheses at the very end of a payload "
                    + "or with a count, an ellipsis followed by \"truncated\", \"truncated to/at/after N units\", "
                    + "and \"N chars/bytes/tokens omitted\" forms.",
            Pattern.compile(String.join("|",
            "[\\[<]\\s*(?:\\.\\.\\.|…)?\\s*truncated\\b[^\\]>\\n]{0,60}[\\]>]",
            "\\(\\s*(?:\\.\\.\\.|…)?\\s*truncated\\b[^)\\n]{0,60}\\)\\s*\\z",
            "\\(\\s*truncated\\b[^)\\n]{0,20}\\d+[^)\\n]{0,40}\\)",
            "(?:\\.\\.\\.|…)\\s*\\(?\\s*truncated\\b",
            "\\btruncated\\s+(?:to|at|after)\\s+\\d+\\s*(?:chars|characters|bytes|tokens|kb|kib)\\b",
            "[\\[(<]\\s*\\d+\\s*(?:more\\s+)?(?:chars|characters|bytes|tokens|lines)\\s+"
                    + "(?:omitted|truncated|removed|elided)\\s*[\\])>]"), Pattern.CASE_INSENSITIVE));

    private static final CheckInfo INFO = new CheckInfo(
            "evidence.payload-truncated",
            "Payloads cut by the producer before they were recorded",
            Severity.MEDIUM,
            "0.2.0",
            """
            Tracing SDKs and collectors cap what they store: attribute value length limits, dropped
            attributes, exporters that keep the first few kilobytes of a prompt and append a truncation
            marker. A cut payload is not the payload the model saw: the error that poisoned the context, the
            identifier that leaked, the field that was dropped may all sit in the part that is gone. coroner
            reports the cut instead of reading the rest as complete, and the verdict stays inconclusive
            unless a state failure is found in what remains.
            """,
            """
            Raise the producer's size limits for the fields forensics needs (OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT,
            OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT, the exporter's payload cap), or store large payloads out of band
            and record a reference and a hash. When a cut is unavoidable, keep the marker: a silent cut is
            worse than a marked one.
            """,
            """
            A tool result ends in "... [truncated 18000 chars]"; the model's next answer quotes an order id
            that may well have been in the missing part.
            """,
            List.of(EVIDENCE_LIMIT, MARKER));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        List<Payloads.Hit> hits = Payloads.find(facts, MARKER.pattern(), EvidenceMarks.TRUNCATED);
        if (hits.isEmpty()) {
            return;
        }
        long steps = hits.stream().mapToInt(h -> h.step().index()).distinct().count();
        CheckContext.Draft draft = context.at(hits.get(0).step(), hits.size() + " payload"
                        + (hits.size() == 1 ? " was" : "s were") + " cut by the producer (in " + steps + " step"
                        + (steps == 1 ? "" : "s") + "); the trace cannot show " + (hits.size() == 1 ? "it" : "them") + " in full")
                .key("payload-truncated");
        for (Payloads.Hit hit : hits.subList(0, Math.min(EVIDENCE_LIMIT.value(), hits.size()))) {
            draft.evidenceExcerpt("step " + hit.step().index() + ", " + hit.what() + " (" + hit.marker().strip() + ")",
                    Excerpts.around(hit.text(), hit.marker()), hit.step().source());
        }
        draft.report();
    }
}
