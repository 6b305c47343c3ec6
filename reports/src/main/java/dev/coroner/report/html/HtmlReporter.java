package dev.coroner.report.html;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.finding.Stage;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.Words;
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
 * slipped past escaping could not run or load anything. The page is written with {@code Html}, which
 * escapes every text and attribute value (control and bidi characters made visible, then the five
 * HTML metacharacters as entities) and takes markup only for the fixed template. Element ids come
 * from counters, never from trace content.
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

    /**
     * Only the stylesheet above may apply; nothing may run or load. A holder class, so that the
     * digest (about 20 ms at start-up, mostly the security providers) is computed only when an HTML
     * report is written, not whenever the reporters are listed.
     */
    private static final class Policy {
        static final String CSP = "default-src 'none'; style-src 'sha256-"
                + Base64.getEncoder().encodeToString(Sha256.of(STYLE)) + "'; base-uri 'none'; "
                + "form-action 'none'";
    }

    static String csp() {
        return Policy.CSP;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(AnalysisResult analysed, ReportOptions options, Writer out) throws IOException {
        // The page links findings, markers and timelines across the whole run (by identity): it reads
        // a result spilled past the memory budget back into memory, and is built whole.
        AnalysisResult result = analysed.held();
        Page page = new Page(result);
        Html h = new Html();
        // The policy's quotes are its syntax: it is fixed markup like the stylesheet.
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(csp()).raw("\">\n")
                .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .open("meta", "name", "generator", "content", "coroner " + result.version()).raw("\n")
                .open("title").text("coroner report: " + Words.plural(result.sessions().size(), "session") + ", "
                        + Words.plural(result.findings().size(), "finding")).close("title").raw("\n")
                .raw("<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        header(result, options, h);
        h.raw("<main>\n");
        verdicts(result, page, h);
        findings(result, page, h);
        suppressed(result, page, h);
        problems(result, h);
        sessions(result, page, h);
        inputs(result, h);
        h.raw("</main>\n<footer>Written by coroner ").text(result.version())
                .raw(". The same inputs and options give the same bytes; nothing in this page loads or runs.")
                .raw("</footer>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void header(AnalysisResult result, ReportOptions options, Html h) {
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.count(s);
            if (n > 0) {
                counts.add(0, n + " " + s.label());
            }
        }
        h.raw("<header>\n<h1>coroner report</h1>\n<p>")
                .text(Words.plural(result.inputs().size(), "input") + " · "
                        + Words.plural(result.sessions().size(), "session") + " · "
                        + Words.plural(result.findings().size(), "finding")
                        + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")")
                        + (result.suppressed().isEmpty() ? "" : " · " + result.suppressed().size() + " suppressed")
                        + (result.problems().isEmpty() ? ""
                                : " · " + Words.plural(result.problems().size(), "import problem"))
                        + " · fails on " + options.failOn().label() + " and above")
                .text(result.baseline().isEmpty() ? "" : " · baseline " + result.baseline())
                .raw("</p>\n");
        if (result.redacted()) {
            h.raw("<p>Secrets and personal identifiers are masked ([email-1], [secret-2], …): the same value has the "
                    + "same mask throughout this report.</p>\n");
        }
        h.raw("</header>\n");
    }

    private static void verdicts(AnalysisResult result, Page page, Html h) {
        h.raw("<section id=\"verdicts\">\n<h2>Verdicts</h2>\n");
        if (result.sessions().isEmpty()) {
            h.raw("<p class=\"muted\">No sessions.</p>\n</section>\n");
            return;
        }
        h.raw("<table>\n<thead><tr><th>Session</th><th>Principal</th><th>Verdict</th><th>Reason</th></tr></thead>\n"
                + "<tbody>\n");
        for (SessionResult s : result.sessions()) {
            h.raw("<tr><td>").open("a", "href", "#" + page.sessionAnchor(s.id())).element("code", s.id()).close("a")
                    .raw("</td><td>").text(s.principal()).raw("</td><td>");
            verdictBadge(s.verdict().kind(), h);
            h.raw("</td><td>").text(s.verdict().reason()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void sessions(AnalysisResult result, Page page, Html h) {
        if (result.sessions().isEmpty()) {
            return;
        }
        h.raw("<section id=\"sessions\">\n<h2>Timelines <small>every step; context size of each model call; "
                + "where each finding sits; what each state write changed</small></h2>\n");
        for (SessionResult s : result.sessions()) {
            h.open("section", "class", "session", "id", page.sessionAnchor(s.id())).raw("\n<h3>Session ")
                    .element("code", s.id()).raw(" ");
            verdictBadge(s.verdict().kind(), h);
            h.raw("</h3>\n<p class=\"muted\">")
                    .text(s.principal().isEmpty() ? "no principal recorded" : "principal " + s.principal())
                    .text(" · outcome " + s.outcome().name().toLowerCase(Locale.ROOT))
                    .text(s.failure().isEmpty() ? "" : ": " + s.failure())
                    .text(" · " + Words.plural(s.steps(), "step") + " · "
                            + Words.plural(s.modelCalls(), "model call"))
                    .raw(" · first seen at <span class=\"mono\">").text(s.source().toString())
                    .raw("</span></p>\n<p class=\"reason\">").text(s.verdict().reason()).raw("</p>\n");
            chain(s, page, h);
            List<Marker> sessionLevel = page.markers(s.id(), -1);
            if (!sessionLevel.isEmpty()) {
                h.raw("<p class=\"findings\">About the whole session: ");
                markers(sessionLevel, h);
                h.raw("</p>\n");
            }
            timeline(s, page, h);
            h.raw("</section>\n");
        }
        h.raw("</section>\n");
    }

    /** The root-cause chain analysis reached, each link pointing at its timeline row. */
    private static void chain(SessionResult s, Page page, Html h) {
        if (s.verdict().chain().isEmpty()) {
            return;
        }
        h.raw("<ol class=\"chain\">\n");
        for (Verdict.ChainLink link : s.verdict().chain()) {
            h.raw("<li>").open("a", "href", "#" + page.stepAnchor(s.id(), link.step()))
                    .text(link.step() >= 0 ? "step " + link.step() : "session").close("a")
                    .raw(" <span class=\"mono muted\">").text(link.location().fileAndLine()).raw("</span> ")
                    .text(link.description()).raw("</li>\n");
        }
        h.raw("</ol>\n");
    }

    private static void timeline(SessionResult s, Page page, Html h) {
        if (s.timeline().isEmpty()) {
            return;
        }
        long widest = s.timeline().stream().flatMap(t -> t.context().stream())
                .mapToLong(TimelineStep.ContextSize::characters).max().orElse(0);
        h.raw("<table class=\"timeline\">\n<thead><tr><th>Step</th><th>Kind</th><th>Agent</th><th>What</th>"
                + "<th>Where</th><th>Context</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (TimelineStep step : s.timeline()) {
            String anchor = page.stepAnchor(s.id(), step.index());
            if (step.failed()) {
                h.open("tr", "id", anchor, "class", "failed");
            } else {
                h.open("tr", "id", anchor);
            }
            h.raw("<td class=\"num\">").text(step.index()).raw("</td><td>").text(step.kind());
            if (step.failed()) {
                h.raw(" <span class=\"muted\">(failed)</span>");
            }
            h.raw("</td><td>").text(step.agent()).raw("</td><td>").text(step.summary())
                    .raw("</td><td class=\"mono\">").text(where(step, s)).raw("</td><td class=\"context\">");
            if (step.context().isPresent()) {
                TimelineStep.ContextSize c = step.context().get();
                h.open("meter", "min", "0", "max", Long.toString(Math.max(1, widest)),
                                "value", Long.toString(c.characters())).close("meter")
                        .text(" " + Words.plural(c.messages(), "message") + ", "
                                + String.format(Locale.ROOT, "%,d", c.characters()) + " chars");
            }
            h.raw("</td><td class=\"findings\">");
            markers(page.markers(s.id(), step.index()), h);
            h.raw("</td></tr>\n");
            if (step.diff().isPresent()) {
                diff(step.diff().get(), h);
            }
        }
        h.raw("</tbody>\n</table>\n");
    }

    /** The line and locator; the file too when the step is not in the file where the session starts. */
    private static String where(TimelineStep step, SessionResult s) {
        if (!step.source().file().equals(s.source().file()) || step.source().line() <= 0) {
            return step.source().toString();
        }
        return "line " + step.source().line() + (step.source().locator().isEmpty() ? ""
                : " (" + step.source().locator() + ")");
    }

    private static void diff(TimelineStep.StateDiff diff, Html h) {
        h.raw("<tr class=\"diff\"><td></td><td colspan=\"6\"><span class=\"muted\">")
                .text(diff.sinceStep() < 0 ? "first snapshot of " : "changes since step " + diff.sinceStep() + " in ");
        if (diff.namespace().isEmpty()) {
            h.raw("the state");
        } else {
            h.raw("namespace ").element("code", diff.namespace());
        }
        if (diff.changes().isEmpty()) {
            h.raw(": nothing changed");
        }
        h.raw("</span>");
        if (!diff.changes().isEmpty()) {
            h.raw("\n<table class=\"diff\"><tbody>\n");
            for (TimelineStep.StateChange c : diff.changes()) {
                h.raw("<tr>").open("td", "class", "c-" + c.kind().label()).text(c.kind().label()).close("td")
                        .raw("<td>").element("code", c.path().isEmpty() ? "(whole state)" : c.path())
                        .raw("</td><td><code>");
                switch (c.kind()) {
                    case ADDED -> h.text(c.after());
                    case CHANGED -> h.text(c.before()).raw("</code> → <code>").text(c.after());
                    case DROPPED, DELETED -> h.text(c.before());
                    default -> throw new IllegalStateException(c.kind().name());
                }
                h.raw("</code></td></tr>\n");
            }
            if (diff.omitted() > 0) {
                h.raw("<tr><td></td><td colspan=\"2\" class=\"muted\">… and ")
                        .text(Words.plural(diff.omitted(), "more change")).raw("</td></tr>\n");
            }
            h.raw("</tbody></table>\n");
        }
        h.raw("</td></tr>\n");
    }

    private static void markers(List<Marker> markers, Html h) {
        for (Marker m : markers) {
            h.open("a", "class", "badge s-" + m.finding().severity().label(), "href", "#" + m.anchor())
                    .text(m.suppressed() ? "suppressed " : "").text(m.finding().checkId()).close("a");
        }
    }

    private static void findings(AnalysisResult result, Page page, Html h) {
        h.raw("<section id=\"findings\">\n<h2>Findings by checklist stage</h2>\n");
        Map<Stage, List<Finding>> byStage = new EnumMap<>(Stage.class);
        for (Finding f : result.findings()) {
            byStage.computeIfAbsent(f.stage(), k -> new ArrayList<>()).add(f);
        }
        for (Stage stage : Stage.values()) {
            List<Finding> findings = new ArrayList<>(byStage.getOrDefault(stage, List.of()));
            // The checklist's own wording, part of the template like the headings around it.
            h.raw("<h3>").raw(stage.title()).raw(" <small>").raw(stage.question()).raw(": ")
                    .text(findings.isEmpty() ? "no findings" : Words.plural(findings.size(), "finding"))
                    .raw("</small></h3>\n");
            findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding.ORDER));
            for (Finding f : findings) {
                finding(f, page.anchor(f, false), page, h, null);
            }
        }
        h.raw("</section>\n");
    }

    private static void finding(Finding f, String anchor, Page page, Html h, SuppressedFinding suppressed) {
        h.open("article", "class", "finding", "id", anchor, "data-fingerprint", f.fingerprint()).raw("\n<h4>")
                .open("span", "class", "badge s-" + f.severity().label()).text(f.severity().label()).close("span")
                .raw(" ").element("code", f.checkId()).raw(" in session ")
                .open("a", "href", "#" + page.sessionAnchor(f.sessionId())).element("code", f.sessionId()).close("a");
        if (f.step() >= 0) {
            h.raw(", ").open("a", "href", "#" + page.stepAnchor(f.sessionId(), f.step())).text("step " + f.step())
                    .close("a");
        }
        h.raw(" <span class=\"muted mono\">").text(f.location().toString()).raw("</span></h4>\n");
        if (suppressed != null) {
            h.raw("<p class=\"muted\">Suppressed by ").text(suppressed.by().label()).raw(" <span class=\"mono\">")
                    .text(suppressed.origin()).raw("</span>: ").text(suppressed.reason()).raw("</p>\n");
        }
        h.raw("<p class=\"message\">").text(f.message()).raw("</p>\n");
        for (Evidence e : f.evidence()) {
            h.raw("<div class=\"evidence\"><div class=\"muted\">").text(e.label()).raw(" <span class=\"mono\">")
                    .text(e.source().toString()).raw("</span></div><pre>").text(e.excerpt()).raw("</pre></div>\n");
        }
        h.raw("<p class=\"muted\">fingerprint ").element("code", f.fingerprint()).raw("</p>\n</article>\n");
    }

    private static void suppressed(AnalysisResult result, Page page, Html h) {
        if (!result.suppressed().isEmpty()) {
            h.raw("<section id=\"suppressed\">\n<h2>Suppressed <small>accepted by a suppression or the baseline; they "
                    + "do not fail the run: ").text(Words.plural(result.suppressed().size(), "finding"))
                    .raw("</small></h2>\n");
            for (SuppressedFinding s : result.suppressed()) {
                finding(s.finding(), page.anchor(s.finding(), true), page, h, s);
            }
            h.raw("</section>\n");
        }
        if (!result.unusedSuppressions().isEmpty()) {
            h.raw("<section id=\"unused-suppressions\">\n<h2>Unused suppressions <small>they matched no finding: "
                    + "remove them, or fix the check id or session</small></h2>\n<ul>\n");
            for (Suppression s : result.unusedSuppressions()) {
                h.raw("<li>").element("code", s.target()).raw(" <span class=\"mono muted\">").text(s.origin())
                        .raw("</span>: ").text(s.reason()).raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        }
    }

    private static void problems(AnalysisResult result, Html h) {
        if (!result.problems().isEmpty()) {
            h.raw("<section id=\"problems\">\n<h2>Import problems <small>the findings say nothing about these parts "
                    + "of the input</small></h2>\n<ul>\n");
            for (ImportProblem p : result.problems()) {
                h.raw("<li><span class=\"mono\">").text(p.at().fileAndLine()).raw("</span>: ").text(p.message())
                        .raw("</li>\n");
            }
            h.raw("</ul>\n</section>\n");
        }
        if (!result.skipped().isEmpty()) {
            h.raw("<section id=\"skipped\">\n<h2>Skipped <small>files found in directories that are not traces"
                    + "</small></h2>\n<ul>\n");
            for (String skipped : result.skipped()) {
                h.element("li", skipped).raw("\n");
            }
            h.raw("</ul>\n</section>\n");
        }
    }

    private static void inputs(AnalysisResult result, Html h) {
        h.raw("<section id=\"inputs\">\n<h2>Inputs <small>SHA-256 of the bytes as stored</small></h2>\n");
        if (result.inputs().isEmpty()) {
            h.raw("<p class=\"muted\">None.</p>\n</section>\n");
            return;
        }
        h.raw("<table>\n<thead><tr><th>Input</th><th>Format</th><th>Bytes</th><th>SHA-256</th></tr></thead>\n"
                + "<tbody>\n");
        for (InputRecord input : result.inputs()) {
            h.raw("<tr><td class=\"mono\">").text(input.path()).raw("</td><td>")
                    .text(input.format().isEmpty() ? "unread" : input.format()).raw("</td><td class=\"num\">")
                    .text(input.bytes()).raw("</td><td class=\"mono\">")
                    .text(input.sha256().isEmpty() ? "-" : input.sha256()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void verdictBadge(Verdict.Kind kind, Html h) {
        h.open("span", "class", "badge v-" + kind.label()).text(kind.label()).close("span");
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
