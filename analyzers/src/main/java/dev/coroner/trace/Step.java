package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One step of a session, in the order the source recorded it. Every step knows where it came
 * from in the input and keeps the fields its importer did not map as raw attributes.
 */
public sealed interface Step
        permits MessageStep, ModelCall, ToolCall, ToolResult, Retrieval, StateSnapshot, Handoff, NodeStep {

    /** 0-based position in {@link Session#steps()}. */
    int index();

    SourceRef source();

    /** The agent that performed the step, or empty. */
    String agent();

    /** Fields of the source record that the importer did not map, kept verbatim. */
    Map<String, JsonNode> attributes();

    /** Short name of the step kind as used in reports: {@code model_call}, {@code tool_result}, … */
    String kind();
}
