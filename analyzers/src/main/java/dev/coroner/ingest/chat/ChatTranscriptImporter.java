package dev.coroner.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.coroner.ingest.FormatCapabilities;
import dev.coroner.ingest.Head;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.LineReader;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.TraceImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads chat transcripts: OpenAI-style message lists ({@code role}, {@code content} as text or
 * parts, {@code tool_calls}, {@code tool_call_id}, {@code name}), multi-agent histories whose
 * roles are speaker names, and user / agent / environment turn lists whose agent turns carry
 * {@code thought} and {@code action}. One conversation per file (a bare message array or a wrapper
 * object with {@code messages}, {@code history}, {@code conversation}, {@code turns} or
 * {@code contents}), an array of such conversations, or one per JSONL line. See
 * {@code docs/formats/chat-transcripts.md} for the mapping; {@link ConversationReader} does it.
 */
public final class ChatTranscriptImporter extends TranscriptImporter {

    public static final String NAME = "chat";

    /** Keys under which a wrapper object holds its messages, in the order they are looked for. */
    static final List<String> MESSAGE_KEYS = List.of("messages", "history", "conversation", "turns", "contents");

    private static final Pattern WRAPPER = Pattern.compile(
            "\"(?:messages|history|conversation|turns|contents)\"\\s*:\\s*\\[");
    private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "chat transcripts: OpenAI-style message lists, multi-agent histories with speaker names, "
                + "user/agent/environment turn lists (JSON or JSONL)";
    }

    @Override
    public FormatCapabilities capabilities() {
        return new FormatCapabilities("the record's id, conversation_id, session_id or thread_id, else the file name"
                + " (with the line for JSONL)",
                List.of("messages in order: system, user, agent turns (speaker names as agents), tool results",
                        "tool calls (OpenAI tool_calls, or an action written as text) and results paired by id",
                        "handoffs where a speaker addresses another (\"Orchestrator (-> WebSurfer)\")",
                        "user id and outcome when the record carries them"),
                List.of("what each model call was actually given: the context is reconstructed as every earlier"
                                + " message", "state between steps, retrievals as such, timing and token usage",
                        "whether a tool call ran, other than by a result following it"));
    }

    @Override
    public boolean recognises(Head head) {
        return transcriptShape(head) && !MagenticOneImporter.looksLike(head) && !Ag2GroupChatImporter.looksLike(head);
    }

    /** A conversation, a message list or a list of conversations, in any transcript dialect. */
    static boolean transcriptShape(Head head) {
        String first = head.firstLine();
        if (first.isEmpty() || (first.charAt(0) != '{' && first.charAt(0) != '[')) {
            return false;
        }
        if (head.firstLineComplete()) {
            JsonNode node = TraceJson.tryParse(first);
            if (node != null) {
                return isConversation(node) || isMessageList(node)
                        || node.isArray() && node.size() > 0 && isConversation(node.get(0));
            }
        }
        String text = head.text();
        return ROLE.matcher(text).find() && (WRAPPER.matcher(text).find() || text.stripLeading().startsWith("["));
    }

    /** An object holding a message list under one of {@link #MESSAGE_KEYS}. */
    static boolean isConversation(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (String key : MESSAGE_KEYS) {
            JsonNode list = node.get(key);
            if (list != null && list.isArray()) {
                return list.isEmpty() || firstMessage(list) != null;
            }
        }
        return false;
    }

    /** An array of message objects (each with a role). */
    static boolean isMessageList(JsonNode node) {
        return node != null && node.isArray() && node.size() > 0 && node.get(0).isObject() && node.get(0).has("role");
    }

    private static JsonNode firstMessage(JsonNode list) {
        JsonNode first = list.get(0);
        if (first != null && first.isArray()) {
            first = first.get(0);
        }
        return first != null && first.isObject() && first.has("role") ? first : null;
    }

    @Override
    void conversation(JsonNode record, SourceRef at, String fallbackId, ImportContext context) throws RecordException {
        ConversationReader.read(record, at, fallbackId, context);
    }
}
