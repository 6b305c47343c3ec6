package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool offered to a model: what an agent can call.
 *
 * @param name        tool name
 * @param description what the tool does, or empty
 * @param parameters  JSON Schema of the arguments as declared, or a missing node when none was recorded
 */
public record ToolDefinition(String name, String description, JsonNode parameters) {
    public ToolDefinition {
        description = description == null ? "" : description;
    }

    /** True when the declaration carries a parameter schema. */
    public boolean hasParameters() {
        return parameters != null && !parameters.isMissingNode() && !parameters.isNull();
    }
}
