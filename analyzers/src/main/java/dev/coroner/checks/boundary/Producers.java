package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.Heuristic;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool results and model outputs between two steps, and whether a value written later came from one
 * of them as-is. A value landed from an output when it is the whole output text; or it is the value
 * of a field with the same name in the output read as JSON; or it is a string of at least
 * {@code MIN_LONG_TEXT} characters found as a string anywhere in that JSON; or, for an error
 * output, a string of at least {@code MIN_ERROR_PART} characters inside its text.
 */
final class Producers {

    static final Heuristic.Limit MIN_LANDED_TEXT = new Heuristic.Limit("min-landed-text",
            "Shortest string value that can have landed from an output at all.",
            2, "characters");

    static final Heuristic.Limit MIN_LONG_TEXT = new Heuristic.Limit("min-long-text",
            "Shortest string that lands from anywhere in a JSON output, whatever its field name.",
            12, "characters");

    static final Heuristic.Limit MIN_ERROR_PART = new Heuristic.Limit("min-error-part",
            "Shortest part of an error text that counts as that error.",
            8, "characters");

    /** One output: a tool result or a model's text. */
    record Producer(Step step, String label, String text, JsonNode json, boolean error) {
    }

    private Producers() {
    }

    /** Outputs of the steps strictly between {@code from} and {@code to}, in step order. */
    static List<Producer> between(SessionFacts facts, int from, int to) {
        Session session = facts.session();
        Set<Integer> errors = facts.failedResultSteps();
        List<Producer> out = new ArrayList<>();
        for (Step step : session.steps().subList(Math.max(0, from + 1), Math.max(0, to))) {
            if (step instanceof ToolResult result) {
                String text = session.message(result.message()).text();
                String tool = result.tool().isEmpty() ? "a tool" : result.tool();
                out.add(new Producer(step, "output of " + tool + " (step " + step.index() + ")", text,
                        TraceJson.tryParse(text), errors.contains(step.index())));
            } else if (step instanceof ModelCall call && call.output().isPresent()) {
                Message message = session.message(call.output().getAsInt());
                if (!message.text().isBlank()) {
                    out.add(new Producer(step, "model output (step " + step.index() + ")", message.text(),
                            TraceJson.tryParse(message.text()), false));
                }
            }
        }
        return out;
    }

    /** The last output the value landed from as-is, or null. */
    static Producer source(List<Producer> producers, String field, JsonNode value) {
        for (int i = producers.size() - 1; i >= 0; i--) {
            if (landed(producers.get(i), field, value)) {
                return producers.get(i);
            }
        }
        return null;
    }

    private static boolean landed(Producer producer, String field, JsonNode value) {
        String whole = producer.text().strip();
        if (value.isTextual()) {
            String text = value.asText().strip();
            if (text.length() < MIN_LANDED_TEXT.value()) {
                return false;
            }
            if (text.equals(whole) || producer.error() && text.length() >= MIN_ERROR_PART.value() && whole.contains(text)) {
                return true;
            }
        } else if (value.isValueNode() && value.asText().equals(whole)) {
            return true;
        }
        return producer.json() != null && inJson(producer.json(), field, value);
    }

    private static boolean inJson(JsonNode node, String field, JsonNode value) {
        if (node.isArray()) {
            for (JsonNode child : node) {
                if (inJson(child, field, value)) {
                    return true;
                }
            }
            return false;
        }
        if (node.isValueNode()) {
            return value.isTextual() && node.isTextual() && value.asText().length() >= MIN_LONG_TEXT.value()
                    && node.asText().equals(value.asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(field) && same(entry.getValue(), value) || inJson(entry.getValue(), field, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
