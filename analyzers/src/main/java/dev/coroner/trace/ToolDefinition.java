package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The tools of a list of declarations as producers write them: {name, description, parameters},
     * an OpenAI function tool ({type: function, function: {...}}), or an MCP / Anthropic tool with
     * {@code inputSchema} / {@code input_schema}. Entries without a name are left out.
     */
    public static List<ToolDefinition> listOf(Iterable<JsonNode> declarations) {
        List<ToolDefinition> out = new ArrayList<>();
        for (JsonNode tool : declarations) {
            JsonNode function = tool.path("function").isObject() ? tool.get("function") : tool;
            String name = function.path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            JsonNode schema = function.has("parameters") ? function.get("parameters")
                    : function.has("inputSchema") ? function.get("inputSchema") : function.path("input_schema");
            out.add(new ToolDefinition(name, function.path("description").asText(""),
                    schema.isObject() ? schema : MissingNode.getInstance()));
        }
        return out;
    }

    /** True when the declaration carries a parameter schema. */
    public boolean hasParameters() {
        return parameters != null && !parameters.isMissingNode() && !parameters.isNull();
    }
}
