package dev.coroner.checks.boundary;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.ToolDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Tool calls that were carried out (and not refused with an error result) although their arguments
 * were unreadable or of the wrong types. Arguments recorded as a raw string that cannot be read as
 * JSON, nor as a Python-style literal ({@link PythonLiteral}: frameworks parse those leniently and log
 * writers print them), count when the string starts like JSON ('{' or '[') or the tool was declared
 * with an object parameter schema; a plain string for a tool that takes one is fine. Wrong types are
 * the {@code type} violations of the declared parameter schema.
 */
public final class MalformedToolArgumentsCheck implements Check {

    /** How many type violations are shown as evidence. */
    static final Heuristic.Limit EVIDENCE_LIMIT = new Heuristic.Limit("evidence-limit",
            "How many violations are shown as evidence.",
            5, "violations");

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.malformed-tool-arguments",
            "A tool ran with arguments that are not valid JSON or not of the declared types",
            Severity.HIGH,
            "0.1.0",
            """
            The model produced tool arguments that cannot be read as JSON (truncated output, unbalanced
            quotes, text around the object), or whose values have the wrong JSON type for the tool's declared parameter
            schema (a string where a number is declared, an object where an array is), and the tool was
            executed anyway: no error came back. Somewhere a lenient parser guessed, a default filled the
            gap, or a string was coerced, and the tool acted on something the model did not mean. A raw
            string counts as malformed when it starts like JSON or the tool declares object parameters; a
            Python-style dict ({'order_id': 'ORD-1', 'gift': True}) is read as one, since many frameworks
            parse arguments that way and many logs print them so.
            """,
            """
            Parse tool arguments strictly and validate them against the tool's parameter schema before
            executing; on failure, return the error to the model as the tool result so it can correct the
            call. Use the provider's structured or strict tool-calling mode where available.
            """,
            """
            Step 6: the model calls issue_refund with the raw arguments {"order_id": "ORD-88231", "amount": 18
            (cut off by the output limit). The tool runs and refunds 18 EUR instead of 180.
            """,
            List.of(EVIDENCE_LIMIT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        ToolArguments.Schemas schemas = new ToolArguments.Schemas(facts);
        for (SessionFacts.ExecutedCall call : facts.executedCalls()) {
            ToolArguments.Parsed arguments = ToolArguments.parse(call.arguments());
            if (!arguments.recorded() || !ToolArguments.accepted(call, facts)) {
                continue;
            }
            if (arguments.value() == null) {
                String raw = arguments.raw().strip();
                boolean looksLikeJson = raw.startsWith("{") || raw.startsWith("[");
                if (looksLikeJson || declaresObject(schemas.declaration(call)) && !singleValueOf(facts, call, raw)) {
                    context.at(call.step(), "Arguments of " + ToolArguments.describe(call)
                                    + " are not valid JSON and the call was carried out")
                            .key(call.tool() + "\n" + raw)
                            .evidence("raw arguments", raw, call.step().source())
                            .report();
                }
                continue;
            }
            Optional<DeclaredSchema> schema = schemas.of(call);
            if (schema.isEmpty()) {
                continue;
            }
            List<DeclaredSchema.Violation> wrong = schema.get().validate(arguments.value()).stream()
                    .filter(v -> v.keyword().equals("type")).toList();
            if (!wrong.isEmpty()) {
                DeclaredSchema.Violation first = wrong.get(0);
                CheckContext.Draft draft = context.at(call.step(), "Arguments of " + ToolArguments.describe(call)
                                + " are not of the declared types and the call was carried out: "
                                + (first.path().isEmpty() ? "arguments" : "\"" + first.dottedPath() + "\"") + " "
                                + first.message() + (wrong.size() > 1 ? " (+" + (wrong.size() - 1) + " more)" : ""))
                        .key(call.tool() + "\n" + String.join("\n", wrong.stream().map(v -> v.path() + " "
                                + v.message()).toList()));
                for (DeclaredSchema.Violation v : wrong.subList(0, Math.min(EVIDENCE_LIMIT.value(), wrong.size()))) {
                    draft.evidence((v.path().isEmpty() ? "arguments" : "\"" + v.dottedPath() + "\"") + ": "
                            + v.message(), arguments.value().at(v.path()).toString(), call.step().source());
                }
                draft.report();
            }
        }
    }

    /**
     * True when the model asked for the call with an object of one field whose value is the text the
     * tool recorded: a producer that writes a tool's one argument as its bare value (LangChain's tool
     * runs, as OpenInference records them: "MRP-69-0048213" for {"numero_contrat": "MRP-69-0048213"}).
     */
    private static boolean singleValueOf(SessionFacts facts, SessionFacts.ExecutedCall call, String raw) {
        return facts.singleValueObject(call, raw) != null;
    }

    private static boolean declaresObject(Optional<ToolDefinition> declaration) {
        return declaration.filter(ToolDefinition::hasParameters).map(d -> d.parameters().path("type").asText("")
                .equals("object") || d.parameters().has("properties")).orElse(false);
    }
}
