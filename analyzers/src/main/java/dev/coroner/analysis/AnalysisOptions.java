package dev.coroner.analysis;

import dev.coroner.analysis.facts.DeclaredSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a run is told besides its inputs, the same for every session: the declared state schemas
 * ({@code coroner examine --state-schema}) and the context budget ({@code --context-budget}).
 * Immutable; checks read it through {@link CheckContext#options()}.
 *
 * @param stateSchemas  declared state schemas, in the order given
 * @param contextBudget context tokens a model call may use, overriding windows the trace records
 */
public record AnalysisOptions(List<StateSchema> stateSchemas, OptionalLong contextBudget) {

    /**
     * A JSON Schema the state of one namespace, or of every namespace, must conform to.
     *
     * @param namespace the namespace it applies to, or empty for every namespace
     * @param source    where it came from, as the user named it (shown in evidence)
     * @param schema    the compiled schema
     */
    public record StateSchema(Optional<String> namespace, String source, DeclaredSchema schema) {
        public boolean appliesTo(String stateNamespace) {
            return namespace.map(stateNamespace::equals).orElse(true);
        }
    }

    private static final AnalysisOptions NONE = new AnalysisOptions(List.of(), OptionalLong.empty());

    /** Only state schemas, no context budget. */
    public AnalysisOptions(List<StateSchema> stateSchemas) {
        this(stateSchemas, OptionalLong.empty());
    }

    public AnalysisOptions {
        stateSchemas = List.copyOf(stateSchemas);
    }

    /** No schemas declared. */
    public static AnalysisOptions none() {
        return NONE;
    }

    /** The state schemas that apply to snapshots of a namespace, in the order given. */
    public List<StateSchema> stateSchemasFor(String namespace) {
        return stateSchemas.stream().filter(s -> s.appliesTo(namespace)).toList();
    }
}
