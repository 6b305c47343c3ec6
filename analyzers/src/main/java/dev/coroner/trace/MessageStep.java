package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A message entering the session outside a model call: a user turn, a system prompt, an agent's reply. */
public record MessageStep(int index, SourceRef source, String agent, int message,
                          Map<String, JsonNode> attributes) implements Step {
    public MessageStep {
        attributes = SortedMaps.copyOf(attributes);
    }

    @Override
    public String kind() {
        return "message";
    }
}
