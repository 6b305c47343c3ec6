package dev.coroner.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.finding.Finding;
import dev.coroner.report.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code coroner timeline --format json}: each session's steps in order with the findings pinned to
 * the step they point at, the machine form of the text timeline. Written through {@link JsonOutput},
 * so trace content is escaped as in the JSON report; field order is fixed, so the same result gives
 * the same bytes.
 *
 * <pre>
 * {"tool": "coroner", "timeline_version": 1, "version": …, "redacted": …,
 *  "sessions": [{"session", "principal", "verdict", "steps", "findings": [session-wide],
 *                "timeline": [{"step", "kind", "agent", "summary", "location", "context", "failed",
 *                              "facts", "state_changes", "findings"}]}]}
 * </pre>
 */
public final class TimelineJson {

    /** Bumped on any incompatible change to the layout. */
    public static final int TIMELINE_VERSION = 1;

    private TimelineJson() {
    }

    /** Writes the timelines of {@code sessions}, which are sessions of {@code result}. */
    public static void write(AnalysisResult result, List<SessionResult> sessions, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("tool", AnalysisResult.TOOL);
            g.writeNumberField("timeline_version", TIMELINE_VERSION);
            g.writeStringField("version", result.version());
            g.writeBooleanField("redacted", result.redacted());
            g.writeArrayFieldStart("sessions");
            for (SessionResult session : sessions) {
                session(session, result.findingsByStep(session.id()), g);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void session(SessionResult s, Map<Integer, List<Finding>> findings, JsonGenerator g)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("session", s.id());
        g.writeStringField("principal", s.principal());
        g.writeStringField("verdict", s.verdict().kind().label());
        g.writeNumberField("steps", s.steps());
        findings(findings.getOrDefault(-1, List.of()), g);
        g.writeArrayFieldStart("timeline");
        for (TimelineStep step : s.timeline()) {
            g.writeStartObject();
            g.writeNumberField("step", step.index());
            g.writeStringField("kind", step.kind());
            g.writeStringField("agent", step.agent());
            g.writeStringField("summary", step.summary());
            JsonReporter.location("location", step.source(), g);
            if (step.context().isPresent()) {
                g.writeObjectFieldStart("context");
                g.writeNumberField("messages", step.context().get().messages());
                g.writeNumberField("characters", step.context().get().characters());
                g.writeEndObject();
            } else {
                g.writeNullField("context");
            }
            g.writeBooleanField("failed", step.failed());
            g.writeArrayFieldStart("facts");
            for (String fact : step.facts()) {
                g.writeString(fact);
            }
            g.writeEndArray();
            if (step.diff().isPresent()) {
                TimelineStep.StateDiff diff = step.diff().get();
                g.writeObjectFieldStart("state_changes");
                g.writeStringField("namespace", diff.namespace());
                g.writeNumberField("since_step", diff.sinceStep());
                g.writeArrayFieldStart("changes");
                for (TimelineStep.StateChange change : diff.changes()) {
                    g.writeStartObject();
                    g.writeStringField("path", change.path());
                    g.writeStringField("change", change.kind().name().toLowerCase(Locale.ROOT));
                    g.writeStringField("before", change.before());
                    g.writeStringField("after", change.after());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("omitted", diff.omitted());
                g.writeEndObject();
            } else {
                g.writeNullField("state_changes");
            }
            findings(findings.getOrDefault(step.index(), List.of()), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Findings pinned to one step, as the timeline and the context JSON name them. */
    static void findings(List<Finding> findings, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("check", f.checkId());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("message", f.message());
            g.writeStringField("fingerprint", f.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
