package dev.coroner.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the two JSON layouts exports come in, one record at a time: JSON Lines (one value per
 * line, each parsed on its own, a bad line becomes a problem and the next is read) and whole
 * documents (pretty-printed or not, possibly several in a row), which are read with Jackson's
 * streaming parser so that a large top-level array, or a named array field of a top-level object
 * ({@code data}, {@code resourceSpans}, {@code observations}…), is handed on element by element
 * instead of as one tree.
 *
 * <p>Records reach the handler as {@code (field, value, at)}: {@code field} is the name of the
 * streamed array an element came from, or the name of another top-level field of a wrapper object
 * that had streamed fields, or empty for a record that is itself a top-level value (or an element of
 * a top-level array).
 */
public final class JsonRecords {

    /** Receives each record; a {@link RecordException} becomes an import problem at {@code at}. */
    public interface Handler {
        void record(String field, JsonNode value, SourceRef at) throws RecordException;
    }

    /**
     * Reads one JSON line straight from its tokens into what the importer would make of its tree (no
     * tree of the line), or declines it. Runs on a parsing helper thread.
     */
    public interface LineDecoder<T> {
        /**
         * What the line holds, or null to have the line read as a tree and handed to the {@link Handler}
         * as usual; an {@link IOException} (the parser rejects the line) does the same, so the tree
         * reading reports the fault exactly as it does without a decoder.
         */
        T decode(String line, SourceRef at) throws IOException;
    }

    /** Receives what a {@link LineDecoder} made of a line, in input order with the other lines' records. */
    public interface DecodedHandler<T> {
        void decoded(T value, SourceRef at);
    }

    /** Reads one value at the parser's position; more values may follow it in the document. */
    private static final com.fasterxml.jackson.databind.ObjectReader TREES = TraceJson.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonRecords() {
    }

    /**
     * Reads the whole input.
     *
     * @param streamed names of top-level array fields whose elements are records of their own
     */
    public static void read(TraceInput input, ImportContext context, Set<String> streamed, Handler handler)
            throws IOException {
        read(input, context, streamed, handler, null, null);
    }

    /**
     * Reads the whole input; JSON Lines are offered to {@code decoder} first, and a line it decodes is
     * handed to {@code decoded} instead of being read as a tree. Documents are read as trees.
     *
     * @param streamed names of top-level array fields whose elements are records of their own
     */
    public static <T> void read(TraceInput input, ImportContext context, Set<String> streamed, Handler handler,
                                LineDecoder<T> decoder, DecodedHandler<T> decoded) throws IOException {
        InputStream stream = input.stream();
        boolean lines = looksLikeJsonLines(stream);
        if (lines) {
            readLines(input, context, streamed, new Handlers<>(handler, decoder, decoded));
        } else {
            readDocuments(input, context, streamed, handler);
        }
    }

