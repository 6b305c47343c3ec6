package dev.coroner.report.junit;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JUnit XML as Jenkins, GitLab and most CI test reporters read it (the Ant / windyroad schema):
 * {@code <testsuites>} with one {@code <testsuite>} per input and one {@code <testcase>} per session
 * first seen in that input. A session fails when it has findings at or above {@code --fail-on}; the
 * failure lists them with their evidence. An input with import problems gets an {@code import}
 * test case that errors with them, so unreadable evidence does not pass as green. Everything else
 * (verdicts, findings below the threshold, suppressed findings) is in the suite's
 * {@code <system-out>}.
 *
 * <p>The schema requires a timestamp, a host name and times; coroner's reports record no clock and
 * no machine, so they are fixed ({@value #TIMESTAMP}, {@code localhost}, {@code 0}) and the same
 * inputs still give the same bytes.
 */
public final class JUnitReporter implements Reporter {

    static final String TIMESTAMP = "1970-01-01T00:00:00";

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String extension() {
        return "junit.xml";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites>\n");
        int id = 0;
        for (Map.Entry<String, Suite> entry : suites(result).entrySet()) {
            suite(entry.getKey(), entry.getValue(), id++, result, options, out);
        }
        out.write("</testsuites>\n");
        out.flush();
    }

    /** What one input holds. */
    private static final class Suite {
        InputRecord input;
        final List<SessionResult> sessions = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
    }

    /** Inputs in the order given, then files that were never read (missing ones), in problem order. */
    private static Map<String, Suite> suites(AnalysisResult result) {
        Map<String, Suite> suites = new LinkedHashMap<>();
        for (InputRecord input : result.inputs()) {
            suites.computeIfAbsent(input.path(), k -> new Suite()).input = input;
        }
        for (ImportProblem problem : result.problems()) {
            suites.computeIfAbsent(problem.at().file(), k -> new Suite()).problems.add(problem);
        }
        for (SessionResult session : result.sessions()) {
            suites.computeIfAbsent(session.source().file(), k -> new Suite()).sessions.add(session);
        }
        return suites;
    }

    private static void suite(String name, Suite suite, int id, AnalysisResult result, ReportOptions options,
                              Writer out) throws IOException {
        int failures = 0;
        for (SessionResult session : suite.sessions) {
            if (!failing(result, session, options).isEmpty()) {
                failures++;
            }
        }
        int errors = suite.problems.isEmpty() ? 0 : 1;
        out.write("  <testsuite name=\"" + attr(name) + "\" package=\"coroner\" id=\"" + id + "\" timestamp=\""
                + TIMESTAMP + "\" hostname=\"localhost\" tests=\"" + (suite.sessions.size() + errors) + "\" failures=\""
                + failures + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"0\">\n");
        out.write("    <properties>\n");
        property("coroner.version", result.version(), out);
        property("fail-on", options.failOn().label(), out);
        property("redacted", Boolean.toString(result.redacted()), out);
        if (suite.input != null) {
            property("format", suite.input.format(), out);
            property("sha256", suite.input.sha256(), out);
            property("bytes", Long.toString(suite.input.bytes()), out);
        }
        out.write("    </properties>\n");
        if (!suite.problems.isEmpty()) {
            out.write("    <testcase name=\"import\" classname=\"" + attr(name) + "\" time=\"0\">\n");
            out.write("      <error message=\"" + attr(suite.problems.size() + " part" + (suite.problems.size() == 1
                    ? "" : "s") + " of the input could not be read: the findings say nothing about "
                    + (suite.problems.size() == 1 ? "it" : "them")) + "\" type=\"import-problem\">");
            out.write(text(suite.problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"))));
            out.write("</error>\n");
            out.write("    </testcase>\n");
        }
        for (SessionResult session : suite.sessions) {
            testcase(name, session, failing(result, session, options), options, out);
        }
        out.write("    <system-out>" + text(systemOut(suite, result)) + "</system-out>\n");
        out.write("    <system-err></system-err>\n");
        out.write("  </testsuite>\n");
    }

    private static void testcase(String suite, SessionResult session, List<Finding> failing, ReportOptions options,
                                 Writer out) throws IOException {
        out.write("    <testcase name=\"" + attr(session.id()) + "\" classname=\"" + attr(suite) + "\" time=\"0\"");
        if (failing.isEmpty()) {
            out.write("/>\n");
            return;
        }
        out.write(">\n");
        Finding worst = failing.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
        String checks = failing.stream().map(Finding::checkId).distinct().collect(Collectors.joining(", "));
        out.write("      <failure message=\"" + attr(failing.size() + " finding" + (failing.size() == 1 ? "" : "s")
                + " at or above " + options.failOn().label() + ": " + checks) + "\" type=\"" + attr(worst.checkId())
                + "\">");
        StringBuilder body = new StringBuilder();
        body.append("verdict: ").append(session.verdict().kind().label()).append(" - ")
                .append(session.verdict().reason()).append('\n');
        for (Verdict.ChainLink link : session.verdict().chain()) {
            body.append("  ").append(link.step() >= 0 ? "step " + link.step() : "session").append(" (")
                    .append(link.location().fileAndLine()).append("): ").append(link.description()).append('\n');
        }
        for (Finding f : failing) {
            body.append('\n').append(describe(f));
        }
        out.write(text(body.toString()));
        out.write("</failure>\n");
        out.write("    </testcase>\n");
    }

    /** Verdicts, findings below the threshold and suppressed findings of the suite's sessions. */
    private static String systemOut(Suite suite, AnalysisResult result) {
        StringBuilder out = new StringBuilder();
        for (SessionResult session : suite.sessions) {
            out.append("session ").append(session.id()).append(": ").append(session.verdict().kind().label())
                    .append(" - ").append(session.verdict().reason()).append('\n');
            for (Finding f : result.findingsOf(session.id())) {
                out.append("  ").append(f.severity().label()).append(' ').append(f.checkId())
                        .append(f.step() >= 0 ? " step " + f.step() : "").append(" (").append(f.location())
                        .append("): ").append(f.message()).append(" [").append(f.fingerprint()).append("]\n");
            }
            for (SuppressedFinding s : result.suppressed()) {
                Finding f = s.finding();
                if (f.sessionId().equals(session.id())) {
                    out.append("  suppressed ").append(f.severity().label()).append(' ').append(f.checkId())
                            .append(f.step() >= 0 ? " step " + f.step() : "").append(" by ").append(s.by().label())
                            .append(' ').append(s.origin()).append(": ").append(s.reason()).append(" [")
                            .append(f.fingerprint()).append("]\n");
                }
            }
        }
        return out.toString();
    }

    private static String describe(Finding f) {
        StringBuilder out = new StringBuilder();
        out.append(f.severity().label().toUpperCase(Locale.ROOT)).append(' ').append(f.checkId())
                .append(f.step() >= 0 ? " at step " + f.step() : "").append(" (").append(f.location()).append(")\n");
        out.append("  ").append(f.message()).append('\n');
        for (Evidence e : f.evidence()) {
            out.append("  ").append(e.label()).append(" (").append(e.source()).append("):\n");
            for (String line : e.excerpt().split("\n", -1)) {
                out.append("    | ").append(line).append('\n');
            }
        }
        out.append("  fingerprint ").append(f.fingerprint()).append('\n');
        return out.toString();
    }

    private static List<Finding> failing(AnalysisResult result, SessionResult session, ReportOptions options) {
        return result.findingsOf(session.id()).stream().filter(f -> f.severity().atLeast(options.failOn())).toList();
    }

    private static void property(String name, String value, Writer out) throws IOException {
        out.write("      <property name=\"" + attr(name) + "\" value=\"" + attr(value) + "\"/>\n");
    }

    /**
     * Character data: trace content made visible where XML cannot hold it ({@link TerminalText}),
     * then the markup characters escaped. The one place XML escaping happens.
     */
    static String text(String untrusted) {
        return escape(TerminalText.sanitize(untrusted), false);
    }

    /** An attribute value: as {@link #text}, and line ends and tabs kept as character references. */
    static String attr(String untrusted) {
        return escape(TerminalText.sanitize(untrusted), true);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
