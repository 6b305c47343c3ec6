package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to a model.
 *
 * @param model         model name, or empty
 * @param context       ids of the messages the model was given, in order
 * @param inputRecorded false when the source did not record the input at all
 * @param output        id of the message the model produced, if recorded
 * @param error         error returned by the model API, or empty
 * @param tools         the tools offered to the model with this call; empty when the source did not
 *                      record them (an empty list inside means it recorded that none were offered)
 */
public record ModelCall(int index, SourceRef source, String agent, String model, List<Integer> context,
                        boolean inputRecorded, OptionalInt output, String error,
                        Map<String, JsonNode> attributes, Optional<List<ToolDefinition>> tools) implements Step {
    public ModelCall {
        context = List.copyOf(context);
        attributes = Map.copyOf(attributes);
        tools = tools.map(List::copyOf);
    }

    /** A model call whose offered tools were not recorded. */
    public ModelCall(int index, SourceRef source, String agent, String model, List<Integer> context,
                     boolean inputRecorded, OptionalInt output, String error, Map<String, JsonNode> attributes) {
        this(index, source, agent, model, context, inputRecorded, output, error, attributes, Optional.empty());
    }

    @Override
    public String kind() {
        return "model_call";
    }
}
