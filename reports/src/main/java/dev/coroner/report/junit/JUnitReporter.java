package dev.coroner.report.junit;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.SessionRanges;
import dev.coroner.report.TerminalText;
import dev.coroner.report.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
 *
 * <p>The JDK's {@link XMLStreamWriter} does the XML escaping; the layout (one element a line, two
 * spaces an indent level) is written through it as characters.
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
        try {
            // The JDK's own writer, not whichever StAX implementation the class path offers: its
            // layout is the one this report is written in.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(new MarkupWhitespace(out));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeCharacters("\n");
            int id = 0;
            Sessions sessions = new Sessions(result);
            for (Map.Entry<String, Suite> entry : suites(result).entrySet()) {
                suite(entry.getKey(), entry.getValue(), id++, sessions, options, xml);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
        out.flush();
    }

    /**
     * What one input holds: its sessions by their place in the result (four bytes a session; the
     * results may be spilled past the memory budget and are read back as the suite is written).
     */
    private static final class Suite {
        InputRecord input;
        int[] sessions = new int[8];
        int size;
        final List<ImportProblem> problems = new ArrayList<>();

        void add(int session) {
            if (size == sessions.length) {
                sessions = java.util.Arrays.copyOf(sessions, size * 2);
            }
            sessions[size++] = session;
        }
    }

    /** The result, and where each session's findings and suppressed findings are in it. */
    private static final class Sessions {
        final AnalysisResult result;
        final SessionRanges<Finding> active;
        final SessionRanges<SuppressedFinding> accepted;

        Sessions(AnalysisResult result) {
            this.result = result;
            this.active = SessionRanges.of(result.sessions(), result.findings(), Finding::sessionId);
            this.accepted = SessionRanges.of(result.sessions(), result.suppressed(), s -> s.finding().sessionId());
        }

        SessionResult get(int index) {
            return result.sessions().get(index);
        }

        List<Finding> findings(int index, SessionResult session) {
            return active.of(index, session.id());
        }

        List<SuppressedFinding> suppressed(int index, SessionResult session) {
            return accepted.of(index, session.id());
        }
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
        List<SessionResult> sessions = result.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            suites.computeIfAbsent(sessions.get(i).source().file(), k -> new Suite()).add(i);
        }
        return suites;
    }

    private static void suite(String name, Suite suite, int id, Sessions sessions, ReportOptions options,
                              XMLStreamWriter xml) throws XMLStreamException {
        AnalysisResult result = sessions.result;
        int failures = 0;
        for (int i = 0; i < suite.size; i++) {
            int index = suite.sessions[i];
            if (!failing(sessions, index, sessions.get(index), options).isEmpty()) {
                failures++;
            }
        }
        int errors = suite.problems.isEmpty() ? 0 : 1;
        start(xml, 1, "testsuite", "name", name, "package", "coroner", "id", Integer.toString(id),
                "timestamp", TIMESTAMP, "hostname", "localhost",
                "tests", Integer.toString(suite.size + errors), "failures", Integer.toString(failures),
                "errors", Integer.toString(errors), "skipped", "0", "time", "0");
        xml.writeCharacters("\n");
        start(xml, 2, "properties");
        xml.writeCharacters("\n");
        property(xml, "coroner.version", result.version());
        property(xml, "fail-on", options.failOn().label());
        property(xml, "redacted", Boolean.toString(result.redacted()));
        if (suite.input != null) {
            property(xml, "format", suite.input.format());
            property(xml, "sha256", suite.input.sha256());
            property(xml, "bytes", Long.toString(suite.input.bytes()));
        }
        end(xml, 2);
        if (!suite.problems.isEmpty()) {
            start(xml, 2, "testcase", "name", "import", "classname", name, "time", "0");
            xml.writeCharacters("\n");
            start(xml, 3, "error", "message", Words.plural(suite.problems.size(), "part")
                    + " of the input could not be read: the findings say nothing about "
                    + (suite.problems.size() == 1 ? "it" : "them"), "type", "import-problem");
            text(xml, suite.problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n")));
            end(xml, 0);
            end(xml, 2);
        }
        for (int i = 0; i < suite.size; i++) {
            int index = suite.sessions[i];
            SessionResult session = sessions.get(index);
            testcase(name, session, failing(sessions, index, session, options), options, xml);
        }
        start(xml, 2, "system-out");
        if (suite.size == 0) {
            text(xml, "");
        }
        // Session by session: what sanitising and escaping do to a character depends only on it and its
        // neighbours, and each session's part ends with a line end, so the parts join as the whole did.
        for (int i = 0; i < suite.size; i++) {
            text(xml, systemOut(sessions, suite.sessions[i]));
        }
        end(xml, 0);
        start(xml, 2, "system-err");
        end(xml, 0);
        end(xml, 1);
    }

    private static void testcase(String suite, SessionResult session, List<Finding> failing, ReportOptions options,
                                 XMLStreamWriter xml) throws XMLStreamException {
        if (failing.isEmpty()) {
            empty(xml, 2, "testcase", "name", session.id(), "classname", suite, "time", "0");
            return;
        }
        start(xml, 2, "testcase", "name", session.id(), "classname", suite, "time", "0");
        xml.writeCharacters("\n");
        Finding worst = failing.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
        String checks = failing.stream().map(Finding::checkId).distinct().collect(Collectors.joining(", "));
        start(xml, 3, "failure", "message", Words.plural(failing.size(), "finding") + " at or above "
                + options.failOn().label() + ": " + checks, "type", worst.checkId());
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
        text(xml, body.toString());
        end(xml, 0);
        end(xml, 2);
    }

    /** The verdict, findings below the threshold and suppressed findings of one of the suite's sessions. */
    private static String systemOut(Sessions sessions, int index) {
        StringBuilder out = new StringBuilder();
        SessionResult session = sessions.get(index);
        out.append("session ").append(session.id()).append(": ").append(session.verdict().kind().label())
                .append(" - ").append(session.verdict().reason()).append('\n');
        for (Finding f : sessions.findings(index, session)) {
            out.append("  ").append(f.severity().label()).append(' ').append(f.checkId())
                    .append(f.step() >= 0 ? " step " + f.step() : "").append(" (").append(f.location())
                    .append("): ").append(f.message()).append(" [").append(f.fingerprint()).append("]\n");
        }
        for (SuppressedFinding s : sessions.suppressed(index, session)) {
            Finding f = s.finding();
            if (f.sessionId().equals(session.id())) {
                out.append("  suppressed ").append(f.severity().label()).append(' ').append(f.checkId())
                        .append(f.step() >= 0 ? " step " + f.step() : "").append(" by ").append(s.by().label())
                        .append(' ').append(s.origin()).append(": ").append(s.reason()).append(" [")
                        .append(f.fingerprint()).append("]\n");
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

    private static List<Finding> failing(Sessions sessions, int index, SessionResult session, ReportOptions options) {
        return sessions.findings(index, session).stream().filter(f -> f.severity().atLeast(options.failOn())).toList();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        empty(xml, 3, "property", "name", name, "value", value);
    }

    /** A start tag at the start of a line {@code depth} levels in, its content to follow. */
    private static void start(XMLStreamWriter xml, int depth, String element, String... attributes)
            throws XMLStreamException {
        xml.writeCharacters("  ".repeat(depth));
        xml.writeStartElement(element);
        attributes(xml, attributes);
    }

    /** An element with attributes only, on a line of its own {@code depth} levels in. */
    private static void empty(XMLStreamWriter xml, int depth, String element, String... attributes)
            throws XMLStreamException {
        xml.writeCharacters("  ".repeat(depth));
        xml.writeEmptyElement(element);
        attributes(xml, attributes);
        xml.writeCharacters("\n");
    }

    /** The end tag of the innermost open element, {@code depth} levels in (0: after its content), and a line end. */
    private static void end(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("  ".repeat(depth));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Name and value pairs; trace content in a value is made visible where XML cannot hold it. */
    private static void attributes(XMLStreamWriter xml, String... pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            xml.writeAttribute(pairs[i], TerminalText.sanitize(pairs[i + 1]));
        }
    }

    /** Character data: trace content made visible where XML cannot hold it ({@link TerminalText}). */
    private static void text(XMLStreamWriter xml, String untrusted) throws XMLStreamException {
        xml.writeCharacters(TerminalText.sanitize(untrusted));
    }

    /**
     * Between the XMLStreamWriter and the report's writer: line ends and tabs inside markup become
     * the character references {@code &#10;} and {@code &#9;}. XMLStreamWriter leaves them as they
     * are in attribute values, where a parser would read each back as a space (attribute-value
     * normalisation), so a multi-line message would lose its lines. XMLStreamWriter escapes
     * {@code <} and {@code >} wherever they are content, so a raw {@code <} opens markup, a raw
     * {@code >} closes it, and the only line ends and tabs in between are attribute values.
     *
     * <p>Being a plain Writer also keeps the XMLStreamWriter from seeing an OutputStreamWriter,
     * whose encoding it would check against the declaration and for which it would write every
     * character beyond U+FFFF as a character reference.
     */
    private static final class MarkupWhitespace extends Writer {
        private final Writer out;
        private boolean inMarkup;

        MarkupWhitespace(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int from = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '<') {
                    inMarkup = true;
                } else if (c == '>') {
                    inMarkup = false;
                } else if (inMarkup && (c == '\n' || c == '\t')) {
                    out.write(chars, from, i - from);
                    out.write(c == '\n' ? "&#10;" : "&#9;");
                    from = i + 1;
                }
            }
            out.write(chars, from, offset + length - from);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** The report's writer belongs to the caller, who closes it. */
        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
