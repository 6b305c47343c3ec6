package dev.coroner.report.html;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.TimelineStep;
import dev.coroner.analysis.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.finding.Stage;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Words;
import dev.coroner.report.Reporter;
import dev.coroner.report.TerminalText;
import dev.coroner.trace.Sha256;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: summary and verdicts, then each session's timeline (every step,
 * the context size of each model call, which findings sit at which step, what each state write
 * changed), the findings by checklist stage with their evidence, suppressed findings, import
 * problems and the inputs with their SHA-256.
 *
 * <p>No script, no external resource: the page works offline and from a ticket attachment. Its
 * Content-Security-Policy allows nothing but its own stylesheet (by hash), so even markup that
 * slipped past escaping could not run or load anything. Trace content is escaped in one place,
 * {@link #esc}: control and bidi characters made visible, then the five HTML metacharacters as
 * entities. Element ids come from counters, never from trace content.
 */
public final class HtmlReporter implements Reporter {

    static final String STYLE = """
            :root{--fg:#1d2330;--muted:#5b6475;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--critical:#8f1020;\
            --high:#c62828;--medium:#b26a00;--low:#1f6f8b;--info:#5b6475;--clean:#2e7d32;--suspect:#b26a00;\
            --inconclusive:#6a3d9a}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
            color:var(--fg);background:var(--bg)}
            header{background:#1d2330;color:#fff;padding:18px 28px}
            header h1{margin:0 0 4px;font-size:20px;font-weight:600}
            header p{margin:2px 0;color:#c9d1e0}
            main{padding:8px 28px 28px;max-width:1400px}
            h2{font-size:17px;margin:26px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
            h3{font-size:15px;margin:18px 0 8px}
            h3 small,h2 small{font-weight:400;color:var(--muted)}
            section.session,article.finding{background:var(--card);border:1px solid var(--line);border-radius:6px;\
            padding:12px 16px;margin:12px 0}
            table{border-collapse:collapse;width:100%;background:var(--card)}
            th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
            th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.03em}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;\
            font-size:12.5px}
            pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f0f2f5;border-left:3px solid var(--line);\
            padding:8px 10px;margin:4px 0 10px}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;\
            white-space:nowrap}
            .s-critical{background:var(--critical)}.s-high{background:var(--high)}.s-medium{background:var(--medium)}
            .s-low{background:var(--low)}.s-info{background:var(--info)}
            .v-state-failure{background:var(--high)}.v-model-suspect{background:var(--suspect)}
            .v-inconclusive{background:var(--inconclusive)}.v-clean{background:var(--clean)}
            a.badge{text-decoration:none}
            .muted{color:var(--muted)}
            tr.failed td{background:#fff3f3}
            tr.diff td{background:#fafbfc;border-bottom:1px solid var(--line)}
            table.diff{width:auto;min-width:50%;background:transparent}
            table.diff td{border:0;padding:1px 8px}
            .c-added{color:var(--clean)}.c-changed{color:var(--medium)}.c-dropped{color:var(--high);font-weight:600}
            .c-deleted{color:var(--muted)}
            meter{width:72px;height:9px;vertical-align:middle}
            td.context{white-space:nowrap;font-variant-numeric:tabular-nums}
            td.findings{min-width:180px}
            .reason{margin:4px 0 8px}
            ol.chain{margin:0 0 10px;padding-left:22px}
            .findings a{margin:0 4px 2px 0}
            footer{padding:12px 28px 28px;color:var(--muted);font-size:12px}
            """;

    /** Only the stylesheet above may apply; nothing may run or load. */
    static final String CSP = "default-src 'none'; style-src 'sha256-"
            + Base64.getEncoder().encodeToString(Sha256.of(STYLE)) + "'; base-uri 'none'; "
            + "form-action 'none'";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        Page page = new Page(result);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"coroner ").append(esc(result.version())).append("\">\n")
                .append("<title>coroner report: ").append(Words.plural(result.sessions().size(), "session")).append(", ")
                .append(Words.plural(result.findings().size(), "finding")).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(result, options, h);
        h.append("<main>\n");
        verdicts(result, page, h);
        findings(result, page, h);
        suppressed(result, page, h);
        problems(result, h);
        sessions(result, page, h);
        inputs(result, h);
        h.append("</main>\n<footer>Written by coroner ").append(esc(result.version()))
                .append(". The same inputs and options give the same bytes; nothing in this page loads or runs.")
                .append("</footer>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void header(AnalysisResult result, ReportOptions options, StringBuilder h) {
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.count(s);
            if (n > 0) {
                counts.add(0, n + " " + s.label());
            }
        }
        h.append("<header>\n<h1>coroner report</h1>\n<p>")
                .append(Words.plural(result.inputs().size(), "input")).append(" · ")
                .append(Words.plural(result.sessions().size(), "session")).append(" · ")
                .append(Words.plural(result.findings().size(), "finding"))
                .append(counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")")
                .append(result.suppressed().isEmpty() ? "" : " · " + result.suppressed().size() + " suppressed")
                .append(result.problems().isEmpty() ? "" : " · " + Words.plural(result.problems().size(), "import problem"))
                .append(" · fails on ").append(options.failOn().label()).append(" and above")
                .append(result.baseline().isEmpty() ? "" : " · baseline " + esc(result.baseline()))
                .append("</p>\n");
        if (result.redacted()) {
            h.append("<p>Secrets and personal identifiers are masked ([email-1], [secret-2], …): the same value has the "
                    + "same mask throughout this report.</p>\n");
        }
        h.append("</header>\n");
    }

    private static void verdicts(AnalysisResult result, Page page, StringBuilder h) {
        h.append("<section id=\"verdicts\">\n<h2>Verdicts</h2>\n");
        if (result.sessions().isEmpty()) {
            h.append("<p class=\"muted\">No sessions.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>Session</th><th>Principal</th><th>Verdict</th><th>Reason</th></tr></thead>\n"
                + "<tbody>\n");
        for (SessionResult s : result.sessions()) {
            h.append("<tr><td><a href=\"#").append(page.sessionAnchor(s.id())).append("\"><code>").append(esc(s.id()))
                    .append("</code></a></td><td>").append(esc(s.principal())).append("</td><td>")
                    .append(verdictBadge(s.verdict().kind())).append("</td><td>").append(esc(s.verdict().reason()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sessions(AnalysisResult result, Page page, StringBuilder h) {
        if (result.sessions().isEmpty()) {
            return;
        }
        h.append("<section id=\"sessions\">\n<h2>Timelines <small>every step; context size of each model call; "
                + "where each finding sits; what each state write changed</small></h2>\n");
        for (SessionResult s : result.sessions()) {
            h.append("<section class=\"session\" id=\"").append(page.sessionAnchor(s.id())).append("\">\n<h3>Session <code>")
                    .append(esc(s.id())).append("</code> ").append(verdictBadge(s.verdict().kind())).append("</h3>\n")
                    .append("<p class=\"muted\">").append(s.principal().isEmpty() ? "no principal recorded"
                            : "principal " + esc(s.principal())).append(" · outcome ")
                    .append(s.outcome().name().toLowerCase(Locale.ROOT))
                    .append(s.failure().isEmpty() ? "" : ": " + esc(s.failure())).append(" · ")
                    .append(Words.plural(s.steps(), "step")).append(" · ").append(Words.plural(s.modelCalls(), "model call"))
                    .append(" · first seen at <span class=\"mono\">").append(esc(s.source().toString()))
                    .append("</span></p>\n<p class=\"reason\">").append(esc(s.verdict().reason())).append("</p>\n");
            chain(s, page, h);
            List<Marker> sessionLevel = page.markers(s.id(), -1);
            if (!sessionLevel.isEmpty()) {
                h.append("<p class=\"findings\">About the whole session: ");
                markers(sessionLevel, h);
                h.append("</p>\n");
            }
            timeline(s, page, h);
            h.append("</section>\n");
        }
        h.append("</section>\n");
    }

    /** The root-cause chain analysis reached, each link pointing at its timeline row. */
    private static void chain(SessionResult s, Page page, StringBuilder h) {
        if (s.verdict().chain().isEmpty()) {
            return;
        }
        h.append("<ol class=\"chain\">\n");
        for (Verdict.ChainLink link : s.verdict().chain()) {
            h.append("<li><a href=\"#").append(page.stepAnchor(s.id(), link.step())).append("\">")
                    .append(link.step() >= 0 ? "step " + link.step() : "session").append("</a> <span class=\"mono muted\">")
                    .append(esc(link.location().fileAndLine())).append("</span> ").append(esc(link.description()))
                    .append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private static void timeline(SessionResult s, Page page, StringBuilder h) {
        if (s.timeline().isEmpty()) {
            return;
        }
        long widest = s.timeline().stream().flatMap(t -> t.context().stream())
                .mapToLong(TimelineStep.ContextSize::characters).max().orElse(0);
        h.append("<table class=\"timeline\">\n<thead><tr><th>Step</th><th>Kind</th><th>Agent</th><th>What</th>"
                + "<th>Where</th><th>Context</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (TimelineStep step : s.timeline()) {
            h.append("<tr id=\"").append(page.stepAnchor(s.id(), step.index())).append('"')
                    .append(step.failed() ? " class=\"failed\">" : ">").append("<td class=\"num\">").append(step.index())
                    .append("</td><td>").append(esc(step.kind())).append(step.failed() ? " <span class=\"muted\">"
                            + "(failed)</span>" : "").append("</td><td>").append(esc(step.agent())).append("</td><td>")
                    .append(esc(step.summary())).append("</td><td class=\"mono\">").append(esc(where(step, s)))
                    .append("</td><td class=\"context\">");
            if (step.context().isPresent()) {
                TimelineStep.ContextSize c = step.context().get();
                h.append("<meter min=\"0\" max=\"").append(Math.max(1, widest)).append("\" value=\"").append(c.characters())
                        .append("\"></meter> ").append(Words.plural(c.messages(), "message")).append(", ")
                        .append(String.format(Locale.ROOT, "%,d", c.characters())).append(" chars");
            }
            h.append("</td><td class=\"findings\">");
            markers(page.markers(s.id(), step.index()), h);
            h.append("</td></tr>\n");
            if (step.diff().isPresent()) {
                diff(step.diff().get(), h);
            }
        }
        h.append("</tbody>\n</table>\n");
    }

    /** The line and locator; the file too when the step is not in the file where the session starts. */
    private static String where(TimelineStep step, SessionResult s) {
        if (!step.source().file().equals(s.source().file()) || step.source().line() <= 0) {
            return step.source().toString();
        }
        return "line " + step.source().line() + (step.source().locator().isEmpty() ? ""
                : " (" + step.source().locator() + ")");
    }

    private static void diff(TimelineStep.StateDiff diff, StringBuilder h) {
        h.append("<tr class=\"diff\"><td></td><td colspan=\"6\"><span class=\"muted\">")
                .append(diff.sinceStep() < 0 ? "first snapshot of " : "changes since step " + diff.sinceStep() + " in ")
                .append(diff.namespace().isEmpty() ? "the state" : "namespace <code>" + esc(diff.namespace()) + "</code>")
                .append(diff.changes().isEmpty() ? ": nothing changed" : "").append("</span>");
        if (!diff.changes().isEmpty()) {
            h.append("\n<table class=\"diff\"><tbody>\n");
            for (TimelineStep.StateChange c : diff.changes()) {
                h.append("<tr><td class=\"c-").append(c.kind().label()).append("\">").append(c.kind().label())
                        .append("</td><td><code>").append(esc(c.path().isEmpty() ? "(whole state)" : c.path()))
                        .append("</code></td><td><code>");
                switch (c.kind()) {
                    case ADDED -> h.append(esc(c.after()));
                    case CHANGED -> h.append(esc(c.before())).append("</code> → <code>").append(esc(c.after()));
                    case DROPPED, DELETED -> h.append(esc(c.before()));
                    default -> throw new IllegalStateException(c.kind().name());
                }
                h.append("</code></td></tr>\n");
            }
            if (diff.omitted() > 0) {
                h.append("<tr><td></td><td colspan=\"2\" class=\"muted\">… and ").append(Words.plural(diff.omitted(), "more change"))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</td></tr>\n");
    }

    private static void markers(List<Marker> markers, StringBuilder h) {
        for (Marker m : markers) {
            h.append("<a class=\"badge s-").append(m.finding().severity().label()).append("\" href=\"#").append(m.anchor())
                    .append("\">").append(m.suppressed() ? "suppressed " : "").append(esc(m.finding().checkId()))
                    .append("</a>");
        }
    }

    private static void findings(AnalysisResult result, Page page, StringBuilder h) {
        h.append("<section id=\"findings\">\n<h2>Findings by checklist stage</h2>\n");
        Map<Stage, List<Finding>> byStage = new EnumMap<>(Stage.class);
        for (Finding f : result.findings()) {
            byStage.computeIfAbsent(f.stage(), k -> new ArrayList<>()).add(f);
        }
        for (Stage stage : Stage.values()) {
            List<Finding> findings = new ArrayList<>(byStage.getOrDefault(stage, List.of()));
            h.append("<h3>").append(stage.title()).append(" <small>").append(stage.question()).append(": ")
                    .append(findings.isEmpty() ? "no findings" : Words.plural(findings.size(), "finding")).append("</small></h3>\n");
            findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding.ORDER));
            for (Finding f : findings) {
                finding(f, page.anchor(f, false), page, h, null);
            }
        }
        h.append("</section>\n");
    }

    private static void finding(Finding f, String anchor, Page page, StringBuilder h, SuppressedFinding suppressed) {
        h.append("<article class=\"finding\" id=\"").append(anchor).append("\" data-fingerprint=\"")
                .append(esc(f.fingerprint())).append("\">\n<h4><span class=\"badge s-").append(f.severity().label())
                .append("\">").append(f.severity().label()).append("</span> <code>").append(esc(f.checkId()))
                .append("</code> in session <a href=\"#").append(page.sessionAnchor(f.sessionId())).append("\"><code>")
                .append(esc(f.sessionId())).append("</code></a>").append(f.step() >= 0 ? ", <a href=\"#"
                        + page.stepAnchor(f.sessionId(), f.step()) + "\">step " + f.step() + "</a>" : "")
                .append(" <span class=\"muted mono\">").append(esc(f.location().toString())).append("</span></h4>\n");
        if (suppressed != null) {
            h.append("<p class=\"muted\">Suppressed by ").append(suppressed.by().label()).append(" <span class=\"mono\">")
                    .append(esc(suppressed.origin())).append("</span>: ").append(esc(suppressed.reason())).append("</p>\n");
        }
        h.append("<p class=\"message\">").append(esc(f.message())).append("</p>\n");
        for (Evidence e : f.evidence()) {
            h.append("<div class=\"evidence\"><div class=\"muted\">").append(esc(e.label())).append(" <span class=\"mono\">")
                    .append(esc(e.source().toString())).append("</span></div><pre>").append(esc(e.excerpt()))
                    .append("</pre></div>\n");
        }
        h.append("<p class=\"muted\">fingerprint <code>").append(esc(f.fingerprint())).append("</code></p>\n</article>\n");
    }

    private static void suppressed(AnalysisResult result, Page page, StringBuilder h) {
        if (!result.suppressed().isEmpty()) {
            h.append("<section id=\"suppressed\">\n<h2>Suppressed <small>accepted by a suppression or the baseline; they "
                    + "do not fail the run: ").append(Words.plural(result.suppressed().size(), "finding")).append("</small></h2>\n");
            for (SuppressedFinding s : result.suppressed()) {
                finding(s.finding(), page.anchor(s.finding(), true), page, h, s);
            }
            h.append("</section>\n");
        }
        if (!result.unusedSuppressions().isEmpty()) {
            h.append("<section id=\"unused-suppressions\">\n<h2>Unused suppressions <small>they matched no finding: "
                    + "remove them, or fix the check id or session</small></h2>\n<ul>\n");
            for (Suppression s : result.unusedSuppressions()) {
                h.append("<li><code>").append(esc(s.target())).append("</code> <span class=\"mono muted\">")
                        .append(esc(s.origin())).append("</span>: ").append(esc(s.reason())).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
    }

    private static void problems(AnalysisResult result, StringBuilder h) {
        if (!result.problems().isEmpty()) {
            h.append("<section id=\"problems\">\n<h2>Import problems <small>the findings say nothing about these parts "
                    + "of the input</small></h2>\n<ul>\n");
            for (ImportProblem p : result.problems()) {
                h.append("<li><span class=\"mono\">").append(esc(p.at().fileAndLine())).append("</span>: ")
                        .append(esc(p.message())).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        if (!result.skipped().isEmpty()) {
            h.append("<section id=\"skipped\">\n<h2>Skipped <small>files found in directories that are not traces"
                    + "</small></h2>\n<ul>\n");
            for (String skipped : result.skipped()) {
                h.append("<li>").append(esc(skipped)).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
    }

    private static void inputs(AnalysisResult result, StringBuilder h) {
        h.append("<section id=\"inputs\">\n<h2>Inputs <small>SHA-256 of the bytes as stored</small></h2>\n");
        if (result.inputs().isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>Input</th><th>Format</th><th>Bytes</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (InputRecord input : result.inputs()) {
            h.append("<tr><td class=\"mono\">").append(esc(input.path())).append("</td><td>")
                    .append(input.format().isEmpty() ? "unread" : esc(input.format())).append("</td><td class=\"num\">")
                    .append(input.bytes()).append("</td><td class=\"mono\">")
                    .append(input.sha256().isEmpty() ? "-" : esc(input.sha256())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String verdictBadge(Verdict.Kind kind) {
        return "<span class=\"badge v-" + kind.label() + "\">" + kind.label() + "</span>";
    }

    /**
     * The one place trace content becomes HTML: control and bidi characters made visible
     * ({@link TerminalText}), then {@code & < > " '} as entities, so the result is safe as text
     * and inside a quoted attribute.
     */
    static String esc(String untrusted) {
        String text = TerminalText.sanitize(untrusted);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A link from a timeline step to a finding.
     *
     * @param finding    the finding
     * @param anchor     its element id
     * @param suppressed whether it is listed among the suppressed
     */
    private record Marker(Finding finding, String anchor, boolean suppressed) {
    }

    /** Anchors for sessions and findings, numbered in report order; markers per session and step. */
    private static final class Page {
        private final Map<String, String> sessionAnchors = new HashMap<>();
        // By identity: the same finding object, not an equal one, is what a marker points at.
        private final Map<Finding, String> active = new IdentityHashMap<>();
        private final Map<Finding, String> accepted = new IdentityHashMap<>();
        private final Map<String, List<Marker>> markers = new HashMap<>();
        private final java.util.Set<String> steps = new java.util.HashSet<>();

        Page(AnalysisResult result) {
            int n = 0;
            for (SessionResult s : result.sessions()) {
                sessionAnchors.putIfAbsent(s.id(), "session-" + ++n);
                s.timeline().forEach(t -> steps.add(key(s.id(), t.index())));
            }
            n = 0;
            for (Finding f : result.findings()) {
                String anchor = "finding-" + ++n;
                active.put(f, anchor);
                markers.computeIfAbsent(key(f.sessionId(), f.step()), k -> new ArrayList<>())
                        .add(new Marker(f, anchor, false));
            }
            n = 0;
            for (SuppressedFinding s : result.suppressed()) {
                String anchor = "suppressed-" + ++n;
                accepted.put(s.finding(), anchor);
                markers.computeIfAbsent(key(s.finding().sessionId(), s.finding().step()), k -> new ArrayList<>())
                        .add(new Marker(s.finding(), anchor, true));
            }
        }

        String sessionAnchor(String id) {
            return sessionAnchors.getOrDefault(id, "sessions");
        }

        /** A timeline row; when the session has no timeline row for the step, the session itself. */
        String stepAnchor(String session, int step) {
            String anchor = sessionAnchor(session);
            return steps.contains(key(session, step)) ? anchor + "-step-" + step : anchor;
        }

        String anchor(Finding f, boolean suppressed) {
            return suppressed ? accepted.get(f) : active.get(f);
        }

        List<Marker> markers(String session, int step) {
            return markers.getOrDefault(key(session, step), List.of());
        }

        private static String key(String session, int step) {
            return session + '\u0000' + step;
        }
    }
}
