package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.facts.DeclaredSchema;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.TraceJson;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tool arguments as the tool received them, and the parameter schema they were declared with. */
final class ToolArguments {

    /**
     * The arguments of a call.
     *
     * @param value    the arguments as JSON (a raw string read as JSON, or as a Python literal: {@link
     *                 PythonLiteral}), or null when a raw string could not be read either way
     * @param raw      the raw string when the arguments were recorded as one, else empty
     * @param recorded false when the trace did not record the arguments
     */
    record Parsed(JsonNode value, String raw, boolean recorded) {
    }

    /** Compiled parameter schemas of one session, by declaration. */
    static final class Schemas {
        private final SessionFacts facts;
        private final Map<ToolDefinition, Optional<DeclaredSchema>> compiled = new IdentityHashMap<>();

        Schemas(SessionFacts facts) {
            this.facts = facts;
        }

        /** The parameter schema the called tool was declared with to the calling agent, if usable. */
        Optional<DeclaredSchema> of(SessionFacts.ExecutedCall call) {
            return declaration(call).filter(ToolDefinition::hasParameters)
                    .flatMap(d -> compiled.computeIfAbsent(d, k -> DeclaredSchema.tryOf(k.parameters())));
        }

        Optional<ToolDefinition> declaration(SessionFacts.ExecutedCall call) {
            return facts.declaredTool(call.step(), call.agent(), call.tool());
        }
    }

    private ToolArguments() {
    }

    static Parsed parse(JsonNode arguments) {
        if (arguments == null || arguments.isMissingNode() || arguments.isNull()) {
            return new Parsed(null, "", false);
        }
        if (!arguments.isTextual()) {
            return new Parsed(arguments, "", true);
        }
        String raw = arguments.asText();
        if (raw.isBlank()) {
            return new Parsed(TraceJson.mapper().createObjectNode(), raw, true);
        }
        JsonNode json = TraceJson.tryParse(raw);
        return new Parsed(json != null ? json : PythonLiteral.read(raw), raw, true);
    }

    /** Calls that were carried out and not refused: no result recorded, or a result that is no error. */
    static boolean accepted(SessionFacts.ExecutedCall call, SessionFacts facts) {
        Set<Integer> errors = facts.failedResultSteps();
        return call.result().map(r -> !errors.contains(r.index())).orElse(true);
    }

    /** Where a call ran, for messages: "get_order at step 4". */
    static String describe(SessionFacts.ExecutedCall call) {
        return call.tool() + " at step " + call.step().index();
    }
}
