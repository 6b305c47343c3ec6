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
 * @param verbatim      positions in {@code context} whose message this call's record holds in other
 *                      bytes than the interned message's recorded text (the same tool output written
 *                      as another JSON string), with those bytes; usually empty
 */
public record ModelCall(int index, SourceRef source, String agent, String model, List<Integer> context,
                        boolean inputRecorded, OptionalInt output, String error,
                        Map<String, JsonNode> attributes, Optional<List<ToolDefinition>> tools,
                        Map<Integer, String> verbatim) implements Step {
    public ModelCall {
        context = List.copyOf(context);
        attributes = SortedMaps.copyOf(attributes);
        tools = tools.map(List::copyOf);
        verbatim = SortedMaps.copyOf(verbatim);
    }

    /** A model call whose context is held as its messages' recorded text. */
    public ModelCall(int index, SourceRef source, String agent, String model, List<Integer> context,
                     boolean inputRecorded, OptionalInt output, String error, Map<String, JsonNode> attributes,
                     Optional<List<ToolDefinition>> tools) {
        this(index, source, agent, model, context, inputRecorded, output, error, attributes, tools, Map.of());
    }

    /** A model call whose offered tools were not recorded. */
    public ModelCall(int index, SourceRef source, String agent, String model, List<Integer> context,
                     boolean inputRecorded, OptionalInt output, String error, Map<String, JsonNode> attributes) {
        this(index, source, agent, model, context, inputRecorded, output, error, attributes, Optional.empty());
    }

    /** This call with the given per-position recorded text of its context. */
    public ModelCall withVerbatim(Map<Integer, String> positions) {
        return new ModelCall(index, source, agent, model, context, inputRecorded, output, error, attributes, tools,
                positions);
    }

    /** The text this call was given at a position of its context, as the trace holds it. */
    public String recordedText(int position, Message message) {
        String own = verbatim.get(position);
        return own != null ? own : message.recordedText();
    }

    @Override
    public String kind() {
        return "model_call";
    }
}
