package dev.coroner.analysis;

import java.util.List;
import java.util.Optional;

/**
 * What a run is told besides its inputs, the same for every session: today the declared state
 * schemas ({@code coroner examine --state-schema}). Immutable; checks read it through
 * {@link CheckContext#options()}.
 *
 * @param stateSchemas declared state schemas, in the order given
 */
public record AnalysisOptions(List<StateSchema> stateSchemas) {

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

    private static final AnalysisOptions NONE = new AnalysisOptions(List.of());

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
