package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.MessageDraft;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The message shapes the tracing platforms record, read into {@link MessageDraft}s: OpenAI chat
 * messages, OpenTelemetry GenAI parts messages, Vercel AI SDK model messages and LangChain
 * serialized messages. Roles are normalised to system, developer, user, assistant and tool (a
 * speaker name that is not a role is kept as the message name), and tool output is normalised with
 * {@link #toolText} so that a tool result and its echo in a later context intern to one message.
 */
public final class ChatMessages {

    private ChatMessages() {
    }

    /** A role as coroner names it: human → user, ai → assistant, function → tool; empty when unknown. */
    public static String role(String raw) {
        String r = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "system" -> "system";
            case "developer" -> "developer";
            case "user", "human" -> "user";
            case "assistant", "ai", "model", "bot" -> "assistant";
            case "tool", "function", "ipython" -> "tool";
            default -> "";
        };
    }

    /**
     * Tool output as one text: a string as is unless it is JSON, JSON in canonical form (keys
     * sorted), so that the same output recorded as a string in one place and as an object in another
     * is one message.
     */
    public static String toolText(JsonNode output) {
        if (output == null || output.isNull() || output.isMissingNode()) {
            return "";
        }
        if (output.isTextual()) {
            JsonNode parsed = TraceJson.tryParse(output.asText());
            return parsed != null ? JsonValues.canonical(parsed) : output.asText();
        }
        if (output.isContainerNode()) {
            return JsonValues.canonical(output);
        }
        return output.asText();
    }

    /**
     * Tool output as the trace holds it: a string as is, a JSON value as written in the record (its
     * keys in their recorded order), empty when absent. What a report shows as the content the model
     * was given; {@link #toolText} is the normal form the checks read.
     */
    public static String recorded(JsonNode output) {
        if (output == null || output.isNull() || output.isMissingNode()) {
            return "";
        }
        return output.isValueNode() ? output.asText() : output.toString();
    }

    /**
     * A tool message answering {@code callId}: its text is the normal form of the output and its
     * verbatim content the output as recorded; the error text when no output was recorded.
     */
    public static MessageDraft toolResult(String tool, JsonNode output, String error, String callId) {
        if (output == null || output.isNull() || output.isMissingNode()) {
            return new MessageDraft("tool", tool, error, List.of(), callId);
        }
        return new MessageDraft("tool", tool, toolText(output), List.of(), callId, recorded(output));
    }

    /** Arguments as recorded: a JSON string is parsed when it is JSON, otherwise kept as text. */
    public static JsonNode arguments(JsonNode raw) {
        if (raw == null || raw.isNull() || raw.isMissingNode()) {
            return MissingNode.getInstance();
        }
        if (raw.isTextual()) {
            JsonNode parsed = TraceJson.tryParse(raw.asText());
            return parsed != null ? parsed : raw;
        }
        return raw;
    }

    /**
     * Text of a content value: a string, or the text of a list of parts ({@code text}, {@code content}
     * or {@code input_text} / {@code output_text} parts), joined with newlines.
     */
    public static String content(JsonNode content) {
        if (content == null || content.isNull() || content.isMissingNode()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            List<String> texts = new ArrayList<>();
            for (JsonNode part : content) {
                if (part.isTextual()) {
                    texts.add(part.asText());
                } else if (part.path("text").isTextual()) {
                    texts.add(part.path("text").asText());
                } else if (part.path("content").isTextual() && !part.has("id")) {
                    texts.add(part.path("content").asText());
                }
            }
            return String.join("\n", texts);
        }
        if (content.isObject() && content.path("text").isTextual()) {
            return content.path("text").asText();
        }
        return JsonValues.canonical(content);
    }

    /**
     * An OpenAI chat message ({@code role}, {@code content} string or parts, {@code name},
     * {@code tool_calls} with {@code function: {name, arguments}} or flat {@code name}/{@code arguments},
     * {@code tool_call_id}).
     */
    public static MessageDraft openAi(JsonNode node, String where) throws RecordException {
        if (node == null || !node.isObject()) {
            throw RecordException.expected("a message object" + where, JsonFields.describe(node));
        }
        String rawRole = node.path("role").asText("");
        String role = role(rawRole);
        String name = node.path("name").asText("");
        if (role.isEmpty()) {
            if (rawRole.isEmpty()) {
                throw RecordException.expected("a \"role\"" + where, "none");
            }
            role = "assistant";
            name = name.isEmpty() ? rawRole : name;
        }
        List<ToolInvocation> calls = new ArrayList<>();
        for (JsonNode call : node.path("tool_calls")) {
            JsonNode function = call.path("function");
            String toolName = function.isObject() ? function.path("name").asText("") : call.path("name").asText("");
            JsonNode args = function.isObject() ? function.get("arguments") : call.has("arguments")
                    ? call.get("arguments") : call.get("args");
            calls.add(new ToolInvocation(call.path("id").asText(""), toolName, arguments(args)));
        }
        String toolCallId = node.path("tool_call_id").asText("");
        String text = role.equals("tool") ? toolText(node.get("content")) : content(node.get("content"));
        return new MessageDraft(role, role.equals("tool") ? "" : name, text, calls, toolCallId,
                role.equals("tool") ? recorded(node.get("content")) : "");
    }

    /**
     * An OpenTelemetry GenAI message ({@code role}, {@code parts} of type text, tool_call,
     * tool_call_response, reasoning…, {@code name}). A message holding several tool responses becomes
     * one tool message per response.
     */
    public static List<MessageDraft> genAi(JsonNode node, String where) throws RecordException {
        if (node == null || !node.isObject()) {
            throw RecordException.expected("a message object" + where, JsonFields.describe(node));
        }
        String rawRole = node.path("role").asText("");
        String role = role(rawRole);
        String name = node.path("name").asText("");
        if (role.isEmpty()) {
            role = "assistant";
            name = name.isEmpty() ? rawRole : name;
        }
        List<String> texts = new ArrayList<>();
        List<ToolInvocation> calls = new ArrayList<>();
        List<MessageDraft> responses = new ArrayList<>();
        for (JsonNode part : node.path("parts")) {
            String type = part.path("type").asText("");
            switch (type) {
                case "text" -> texts.add(part.path("content").asText(""));
                case "tool_call" -> calls.add(new ToolInvocation(part.path("id").asText("").strip(),
                        part.path("name").asText(""), arguments(part.get("arguments"))));
                case "tool_call_response" -> responses.add(toolResult("",
                        part.has("response") ? part.get("response") : part.get("result"), "",
                        part.path("id").asText("").strip()));
                default -> {
                    // reasoning, blobs, files, uris and provider-executed tools are not context text
                }
            }
        }
        List<MessageDraft> out = new ArrayList<>();
        if (!texts.isEmpty() || !calls.isEmpty() || responses.isEmpty()) {
            out.add(new MessageDraft(role, role.equals("tool") ? "" : name, String.join("\n", texts), calls, ""));
        }
        out.addAll(responses);
        return out;
    }

    /**
     * A Vercel AI SDK model message ({@code role}, {@code content} string or parts of type text,
     * tool-call {toolCallId, toolName, input|args}, tool-result {toolCallId, output|result}).
     */
    public static List<MessageDraft> vercel(JsonNode node, String where) throws RecordException {
        if (node == null || !node.isObject()) {
            throw RecordException.expected("a message object" + where, JsonFields.describe(node));
        }
        String role = role(node.path("role").asText(""));
        if (role.isEmpty()) {
            throw RecordException.expected("role system, user, assistant or tool" + where,
                    JsonFields.describe(node.get("role")));
        }
        JsonNode content = node.get("content");
        if (content == null || !content.isArray()) {
            return List.of(new MessageDraft(role, "", content(content), List.of(), ""));
        }
        List<String> texts = new ArrayList<>();
        List<ToolInvocation> calls = new ArrayList<>();
        List<MessageDraft> results = new ArrayList<>();
        for (JsonNode part : content) {
            switch (part.path("type").asText("")) {
                case "text" -> texts.add(part.path("text").asText(""));
                case "tool-call" -> calls.add(new ToolInvocation(part.path("toolCallId").asText(""),
                        part.path("toolName").asText(""), arguments(part.has("input") ? part.get("input")
                        : part.get("args"))));
                case "tool-result" -> {
                    JsonNode output = part.has("output") ? part.get("output") : part.get("result");
                    if (output != null && output.isObject() && output.has("type") && output.has("value")) {
                        output = output.get("value");
                    }
                    results.add(toolResult("", output, "", part.path("toolCallId").asText("")));
                }
                default -> {
                    // reasoning, files and images are not context text
                }
            }
        }
        List<MessageDraft> out = new ArrayList<>();
        if (!texts.isEmpty() || !calls.isEmpty() || results.isEmpty()) {
            out.add(new MessageDraft(role, "", String.join("\n", texts), calls, ""));
        }
        out.addAll(results);
        return out;
    }

    /**
     * A LangChain message: serialized ({@code {"lc":1,"type":"constructor","id":[…,"HumanMessage"],
     * "kwargs":{…}}}), a plain dict ({@code {"type":"human","content":…}} or {@code {"role":…}}),
     * or a {@code [role, content]} pair.
     */
    public static MessageDraft langChain(JsonNode node, String where) throws RecordException {
        if (node != null && node.isArray() && node.size() == 2 && node.get(0).isTextual()) {
            String role = role(node.get(0).asText());
            return new MessageDraft(role.isEmpty() ? "user" : role, "", content(node.get(1)), List.of(), "");
        }
        if (node == null || !node.isObject()) {
            throw RecordException.expected("a LangChain message" + where, JsonFields.describe(node));
        }
        JsonNode fields = node;
        String kind = "";
        if (node.path("lc").isInt() && node.path("kwargs").isObject()) {
            fields = node.get("kwargs");
            JsonNode id = node.path("id");
            kind = id.isArray() && id.size() > 0 ? id.get(id.size() - 1).asText("") : "";
        } else if (node.has("role") && !node.has("type")) {
            return openAi(node, where);
        }
        String type = fields.path("type").asText("");
        String role = switch (kind) {
            case "HumanMessage", "HumanMessageChunk" -> "user";
            case "AIMessage", "AIMessageChunk" -> "assistant";
            case "SystemMessage" -> "system";
            case "ToolMessage", "FunctionMessage" -> "tool";
            case "ChatMessage" -> role(fields.path("role").asText(""));
            default -> role(type.isEmpty() ? fields.path("role").asText("") : type);
        };
        if (role.isEmpty()) {
            throw RecordException.expected("a human, ai, system or tool message" + where,
                    kind.isEmpty() ? "type " + JsonFields.describe(fields.get("type")) : kind);
        }
        List<ToolInvocation> calls = new ArrayList<>();
        for (JsonNode call : fields.path("tool_calls")) {
            JsonNode function = call.path("function");
            calls.add(new ToolInvocation(call.path("id").asText(""),
                    function.isObject() ? function.path("name").asText("") : call.path("name").asText(""),
                    arguments(function.isObject() ? function.get("arguments") : call.get("args"))));
        }
        if (calls.isEmpty()) {
            for (JsonNode call : fields.path("additional_kwargs").path("tool_calls")) {
                calls.add(new ToolInvocation(call.path("id").asText(""), call.path("function").path("name").asText(""),
                        arguments(call.path("function").get("arguments"))));
            }
        }
        String text = role.equals("tool") ? toolText(fields.get("content")) : content(fields.get("content"));
        return new MessageDraft(role, role.equals("tool") ? "" : fields.path("name").asText(""), text, calls,
                fields.path("tool_call_id").asText(""), role.equals("tool") ? recorded(fields.get("content")) : "");
    }

    /** A plain system message holding instructions given as text or a list of text parts. */
    public static MessageDraft system(JsonNode instructions) {
        return new MessageDraft("system", "", content(instructions), List.of(), "");
    }

    static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }
}
