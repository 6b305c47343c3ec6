package dev.coroner.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.JsonOutput;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine-readable report, version {@link #REPORT_VERSION}, documented by
 * {@code docs/formats/coroner-report-v2.schema.json}. Field order is fixed and maps are sorted, so
 * the same result gives the same bytes.
 */
public final class JsonReporter implements Reporter {

    /** Bumped on any incompatible change to the report layout. */
    public static final int REPORT_VERSION = 2;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("tool", AnalysisResult.TOOL);
            g.writeNumberField("report_version", REPORT_VERSION);
            g.writeStringField("version", result.version());
            g.writeStringField("fail_on", options.failOn().label());
            g.writeBooleanField("redacted", result.redacted());
            g.writeStringField("baseline", result.baseline());
            summary(result, g);
            g.writeArrayFieldStart("inputs");
            for (InputRecord input : result.inputs()) {
                g.writeStartObject();
                g.writeStringField("path", input.path());
                g.writeStringField("format", input.format());
                g.writeStringField("sha256", input.sha256());
                g.writeNumberField("bytes", input.bytes());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skipped");
            for (String skipped : result.skipped()) {
                g.writeString(skipped);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sessions");
            for (SessionResult s : result.sessions()) {
                session(s, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                finding(f, g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suppressed");
            for (SuppressedFinding s : result.suppressed()) {
                g.writeStartObject();
                finding(s.finding(), g);
                g.writeStringField("suppressed_by", s.by().label());
                g.writeStringField("reason", s.reason());
                g.writeStringField("origin", s.origin());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("unused_suppressions");
            for (Suppression s : result.unusedSuppressions()) {
                g.writeStartObject();
                g.writeStringField("check", s.checkId());
                g.writeStringField("session", s.session());
                g.writeStringField("fingerprint", s.fingerprint());
                g.writeStringField("reason", s.reason());
                g.writeStringField("origin", s.origin());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("import_problems");
            for (ImportProblem problem : result.problems()) {
                g.writeStartObject();
                location("location", problem.at(), g);
                g.writeStringField("message", problem.message());
                g.writeBooleanField("whole_input", problem.wholeInput());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (CheckInfo check : result.checks()) {
                g.writeStartObject();
                g.writeStringField("id", check.id());
                g.writeStringField("title", check.title());
                g.writeStringField("default_severity", check.severity().label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void summary(AnalysisResult result, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("inputs", result.inputs().size());
        g.writeNumberField("sessions", result.sessions().size());
        g.writeNumberField("findings", result.findings().size());
        g.writeNumberField("suppressed", result.suppressed().size());
        g.writeNumberField("unused_suppressions", result.unusedSuppressions().size());
        g.writeNumberField("import_problems", result.problems().size());
        g.writeObjectFieldStart("by_severity");
        for (Severity s : Severity.values()) {
            g.writeNumberField(s.label(), result.count(s));
        }
        g.writeEndObject();
        Map<String, Long> verdicts = new TreeMap<>();
        for (Verdict.Kind kind : Verdict.Kind.values()) {
            verdicts.put(kind.label(), 0L);
        }
        for (SessionResult s : result.sessions()) {
            verdicts.merge(s.verdict().kind().label(), 1L, Long::sum);
        }
        g.writeObjectFieldStart("verdicts");
        for (Map.Entry<String, Long> e : verdicts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void session(SessionResult s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("principal", s.principal());
        g.writeStringField("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
        g.writeStringField("failure", s.failure());
        g.writeNumberField("steps", s.steps());
        g.writeNumberField("model_calls", s.modelCalls());
        location("source", s.source(), g);
        g.writeObjectFieldStart("verdict");
        g.writeStringField("kind", s.verdict().kind().label());
        g.writeStringField("reason", s.verdict().reason());
        if (s.verdict().rootCause().isPresent()) {
            Verdict.RootCause root = s.verdict().rootCause().get();
            g.writeObjectFieldStart("root_cause");
            g.writeNumberField("step", root.step());
            g.writeStringField("check", root.checkId());
            location("location", root.location(), g);
            g.writeStringField("fingerprint", root.fingerprint());
            g.writeObjectFieldStart("decisive_step");
            g.writeNumberField("step", root.decisive().step());
            g.writeStringField("agent", root.decisive().agent());
            location("location", root.decisive().location(), g);
            g.writeEndObject();
            g.writeEndObject();
        } else {
            g.writeNullField("root_cause");
        }
        g.writeArrayFieldStart("chain");
        for (Verdict.ChainLink link : s.verdict().chain()) {
            g.writeStartObject();
            g.writeNumberField("step", link.step());
            g.writeStringField("description", link.description());
            location("location", link.location(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The fields of a finding, without the enclosing braces (a suppressed finding adds its own). */
    private static void finding(Finding f, JsonGenerator g) throws IOException {
        g.writeStringField("check", f.checkId());
        g.writeStringField("stage", f.stage().id());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("session", f.sessionId());
        g.writeNumberField("step", f.step());
        location("location", f.location(), g);
        g.writeStringField("message", f.message());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeStringField("label", e.label());
            g.writeStringField("excerpt", e.excerpt());
            location("location", e.source(), g);
            g.writeNumberField("step", e.step());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("fingerprint", f.fingerprint());
    }

    /** A location object: file, line and locator. Shared with {@link TimelineJson}. */
    static void location(String name, SourceRef ref, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("file", ref.file());
        g.writeNumberField("line", ref.line());
        g.writeStringField("locator", ref.locator());
        g.writeEndObject();
    }
}
