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
 * @param verbatim   the content as the trace holds it, where {@code text} is a normal form of it (tool
 *                   output as canonical JSON); empty when the two are the same
 */
public record MessageDraft(String role, String name, String text, List<ToolInvocation> toolCalls, String toolCallId,
                           String verbatim) {

    public MessageDraft {
        role = role == null ? "" : role;
        name = name == null ? "" : name;
        text = text == null ? "" : text;
        toolCalls = List.copyOf(toolCalls);
        toolCallId = toolCallId == null ? "" : toolCallId;
        verbatim = verbatim == null || verbatim.equals(text) ? "" : verbatim;
    }

    /** A draft whose content is recorded as its text. */
    public MessageDraft(String role, String name, String text, List<ToolInvocation> toolCalls, String toolCallId) {
        this(role, name, text, toolCalls, toolCallId, "");
    }

    /** The content as the trace holds it. */
    public String recordedText() {
        return verbatim.isEmpty() ? text : verbatim;
    }

    public static MessageDraft of(String role, String text) {
        return new MessageDraft(role, "", text, List.of(), "");
    }
}
