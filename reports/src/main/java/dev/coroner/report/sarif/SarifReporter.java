package dev.coroner.report.sarif;

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
import dev.coroner.report.SessionCursor;
import dev.coroner.trace.SourceRef;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 (OASIS), one run, in the subset GitHub code scanning accepts. Section numbers below
 * refer to the SARIF 2.1.0 specification (errata 01).
 *
 * <ul>
 *   <li>a rule per check from its metadata (§3.49 reportingDescriptor): id, name, short and full
 *       description, help as text and Markdown, default level;</li>
 *   <li>a result per finding (§3.27): rule id and index, level, message, the input file relative
 *       to {@code %SRCROOT%} (the {@code --base} directory) and line, logical locations for the
 *       session and step (§3.33), the fingerprint as a partial fingerprint (§3.27.17), the
 *       evidence as related locations with snippets, the session's verdict as properties;</li>
 *   <li>suppressed findings as results with an external suppression (§3.35) and, when a baseline
 *       was given, {@code baselineState} (§3.27.24);</li>
 *   <li>inputs as artifacts with SHA-256 hashes (§3.24); import problems and unused suppressions
 *       as notifications of the invocation (§3.58);</li>
 *   <li>verdicts, the threshold and the redaction state as run properties (§3.8).</li>
 * </ul>
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The uriBaseId of every relative input path: the directory paths are shown relative to. */
    static final String SRCROOT = "%SRCROOT%";
    /** Key of coroner's fingerprint in partialFingerprints. */
    static final String FINGERPRINT_KEY = "coronerFingerprint/v1";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        Run run = new Run(result);
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            tool(result, g);
            invocation(result, run, g);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            text("description", "The directory input paths are relative to (coroner examine --base, by default the "
                    + "working directory).", g);
            g.writeEndObject();
            g.writeEndObject();
            artifacts(result, g);
            logicalLocations(run, g);
            g.writeArrayFieldStart("results");
            // Each list is in Finding.ORDER: its sessions are read alongside it, not held.
            run.sessions = new SessionCursor(result.sessions());
            for (Finding f : result.findings()) {
                result(f, Optional.empty(), run, options, g);
            }
            run.sessions = new SessionCursor(result.sessions());
            for (SuppressedFinding s : result.suppressed()) {
                result(s.finding(), Optional.of(s), run, options, g);
            }
            g.writeEndArray();
            properties(result, options, g);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** §3.18 tool, §3.19 toolComponent, §3.49 reportingDescriptor. */
    private static void tool(AnalysisResult result, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", AnalysisResult.TOOL);
        g.writeStringField("version", result.version());
        if (result.version().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
            g.writeStringField("semanticVersion", result.version());
        }
        g.writeArrayFieldStart("rules");
        for (CheckInfo check : result.checks()) {
            g.writeStartObject();
            g.writeStringField("id", check.id());
            g.writeStringField("name", ruleName(check.id()));
            text("shortDescription", check.title(), g);
            text("fullDescription", check.rationale(), g);
            g.writeObjectFieldStart("help");
            g.writeStringField("text", check.remediation());
            g.writeStringField("markdown", "**Why it matters.** " + check.rationale() + "\n\n**What to do.** "
                    + check.remediation() + "\n\n**Example.** " + check.example() + "\n\n`coroner explain "
                    + check.id() + "` prints this text.");
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(check.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("tags");
            g.writeString("agent-state");
            g.writeString(check.stage().id());
            g.writeEndArray();
            g.writeStringField("stage", check.stage().id());
            g.writeStringField("severity", check.severity().label());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** §3.20 invocation: import problems (§3.58 notification) and unused suppressions. */
    private static void invocation(AnalysisResult result, Run run, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (ImportProblem problem : result.problems()) {
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            physicalLocation(problem.at(), run, Optional.empty(), g);
            g.writeEndObject();
            g.writeEndArray();
            text("message", problem.at().fileAndLine() + ": " + problem.message(), g);
            g.writeStringField("level", "error");
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", problem.wholeInput() ? "coroner.input-unreadable" : "coroner.record-unreadable");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("toolConfigurationNotifications");
        for (Suppression s : result.unusedSuppressions()) {
            g.writeStartObject();
            text("message", "The suppression " + s.target() + " (" + s.origin() + ") matched no finding: "
                    + s.reason(), g);
            g.writeStringField("level", "warning");
            g.writeObjectFieldStart("descriptor");
            g.writeStringField("id", "coroner.unused-suppression");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    /** §3.24 artifact: every input, with its hash (chain of custody). */
    private static void artifacts(AnalysisResult result, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("artifacts");
        for (InputRecord input : result.inputs()) {
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            artifactUri(input.path(), g);
            g.writeEndObject();
            g.writeNumberField("length", input.bytes());
            if (!input.sha256().isEmpty()) {
                g.writeObjectFieldStart("hashes");
                g.writeStringField("sha-256", input.sha256());
                g.writeEndObject();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField("format", input.format());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** §3.33 logicalLocation: each session with findings, and each step a finding points at. */
    private static void logicalLocations(Run run, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("logicalLocations");
        for (LogicalLocation l : run.logical.values()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeStringField("fullyQualifiedName", l.fullyQualifiedName());
            g.writeStringField("kind", l.kind());
            if (l.parentIndex() >= 0) {
                g.writeNumberField("parentIndex", l.parentIndex());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** §3.27 result. */
    private static void result(Finding f, Optional<SuppressedFinding> suppressed, Run run, ReportOptions options,
                               JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.checkId());
        int ruleIndex = run.ruleIndex.getOrDefault(f.checkId(), -1);
        if (ruleIndex >= 0) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        text("message", f.message(), g);
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physicalLocation(f.location(), run, Optional.empty(), g);
        LogicalLocation logical = run.logicalFor(f);
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeNumberField("index", logical.index());
        g.writeStringField("fullyQualifiedName", logical.fullyQualifiedName());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("relatedLocations");
        int id = 1;
        for (Evidence e : f.evidence()) {
            g.writeStartObject();
            g.writeNumberField("id", id++);
            physicalLocation(e.source(), run, Optional.of(e.excerpt()), g);
            text("message", e.source().line() > 0 ? e.label() : e.label() + ": " + e.excerpt(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, f.fingerprint());
        g.writeEndObject();
        if (suppressed.isPresent()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", suppressed.get().reason());
            g.writeObjectFieldStart("properties");
            g.writeStringField("suppressedBy", suppressed.get().by().label());
            g.writeStringField("origin", suppressed.get().origin());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        if (!run.result.baseline().isEmpty()) {
            boolean known = suppressed.isPresent() && suppressed.get().by() == SuppressedFinding.By.BASELINE;
            g.writeStringField("baselineState", known ? "unchanged" : "new");
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("stage", f.stage().id());
        g.writeStringField("session", f.sessionId());
        g.writeNumberField("step", f.step());
        g.writeStringField("locator", f.location().locator());
        g.writeBooleanField("failsRun", suppressed.isEmpty() && f.severity().atLeast(options.failOn()));
        SessionResult session = run.sessions.find(f.sessionId());
        if (session != null) {
            g.writeStringField("verdict", session.verdict().kind().label());
            g.writeBooleanField("rootCause", session.verdict().rootCause()
                    .map(r -> r.fingerprint().equals(f.fingerprint()) && r.step() == f.step()).orElse(false));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** §3.29 physicalLocation; none for standard input, which has no URI. */
    private static void physicalLocation(SourceRef ref, Run run, Optional<String> snippet, JsonGenerator g)
            throws IOException {
        if (ref.file().equals("<stdin>")) {
            return;
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        artifactUri(ref.file(), g);
        Integer index = run.artifactIndex.get(ref.file());
        if (index != null) {
            g.writeNumberField("index", index);
        }
        g.writeEndObject();
        if (ref.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", ref.line());
            if (snippet.isPresent()) {
                text("snippet", snippet.get(), g);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * §3.4 artifactLocation: a relative path becomes a relative URI reference against
     * {@code %SRCROOT%}; an absolute path a {@code file:} URI; standard input has no URI.
     */
    private static void artifactUri(String path, JsonGenerator g) throws IOException {
        if (path.equals("<stdin>")) {
            text("description", "standard input", g);
            return;
        }
        if (path.startsWith("/")) {
            g.writeStringField("uri", "file://" + uri(path));
            return;
        }
        String relative = uri(path);
        // A first segment with a colon would read as a URI scheme.
        int colon = relative.indexOf(':');
        int slash = relative.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            relative = "./" + relative;
        }
        g.writeStringField("uri", relative);
        g.writeStringField("uriBaseId", SRCROOT);
    }

    private static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be a URI: " + path, e);
        }
    }

    /** §3.8 property bag of the run: the verdicts, which SARIF has no place for. */
    private static void properties(AnalysisResult result, ReportOptions options, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("failOn", options.failOn().label());
        g.writeBooleanField("redacted", result.redacted());
        g.writeStringField("baseline", result.baseline());
        g.writeNumberField("suppressed", result.suppressed().size());
        g.writeArrayFieldStart("verdicts");
        for (SessionResult s : result.sessions()) {
            g.writeStartObject();
            g.writeStringField("session", s.id());
            g.writeStringField("principal", s.principal());
            g.writeStringField("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
            g.writeStringField("verdict", s.verdict().kind().label());
            g.writeStringField("reason", s.verdict().reason());
            if (s.verdict().rootCause().isPresent()) {
                Verdict.RootCause root = s.verdict().rootCause().get();
                g.writeObjectFieldStart("rootCause");
                g.writeStringField("check", root.checkId());
                g.writeNumberField("step", root.step());
                g.writeStringField("fingerprint", root.fingerprint());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("chain");
            for (Verdict.ChainLink link : s.verdict().chain()) {
                g.writeStartObject();
                g.writeNumberField("step", link.step());
                g.writeStringField("description", link.description());
                g.writeStringField("location", link.location().fileAndLine());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void text(String field, String text, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** §3.27.10 level: error for what fails a default run, warning for medium, note below. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** {@code context.error-carried-forward} → {@code ErrorCarriedForward}. */
    static String ruleName(String checkId) {
        StringBuilder name = new StringBuilder();
        for (String part : checkId.substring(checkId.indexOf('.') + 1).split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /**
     * A logical location.
     *
     * @param index              position in run.logicalLocations
     * @param name               {@code sess-b22c} or {@code step 2}
     * @param fullyQualifiedName {@code sess-b22c} or {@code sess-b22c/step 2}
     * @param kind               {@code session} or {@code step}
     * @param parentIndex        the session of a step, -1 for a session
     */
    private record LogicalLocation(int index, String name, String fullyQualifiedName, String kind, int parentIndex) {
    }

    /** Indexes computed once per report: rules, artifacts, sessions, logical locations in result order. */
    private static final class Run {
        final AnalysisResult result;
        final Map<String, Integer> ruleIndex = new HashMap<>();
        final Map<String, Integer> artifactIndex = new HashMap<>();
        SessionCursor sessions;
        final Map<String, LogicalLocation> logical = new LinkedHashMap<>();

        Run(AnalysisResult result) {
            this.result = result;
            for (int i = 0; i < result.checks().size(); i++) {
                ruleIndex.put(result.checks().get(i).id(), i);
            }
            for (int i = 0; i < result.inputs().size(); i++) {
                artifactIndex.putIfAbsent(result.inputs().get(i).path(), i);
            }
            // One logical location per session and step that has findings: kept, the results refer to them.
            result.findings().forEach(this::logicalFor);
            result.suppressed().forEach(s -> logicalFor(s.finding()));
        }

        /** The step's logical location (its session's for a session-level finding), added on first use. */
        LogicalLocation logicalFor(Finding f) {
            LogicalLocation session = logical.computeIfAbsent("s\u0000" + f.sessionId(),
                    k -> new LogicalLocation(logical.size(), f.sessionId(), f.sessionId(), "session", -1));
            if (f.step() < 0) {
                return session;
            }
            return logical.computeIfAbsent("s\u0000" + f.sessionId() + "\u0000" + f.step(),
                    k -> new LogicalLocation(logical.size(), "step " + f.step(), f.sessionId() + "/step " + f.step(),
                            "step", session.index()));
        }
    }
}
