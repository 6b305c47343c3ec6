package dev.coroner.report.csv;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.SuppressedFinding;
import dev.coroner.finding.Evidence;
import dev.coroner.finding.Finding;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.SessionCursor;
import dev.coroner.report.TerminalText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per finding, active ones first, then suppressed ones, each in the findings' total order;
 * a header row; RFC 4180 (comma, double quotes, CRLF record ends) through Apache Commons CSV.
 * The columns are {@link #COLUMNS}, in that order, and only ever added to at the end.
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return as a formula, so such a cell gets a leading {@code '} (shown as text, the OWASP
 * advice); control and bidi characters are made visible first. Steps and lines of the whole
 * session or input are left empty rather than written as -1 or 0.
 */
public final class CsvReporter implements Reporter {

    /** The header, the documented column order. */
    public static final List<String> COLUMNS = List.of("status", "severity", "check", "stage", "session", "step",
            "file", "line", "locator", "message", "evidence", "fingerprint", "verdict", "reason", "origin");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(AnalysisResult result, ReportOptions options, Writer out) throws IOException {
        // Each list is in Finding.ORDER: its sessions are read alongside it, not held.
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        csv.printRecord(COLUMNS);
        SessionCursor sessions = new SessionCursor(result.sessions());
        for (Finding f : result.findings()) {
            csv.printRecord(row("active", f, sessions, "", ""));
        }
        sessions = new SessionCursor(result.sessions());
        for (SuppressedFinding s : result.suppressed()) {
            csv.printRecord(row(s.by().label(), s.finding(), sessions, s.reason(), s.origin()));
        }
        csv.flush();
    }

    private static List<String> row(String status, Finding f, SessionCursor sessions, String reason,
                                    String origin) {
        SessionResult session = sessions.find(f.sessionId());
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(status);
        row.add(f.severity().label());
        row.add(f.checkId());
        row.add(f.stage().id());
        row.add(cell(f.sessionId()));
        row.add(f.step() >= 0 ? Integer.toString(f.step()) : "");
        row.add(cell(f.location().file()));
        row.add(f.location().line() > 0 ? Long.toString(f.location().line()) : "");
        row.add(cell(f.location().locator()));
        row.add(cell(f.message()));
        row.add(cell(f.evidence().stream().map(CsvReporter::evidence).collect(Collectors.joining("\n"))));
        row.add(f.fingerprint());
        row.add(session == null ? "" : session.verdict().kind().label());
        row.add(cell(reason));
        row.add(cell(origin));
        return row;
    }

    private static String evidence(Evidence e) {
        return e.label() + " (" + e.source() + "): " + e.excerpt();
    }

    /** The one place CSV cells are made safe: visible control characters, then the formula guard. */
    static String cell(String untrusted) {
        String text = TerminalText.sanitize(untrusted);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
