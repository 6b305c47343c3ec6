package dev.coroner.ingest.otel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.ChatMessages;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.SpanAssembly;
import dev.coroner.ingest.otel.OtelDialect.Content;
import dev.coroner.trace.EvidenceMarks;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a span's content through the {@link OtelDialect} tables: a model call's input and output,
 * the tools offered to it, and a tool call's name, arguments, result and id. Each content attribute
 * is read by the reader its {@link OtelDialect.Format} names; the event forms of the GenAI
 * conventions, which no attribute holds, are read here too.
 */
final class OtelContent {

    private static final Set<String> INPUT_EVENTS = Set.of("gen_ai.system.message", "gen_ai.user.message",
            "gen_ai.assistant.message", "gen_ai.tool.message");

    private OtelContent() {
    }

    /** True when the span carries the GenAI conventions' content events (log records or span events). */
    static boolean hasGenAiEvents(List<OtlpSpan.OtlpEvent> events) {
        return events.stream().anyMatch(e -> INPUT_EVENTS.contains(e.name())
                || e.name().equals("gen_ai.choice") || e.name().startsWith("gen_ai.content."));
    }

    /** The first text any dialect's keys hold, or empty. */
    static String first(OtlpSpan span, java.util.function.Function<OtelDialect, List<String>> keys) {
        for (OtelDialect dialect : OtelDialect.ALL) {
            for (String key : keys.apply(dialect)) {
                String value = span.text(key);
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    /** The first content attribute any dialect reads that the span holds, or null. */
    static Content present(OtlpSpan span, java.util.function.Function<OtelDialect, List<Content>> contents) {
        for (OtelDialect dialect : OtelDialect.ALL) {
            for (Content content : contents.apply(dialect)) {
                if (span.has(content.key())) {
                    return content;
                }
            }
        }
        return null;
    }

    /** Fills {@code input} with the model call's context and returns its output message, or null. */
    static MessageDraft model(OtlpSpan span, List<OtlpSpan.OtlpEvent> events, List<MessageDraft> input,
                              Map<String, JsonNode> attributes) {
        try {
            boolean found = false;
            for (OtelDialect dialect : OtelDialect.ALL) {
                for (Content content : dialect.input()) {
                    JsonNode value = parsedOrMark(span, content.key(), attributes);
                    if (content.format() == OtelDialect.Format.SYSTEM_INSTRUCTIONS) {
                        if (value != null && !ChatMessages.content(value).isEmpty()) {
                            input.add(ChatMessages.system(value));
                        }
                    } else if (value != null && !found) {
                        found = true;
                        messages(value, content, input);
                    }
                }
            }
            if (!found) {
                for (OtlpSpan.OtlpEvent event : events) {
                    if (INPUT_EVENTS.contains(event.name())) {
                        input.add(eventMessage(event));
                    } else if (event.name().equals("gen_ai.content.prompt")) {
                        for (JsonNode m : parsed(event.attributes().get("gen_ai.prompt"))) {
                            input.add(ChatMessages.openAi(m, " in gen_ai.prompt"));
                        }
                    }
                }
            }
            for (OtelDialect dialect : OtelDialect.ALL) {
                for (Content content : dialect.output()) {
                    if (span.has(content.key())) {
                        MessageDraft answer = answer(span, content, attributes);
                        if (answer != null) {
                            return answer;
                        }
                    }
                }
            }
            for (OtlpSpan.OtlpEvent event : events) {
                if (event.name().equals("gen_ai.choice") && event.body().path("index").asInt(0) == 0) {
                    JsonNode message = event.body().isMissingNode() ? event.attributes().getOrDefault("message",
                            MissingNode.getInstance()) : event.body().path("message");
                    MessageDraft draft = fromEventBody("assistant", message);
                    return draft.text().isEmpty() && draft.toolCalls().isEmpty() ? null : draft;
                }
                if (event.name().equals("gen_ai.content.completion")) {
                    JsonNode completion = parsed(event.attributes().get("gen_ai.completion"));
                    if (completion.size() > 0) {
                        return ChatMessages.openAi(completion.get(0), " in gen_ai.completion");
                    }
                }
            }
        } catch (RecordException e) {
            SpanAssembly.markUnreadContent(attributes, e);
        }
        return null;
    }

    /** A model call's input messages from one content attribute (already parsed, as a list). */
    private static void messages(JsonNode value, Content content, List<MessageDraft> input) throws RecordException {
        String where = " in " + content.key();
        switch (content.format()) {
            case GENAI_MESSAGES -> {
                for (JsonNode m : value) {
                    input.addAll(ChatMessages.genAi(m, where));
                }
            }
            case AI_SDK_MESSAGES -> {
                for (JsonNode m : value) {
                    input.addAll(ChatMessages.vercel(m, where));
                }
            }
            case OPENAI_REQUEST -> {
                JsonNode request = value;
                if (request.size() == 1 && request.get(0).isObject() && !request.get(0).has("role")) {
                    request = request.get(0); // an OpenAI wrapper's request object, {"messages": [...], "tools": [...]}
                }
                JsonNode list = request.isArray() ? request : request.path("messages");
                if (list.isArray()) {
                    for (JsonNode m : list) {
                        input.add(ChatMessages.openAi(m, where));
                    }
                }
            }
            default -> throw new IllegalStateException(content.format() + " is not a message list format");
        }
    }

    /** A model call's answer from one content attribute, or null when it holds none. */
    private static MessageDraft answer(OtlpSpan span, Content content, Map<String, JsonNode> attributes)
            throws RecordException {
        String where = " in " + content.key();
        switch (content.format()) {
            case GENAI_MESSAGES -> {
                JsonNode outputs = parsedOrMark(span, content.key(), attributes);
                return outputs != null && outputs.size() > 0 ? ChatMessages.genAi(outputs.get(0), where).get(0) : null;
            }
            case AI_SDK_RESPONSE -> {
                List<ToolInvocation> calls = new ArrayList<>();
                for (JsonNode call : parsed(span.attributes().get("ai.response.toolCalls"))) {
                    calls.add(new ToolInvocation(call.path("toolCallId").asText(""), call.path("toolName").asText(""),
                            ChatMessages.arguments(call.has("input") ? call.get("input") : call.get("args"))));
                }
                return new MessageDraft("assistant", "", span.text("ai.response.text"), calls, "");
            }
            case OPENAI_ANSWER -> {
                JsonNode answer = span.attributes().get(content.key());
                JsonNode message = answer.isTextual() ? TraceJson.tryParse(answer.asText()) : answer;
                if (message != null && message.isObject()) {
                    return ChatMessages.openAi(message.has("role") ? message : TraceJson.mapper().createObjectNode()
                            .put("role", "assistant").set("content", message), where);
                }
                return new MessageDraft("assistant", "", answer.asText(), List.of(), "");
            }
            default -> throw new IllegalStateException(content.format() + " is not an answer format");
        }
    }

    /** A tool call's arguments, as the first content attribute of any dialect holds them; missing when none. */
    static JsonNode arguments(OtlpSpan span) {
        Content content = present(span, OtelDialect::arguments);
        if (content == null) {
            return MissingNode.getInstance();
        }
        JsonNode value = span.attributes().get(content.key());
        return ChatMessages.arguments(content.format() == OtelDialect.Format.CALL_ARGUMENTS ? callArguments(value) : value);
    }

    /**
     * The arguments of a function's recorded call {"args": [...], "kwargs": {...}} (OpenLLMetry's
     * {@code traceloop.entity.input}): the keyword arguments when there are any, else the one
     * positional argument, else the list; any other value as it is.
     */
    private static JsonNode callArguments(JsonNode input) {
        JsonNode call = input.isTextual() ? TraceJson.tryParse(input.asText()) : input;
        if (call == null || !call.isObject() || !call.has("args") && !call.has("kwargs")) {
            return input;
        }
        JsonNode kwargs = call.path("kwargs");
        JsonNode args = call.path("args");
        if (kwargs.isObject() && kwargs.size() > 0) {
            return kwargs;
        }
        return args.isArray() && args.size() == 1 ? args.get(0) : args;
    }

    /** A tool call's result, as the first content attribute of any dialect holds it, or null. */
    static JsonNode result(OtlpSpan span) {
        Content content = present(span, OtelDialect::results);
        return content == null ? null : span.attributes().get(content.key());
    }

    /** The message a failed span's dialect records for its failure, or empty when no dialect marks it failed. */
    static String dialectFailure(OtlpSpan span) {
        for (OtelDialect dialect : OtelDialect.ALL) {
            OtelDialect.Match failed = dialect.failedWhen();
            if (failed != null && failed.test(span)) {
                String message = span.text(dialect.failureMessageKey());
                return message.isEmpty() ? failed.key() + " is " + span.text(failed.key()) : message;
            }
        }
        return "";
    }

    /**
     * The tools offered to the model, from the first tools attribute of any dialect that the span
     * holds; empty when none is recorded.
     */
    static Optional<List<ToolDefinition>> toolDefinitions(OtlpSpan span) {
        JsonNode definitions = null;
        for (OtelDialect dialect : OtelDialect.ALL) {
            for (Content content : dialect.tools()) {
                JsonNode raw = span.attributes().get(content.key());
                if (raw != null && definitions == null) {
                    definitions = definitions(raw, content.format());
                }
            }
        }
        if (definitions == null || !definitions.isArray()) {
            return Optional.empty();
        }
        return Optional.of(ToolDefinition.listOf(definitions));
    }

    /** A tools attribute as a JSON list of definitions, or null when it holds none. */
    private static JsonNode definitions(JsonNode raw, OtelDialect.Format format) {
        switch (format) {
            case TOOL_DEFINITIONS -> {
                return raw.isTextual() ? TraceJson.tryParse(raw.asText()) : raw;
            }
            case AI_SDK_TOOLS -> {
                if (!raw.isArray()) {
                    return null;
                }
                ArrayNode parsed = TraceJson.mapper().createArrayNode();
                for (JsonNode tool : raw) {
                    JsonNode one = tool.isTextual() ? TraceJson.tryParse(tool.asText()) : tool;
                    if (one != null) {
                        parsed.add(one);
                    }
                }
                return parsed;
            }
            case OPENAI_REQUEST_TOOLS -> {
                JsonNode request = raw.isTextual() ? TraceJson.tryParse(raw.asText()) : null;
                return request != null && request.path("tools").isArray() ? request.get("tools") : null;
            }
            default -> throw new IllegalStateException(format + " is not a tools format");
        }
    }

    private static MessageDraft eventMessage(OtlpSpan.OtlpEvent event) throws RecordException {
        String role = switch (event.name()) {
            case "gen_ai.system.message" -> "system";
            case "gen_ai.user.message" -> "user";
            case "gen_ai.assistant.message" -> "assistant";
            default -> "tool";
        };
        JsonNode body = event.body().isMissingNode() ? TraceJson.mapper().valueToTree(event.attributes()) : event.body();
        return fromEventBody(role, body);
    }

    /** A GenAI event body ({content, role?, tool_calls?, id?}) as a message of the event's role. */
    private static MessageDraft fromEventBody(String role, JsonNode body) throws RecordException {
        ObjectNode message = TraceJson.mapper().createObjectNode();
        String bodyRole = ChatMessages.role(body.path("role").asText(""));
        message.put("role", bodyRole.isEmpty() ? role : bodyRole);
        if (body.has("content")) {
            message.set("content", body.get("content"));
        }
        if (body.has("tool_calls")) {
            message.set("tool_calls", body.get("tool_calls"));
        }
        if (body.has("id")) {
            message.set("tool_call_id", body.get("id"));
        }
        return ChatMessages.openAi(message, " in a gen_ai event body");
    }

    /**
     * A content attribute as JSON: structured values as they are, JSON strings parsed. A string that
     * starts like JSON but does not parse was cut by a length limit: the step is marked truncated
     * and the content treated as not recorded.
     */
    static JsonNode parsedOrMark(OtlpSpan span, String key, Map<String, JsonNode> attributes) {
        JsonNode value = span.attributes().get(key);
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        JsonNode parsed = TraceJson.tryParse(value.asText());
        if (parsed == null) {
            String text = value.asText().strip();
            if (text.startsWith("[") || text.startsWith("{")) {
                attributes.put(EvidenceMarks.TRUNCATED, TextNode.valueOf(key + " is cut short after "
                        + value.asText().length() + " characters (not complete JSON: an attribute length limit?)"));
            }
            return null;
        }
        return parsed.isArray() ? parsed : TraceJson.mapper().createArrayNode().add(parsed);
    }

    /** A value as a JSON list: a list as it is, one value (or a JSON string of one) as a list of it. */
    static JsonNode parsed(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return TraceJson.mapper().createArrayNode();
        }
        JsonNode node = value.isTextual() ? TraceJson.tryParse(value.asText()) : value;
        if (node == null) {
            return TraceJson.mapper().createArrayNode();
        }
        return node.isArray() ? node : TraceJson.mapper().createArrayNode().add(node);
    }
}
