package dev.coroner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A chat message kept inside a state snapshot (a LangGraph {@code messages} channel, a list of
 * OpenAI-style messages), read structurally from the JSON tree.
 *
 * @param key        the message's own id when it has one, otherwise a digest of its content
 * @param role       user, assistant, tool, system, or {@code remove} for a deletion marker
 * @param name       speaker or tool name, or empty
 * @param text       text content (text parts joined with newlines)
 * @param toolCalls  tool calls requested by an assistant message
 * @param toolCallId on tool messages, the call answered
 * @param status     on tool messages, the recorded status ({@code success}, {@code error}), or empty
 * @param model      on assistant messages, the model named in the response metadata, or empty
 */
public record StateMessage(String key, String role, String name, String text, List<ToolInvocation> toolCalls,
                           String toolCallId, String status, String model) {

    public StateMessage {
        toolCalls = List.copyOf(toolCalls);
    }

    /** The message as an importer hands it to {@link SessionBuilder#intern}. */
    public MessageDraft draft() {
        return new MessageDraft(role, name, text, toolCalls, toolCallId);
    }

    /**
     * The message lists of a state: every top-level field whose value is a non-empty array of
     * message objects, by field name.
     */
    public static Map<String, List<StateMessage>> lists(JsonNode state) {
        Map<String, List<StateMessage>> out = new TreeMap<>();
        if (state == null || !state.isObject()) {
            return out;
        }
        state.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (!value.isArray() || value.isEmpty()) {
                return;
            }
            List<StateMessage> messages = new ArrayList<>();
            for (JsonNode item : value) {
                List<StateMessage> read = readAll(item);
                if (read.isEmpty()) {
                    return;
                }
                messages.addAll(read);
            }
            out.put(field.getKey(), messages);
        });
        return out;
    }

    /**
     * The messages one list item holds: one, except an AutoGen tool-result message
     * ({@code FunctionExecutionResultMessage}, {@code ToolCallExecutionEvent}), which carries the
     * results of several parallel calls and is read as one tool message per result so that each
     * answers its own call. Empty when the item is not a message.
     */
    public static List<StateMessage> readAll(JsonNode node) {
        Optional<StateMessage> message = read(node);
        if (message.isEmpty()) {
            return List.of();
        }
        JsonNode results = node.path("content");
        if (!message.get().role().equals("tool") || !AUTOGEN_RESULTS.contains(node.path("type").asText(""))
                || !results.isArray() || results.size() < 2) {
            return List.of(message.get());
        }
        List<StateMessage> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            out.add(new StateMessage(message.get().key() + "#" + i, "tool", result.path("name").asText(""),
                    result.path("content").asText(""), List.of(), result.path("call_id").asText(""),
                    result.path("is_error").asBoolean(false) ? "error" : "", ""));
        }
        return out;
    }

    /** AutoGen's tool-result message types: a list of results each with call_id, content, is_error. */
    private static final java.util.Set<String> AUTOGEN_RESULTS = java.util.Set.of(
            "FunctionExecutionResultMessage", "ToolCallExecutionEvent");

    /**
     * Reads one message object: a LangChain message decoded with its {@code "$type"} (…HumanMessage,
     * AIMessage, ToolMessage, SystemMessage, RemoveMessage…), a LangChain message dict
     * ({@code "type": "human"}, …), an OpenAI-style message ({@code "role"}) or an AutoGen message
     * (an LLM message {@code "type": "UserMessage"}, … or an AgentChat message {@code "type":
     * "TextMessage"}, … with its {@code source}). Empty when the object is not a message.
     */
    public static Optional<StateMessage> read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String role = role(node);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        if (AUTOGEN_TYPES.containsKey(node.path("type").asText(""))) {
            return Optional.of(autoGen(node, role));
        }
        List<ToolInvocation> calls = new ArrayList<>();
        for (JsonNode call : node.path("tool_calls")) {
            JsonNode function = call.path("function");
            String name = call.path("name").isTextual() ? call.path("name").asText() : function.path("name").asText("");
            JsonNode args = call.has("args") ? call.get("args") : function.path("arguments");
            calls.add(new ToolInvocation(call.path("id").asText(""), name,
                    args.isMissingNode() ? MissingNode.getInstance() : args));
        }
        String id = node.path("id").isTextual() ? node.path("id").asText() : "";
        String text = text(node.path("content"));
        String key = !id.isEmpty() ? id : "sha256:" + Sha256.hex(role + "\u0000" + JsonValues.canonical(node));
        String model = node.path("response_metadata").path("model_name").asText(
                node.path("response_metadata").path("model").asText(""));
        return Optional.of(new StateMessage(key, role, node.path("name").isTextual() ? node.path("name").asText() : "",
                text, calls, node.path("tool_call_id").asText(""), node.path("status").asText(""), model));
    }

    /**
     * AutoGen's message types by their {@code type} discriminator (autogen_core.models LLM messages
     * and autogen_agentchat.messages), with the role each plays; {@code "source"} decides for the
     * AgentChat chat messages: the user, or an agent.
     */
    private static final Map<String, String> AUTOGEN_TYPES = Map.ofEntries(
            Map.entry("SystemMessage", "system"), Map.entry("UserMessage", "user"),
            Map.entry("AssistantMessage", "assistant"), Map.entry("FunctionExecutionResultMessage", "tool"),
            Map.entry("ToolCallExecutionEvent", "tool"), Map.entry("ToolCallRequestEvent", "assistant"),
            Map.entry("TextMessage", "source"), Map.entry("MultiModalMessage", "source"),
            Map.entry("StructuredMessage", "source"), Map.entry("StopMessage", "assistant"),
            Map.entry("HandoffMessage", "assistant"), Map.entry("ToolCallSummaryMessage", "assistant"),
            Map.entry("ThoughtEvent", "assistant"), Map.entry("MemoryQueryEvent", "assistant"));

    private static StateMessage autoGen(JsonNode node, String role) {
        String id = node.path("id").isTextual() ? node.path("id").asText() : "";
        String key = !id.isEmpty() ? id : "sha256:" + Sha256.hex(role + "\u0000" + JsonValues.canonical(node));
        JsonNode content = node.path("content");
        List<ToolInvocation> calls = new ArrayList<>();
        String text;
        String callId = "";
        String status = "";
        if (content.isArray() && role.equals("assistant")) {
            for (JsonNode call : content) {
                // FunctionCall {id, arguments (a JSON string), name}
                if (call.path("name").isTextual() && !call.has("call_id")) {
                    calls.add(new ToolInvocation(call.path("id").asText(""), call.path("name").asText(),
                            call.has("arguments") ? call.get("arguments") : MissingNode.getInstance()));
                }
            }
            text = calls.isEmpty() ? text(content) : "";
        } else if (content.isArray() && role.equals("tool")) {
            List<String> parts = new ArrayList<>();
            for (JsonNode result : content) {
                parts.add(result.path("content").asText(""));
                if (callId.isEmpty()) {
                    callId = result.path("call_id").asText("");
                }
                if (result.path("is_error").asBoolean(false)) {
                    status = "error";
                }
            }
            text = String.join("\n", parts);
        } else {
            text = content.isTextual() ? content.asText() : text(content);
        }
        String name = node.path("source").isTextual() ? node.path("source").asText() : "";
        return new StateMessage(key, role, name, text, calls, callId, status, "");
    }

    private static String role(JsonNode node) {
        JsonNode autoGen = node.get("type");
        if (autoGen != null && autoGen.isTextual() && AUTOGEN_TYPES.containsKey(autoGen.asText())
                && node.has("content")) {
            String role = AUTOGEN_TYPES.get(autoGen.asText());
            if (!role.equals("source")) {
                return role;
            }
            return node.path("source").asText("").equalsIgnoreCase("user") ? "user" : "assistant";
        }
        JsonNode type = node.get("$type");
        if (type != null && type.isTextual()) {
            String name = type.asText();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            return switch (simple) {
                case "HumanMessage", "HumanMessageChunk" -> "user";
                case "AIMessage", "AIMessageChunk" -> "assistant";
                case "ToolMessage", "ToolMessageChunk", "FunctionMessage", "FunctionMessageChunk" -> "tool";
                case "SystemMessage", "SystemMessageChunk" -> "system";
                case "RemoveMessage" -> "remove";
                case "ChatMessage", "ChatMessageChunk" -> normalise(node.path("role").asText(""));
                default -> "";
            };
        }
        if (!node.has("content")) {
            return "";
        }
        JsonNode role = node.get("role");
        if (role != null && role.isTextual()) {
            return normalise(role.asText());
        }
        JsonNode kind = node.get("type");
        if (kind != null && kind.isTextual()) {
            return switch (kind.asText()) {
                case "human", "ai", "tool", "system", "remove", "function" -> normalise(kind.asText());
                default -> "";
            };
        }
        return "";
    }

    private static String normalise(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "human", "user" -> "user";
            case "ai", "assistant" -> "assistant";
            case "tool", "function" -> "tool";
            case "system", "developer" -> "system";
            case "remove" -> "remove";
            default -> "";
        };
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            if (part.isTextual()) {
                texts.add(part.asText());
            } else if (part.path("text").isTextual()) {
                texts.add(part.path("text").asText());
            }
        }
        return String.join("\n", texts);
    }
}
