package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.ErrorText;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tool's or model's output written as-is ({@link Producers}) into a state field, or into a field
 * of a handoff payload, where it does not fit. Fields are compared with the previous snapshot of
 * the namespace; only fields whose value changed are looked at, and only outputs produced since
 * that snapshot (or since the previous handoff) count. A value does not fit when it is error text
 * (an error output, or text that looks like one) in a field not meant for messages (its name says
 * none of error, reason, note, message, status, detail, summary, description, comment, text, log,
 * warning, problem, issue); when its JSON type differs from the field's previous non-null value, other
 * than the same quantity written another way ({@code boundary.type-coercion}); or when it breaks the
 * declared state schema at that field.
 */
public final class UnvalidatedToolOutputCheck implements Check {

    private static final Heuristic.Regex MESSAGE_FIELD = new Heuristic.Regex("message-field",
            "Field names meant for messages: error text written into such a field is not reported.",
            Pattern.compile(
            "error|err|reason|note|message|msg|status|detail|summary|description|comment|text|log|warning|problem"
                    + "|issue", Pattern.CASE_INSENSITIVE));

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.unvalidated-tool-output",
            "Tool or model output written into state or a handoff as-is, where it does not fit",
            Severity.HIGH,
            "0.1.0",
            """
            A value went straight from a tool result or a model's output into a state field (or a handoff
            payload) without a check, and it is wrong for that field: an error message written into the
            balance, a string where the field held a number, an object where it held a list, a value the
            state schema forbids. Every later step reads the field as valid state, so one failed call
            becomes durable, checkpointed corruption. The value must appear in the output as-is (the whole
            text, the value of a field of the same name, or a long string of it), and the write must come
            after that output; a field named for messages (error, reason, status, note, …) may hold error
            text. With --state-schema the same write is usually also boundary.schema-violation: that finding
            says the state broke its contract, this one where the bad value came from.
            """,
            """
            Parse and validate tool output before writing it to state: check the error flag and status
            first, then the type and range of every field you copy. Write failures to a dedicated error
            field or raise them, never into the field the successful value would go to.
            """,
            """
            Step 4: get_balance fails with "Error: upstream timeout". Step 5 writes {"balance": "Error:
            upstream timeout"} to the account state, whose balance was 120.5 at step 2; the next model call
            tells the customer their balance is unavailable, and the nightly job crashes on the field.
            """,
            List.of(MESSAGE_FIELD, Producers.MIN_LANDED_TEXT, Producers.MIN_LONG_TEXT, Producers.MIN_ERROR_PART,
                    Representation.ISO_DATE, Representation.NUMERIC, Representation.EPOCH_DIGITS, Representation.MONEY,
                    Representation.BOOLEAN_TEXT,
                    SharedHeuristics.ERROR_TEXT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** A field whose new value came from an output and does not fit. */
    private record Misfit(String path, JsonNode value, Producers.Producer producer, String problem) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, StateSnapshot> previous = new HashMap<>();
        int lastHandoff = -1;
        for (Step step : facts.session().steps()) {
            if (step instanceof StateSnapshot snapshot) {
                StateSnapshot before = previous.put(snapshot.namespace(), snapshot);
                List<Producers.Producer> producers = Producers.between(facts, before == null ? -1 : before.index(),
                        snapshot.index());
                if (producers.isEmpty()) {
                    continue;
                }
                List<DeclaredSchema.Violation> violations = new ArrayList<>();
                for (AnalysisOptions.StateSchema schema : context.options().stateSchemasFor(snapshot.namespace())) {
                    violations.addAll(schema.schema().validate(snapshot.state()));
                }
                List<Misfit> misfits = new ArrayList<>();
                walk(snapshot.state(), before == null ? null : before.state(), "", producers, violations, misfits);
                String where = snapshot.namespace().isEmpty() ? "state" : "state of namespace \""
                        + snapshot.namespace() + "\"";
                misfits.forEach(m -> report(context, snapshot, where, m));
            } else if (step instanceof Handoff handoff) {
                List<Producers.Producer> producers = Producers.between(facts, lastHandoff, handoff.index());
                lastHandoff = handoff.index();
                List<Misfit> misfits = new ArrayList<>();
                if (!producers.isEmpty() && handoff.payload().isObject()) {
                    walk(handoff.payload(), null, "", producers, List.of(), misfits);
                }
                misfits.forEach(m -> report(context, handoff, "payload of the handoff to " + handoff.to(), m));
            }
        }
    }

    private static void walk(JsonNode now, JsonNode before, String prefix, List<Producers.Producer> producers,
                             List<DeclaredSchema.Violation> violations, List<Misfit> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = now.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            JsonNode old = before == null ? null : before.get(field.getKey());
            if (value.equals(old) || value.isNull()) {
                continue;
            }
            Producers.Producer producer = Producers.source(producers, field.getKey(), value);
            String problem = producer == null ? null : problem(field.getKey(), path, value, old, producer, violations);
            if (problem != null) {
                out.add(new Misfit(path, value, producer, problem));
            } else if (value.isObject()) {
                walk(value, old != null && old.isObject() ? old : null, path, producers, violations, out);
            }
        }
    }

    private static String problem(String name, String path, JsonNode value, JsonNode old,
                                  Producers.Producer producer, List<DeclaredSchema.Violation> violations) {
        boolean errorText = value.isTextual() && (producer.error() || ErrorText.looksLikeError(value.asText()));
        if (errorText && !MESSAGE_FIELD.pattern().matcher(name).find()
                && (old == null || !old.isTextual() || !ErrorText.looksLikeError(old.asText()))) {
            return "error text written into a field that held " + (old == null || old.isNull() ? "no error"
                    : Representation.describe(old));
        }
        if (old != null && !old.isNull() && !Representation.type(old).equals(Representation.type(value))
                && !Representation.sameQuantity(old, value)) {
            return Representation.withArticle(Representation.type(value)) + " where the field held "
                    + Representation.describe(old);
        }
        for (DeclaredSchema.Violation v : violations) {
            String at = v.dottedPath();
            if (at.equals(path) || at.startsWith(path + ".")) {
                return "breaks the state schema at \"" + at + "\": " + v.message();
            }
        }
        return null;
    }

    private static void report(CheckContext context, Step step, String where, Misfit m) {
        context.at(step, "The " + m.producer().label() + " was written as-is into \"" + m.path() + "\" ("
                        + where + ") at step " + step.index() + ": " + m.problem())
                .key(where + "\n" + m.path() + "\n" + m.value())
                .evidence(m.producer().label(), m.producer().text(), m.producer().step().source())
                .evidence("\"" + m.path() + "\" at step " + step.index(), m.value().isTextual() ? m.value().asText()
                        : m.value().toString(), step.source())
                .report();
    }
}
