package dev.coroner.ingest.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.coroner.ingest.ImportContext;
import dev.coroner.ingest.LineReader;
import dev.coroner.ingest.RecordException;
import dev.coroner.ingest.StreamImporter;
import dev.coroner.ingest.TraceInput;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The containers every transcript format comes in: one conversation per file (a bare message
 * array or a wrapper object), an array of conversations, or one conversation per JSONL line. A
 * transcript dialect says only how one conversation becomes a session.
 */
abstract class TranscriptImporter implements StreamImporter {

    /** Reads one conversation record; {@code fallbackId} names it when the record carries no id. */
    abstract void conversation(JsonNode record, SourceRef at, String fallbackId, ImportContext context)
            throws RecordException;

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
    private void readLines(BufferedReader reader, String file, String fileName, ImportContext context)
            throws IOException {
        LineReader.forEachLine(reader, file, context, (text, at) -> {
            JsonNode record;
            try {
                record = TraceJson.mapper().readTree(text);
            } catch (JsonProcessingException e) {
                throw RecordException.expected("a JSON object (one conversation per line)", "malformed JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
            conversation(record, at, fileName + ":" + at.line(), context);
        });
    }

    /**
     * A JSON document: a conversation object, a message array, or an array of conversations,
     * streamed so that an array of many conversations is read one at a time.
     */
    private void readDocument(BufferedReader reader, String file, String fileName, ImportContext context)
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

    private void readArray(JsonParser parser, String file, String fileName, ImportContext context)
            throws IOException {
        long arrayLine = parser.currentTokenLocation().getLineNr();
        ArrayNode messages = null;
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode element = TraceJson.readValue(parser);
            if (messages == null && ChatTranscriptImporter.isConversation(element)) {
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

    private void readOne(JsonNode record, SourceRef at, String fallbackId, ImportContext context) {
        try {
            conversation(record, at, fallbackId, context);
        } catch (RecordException e) {
            context.problem(at, e.getMessage());
        }
    }
}
