package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool call requested inside an assistant message.
 *
 * @param id        the call id pairing it with its result, or empty
 * @param name      the tool name
 * @param arguments the arguments as recorded: an object, or a text node holding the raw string
 */
public record ToolInvocation(String id, String name, JsonNode arguments) {
    public ToolInvocation {
        id = id == null ? "" : id;
    }
}
