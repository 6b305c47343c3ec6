package dev.coroner.cli;

import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code coroner explain ID}: everything the metadata record of a check says, down to the thresholds
 * and phrase lists it decides by.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = "Explain a check: what it finds, why it matters, how to fix it, an example, its heuristics.")
final class ExplainCommand implements Callable<Integer> {

    /** Column at which the purpose of a heuristic wraps, as the metadata text blocks do. */
    private static final int WIDTH = 100;

    @Parameters(paramLabel = "CHECK-ID", description = "A check id, e.g. state.field-dropped.")
    String id;

    private final Environment environment;

    ExplainCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        print(environment.out(), check(id));
        return ExitCode.OK.code();
    }

    /** The check with this id; an unknown id is a usage error that lists the known ones. */
    static CheckInfo check(String id) {
        return CheckCatalog.info(id).orElseThrow(() -> new UsageException("unknown check '" + id
                + "' (known: " + CheckCatalog.infos().stream().map(CheckInfo::id).collect(Collectors.joining(", "))
                + ")"));
    }

    /** Everything the check's metadata record says. */
    static void print(PrintWriter out, CheckInfo check) {
        out.println(check.id() + ": " + check.title());
        out.println("stage: " + check.stage().id() + " (" + check.stage().question() + ")");
        out.println("default severity: " + check.severity().label() + "; since " + check.since());
        out.println();
        out.println("Why it matters");
        out.println(indent(check.rationale()));
        out.println();
        out.println("How to fix it");
        out.println(indent(check.remediation()));
        out.println();
        out.println("Example");
        out.println(indent(check.example()));
        if (!check.heuristics().isEmpty()) {
            out.println();
            out.println("Heuristics");
            for (Heuristic heuristic : check.heuristics()) {
                out.println("  " + heuristic.id() + ": " + heuristic.shown());
                out.println(wrap(heuristic.purpose(), "    "));
            }
        }
    }

    /** One paragraph, wrapped like the metadata text blocks, each line with the given indent. */
    private static String wrap(String text, String indent) {
        StringBuilder lines = new StringBuilder(indent);
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (lines.length() - lineStart > indent.length() && lines.length() - lineStart + 1 + word.length() > WIDTH) {
                lines.append('\n');
                lineStart = lines.length();
                lines.append(indent);
            } else if (lines.length() - lineStart > indent.length()) {
                lines.append(' ');
            }
            lines.append(word);
        }
        return lines.toString();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }
}
