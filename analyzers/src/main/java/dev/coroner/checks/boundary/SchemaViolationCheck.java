package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * State snapshots that break a declared state schema ({@code --state-schema}), and tool arguments
 * that break the parameter schema their tool was declared with ({@code tools} of a model call).
 * A snapshot is reported for the violations it introduces: one already present in the previous
 * snapshot of its namespace under the same schema is not reported again. Tool calls count when they
 * were carried out and not refused (no error result). A wrong JSON type in tool arguments, or
 * arguments that are not JSON, are {@code boundary.malformed-tool-arguments} instead.
 */
public final class SchemaViolationCheck implements Check {

    /** How many violations are shown as evidence. */
    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many violations are shown as evidence.",
            5, "violations");

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.schema-violation",
            "State or tool arguments break their declared schema",
            Severity.HIGH,
            "0.1.0",
            """
            A state snapshot does not conform to the state schema given with --state-schema, or the arguments
            of an executed tool call do not conform to the parameter schema the tool was declared with: a
            required field is missing, a value is outside its range or enum, an unexpected property appears.
            The value crossed a boundary where nobody validated it, and every later step reads it as if it
            were valid. Schemas are JSON Schema (2020-12 unless they name another draft) and are validated
            with networknt json-schema-validator; references outside the schema are never fetched, so a
            schema that needs them is not used. A violation is reported at the snapshot that introduced it.
            Wrong JSON types in tool arguments are reported by boundary.malformed-tool-arguments.
            """,
            """
            Validate state against its schema on every write (a reducer or checkpoint serializer that
            rejects invalid state) and tool arguments against the tool's parameter schema before the tool
            runs; return the validation error to the model instead of executing. Keep the schema in the
            code that writes the state, and version it.
            """,
            """
            With --state-schema order-state.json requiring refund.amount ≤ 500, step 9 writes
            {"refund": {"amount": 1800}}; and issue_refund, declared with "required": ["order_id", "amount"],
            is executed at step 7 with {"amount": 180}.
            """,
            List.of(EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        inspectState(facts, context);
        inspectToolArguments(facts, context);
    }

    private static void inspectState(SessionFacts facts, CheckContext context) {
        Map<String, Set<String>> previous = new HashMap<>();
        for (Step step : facts.session().steps()) {
            if (!(step instanceof StateSnapshot snapshot)) {
                continue;
            }
            List<AnalysisOptions.StateSchema> schemas = context.options().stateSchemasFor(snapshot.namespace());
            for (int i = 0; i < schemas.size(); i++) {
                AnalysisOptions.StateSchema schema = schemas.get(i);
                List<DeclaredSchema.Violation> violations = schema.schema().validate(snapshot.state());
                Set<String> keys = new HashSet<>();
                violations.forEach(v -> keys.add(key(v)));
                Set<String> before = previous.put(snapshot.namespace() + "\n" + i, keys);
                List<DeclaredSchema.Violation> introduced = violations.stream()
                        .filter(v -> before == null || !before.contains(key(v))).toList();
                if (!introduced.isEmpty()) {
                    String namespace = snapshot.namespace().isEmpty() ? "State"
                            : "State of namespace \"" + snapshot.namespace() + "\"";
                    report(context.at(snapshot, namespace + " at step " + snapshot.index() + " breaks the state schema "
                                    + schema.source() + ": " + summary(introduced))
                                    .key(snapshot.namespace() + "\n" + schema.source() + "\n" + String.join("\n",
                                            introduced.stream().map(SchemaViolationCheck::key).toList())),
                            introduced, snapshot.state(), snapshot);
                }
            }
        }
    }

    private static void inspectToolArguments(SessionFacts facts, CheckContext context) {
        ToolArguments.Schemas schemas = new ToolArguments.Schemas(facts);
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            Optional<DeclaredSchema> schema = schemas.of(call);
            ToolArguments.Parsed arguments = ToolArguments.parse(call.arguments());
            if (schema.isEmpty() || arguments.value() == null || !ToolArguments.accepted(call, facts)) {
                continue;
            }
            List<DeclaredSchema.Violation> violations = schema.get().validate(arguments.value()).stream()
                    .filter(v -> !v.keyword().equals("type")).toList();
            if (!violations.isEmpty()) {
                report(context.at(call.step(), "Arguments of " + ToolArguments.describe(call)
                                        + " break the tool's declared parameter schema and the call was carried out: "
                                        + summary(violations))
                                .key(call.tool() + "\n" + String.join("\n",
                                        violations.stream().map(SchemaViolationCheck::key).toList())),
                        violations, arguments.value(), call.step());
            }
        }
    }

    private static String key(DeclaredSchema.Violation v) {
        return v.path() + " " + v.keyword() + " " + v.message();
    }

    private static String summary(List<DeclaredSchema.Violation> violations) {
        DeclaredSchema.Violation first = violations.get(0);
        String where = first.path().isEmpty() ? "" : "\"" + first.dottedPath() + "\" ";
        return where + first.message() + (violations.size() > 1 ? " (+" + (violations.size() - 1) + " more)" : "");
    }

    private static void report(CheckContext.Draft draft, List<DeclaredSchema.Violation> violations, JsonNode value,
                               Step step) {
        List<DeclaredSchema.Violation> shown = new ArrayList<>(violations.subList(0,
                Math.min(EVIDENCE_LIMIT.value(), violations.size())));
        for (DeclaredSchema.Violation v : shown) {
            JsonNode at = v.path().isEmpty() ? value : value.at(v.path());
            String label = (v.path().isEmpty() ? "value" : "\"" + v.dottedPath() + "\"") + ": " + v.message();
            draft.evidence(label, at.isMissingNode() ? "(absent)" : at.toString(), step.source());
        }
        draft.report();
    }
}
