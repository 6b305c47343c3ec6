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

    /**
     * The arguments as the trace holds them: a string as is, an object with its keys in their recorded
     * order (not the canonical form used to compare calls).
     */
    public String recordedArguments() {
        if (arguments == null || arguments.isMissingNode()) {
            return "null";
        }
        return arguments.isTextual() ? arguments.asText() : arguments.toString();
    }
}