    /**
     * JSON Lines when the first non-blank line is a complete JSON value on its own; a document that
     * starts with a lone brace, or whose first line does not fit the peek, is read as a document.
     */
    private static boolean looksLikeJsonLines(InputStream stream) throws IOException {
        if (!stream.markSupported()) {
            return false;
        }
        stream.mark(Head.LIMIT);
        byte[] peek = stream.readNBytes(Head.LIMIT);
        stream.reset();
        String text = new String(peek, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return peek.length < Head.LIMIT && TraceJson.tryParse(text.substring(start)) != null;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return TraceJson.tryParse(line) != null;
            }
            start = end + 1;
        }
        return false;
    }

    /** Lines parsed ahead of the one the handler is given, at most. */
    private static final int PARSE_AHEAD = 64;
    /** Characters of the lines parsed ahead, at most: a long line is not held with many others. */
    private static final long PARSE_AHEAD_CHARS = 16L << 20;

    /**
     * JSON Lines: each line is parsed on a helper thread while the lines before it are handed on, and
     * the handler still receives every record, problem and line-level error in input order, on this
     * thread, as a one-by-one read would give them.
     */
    private static <T> void readLines(TraceInput input, ImportContext context, Set<String> streamed,
                                      Handlers<T> handler) throws IOException {
        // As many helpers as cores (at most 4): handing lines on leaves this thread idle most of the time.
        int cores = Runtime.getRuntime().availableProcessors();
        int helpers = Math.min(cores, 4);
        if (cores < 2) {
            LineReader.forEachLine(input.reader(), input.name(), context,
                    (text, at) -> handler.hand(handler.parse(text, at), at, context, streamed));
            return;
        }
        ExecutorService parsers = Executors.newFixedThreadPool(helpers, Futures.helpers("coroner-parse"));
        ArrayDeque<ParsedLine<T>> ahead = new ArrayDeque<>();
        long aheadChars = 0;
        try {
            LineReader lines = new LineReader(input.reader());
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                SourceRef at = SourceRef.line(input.name(), line.number());
                ParsedLine<T> parsed;
                if (line.tooLong()) {
                    parsed = new ParsedLine<>(at, null, "expected a line of at most " + LineReader.MAX_LINE_CHARS
                            + " characters, found " + line.length(), 0);
                } else if (line.text().isBlank()) {
                    continue;
                } else {
                    String text = line.text();
                    parsed = new ParsedLine<>(at, parsers.submit(() -> handler.parse(text, at)), null, text.length());
                }
                ahead.add(parsed);
                aheadChars += parsed.chars();
                while (ahead.size() > PARSE_AHEAD || aheadChars > PARSE_AHEAD_CHARS) {
                    ParsedLine<T> first = ahead.poll();
                    aheadChars -= first.chars();
                    hand(first, context, streamed, handler);
                }
            }
            while (!ahead.isEmpty()) {
                hand(ahead.poll(), context, streamed, handler);
            }
        } catch (IOException e) {
            // Reading failed: the lines read before the failure are handed on, as a one-by-one read gives them.
            while (!ahead.isEmpty()) {
                hand(ahead.poll(), context, streamed, handler);
            }
            throw e;
        } finally {
            parsers.shutdownNow();
        }
    }

    /** A line read: its parse under way, or the problem that stopped it from being parsed. */
    private record ParsedLine<T>(SourceRef at, Future<Parsed<T>> value, String problem, long chars) {
    }

    /** A parsed line: what the decoder made of it, or else its tree. */
    private record Parsed<T>(T decoded, JsonNode tree) {
    }

    /** The handler of trees and, for the lines a decoder takes, the handler of what it made of them. */
    private record Handlers<T>(Handler trees, LineDecoder<T> decoder, DecodedHandler<T> decoded) {

        /** Decodes the line, or reads its tree when there is no decoder or it declines the line. */
        Parsed<T> parse(String text, SourceRef at) throws RecordException {
            if (decoder != null) {
                try {
                    T value = decoder.decode(text, at);
                    if (value != null) {
                        return new Parsed<>(value, null);
                    }
                } catch (IOException e) {
                    // The tree reading below meets the same fault and reports it as it always has.
                }
            }
            return new Parsed<>(null, parseLine(text));
        }

        void hand(Parsed<T> parsed, SourceRef at, ImportContext context, Set<String> streamed) {
            if (parsed.decoded() != null) {
                decoded.decoded(parsed.decoded(), at);
            } else {
                dispatch(parsed.tree(), at, context, streamed, trees);
            }
        }
    }

    private static <T> void hand(ParsedLine<T> line, ImportContext context, Set<String> streamed, Handlers<T> handler)
            throws IOException {
        if (line.problem() != null) {
            context.problem(line.at(), line.problem());
            return;
        }
        Parsed<T> value;
        try {
            value = line.value().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading " + line.at().file());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordException problem) {
                context.problem(line.at(), problem.getMessage());
                return;
            }
            throw Futures.unchecked(e.getCause());
        }
        handler.hand(value, line.at(), context, streamed);
    }

    /** Hands on the records of one line's value. */
    private static void dispatch(JsonNode value, SourceRef at, ImportContext context, Set<String> streamed,
                                 Handler handler) {
        if (value.isArray()) {
            for (JsonNode element : value) {
                deliver(handler, context, "", element, at);
            }
        } else {
            boolean wrapper = false;
            for (String name : streamed) {
                if (value.path(name).isArray()) {
                    wrapper = true;
                }
            }
            if (!wrapper) {
                deliver(handler, context, "", value, at);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (streamed.contains(field.getKey()) && field.getValue().isArray()) {
                    for (JsonNode element : field.getValue()) {
                        deliver(handler, context, field.getKey(), element, at);
                    }
                } else {
                    deliver(handler, context, field.getKey(), field.getValue(), at);
                }
            }
        }
    }

    /** Parses one line; "expected a JSON value, found …" when it is not one. */
    public static JsonNode parseLine(String line) throws RecordException {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            throw RecordException.expected("a JSON object", "'" + (trimmed.length() > 20 ? trimmed.substring(0, 20)
                    + "…" : trimmed) + "'");
        }
        try {
            return TraceJson.mapper().readTree(trimmed);
        } catch (StreamConstraintsException e) {
            throw RecordException.expected("a JSON value within coroner's read limits", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String detail = detail(e);
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw RecordException.expected("a complete JSON value",
                    (column > 0 ? "at column " + column + ": " : "") + detail);
        }
    }

    private static void readDocuments(TraceInput input, ImportContext context, Set<String> streamed,
                                      Handler handler) throws IOException {
        BufferedReader reader = input.reader();
        try (JsonParser parser = TraceJson.mapper().createParser(reader)) {
            // The loader drains the input afterwards for its hash: the parser must not close it.
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                SourceRef at = at(input, parser);
                if (token == JsonToken.START_ARRAY) {
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        SourceRef elementAt = at(input, parser);
                        deliver(handler, context, "", TREES.readTree(parser), elementAt);
                    }
                } else if (token == JsonToken.START_OBJECT) {
                    readObject(input, parser, context, streamed, handler, at);
                } else {
                    context.problem(at, "expected a JSON object or array, found " + describe(token, parser));
                    return;
                }
            }
        } catch (StreamConstraintsException e) {
            context.problem(SourceRef.line(input.name(), e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "expected a JSON document within coroner's read limits, found " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String detail = detail(e);
            context.problem(SourceRef.line(input.name(), line), "expected a complete JSON document, found " + detail
                    + " (the rest of this input is not read)");
        }
    }

    private static void readObject(TraceInput input, JsonParser parser, ImportContext context, Set<String> streamed,
                                   Handler handler, SourceRef objectAt) throws IOException {
        ObjectNode rest = TraceJson.mapper().createObjectNode();
        boolean sawStreamed = false;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (streamed.contains(name) && value == JsonToken.START_ARRAY) {
                sawStreamed = true;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    SourceRef elementAt = at(input, parser);
                    deliver(handler, context, name, TREES.readTree(parser), elementAt);
                }
            } else {
                JsonNode tree = TREES.readTree(parser);
                rest.set(name, tree);
            }
        }
        if (!sawStreamed) {
            deliver(handler, context, "", rest, objectAt);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rest.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            deliver(handler, context, field.getKey(), field.getValue(), objectAt);
        }
    }

    /** Jackson's message, first line only, without its note on where the enclosing value started. */
    private static String detail(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("").replaceFirst("\\s*\\(start marker at .*$", "");
    }

    private static void deliver(Handler handler, ImportContext context, String field, JsonNode value, SourceRef at) {
        try {
            handler.record(field, value, at);
        } catch (RecordException e) {
            context.problem(at, e.getMessage());
        }
    }

    private static SourceRef at(TraceInput input, JsonParser parser) {
        return SourceRef.line(input.name(), parser.currentTokenLocation().getLineNr());
    }

    private static String describe(JsonToken token, JsonParser parser) throws IOException {
        return token.isScalarValue() ? "'" + parser.getText() + "'" : token.name();
    }
}
