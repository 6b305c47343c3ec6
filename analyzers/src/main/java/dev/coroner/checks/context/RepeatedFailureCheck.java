package dev.coroner.checks.context;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The same failing tool call — same tool, same arguments (compared canonically), same error text
 * (compared with digits and whitespace folded, so request ids and times do not split a group) —
 * made {@link #THRESHOLD} times or more in one session.
 */
public final class RepeatedFailureCheck implements Check {

    static final Heuristic.Limit THRESHOLD = new Heuristic.Limit("identical-failures",
            "Identical failures needed for a finding.",
            3, "failures");

    private static final Heuristic.Regex FOLDED_HEX = new Heuristic.Regex("folded-hex",
            "Runs of hex digits in the lower-cased error text (request ids, hashes) that are folded before "
                    + "errors are compared.",
            Pattern.compile("[0-9a-f]{8,}"));

    private static final Heuristic.Regex FOLDED_DIGITS = new Heuristic.Regex("folded-digits",
            "Digit runs (times, counts) folded next, so \"timeout after 3021 ms\" and \"timeout after 2950 ms\" "
                    + "are the same error.",
            Pattern.compile("\\d+"));

    private static final CheckInfo INFO = new CheckInfo(
            "context.repeated-failure",
            "The same failing tool call is repeated",
            Severity.MEDIUM,
            "0.1.0",
            """
            An agent that makes the same tool call with the same arguments and gets the same error again and
            again is reasoning from an error it keeps in its context without learning from it: the loop
            burns tokens and time, fills the context window with copies of the error, and usually ends in
            a give-up or a hallucinated answer. Retrying a transient failure once is fine; three identical
            failures are a loop.
            """,
            """
            Give tools structured errors that say whether a retry can help, cap identical retries in the
            orchestrator (not in the prompt), and after a failure change something (arguments, tool, or ask
            the user) or stop. De-duplicate repeated errors in the context.
            """,
            """
            Steps 3, 5, 7 and 9: search_flights({"from": "LIS", "to": "OSL", "date": "18/12"}) fails each time
            with "invalid date format, expected YYYY-MM-DD"; the agent never changes the date format.
            """,
            List.of(THRESHOLD, FOLDED_HEX, FOLDED_DIGITS, SharedHeuristics.ERROR_TEXT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, List<ToolResult>> groups = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (SessionFacts.ToolError error : facts.toolErrors()) {
            ToolResult result = error.step();
            String arguments = JsonValues.canonical(facts.argumentsFor(result));
            String text = error.message().text();
            String key = result.tool() + "\n" + arguments + "\n" + fold(text);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(result);
            errors.putIfAbsent(key, text);
        }
        for (Map.Entry<String, List<ToolResult>> group : groups.entrySet()) {
            List<ToolResult> results = group.getValue();
            if (results.size() < THRESHOLD.value()) {
                continue;
            }
            ToolResult first = results.get(0);
            ToolResult last = results.get(results.size() - 1);
            String tool = first.tool().isEmpty() ? "a tool" : first.tool();
            String steps = results.stream().map(r -> Integer.toString(r.index())).collect(Collectors.joining(", "));
            context.at(first, tool + " failed " + results.size() + " times with the same arguments and the same error"
                            + " (steps " + steps + ")")
                    .key(group.getKey())
                    .evidence("arguments", JsonValues.canonical(facts.argumentsFor(first)), first)
                    .evidence("error at step " + first.index(), errors.get(group.getKey()), first)
                    .evidence("again at step " + last.index(), facts.session().message(last.message()).text(),
                            last)
                    .report();
        }
    }

    /** Error text with digit runs and whitespace folded: "timeout after 3021 ms (req 77f1)" ~ "timeout after 2950 ms (req 81aa)". */
    static String fold(String text) {
        String hexFolded = FOLDED_HEX.pattern().matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
        return FOLDED_DIGITS.pattern().matcher(hexFolded).replaceAll("#").replaceAll("\\s+", " ").strip();
    }
}
