package dev.coroner.trace;

import java.util.List;

/**
 * One distinct message of a session, interned by content. Contexts of model calls refer to
 * messages by {@link #id()}; {@link #introducedAt()} is the step that first brought the message
 * into the session (its provenance).
 *
 * @param id           index in {@link Session#messages()}
 * @param role         system, developer, user, assistant or tool
 * @param name         speaker name, or empty
 * @param text         the text content (text parts joined with newlines), or empty
 * @param toolCalls    tool calls requested by an assistant message
 * @param toolCallId   on tool messages, the call answered; otherwise empty
 * @param digest       content hash used for interning
 * @param introducedAt index of the step that first introduced this message
 * @param verbatim     the content as the trace first held it, where {@code text} is a normal form of it
 *                     (tool output as canonical JSON, so that an output and its echo intern to one
 *                     message); empty when the two are the same
 */
public record Message(int id, String role, String name, String text, List<ToolInvocation> toolCalls,
                      String toolCallId, String digest, int introducedAt, String verbatim) {

    public Message {
        toolCalls = List.copyOf(toolCalls);
        verbatim = verbatim == null ? "" : verbatim;
    }

    /** The content as the trace first held it: what a report shows as the message. */
    public String recordedText() {
        return verbatim.isEmpty() ? text : verbatim;
    }

    public boolean isTool() {
        return "tool".equals(role);
    }

    public boolean isUser() {
        return "user".equals(role);
    }

    public boolean isSystem() {
        return "system".equals(role) || "developer".equals(role);
    }

    /** Hash of the role and text alone: equal for the same content whatever call it answered. */
    public String contentDigest() {
        return Sha256.hex(role + "\u0000" + text);
    }
}
