package dev.coroner.trace;

import java.util.List;

/**
 * A message as an importer read it, before interning.
 *
 * @param role       system, developer, user, assistant or tool
 * @param name       speaker name, or empty
 * @param text       text content, or empty
 * @param toolCalls  tool calls of an assistant message
 * @param toolCallId the call a tool message answers, or empty
 */
public record MessageDraft(String role, String name, String text, List<ToolInvocation> toolCalls, String toolCallId) {

    public MessageDraft {
        role = role == null ? "" : role;
        name = name == null ? "" : name;
        text = text == null ? "" : text;
        toolCalls = List.copyOf(toolCalls);
        toolCallId = toolCallId == null ? "" : toolCallId;
    }

    public static MessageDraft of(String role, String text) {
        return new MessageDraft(role, "", text, List.of(), "");
    }
}
