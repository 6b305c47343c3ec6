package dev.coroner.report;

import dev.coroner.finding.Severity;

/**
 * How a report is rendered.
 *
 * @param colour  ANSI colour (text report, only on a terminal and without NO_COLOR)
 * @param failOn  the threshold the run fails on, shown in summaries
 */
public record ReportOptions(boolean colour, Severity failOn) {

    public static ReportOptions plain(Severity failOn) {
        return new ReportOptions(false, failOn);
    }
}
