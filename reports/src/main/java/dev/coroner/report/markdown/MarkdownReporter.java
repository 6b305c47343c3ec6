package dev.coroner.report.markdown;

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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post-mortem section to paste into an incident document (CommonMark / GitHub Markdown), starting
 * at a level-2 heading: the verdicts, the root-cause chain of each failed session, the findings by
 * checklist stage with evidence in fenced blocks, suppressed findings, import problems and the
 * inputs with their SHA-256.
 *
 * <p>Trace content is escaped in one place: {@link #inline} for running text and table cells
 * (Markdown and HTML punctuation backslash-escaped, line ends folded), {@link #fenced} for evidence
 * (a fence longer than any run of backticks inside). Both show control and bidi characters as
 * visible escapes first.
 */
public final class MarkdownReporter implements Reporter {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        // Written section by section, so the report is never held whole.
        StringBuilder md = new StringBuilder();
        header(result, options, md);
        flush(md, out);
        verdicts(result, md);
        flush(md, out);
        rootCauses(result, md);
        flush(md, out);
        stages(result, md);
        flush(md, out);
        suppressed(result, md);
        problems(result, md);
        inputs(result, md);
        flush(md, out);
        out.flush();
    }

    private static void flush(StringBuilder md, Writer out) throws IOException {
        out.append(md);
        md.setLength(0);
    }

    private static void header(AnalysisResult result, ReportOptions options, StringBuilder md) {
        md.append("## coroner post-mortem: ").append(Words.plural(result.sessions().size(), "session")).append(", ")
                .append(Words.plural(result.findings().size(), "finding")).append("\n\n");
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.count(s);
            if (n > 0) {
                counts.add(0, n + " " + s.label());
            }
        }
        md.append("coroner ").append(result.version()).append(" · ")
                .append(Words.plural(result.inputs().size(), "input"))
                .append(counts.isEmpty() ? "" : " · findings: " + String.join(", ", counts))
                .append(result.suppressed().isEmpty() ? "" : " · " + result.suppressed().size() + " suppressed")
                .append(result.problems().isEmpty() ? "" : " · " + Words.plural(result.problems().size(), "import problem"))
                .append(" · fails on ").append(options.failOn().label()).append(" and above")
                .append(result.baseline().isEmpty() ? "" : " · baseline " + code(result.baseline()))
                .append("\n\n");
        if (result.redacted()) {
            md.append("Secrets and personal identifiers are masked (`[email-1]`, `[secret-2]`, …): the same value has "
                    + "the same mask throughout this report.\n\n");
        }
    }

    private static void verdicts(AnalysisResult result, StringBuilder md) {
        md.append("### Verdicts\n\n");
        if (result.sessions().isEmpty()) {
            md.append("No sessions.\n\n");
            return;
        }
        md.append("| session | principal | verdict | reason |\n|---|---|---|---|\n");
        for (SessionResult s : result.sessions()) {
            md.append("| ").append(cell(s.id())).append(" | ").append(inline(s.principal())).append(" | **")
                    .append(s.verdict().kind().label()).append("** | ").append(inline(s.verdict().reason()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    /** For each state failure: the chain analysis reached, from the root cause to the failure. */
    private static void rootCauses(AnalysisResult result, StringBuilder md) {
        // Read twice rather than held: the sessions may be spilled past the memory budget.
        if (result.sessions().stream().noneMatch(s -> s.verdict().kind() == Verdict.Kind.STATE_FAILURE)) {
            return;
        }
        md.append("### Root-cause chains\n\n");
        for (SessionResult s : result.sessions()) {
            if (s.verdict().kind() != Verdict.Kind.STATE_FAILURE) {
                continue;
            }
            md.append("Session ").append(code(s.id())).append(":\n\n");
            List<Verdict.ChainLink> chain = s.verdict().chain();
            if (chain.isEmpty()) {
                Verdict.RootCause root = s.verdict().rootCause().orElseThrow();
                md.append("1. ").append(root.step() >= 0 ? "step " + root.step() : "session").append(" (")
                        .append(code(root.location().fileAndLine())).append("): ").append(code(root.checkId()))
                        .append("\n\n");
                continue;
            }
            int n = 1;
            for (Verdict.ChainLink link : chain) {
                md.append(n++).append(". ").append(link.step() >= 0 ? "step " + link.step() : "session").append(" (")
                        .append(code(link.location().fileAndLine())).append("): ").append(inline(link.description()))
                        .append('\n');
            }
            md.append('\n');
        }
    }

    private static void stages(AnalysisResult result, StringBuilder md) {
        md.append("### Findings by checklist stage\n\n");
        Map<Stage, List<Finding>> byStage = StageLists.of(result.findings());
        for (Stage stage : Stage.values()) {
            List<Finding> findings = byStage.getOrDefault(stage, List.of());
            md.append("#### ").append(stage.title()).append(": ").append(stage.question()).append("\n\n");
            if (findings.isEmpty()) {
                md.append("No findings.\n\n");
                continue;
            }
            for (Finding f : findings) {
                finding(f, md);
            }
        }
    }

    private static void finding(Finding f, StringBuilder md) {
        md.append("- **").append(f.severity().label().toUpperCase(Locale.ROOT)).append("** ").append(code(f.checkId()))
                .append(" in session ").append(code(f.sessionId())).append(f.step() >= 0 ? ", step " + f.step() : "")
                .append(" (").append(code(f.location().toString())).append(")\n\n");
        md.append("  ").append(inline(f.message())).append("\n\n");
        for (Evidence e : f.evidence()) {
            md.append("  ").append(inline(e.label())).append(" (").append(code(e.source().toString())).append("):\n\n");
            fenced(e.excerpt(), "  ", md);
        }
        md.append("  Fingerprint `").append(f.fingerprint()).append("`\n\n");
    }

    private static void suppressed(AnalysisResult result, StringBuilder md) {
        if (!result.suppressed().isEmpty()) {
            md.append("### Suppressed findings\n\nAccepted by a suppression or the baseline; they do not fail the run.\n\n");
            md.append("| severity | check | session | step | by | reason | fingerprint |\n|---|---|---|---|---|---|---|\n");
            for (SuppressedFinding s : result.suppressed()) {
                Finding f = s.finding();
                md.append("| ").append(f.severity().label()).append(" | ").append(cell(f.checkId())).append(" | ")
                        .append(cell(f.sessionId())).append(" | ").append(f.step() >= 0 ? f.step() : "").append(" | ")
                        .append(s.by().label()).append(' ').append(cell(s.origin())).append(" | ")
                        .append(inline(s.reason())).append(" | `").append(f.fingerprint()).append("` |\n");
            }
            md.append('\n');
        }
        if (!result.unusedSuppressions().isEmpty()) {
            md.append("### Unused suppressions\n\nThey matched no finding: remove them, or fix the check id or session.\n\n");
            for (Suppression s : result.unusedSuppressions()) {
                md.append("- ").append(code(s.target())).append(" (").append(code(s.origin())).append("): ")
                        .append(inline(s.reason())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void problems(AnalysisResult result, StringBuilder md) {
        if (!result.problems().isEmpty()) {
            md.append("### Import problems\n\nThe findings say nothing about these parts of the input.\n\n");
            for (ImportProblem p : result.problems()) {
                md.append("- ").append(code(p.at().fileAndLine())).append(": ").append(inline(p.message())).append('\n');
            }
            md.append('\n');
        }
        if (!result.skipped().isEmpty()) {
            md.append("### Skipped\n\nFiles found in directories that are not traces.\n\n");
            for (String skipped : result.skipped()) {
                md.append("- ").append(inline(skipped)).append('\n');
            }
            md.append('\n');
        }
    }

    private static void inputs(AnalysisResult result, StringBuilder md) {
        md.append("### Inputs\n\nSHA-256 of the bytes as stored.\n\n");
        if (result.inputs().isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| input | format | bytes | SHA-256 |\n|---|---|---|---|\n");
        for (InputRecord input : result.inputs()) {
            md.append("| ").append(cell(input.path())).append(" | ").append(input.format().isEmpty() ? "unread"
                    : inline(input.format())).append(" | ").append(input.bytes()).append(" | ")
                    .append(input.sha256().isEmpty() ? "-" : "`" + input.sha256() + "`").append(" |\n");
        }
    }

    /**
     * Running text or a table cell: control characters made visible, line ends folded to spaces,
     * and what Markdown or HTML could act on backslash-escaped: emphasis, links and images, code,
     * raw HTML and entities, table pipes, strikethrough, headings, and at the start a list or
     * block-quote marker. Other punctuation is left alone so the pasted text stays readable.
     */
    static String inline(String untrusted) {
        String text = fold(untrusted).strip();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean listMarker = i == 0 && (c == '-' || c == '+' || c == '=')
                    || (c == '.' || c == ')') && text.substring(0, i).matches("\\d+");
            if ("\\`*_[]<>|~&#".indexOf(c) >= 0 || listMarker) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An inline code span (outside tables: a pipe needs no escape there). */
    static String code(String untrusted) {
        return span(fold(untrusted));
    }

    /**
     * An inline code span in a table cell: as {@link #code}, with pipes escaped, which GitHub tables
     * honour even inside code.
     */
    static String cell(String untrusted) {
        return span(fold(untrusted).replace("|", "\\|"));
    }

    /** Backticks around the text, more than any run inside, padded when the text starts or ends with one. */
    private static String span(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String fence = "`".repeat(longestRun(text) + 1);
        boolean pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") || text.endsWith(" ");
        return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
    }

    private static String fold(String untrusted) {
        return TerminalText.sanitize(untrusted).replace("\r\n", " ").replace('\n', ' ').replace('\t', ' ');
    }

    /** Evidence as a fenced block, indented to sit in a list item; the fence outgrows any backtick run inside. */
    static void fenced(String untrusted, String indent, StringBuilder md) {
        String text = TerminalText.sanitize(untrusted).replace("\r\n", "\n");
        String fence = "`".repeat(Math.max(3, longestRun(text) + 1));
        md.append(indent).append(fence).append("text\n");
        for (String line : text.split("\n", -1)) {
            md.append(line.isEmpty() ? "" : indent).append(line).append('\n');
        }
        md.append(indent).append(fence).append("\n\n");
    }

    private static int longestRun(String text) {
        int longest = 0;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

}
