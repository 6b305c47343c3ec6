package dev.coroner.ingest.otel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mastra model call's context and output, put together from its step and generation spans (the
 * Mastra dialect's structure, which no attribute table can say: see {@link OtelDialect#MASTRA}).
 *
 * @param input  the messages the model was given
 * @param output its answer with the step's tool calls
 */
record MastraCalls(List<MessageDraft> input, MessageDraft output) {

    /**
     * Mastra (@mastra/otel-exporter) records a model call's input on its generation span, not on the
     * {@code chat} span: the generation's {@code mastra.model_generation.input} holds the first step's
     * messages (AI SDK model messages); each later step adds the earlier steps' tool calls
     * ({@code mastra.model_step.output.toolCalls}) and their {@code execute_tool} results. The output
     * is the chat span's text with its step's tool calls, which the chat span drops.
     */
    static Map<String, MastraCalls> of(List<OtlpSpan> ordered, Map<String, OtlpSpan> byId) {
        Map<String, MastraCalls> out = new HashMap<>();
        for (OtlpSpan chat : ordered) {
            if (!chat.text("mastra.span.type").equals("model_inference") || chat.has("gen_ai.input.messages")) {
                continue;
            }
            OtlpSpan step = byId.get(chat.parentSpanId());
            OtlpSpan generation = step == null ? null : byId.get(step.parentSpanId());
            if (step == null || generation == null || !generation.text("mastra.span.type").equals("model_generation")) {
                continue;
            }
            try {
                List<MessageDraft> input = new ArrayList<>();
                JsonNode request = OtelContent.parsed(generation.attributes().get("mastra.model_generation.input"));
                JsonNode messages = request.size() == 1 && request.get(0).has("messages")
                        ? request.get(0).get("messages") : request;
                for (JsonNode m : messages) {
                    input.addAll(ChatMessages.vercel(m, " in mastra.model_generation.input"));
                }
                int index = (int) step.attributes().getOrDefault("mastra.model_step.step_index",
                        TextNode.valueOf("0")).asDouble();
                for (OtlpSpan earlier : ordered) {
                    if (earlier == step || !earlier.parentSpanId().equals(generation.spanId())
                            || !earlier.text("mastra.span.type").equals("model_step")
                            || (int) earlier.attributes().getOrDefault("mastra.model_step.step_index",
                            TextNode.valueOf("0")).asDouble() >= index) {
                        continue;
                    }
                    input.add(mastraStepOutput(earlier, ""));
                    for (OtlpSpan tool : ordered) {
                        if (tool.parentSpanId().equals(earlier.spanId()) && tool.text("gen_ai.operation.name").equals("execute_tool")) {
                            input.add(ChatMessages.toolResult("", tool.attributes().get("gen_ai.tool.call.result"),
                                    "", tool.text("gen_ai.tool.call.id")));
                        }
                    }
                }
                JsonNode outputs = OtelContent.parsed(chat.attributes().get("gen_ai.output.messages"));
                String text = outputs.size() > 0 ? ChatMessages.genAi(outputs.get(0), " in gen_ai.output.messages")
                        .get(0).text() : "";
                out.put(chat.spanId(), new MastraCalls(input, mastraStepOutput(step, text)));
            } catch (RecordException e) {
                // Left to the generic reading, which marks what it cannot read.
            }
        }
        return out;
    }

    /** A Mastra step's answer as an assistant message: {@code text} (else the step's), and its tool calls. */
    private static MessageDraft mastraStepOutput(OtlpSpan step, String text) {
        JsonNode output = OtelContent.parsed(step.attributes().get("mastra.model_step.output"));
        JsonNode answer = output.size() > 0 ? output.get(0) : TraceJson.mapper().createObjectNode();
        List<ToolInvocation> calls = new ArrayList<>();
        for (JsonNode call : answer.path("toolCalls")) {
            calls.add(new ToolInvocation(call.path("toolCallId").asText(""),
                    call.path("toolName").asText(""), ChatMessages.arguments(call.has("args") ? call.get("args")
                    : call.get("input"))));
        }
        return new MessageDraft("assistant", "", text.isEmpty() ? answer.path("text").asText("") : text, calls, "");
    }
}
