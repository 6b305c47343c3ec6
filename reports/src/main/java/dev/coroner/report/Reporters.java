package dev.coroner.report;

import dev.coroner.report.csv.CsvReporter;
import dev.coroner.report.html.HtmlReporter;
import dev.coroner.report.json.JsonReporter;
import dev.coroner.report.junit.JUnitReporter;
import dev.coroner.report.markdown.MarkdownReporter;
import dev.coroner.report.sarif.SarifReporter;
import dev.coroner.report.text.TextReporter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every output format. A new format is one reporter class plus one line here. */
public final class Reporters {

    private static final List<Reporter> ALL = List.of(
            new TextReporter(),
            new JsonReporter(),
            new SarifReporter(),
            new JUnitReporter(),
            new CsvReporter(),
            new MarkdownReporter(),
            new HtmlReporter());

    private Reporters() {
    }

    public static List<Reporter> all() {
        return ALL;
    }

    public static Optional<Reporter> byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    public static String formats() {
        return ALL.stream().map(Reporter::format).collect(Collectors.joining(", "));
    }
}
