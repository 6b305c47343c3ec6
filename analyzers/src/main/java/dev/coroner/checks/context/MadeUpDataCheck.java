package dev.coroner.checks.context;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.ToolResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool call or code execution that ran on data its caller made up, and whose result the run then
 * carried forward as a finding. The calling output declares the data its own invention (sample,
 * simulated, mock, dummy, synthetic, hypothetical or placeholder data, in the prose or in the code's
 * comments); the execution came back without an error; a later model output states a value of that
 * result. The result looks like any other tool result in the context, so every agent after it reads an
 * invented number as a measured one. The finding points at the output that wrote the data.
 */
public final class MadeUpDataCheck implements Check {

    static final Heuristic.Regex MADE_UP = new Heuristic.Regex("made-up",
            "Words by which a caller declares the data it passes its own invention, in English, German, French, "
                    + "Spanish, Italian and Portuguese.",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:"
                    + "(?:simulated|sample|mock|dummy|synthetic|hypothetical|fictional|fictitious|made-up|fake|placeholder"
                    + "|illustrative|invented)\\s+(?:\\w+\\s+)?(?:data|dataset|datasets|dataframe|csv|records|rows|entries"
                    + "|values|figures|numbers|prices|table|inputs)"
                    + "|(?:beispiel|test|dummy|schein)daten|simulierte daten|fiktive daten"
                    + "|données (?:fictives|simulées|d'exemple|factices)"
                    + "|datos (?:simulados|ficticios|de ejemplo|inventados)"
                    + "|dati (?:simulati|fittizi|di esempio|inventati)"
                    + "|dados (?:simulados|fictícios|de exemplo|inventados)"
                    + ")(?![\\p{L}])"));

    static final Heuristic.Regex DISOWNED = new Heuristic.Regex("disowned",
            "Words right before the declaration that say the data is not used (\"instead of mock data\", \"without "
                    + "sample data\").",
            Pattern.compile("(?iu)(?:\\bnot|\\bno|\\bwithout|\\binstead of|\\brather than|\\bnever|\\bstatt|\\bohne|\\bsans"
                    + "|\\bau lieu de|\\bsin|\\ben lugar de|\\bsenza|\\binvece di|\\bsem|\\bem vez de)\\W+(?:\\w+\\W+)?$"));

    static final Heuristic.Limit MIN_DIGITS = new Heuristic.Limit("min-digits",
            "Fewest digits a bare number of the result needs to be followed into a later output (a count of one "
                    + "digit is everywhere).", 2, "digits");

    private static final CheckInfo INFO = new CheckInfo(
            "context.made-up-data",
            "A result computed from data the agent made up is carried forward",
            Severity.HIGH,
            "0.3.0",
            """
            An agent could not get the real data (the file was missing, the API needed a key, the search came
            back empty) and wrote its own instead — "let's create a sample dataset", "# Simulated data", "mock
            weather data" — then ran the code, and a later output states the number that came out as the
            answer. The execution succeeded, so its result sits in the context like any measured result, and
            every agent after it (a verifier included) builds on an invented value. The caller's own output
            declares the data sample, simulated, mock, dummy, synthetic, hypothetical or placeholder data (in
            six languages, not right after "not", "without" or "instead of"); a value of the result (a
            number of two digits or more, an amount, a date, an id) is followed into a later model output.
            """,
            """
            Make missing data a failure the run reports, not a gap a model fills: when a file, a key or a
            search is missing, end the step with an error the orchestrator must handle. Forbid generated
            stand-in data in executor prompts, and tag results computed from it so a verifier can refuse them.
            """,
            """
            Step 7: the DataAnalysis_Expert, without the sales file, writes "# Simulated dataset" with five
            sales and runs it; the terminal prints 800000. Step 9: the verifier answers "the lowest price …
            is $800,000" and the run terminates.
            """,
            List.of(MADE_UP, DISOWNED, MIN_DIGITS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Set<Integer> failed = facts.failedResultSteps();
        for (SessionFacts.ExecutedCall executed : facts.executedCalls()) {
            if (executed.result().isEmpty() || failed.contains(executed.result().get().index())) {
                continue;
            }
            ModelCall caller = caller(facts, executed);
            if (caller == null || caller.output().isEmpty()) {
                continue;
            }
            Message written = facts.session().message(caller.output().getAsInt());
            String declared = declaration(written.text() + "\n" + text(executed.arguments()));
            if (declared.isEmpty()) {
                continue;
            }
            ToolResult result = executed.result().get();
            String resultText = facts.session().message(result.message()).text();
            Set<String> keys = keys(resultText);
            if (keys.isEmpty()) {
                continue;
            }
            for (ModelCall later : facts.modelCalls()) {
                if (later.index() <= result.index() || later.output().isEmpty()) {
                    continue;
                }
                String stated = facts.session().message(later.output().getAsInt()).text();
                Value carried = carried(stated, keys);
                if (carried == null) {
                    continue;
                }
                String who = caller.agent().isEmpty() ? "The model" : caller.agent();
                context.at(caller, who + " ran " + (executed.tool().isEmpty() ? "a call" : executed.tool())
                                + " on data it made up (\"" + declared + "\", step " + caller.index() + "), and step "
                                + later.index() + " states its result \"" + carried.asWritten() + "\" as a finding")
                        .key(declared + "|" + result.index())
                        .evidence("made-up data declared, step " + caller.index(), written.text(), caller)
                        .evidence("result, step " + result.index(), resultText, result)
                        .evidence("carried forward, step " + later.index(), stated, later)
                        .report();
                return;
            }
        }
    }

    /** The model call whose output asked for the call: the call step itself, or its agent's last call before it. */
    private static ModelCall caller(SessionFacts facts, SessionFacts.ExecutedCall executed) {
        if (executed.step() instanceof ModelCall call) {
            return call;
        }
        ModelCall found = null;
        for (ModelCall call : facts.modelCalls()) {
            if (call.index() < executed.step().index() && call.agent().equals(executed.agent())) {
                found = call;
            }
        }
        return found;
    }

    /** The first declaration of made-up data in a text that is not disowned, or empty. */
    static String declaration(String text) {
        Matcher m = MADE_UP.pattern().matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 30), m.start());
            if (!DISOWNED.pattern().matcher(before).find()) {
                return m.group();
            }
        }
        return "";
    }

    /** The keys of the values a later output could repeat: specific values, and numbers of two digits or more. */
    private static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Value value : ValueExtractor.find(text)) {
            if (value.kind().isSpecific() || digits(value.asWritten()) >= MIN_DIGITS.value()) {
                value.keys().stream().filter(k -> k.startsWith("num:") ? digits(k) >= MIN_DIGITS.value() : true)
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static Value carried(String text, Set<String> keys) {
        for (Value value : ValueExtractor.find(text)) {
            for (String key : value.keys()) {
                if (keys.contains(key)) {
                    return value;
                }
            }
        }
        return null;
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static String text(JsonNode arguments) {
        if (arguments == null || arguments.isMissingNode() || arguments.isNull()) {
            return "";
        }
        return arguments.isTextual() ? arguments.asText() : arguments.toString();
    }
}
