package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.SessionFacts;
import dev.coroner.analysis.provenance.Numbers;
import dev.coroner.analysis.provenance.Occurrence;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that changed meaning as it crossed a boundary, followed through the provenance map. Two
 * shapes: a number written into tool arguments or state that no source holds but that is what a naive
 * parser makes of a formatted value a source does hold ("12.400 kg" from a German packing list becomes
 * 12.4); and a formatted number or a number with a unit passed as text into tool arguments ("14.250,00",
 * "45m"), where the tool's own result then shows the field holding what a naive parser made of it.
 * Naive parsers: a leading-number parse (JavaScript's parseFloat), decimal comma swapped for a point,
 * group separators dropped in the wrong convention, all separators dropped.
 */
public final class ValueMisreadCheck implements Check {

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.value-misread",
            "A number changed meaning as it crossed a boundary",
            Severity.HIGH,
            "0.3.0",
            """
            A value crossed a boundary (into a tool's arguments or into state) with no validation, and its
            meaning changed on the way: a German or French formatted amount ("1.234,50 €", "12.400 kg") read
            by a parser that expects a decimal point becomes 1.2345 or 12.4, a duration with a unit ("45m")
            becomes 45 seconds. The number is followed back to where it came from: a number written into
            arguments or state that no tool result, document or message holds, but that a naive parse of a
            formatted value one of them holds produces, is reported; so is a formatted number passed as text
            when the tool's own result shows the field holding the misread value. The tool then pays, books
            or configures a different quantity than the one the user and the agent talk about.
            """,
            """
            Parse numbers where they enter the system, with the locale of their source, into typed fields
            (a decimal amount with a currency, a quantity with a unit); declare tool parameters as numbers
            with units in the name and validate arguments against the declaration before the call. Never
            let a tool adapter guess a string's number format.
            """,
            """
            Step 2: get_packing_list returns {"gross_weight": "12.400 kg", "net_weight": "11.860 kg",
            "loading_metres": "5,6"}. Step 3: book_freight is called with {"gross_weight_kg": 12.4}; the
            carrier sends a van with a 1,200 kg payload for a 12.4-tonne load.
            """);

    /** A number written as text with separators or a unit: "14.250,00", "1.234,50 €", "45m", "12.400 kg". */
    static final Pattern FORMATTED = Pattern.compile(
            "^\\s*(?:[$€£¥]\\s?)?-?\\d{1,3}(?:[.,'\\u00a0 ]\\d{3})+(?:[.,]\\d+)?\\s*(?:[\\p{L}$€£¥%]{1,5}\\.?)?\\s*$"
                    + "|^\\s*(?:[$€£¥]\\s?)?-?\\d+,\\d+\\s*(?:[\\p{L}$€£¥%]{1,5}\\.?)?\\s*$"
                    + "|^\\s*-?\\d+(?:\\.\\d+)?\\s?(?:[a-zA-Zµ]{1,4})\\s*$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:[$€£¥]\\s?)?(-?\\d+(?:\\.\\d+)?)");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** Something written across a boundary: a tool call's arguments or a state write. */
    private record Write(Step step, String what, JsonNode tree, String callId, String tool) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        ProvenanceMap map = facts.provenance();
        Map<String, List<Occurrence>> misreadings = null;
        Set<String> reported = new HashSet<>();
        for (Write write : writes(facts)) {
            List<Leaf> leaves = new ArrayList<>();
            leaves(write.tree(), "", leaves);
            for (Leaf leaf : leaves) {
                JsonNode v = leaf.value();
                if (v.isNumber()) {
                    BigDecimal n = v.decimalValue();
                    Value value = new Value(ValueKind.NUMBER, v.asText(), List.of("num:" + Numbers.plain(n)),
                            java.util.Optional.of(n), "", 0);
                    if (map.sourceBefore(value, write.step().index()).isPresent()) {
                        continue;
                    }
                    if (misreadings == null) {
                        misreadings = misreadings(map);
                    }
                    for (Occurrence source : misreadings.getOrDefault(Numbers.plain(n), List.of())) {
                        if (source.step() < write.step().index() && reported.add(leaf.path() + "\n" + n)) {
                            Step from = facts.session().step(source.step());
                            context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                                            + leaf.path() + " = " + v.asText() + ", which is \"" + source.value().asWritten()
                                            + "\" from step " + source.step() + " misread (it means "
                                            + Numbers.plain(source.value().number().orElseThrow()) + ")")
                                    .key(write.tool() + "\n" + leaf.path() + "\n" + v.asText())
                                    .evidence("written at step " + source.step() + " (" + from.kind() + ")",
                                            source.value().asWritten(), from)
                                    .evidence(write.what() + " at step " + write.step().index(),
                                            leaf.path() + " = " + v.asText(), write.step())
                                    .report();
                            break;
                        }
                    }
                } else if (v.isTextual() && !write.callId().isEmpty() && FORMATTED.matcher(v.asText()).matches()) {
                    echoMisread(facts, context, write, leaf, reported);
                }
            }
        }
    }

    /** A formatted number passed as text whose echo in the tool's own result is the misread value. */
    private static void echoMisread(SessionFacts facts, CheckContext context, Write write, Leaf leaf,
                                    Set<String> reported) {
        String text = leaf.value().asText();
        List<BigDecimal> meant = Numbers.readings(text.replaceAll("[^0-9.,'\\u00a0 -]", "").strip());
        Set<String> naive = naive(text);
        meant.forEach(m -> naive.remove(Numbers.plain(m)));
        if (naive.isEmpty()) {
            return;
        }
        ToolResult result = resultOf(facts.session(), write);
        if (result == null) {
            return;
        }
        Message content = facts.session().message(result.message());
        JsonNode tree = TraceJson.tryParse(content.text());
        if (tree == null) {
            return;
        }
        String key = leaf.path().substring(leaf.path().lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        List<Leaf> echoes = new ArrayList<>();
        leaves(tree, "", echoes);
        for (Leaf echo : echoes) {
            if (echo.value().isNumber() && echo.path().matches("(?:.*[.])?" + Pattern.quote(key) + "(?:[.\\[].*)?")
                    && naive.contains(Numbers.plain(echo.value().decimalValue()))
                    && reported.add(leaf.path() + "\n" + text)) {
                context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " passed " + leaf.path()
                                + " as the text \"" + text + "\"; the tool read it as " + echo.value().asText()
                                + " (step " + result.index() + ", " + echo.path() + ")")
                        .key(write.tool() + "\n" + leaf.path() + "\n" + text)
                        .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = \"" + text + "\"",
                                write.step())
                        .evidence("the tool's result at step " + result.index(), echo.path() + " = " + echo.value().asText(),
                                result)
                        .report();
                return;
            }
        }
    }

    /** For every formatted number a source holds, the values naive parsers make of it that it does not mean. */
    private static Map<String, List<Occurrence>> misreadings(ProvenanceMap map) {
        Map<String, List<Occurrence>> out = new HashMap<>();
        for (Occurrence o : map.occurrences()) {
            Value v = o.value();
            if (!o.origin().isSource() || v.number().isEmpty() || v.kind() == ValueKind.DATE
                    || !v.asWritten().matches(".*\\d[.,'\\u00a0 ]\\d.*|.*\\d\\s?[\\p{L}]+.*")) {
                continue;
            }
            Set<String> naive = naive(v.asWritten());
            for (String key : v.keys()) {
                if (key.startsWith("num:")) {
                    naive.remove(key.substring(4));
                }
            }
            for (String n : naive) {
                out.computeIfAbsent(n, k -> new ArrayList<>()).add(o);
            }
        }
        return out;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What naive parsers make of a written number. */
    static Set<String> naive(String written) {
        Set<String> out = new LinkedHashSet<>();
        String s = written.strip().replace("\u00a0", " ");
        Matcher lead = LEADING_NUMBER.matcher(s);
        if (lead.find()) {
            add(out, lead.group(1));
        }
        String digits = s.replaceAll("[^0-9.,-]", "");
        add(out, firstNumber(digits.replace(',', '.')));
        add(out, firstNumber(digits.replace(",", "")));
        add(out, digits.replaceAll("[.,]", ""));
        return out;
    }

    private static String firstNumber(String s) {
        Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(s);
        return m.find() ? m.group() : "";
    }

    private static void add(Set<String> out, String number) {
        if (number == null || number.isEmpty() || number.equals("-")) {
            return;
        }
        try {
            out.add(Numbers.plain(new BigDecimal(number)));
        } catch (NumberFormatException e) {
            // not a number
        }
    }

    private record Leaf(String path, JsonNode value) {
    }

    private static void leaves(JsonNode node, String path, List<Leaf> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                leaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isNumber() || node.isTextual()) {
            out.add(new Leaf(path, node));
        }
    }

    /** Tool calls (once per call id) and state writes, in step order. */
    private static List<Write> writes(SessionFacts facts) {
        Session session = facts.session();
        List<Write> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call) {
                if (call.callId().isEmpty() || seen.add(call.callId())) {
                    out.add(new Write(step, "the call of " + call.tool(), parsed(call.arguments()), call.callId(), call.tool()));
                }
            } else if (step instanceof ModelCall call && call.output().isPresent()) {
                for (ToolInvocation invocation : session.message(call.output().getAsInt()).toolCalls()) {
                    if (!invocation.id().isEmpty() && seen.add(invocation.id())) {
                        out.add(new Write(step, "the call of " + invocation.name(), parsed(invocation.arguments()),
                                invocation.id(), invocation.name()));
                    }
                }
            } else if (step instanceof StateSnapshot snapshot) {
                out.add(new Write(step, "the state write", snapshot.state(), "",
                        snapshot.namespace().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    private static JsonNode parsed(JsonNode arguments) {
        if (arguments != null && arguments.isTextual()) {
            JsonNode tree = TraceJson.tryParse(arguments.asText());
            return tree != null ? tree : arguments;
        }
        return arguments;
    }

    /** The result answering a write's call id. */
    private static ToolResult resultOf(Session session, Write write) {
        for (Step step : session.steps().subList(write.step().index() + 1, session.steps().size())) {
            if (step instanceof ToolResult result && result.callId().equals(write.callId())) {
                return result;
            }
        }
        return null;
    }
}
