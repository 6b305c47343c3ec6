package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A tool executed by the agent.
 *
 * @param callId    id pairing the call with its result, or empty
 * @param tool      tool name
 * @param arguments arguments as recorded: an object, or a text node holding the raw string
 */
public record ToolCall(int index, SourceRef source, String agent, String callId, String tool, JsonNode arguments,
                       Map<String, JsonNode> attributes) implements Step {
    public ToolCall {
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "tool_call";
    }
}
