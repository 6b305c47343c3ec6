package dev.coroner.report.text;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.finding.Stage;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.StageLists;
import dev.coroner.report.TerminalText;
import dev.coroner.report.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The terminal report: summary, verdicts first, then the checklist stage by stage (every stage
 * listed, so an empty one reads as checked), findings by severity within a stage, evidence as
 * quoted excerpts, then import problems and the inputs with their hashes. Every piece of trace
 * content passes through {@link TerminalText#sanitize}.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        Printer p = new Printer(out, options.colour());
        summary(result, options, p);
        verdicts(result, p);
        stages(result, p);
        suppressed(result, p);
        problems(result, p);
        inputs(result, p);
        out.flush();
    }

    private static void summary(AnalysisResult result, ReportOptions options, Printer p) throws IOException {
        List<String> counts = new ArrayList<>();
        for (Severity s : reversed()) {
            long n = result.count(s);
            if (n > 0) {
                counts.add(n + " " + s.label());
            }
        }
        p.line("coroner " + result.version() + ": " + Words.plural(result.inputs().size(), "input") + ", "
                + Words.plural(result.sessions().size(), "session") + ", " + Words.plural(result.findings().size(), "finding")
                + (counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")")
                + (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed")
                + (result.problems().isEmpty() ? "" : ", " + Words.plural(result.problems().size(), "import problem"))
                + "; fails on " + options.failOn().label() + " and above");
    }

    private static void verdicts(AnalysisResult result, Printer p) throws IOException {
        p.line("");
        p.line(p.bold("Verdicts"));
        if (result.sessions().isEmpty()) {
            p.line("  no sessions");
            return;
        }
        int width = 0;
        for (SessionResult s : result.sessions()) {
            width = Math.max(width, s.verdict().kind().label().length());
        }
        for (SessionResult s : result.sessions()) {
            String label = s.verdict().kind().label();
            String padded = label + " ".repeat(width - label.length());
            p.line("  " + p.colour(verdictColour(s.verdict().kind()), padded) + "  session " + p.clean(s.id())
                    + (s.principal().isEmpty() ? "" : " (principal " + p.clean(s.principal()) + ")"));
            p.line("  " + " ".repeat(width) + "  " + p.clean(s.verdict().reason()));
            for (Verdict.ChainLink link : s.verdict().chain()) {
                p.line("  " + " ".repeat(width) + "    " + (link.step() >= 0 ? "step " + link.step() : "session")
                        + " (" + p.clean(link.location().fileAndLine()) + "): " + p.clean(link.description()));
            }
        }
    }

    private static void stages(AnalysisResult result, Printer p) throws IOException {
        Map<Stage, List<Finding>> byStage = StageLists.of(result.findings());
        for (Stage stage : Stage.values()) {
            List<Finding> findings = byStage.getOrDefault(stage, List.of());
            p.line("");
            p.line(p.bold(stage.title()) + " (" + stage.question() + "): "
                    + (findings.isEmpty() ? "no findings" : Words.plural(findings.size(), "finding")));
            for (Finding f : findings) {
                finding(f, p);
            }
        }
    }

    private static void finding(Finding f, Printer p) throws IOException {
        String severity = f.severity().label().toUpperCase(java.util.Locale.ROOT);
        p.line("  " + p.colour(severityColour(f.severity()), String.format("%-8s", severity)) + " " + f.checkId()
                + "  session " + p.clean(f.sessionId()) + (f.step() >= 0 ? " step " + f.step() : "")
                + "  " + p.clean(f.location().toString()));
        p.line("           " + p.clean(f.message()));
        for (Evidence e : f.evidence()) {
            p.line("           " + p.clean(e.label()) + " (" + p.clean(e.source().toString()) + "):");
            for (String line : e.excerpt().split("\n", -1)) {
                p.line("             | " + p.clean(line));
            }
        }
        p.line("           fingerprint " + f.fingerprint());
    }

    /** Accepted findings are listed, one line each and the reason, so nothing disappears from a report. */
    private static void suppressed(AnalysisResult result, Printer p) throws IOException {
        if (!result.suppressed().isEmpty()) {
            p.line("");
            p.line(p.bold("Suppressed") + " (accepted by a suppression or the baseline; they do not fail the run): "
                    + Words.plural(result.suppressed().size(), "finding"));
            for (SuppressedFinding s : result.suppressed()) {
                Finding f = s.finding();
                p.line("  " + String.format("%-8s", f.severity().label().toUpperCase(java.util.Locale.ROOT)) + " "
                        + f.checkId() + "  session " + p.clean(f.sessionId()) + (f.step() >= 0 ? " step " + f.step() : "")
                        + "  " + p.clean(f.location().toString()) + "  fingerprint " + f.fingerprint());
                p.line("           " + s.by().label() + " " + p.clean(s.origin()) + ": " + p.clean(s.reason()));
            }
        }
        if (!result.unusedSuppressions().isEmpty()) {
            p.line("");
            p.line(p.bold("Unused suppressions") + " (matched no finding: remove them or fix the check id or session)");
            for (Suppression s : result.unusedSuppressions()) {
                p.line("  " + p.clean(s.target()) + "  " + p.clean(s.origin()) + ": " + p.clean(s.reason()));
            }
        }
    }

    private static void problems(AnalysisResult result, Printer p) throws IOException {
        if (!result.skipped().isEmpty()) {
            p.line("");
            p.line(p.bold("Skipped") + " (files found in directories that are not traces)");
            for (String skipped : result.skipped()) {
                p.line("  " + p.clean(skipped));
            }
        }
        if (result.problems().isEmpty()) {
            return;
        }
        p.line("");
        p.line(p.bold("Import problems") + " (the analysis above is missing these parts of the input)");
        for (ImportProblem problem : result.problems()) {
            p.line("  " + p.clean(problem.toString()));
        }
    }

    private static void inputs(AnalysisResult result, Printer p) throws IOException {
        p.line("");
        p.line(p.bold("Inputs") + " (SHA-256 of the bytes as stored)");
        if (result.inputs().isEmpty()) {
            p.line("  none");
        }
        for (InputRecord input : result.inputs()) {
            p.line("  " + p.clean(input.path()) + "  " + (input.format().isEmpty() ? "unread" : input.format())
                    + "  " + input.bytes() + " bytes  " + (input.sha256().isEmpty() ? "-" : input.sha256()));
        }
    }

    private static List<Severity> reversed() {
        List<Severity> list = new ArrayList<>(List.of(Severity.values()));
        java.util.Collections.reverse(list);
        return list;
    }


    private static String severityColour(Severity s) {
        return switch (s) {
            case CRITICAL -> "1;31";
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFO -> "2";
        };
    }

    private static String verdictColour(Verdict.Kind kind) {
        return switch (kind) {
            case STATE_FAILURE -> "1;31";
            case INCONCLUSIVE -> "35";
            case MODEL_SUSPECT -> "33";
            case CLEAN -> "32";
        };
    }

    /** Writes lines with "\n" endings (the same bytes on every platform), colouring when asked. */
    private static final class Printer {
        private final Writer out;
        private final boolean colour;

        Printer(Writer out, boolean colour) {
            this.out = out;
            this.colour = colour;
        }

        void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }

        String clean(String untrusted) {
            return TerminalText.sanitize(untrusted);
        }

        String colour(String code, String text) {
            return colour ? "\u001b[" + code + "m" + text + RESET : text;
        }

        String bold(String text) {
            return colour("1", text);
        }
    }
}
