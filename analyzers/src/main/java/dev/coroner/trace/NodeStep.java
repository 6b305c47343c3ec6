package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A named step with no richer meaning to coroner: a graph node, a validation, a guardrail.
 *
 * @param name   node / stage name
 * @param type   what sort of step (free text), or empty
 * @param failed true when the step reported an error
 * @param error  the error, or empty
 */
public record NodeStep(int index, SourceRef source, String agent, String name, String type, boolean failed,
                       String error, Map<String, JsonNode> attributes) implements Step {
    public NodeStep {
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "step";
    }
}
