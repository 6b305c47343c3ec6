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
public final class ChatTranscriptImporter implements TraceImporter {

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
    public void read(TraceInput input, ImportContext context) throws IOException {
        BufferedReader reader = input.reader();
        reader.mark(LineReader.MAX_LINE_CHARS + 2);
        LineReader probe = new LineReader(reader);
        LineReader.Line first = probe.next();
        while (first != null && !first.tooLong() && first.text().isBlank()) {
            first = probe.next();
        }
        boolean jsonl = first != null && !first.tooLong() && TraceJson.tryParse(first.text()) != null
                && TraceJson.tryParse(first.text()).isObject();
        reader.reset();
        String fileName = input.name().substring(input.name().lastIndexOf('/') + 1);
        if (jsonl) {
            readLines(reader, input.name(), fileName, context);
        } else {
            readDocument(reader, input.name(), fileName, context);
        }
    }

    /** One conversation per line. */
    private static void readLines(BufferedReader reader, String file, String fileName, ImportContext context)
            throws IOException {
        LineReader.forEachLine(reader, file, context, (text, at) -> {
            JsonNode record;
            try {
                record = TraceJson.mapper().readTree(text);
            } catch (JsonProcessingException e) {
                throw RecordException.expected("a JSON object (one conversation per line)", "malformed JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
            ConversationReader.read(record, at, fileName + ":" + at.line(), context);
        });
    }

    /**
     * A JSON document: a conversation object, a message array, or an array of conversations,
     * streamed so that an array of many conversations is read one at a time.
     */
    private static void readDocument(BufferedReader reader, String file, String fileName, ImportContext context)
            throws IOException {
        try (JsonParser parser = TraceJson.mapper().createParser(reader)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                context.problem(SourceRef.line(file, 1), "expected a conversation, found an empty file");
                return;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.START_OBJECT) {
                JsonNode record = TraceJson.readValue(parser);
                readOne(record, SourceRef.line(file, line), fileName, context);
            } else if (token == JsonToken.START_ARRAY) {
                readArray(parser, file, fileName, context);
            } else {
                context.problem(SourceRef.line(file, line), "expected a conversation (a JSON object or array), found "
                        + parser.getText());
                return;
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                context.problem(SourceRef.line(file, parser.currentTokenLocation().getLineNr()),
                        "expected the end of the document, found more JSON (use one conversation per line for JSONL)");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            context.problem(SourceRef.line(file, line), "expected well-formed JSON, found: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static void readArray(JsonParser parser, String file, String fileName, ImportContext context)
            throws IOException {
        long arrayLine = parser.currentTokenLocation().getLineNr();
        ArrayNode messages = null;
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode element = TraceJson.readValue(parser);
            if (messages == null && isConversation(element)) {
                readOne(element, SourceRef.line(file, line), fileName + "[" + index + "]", context);
            } else if (element.isObject() && element.has("role")) {
                if (messages == null) {
                    messages = TraceJson.mapper().createArrayNode();
                }
                messages.add(element);
            } else {
                context.problem(SourceRef.line(file, line).withLocator("[" + index + "]"),
                        "expected a message (an object with \"role\") or a conversation, found "
                                + dev.coroner.ingest.JsonFields.describe(element));
            }
            index++;
        }
        if (messages != null) {
            readOne(messages, SourceRef.line(file, arrayLine), fileName, context);
        }
    }

    private static void readOne(JsonNode record, SourceRef at, String fallbackId, ImportContext context) {
        try {
            ConversationReader.read(record, at, fallbackId, context);
        } catch (RecordException e) {
            context.problem(at, e.getMessage());
        }
    }
}
