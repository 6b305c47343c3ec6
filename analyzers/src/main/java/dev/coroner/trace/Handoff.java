package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Control passed from one agent to another.
 *
 * @param from     sending agent
 * @param to       receiving agent
 * @param payload  what the sender passed along, or a missing node
 * @param messages ids of the messages the receiver was given
 */
public record Handoff(int index, SourceRef source, String agent, String from, String to, JsonNode payload,
                      List<Integer> messages, Map<String, JsonNode> attributes) implements Step {
    public Handoff {
        messages = List.copyOf(messages);
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "handoff";
    }
}
