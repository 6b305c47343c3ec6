package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What a tool returned.
 *
 * @param callId  the call answered, or empty
 * @param tool    tool name, or empty
 * @param message id of the tool message holding the content
 * @param flaggedError true when the source flagged the result as an error
 */
public record ToolResult(int index, SourceRef source, String agent, String callId, String tool, int message,
                         boolean flaggedError, Map<String, JsonNode> attributes) implements Step {
    public ToolResult {
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "tool_result";
    }
}
