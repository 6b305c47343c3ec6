package dev.coroner.ingest.spill;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import dev.coroner.trace.Document;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.NodeStep;
import dev.coroner.trace.Outcome;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A session as Jackson Smile (binary JSON) and back, for sessions spilled to a temporary file. The
 * round trip is exact: every field, every {@link SourceRef}, and the Java type of every JSON node (an
 * OTLP integer attribute is a {@code LongNode} even when it is small, a Python decimal a
 * {@code DecimalNode}), so a session read back gives the same findings as the one written.
 *
 * <p>Records are written as arrays of their components in declaration order. A JSON node is written as
 * Smile writes it, except where Smile would not give the same node type back (a long that fits in an
 * int, a big integer that fits in a long, a missing node, a Java null, a short): those are written as a
 * one-field object whose name starts with {@code U+0000}, and an object of the trace whose first field
 * name starts with it is wrapped the same way, so the two cannot be confused.
 */
public final class SessionCodec {

    private static final String TAG = "\u0000";
    private static final String LONG = TAG + "long";
    private static final String BIG_INTEGER = TAG + "bigint";
    private static final String SHORT = TAG + "short";
    private static final String MISSING = TAG + "missing";
    private static final String NULL_REFERENCE = TAG + "null";
    private static final String OBJECT = TAG + "object";

    private static final SmileFactory SMILE = SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(4 * TraceJson.MAX_NESTING_DEPTH + 16)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SessionCodec() {
    }

    /** The session as Smile bytes. */
    public static byte[] encode(Session session) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = SMILE.createGenerator(bytes)) {
            writeSession(out, session);
        }
        return bytes.toByteArray();
    }

    /** The session that {@link #encode} wrote. */
    public static Session decode(byte[] bytes) throws IOException {
        try (JsonParser in = SMILE.createParser(bytes)) {
            in.nextToken();
            return readSession(in);
        }
    }

    /** Writes one record of another kind (a spilled span) with this codec's settings and node tags. */
    public interface RecordWriter<R> {
        void write(JsonGenerator out, R record) throws IOException;
    }

    /** Reads back one record that a {@link RecordWriter} wrote; the parser is on its first token. */
    public interface RecordReader<R> {
        R read(JsonParser in) throws IOException;
    }

    /** A record as Smile bytes, its JSON values tagged as a session's are. */
    public static <R> byte[] encode(R record, RecordWriter<R> writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator out = SMILE.createGenerator(bytes)) {
            writer.write(out, record);
        }
        return bytes.toByteArray();
    }

    /** The record that {@link #encode(Object, RecordWriter)} wrote. */
    public static <R> R decode(byte[] bytes, RecordReader<R> reader) throws IOException {
        try (JsonParser in = SMILE.createParser(bytes)) {
            in.nextToken();
            return reader.read(in);
        }
    }

    /** Writes a JSON value so that {@link #readValue} gives back the same node types. */
    public static void writeValue(JsonGenerator out, JsonNode node) throws IOException {
        writeNode(out, node);
    }

    /** The next value, as {@link #writeValue} wrote it. */
    public static JsonNode readValue(JsonParser in) throws IOException {
        in.nextToken();
        return node(in);
    }

    /** Writes attributes (name, value, …) in their iteration order. */
    public static void writeAttributeMap(JsonGenerator out, Map<String, JsonNode> attributes) throws IOException {
        writeAttributes(out, attributes);
    }

    /** The next attributes, as {@link #writeAttributeMap} wrote them, in their order. */
    public static Map<String, JsonNode> readAttributeMap(JsonParser in) throws IOException {
        return attributes(in);
    }

    public static void writeSourceRef(JsonGenerator out, SourceRef source) throws IOException {
        writeSource(out, source);
    }

    public static SourceRef readSourceRef(JsonParser in) throws IOException {
        return source(in);
    }

    /** The next string (null as written). */
    public static String readString(JsonParser in) throws IOException {
        return string(in);
    }

    /** The next integer number. */
    public static long readLong(JsonParser in) throws IOException {
        in.nextToken();
        return in.getLongValue();
    }

    /** Checks that the record's array ends here. */
    public static void readEnd(JsonParser in) throws IOException {
        end(in);
    }

    /** The next integer number, as an int. */
    public static int readInt(JsonParser in) throws IOException {
        return integer(in);
    }

    /** Checks that an array starts here. */
    public static void readStart(JsonParser in) throws IOException {
        start(in);
    }

    /** Checks that the parser is on the token a record written here is on (its START_ARRAY). */
    public static void expectAt(JsonParser in, JsonToken token) throws IOException {
        expect(in, token);
    }

    // ---- writing ----

    private static void writeSession(JsonGenerator out, Session s) throws IOException {
        out.writeStartArray();
        out.writeString(s.id());
        out.writeString(s.principal());
        out.writeString(s.outcome().name());
        out.writeString(s.failure());
        writeSource(out, s.source());
        out.writeStartArray();
        for (Step step : s.steps()) {
            writeStep(out, step);
        }
        out.writeEndArray();
        out.writeStartArray();
        for (Message m : s.messages()) {
            writeMessage(out, m);
        }
        out.writeEndArray();
        writeAttributes(out, s.attributes());
        out.writeStartArray();
        for (Map.Entry<Integer, String> change : s.principalChanges().entrySet()) {
            out.writeNumber(change.getKey());
            out.writeString(change.getValue());
        }
        out.writeEndArray();
        out.writeEndArray();
    }

    private static void writeSource(JsonGenerator out, SourceRef source) throws IOException {
        out.writeStartArray();
        out.writeString(source.file());
        out.writeNumber(source.line());
        out.writeString(source.locator());
        out.writeEndArray();
    }

    private static void writeMessage(JsonGenerator out, Message m) throws IOException {
        out.writeStartArray();
        out.writeNumber(m.id());
        out.writeString(m.role());
        out.writeString(m.name());
        out.writeString(m.text());
        out.writeStartArray();
        for (ToolInvocation call : m.toolCalls()) {
            out.writeStartArray();
            out.writeString(call.id());
            out.writeString(call.name());
            writeNode(out, call.arguments());
            out.writeEndArray();
        }
        out.writeEndArray();
        out.writeString(m.toolCallId());
        out.writeString(m.digest());
        out.writeNumber(m.introducedAt());
        out.writeString(m.verbatim());
        out.writeEndArray();
    }

    private static void writeStep(JsonGenerator out, Step step) throws IOException {
        out.writeStartArray();
        out.writeString(step.kind());
        out.writeNumber(step.index());
        writeSource(out, step.source());
        out.writeString(step.agent());
        if (step instanceof MessageStep m) {
            out.writeNumber(m.message());
        } else if (step instanceof ModelCall c) {
            out.writeString(c.model());
            writeInts(out, c.context());
            out.writeBoolean(c.inputRecorded());
            if (c.output().isPresent()) {
                out.writeNumber(c.output().getAsInt());
            } else {
                out.writeNull();
            }
            out.writeString(c.error());
            if (c.tools().isPresent()) {
                out.writeStartArray();
                for (ToolDefinition tool : c.tools().get()) {
                    out.writeStartArray();
                    out.writeString(tool.name());
                    out.writeString(tool.description());
                    writeNode(out, tool.parameters());
                    out.writeEndArray();
                }
                out.writeEndArray();
            } else {
                out.writeNull();
            }
            out.writeStartArray();
            for (Map.Entry<Integer, String> v : c.verbatim().entrySet()) {
                out.writeNumber(v.getKey());
                out.writeString(v.getValue());
            }
            out.writeEndArray();
        } else if (step instanceof ToolCall c) {
            out.writeString(c.callId());
            out.writeString(c.tool());
            writeNode(out, c.arguments());
        } else if (step instanceof ToolResult r) {
            out.writeString(r.callId());
            out.writeString(r.tool());
            out.writeNumber(r.message());
            out.writeBoolean(r.flaggedError());
        } else if (step instanceof Retrieval r) {
            out.writeString(r.query());
            out.writeString(r.store());
            out.writeStartArray();
            for (Document d : r.documents()) {
                out.writeStartArray();
                out.writeString(d.id());
                out.writeString(d.content());
                if (d.score() != null && d.score().isPresent()) {
                    out.writeNumber(d.score().getAsDouble());
                } else {
                    out.writeNull();
                }
                writeNode(out, d.metadata());
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeString(r.error());
        } else if (step instanceof StateSnapshot s) {
            out.writeString(s.namespace());
            writeNode(out, s.state());
            out.writeString(s.version());
            out.writeStartArray();
            for (String path : s.deleted()) {
                out.writeString(path);
            }
            out.writeEndArray();
        } else if (step instanceof Handoff h) {
            out.writeString(h.from());
            out.writeString(h.to());
            writeNode(out, h.payload());
            writeInts(out, h.messages());
        } else if (step instanceof NodeStep n) {
            out.writeString(n.name());
            out.writeString(n.type());
            out.writeBoolean(n.failed());
            out.writeString(n.error());
        }
        writeAttributes(out, step.attributes());
        out.writeEndArray();
    }

    private static void writeInts(JsonGenerator out, List<Integer> values) throws IOException {
        out.writeStartArray();
        for (Integer value : values) {
            out.writeNumber(value);
        }
        out.writeEndArray();
    }

    private static void writeAttributes(JsonGenerator out, Map<String, JsonNode> attributes) throws IOException {
        out.writeStartArray();
        for (Map.Entry<String, JsonNode> entry : attributes.entrySet()) {
            out.writeString(entry.getKey());
            writeNode(out, entry.getValue());
        }
        out.writeEndArray();
    }

    private static void writeNode(JsonGenerator out, JsonNode node) throws IOException {
        if (node == null) {
            tagged(out, NULL_REFERENCE).writeNull();
            out.writeEndObject();
            return;
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                Iterator<String> names = node.fieldNames();
                boolean wrap = names.hasNext() && names.next().startsWith(TAG);
                if (wrap) {
                    tagged(out, OBJECT);
                }
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    writeNode(out, field.getValue());
                }
                out.writeEndObject();
                if (wrap) {
                    out.writeEndObject();
                }
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    writeNode(out, element);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case BINARY -> out.writeBinary(node.binaryValue());
            case MISSING -> {
                tagged(out, MISSING).writeNull();
                out.writeEndObject();
            }
            case NUMBER -> writeNumber(out, node);
            default -> throw new IOException("a JSON node of type " + node.getClass().getSimpleName()
                    + " cannot be spilled");
        }
    }

    private static void writeNumber(JsonGenerator out, JsonNode node) throws IOException {
        if (node instanceof IntNode) {
            out.writeNumber(node.intValue());
        } else if (node instanceof LongNode) {
            tagged(out, LONG).writeNumber(node.longValue());
            out.writeEndObject();
        } else if (node instanceof BigIntegerNode) {
            tagged(out, BIG_INTEGER).writeString(node.bigIntegerValue().toString());
            out.writeEndObject();
        } else if (node instanceof ShortNode) {
            tagged(out, SHORT).writeNumber(node.shortValue());
            out.writeEndObject();
        } else if (node instanceof DoubleNode) {
            out.writeNumber(node.doubleValue());
        } else if (node instanceof FloatNode) {
            out.writeNumber(node.floatValue());
        } else if (node instanceof DecimalNode) {
            out.writeNumber(node.decimalValue());
        } else {
            throw new IOException("a JSON number of type " + node.getClass().getSimpleName() + " cannot be spilled");
        }
    }

    private static JsonGenerator tagged(JsonGenerator out, String tag) throws IOException {
        out.writeStartObject();
        out.writeFieldName(tag);
        return out;
    }

    // ---- reading ----

    private static Session readSession(JsonParser in) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        String id = string(in);
        String principal = string(in);
        Outcome outcome = Outcome.valueOf(string(in));
        String failure = string(in);
        SourceRef source = source(in);
        List<Step> steps = new ArrayList<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            steps.add(step(in));
        }
        List<Message> messages = new ArrayList<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            messages.add(message(in));
        }
        Map<String, JsonNode> attributes = attributes(in);
        TreeMap<Integer, String> principalChanges = new TreeMap<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            int at = in.getIntValue();
            principalChanges.put(at, string(in));
        }
        end(in);
        return new Session(id, principal, outcome, failure, source, steps, messages, attributes, principalChanges);
    }

    private static SourceRef source(JsonParser in) throws IOException {
        start(in);
        String file = string(in);
        in.nextToken();
        long line = in.getLongValue();
        String locator = string(in);
        end(in);
        return new SourceRef(file, line, locator);
    }

    private static Message message(JsonParser in) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        int id = integer(in);
        String role = string(in);
        String name = string(in);
        String text = string(in);
        List<ToolInvocation> calls = new ArrayList<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            expect(in, JsonToken.START_ARRAY);
            String callId = string(in);
            String callName = string(in);
            in.nextToken();
            JsonNode arguments = node(in);
            end(in);
            calls.add(new ToolInvocation(callId, callName, arguments));
        }
        String toolCallId = string(in);
        String digest = string(in);
        int introducedAt = integer(in);
        String verbatim = string(in);
        end(in);
        return new Message(id, role, name, text, calls, toolCallId, digest, introducedAt, verbatim);
    }

    private static Step step(JsonParser in) throws IOException {
        expect(in, JsonToken.START_ARRAY);
        String kind = string(in);
        int index = integer(in);
        SourceRef source = source(in);
        String agent = string(in);
        Step step = switch (kind) {
            case "message" -> {
                int message = integer(in);
                yield new MessageStep(index, source, agent, message, attributes(in));
            }
            case "model_call" -> {
                String model = string(in);
                List<Integer> context = ints(in);
                boolean inputRecorded = bool(in);
                in.nextToken();
                OptionalInt output = in.currentToken() == JsonToken.VALUE_NULL ? OptionalInt.empty()
                        : OptionalInt.of(in.getIntValue());
                String error = string(in);
                Optional<List<ToolDefinition>> tools = Optional.empty();
                in.nextToken();
                if (in.currentToken() != JsonToken.VALUE_NULL) {
                    expect(in, JsonToken.START_ARRAY);
                    List<ToolDefinition> list = new ArrayList<>();
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        expect(in, JsonToken.START_ARRAY);
                        String name = string(in);
                        String description = string(in);
                        in.nextToken();
                        JsonNode parameters = node(in);
                        end(in);
                        list.add(new ToolDefinition(name, description, parameters));
                    }
                    tools = Optional.of(list);
                }
                Map<Integer, String> verbatim = new LinkedHashMap<>();
                start(in);
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    int position = in.getIntValue();
                    verbatim.put(position, string(in));
                }
                yield new ModelCall(index, source, agent, model, context, inputRecorded, output, error,
                        attributes(in), tools, verbatim);
            }
            case "tool_call" -> {
                String callId = string(in);
                String tool = string(in);
                in.nextToken();
                JsonNode arguments = node(in);
                yield new ToolCall(index, source, agent, callId, tool, arguments, attributes(in));
            }
            case "tool_result" -> {
                String callId = string(in);
                String tool = string(in);
                int message = integer(in);
                boolean flagged = bool(in);
                yield new ToolResult(index, source, agent, callId, tool, message, flagged, attributes(in));
            }
            case "retrieval" -> {
                String query = string(in);
                String store = string(in);
                List<Document> documents = new ArrayList<>();
                start(in);
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    expect(in, JsonToken.START_ARRAY);
                    String id = string(in);
                    String content = string(in);
                    in.nextToken();
                    OptionalDouble score = in.currentToken() == JsonToken.VALUE_NULL ? OptionalDouble.empty()
                            : OptionalDouble.of(in.getDoubleValue());
                    in.nextToken();
                    JsonNode metadata = node(in);
                    end(in);
                    documents.add(new Document(id, content, score, metadata));
                }
                String error = string(in);
                yield new Retrieval(index, source, agent, query, store, documents, error, attributes(in));
            }
            case "state" -> {
                String namespace = string(in);
                in.nextToken();
                JsonNode state = node(in);
                String version = string(in);
                List<String> deleted = new ArrayList<>();
                start(in);
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    deleted.add(in.getText());
                }
                yield new StateSnapshot(index, source, agent, namespace, state, version, deleted, attributes(in));
            }
            case "handoff" -> {
                String from = string(in);
                String to = string(in);
                in.nextToken();
                JsonNode payload = node(in);
                List<Integer> messages = ints(in);
                yield new Handoff(index, source, agent, from, to, payload, messages, attributes(in));
            }
            case "step" -> {
                String name = string(in);
                String type = string(in);
                boolean failed = bool(in);
                String error = string(in);
                yield new NodeStep(index, source, agent, name, type, failed, error, attributes(in));
            }
            default -> throw new IOException("unknown step kind in a spill file: " + kind);
        };
        end(in);
        return step;
    }

    private static Map<String, JsonNode> attributes(JsonParser in) throws IOException {
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            String name = in.getText();
            in.nextToken();
            attributes.put(name, node(in));
        }
        return attributes;
    }

    private static List<Integer> ints(JsonParser in) throws IOException {
        List<Integer> values = new ArrayList<>();
        start(in);
        while (in.nextToken() != JsonToken.END_ARRAY) {
            values.add(in.getIntValue());
        }
        return values;
    }

    /** The node at the current token; the parser is left on its last token. */
    private static JsonNode node(JsonParser in) throws IOException {
        return switch (in.currentToken()) {
            case START_OBJECT -> {
                in.nextToken();
                if (in.currentToken() == JsonToken.FIELD_NAME && in.currentName().startsWith(TAG)) {
                    String tag = in.currentName();
                    in.nextToken();
                    JsonNode value = switch (tag) {
                        case LONG -> LongNode.valueOf(in.getLongValue());
                        case BIG_INTEGER -> BigIntegerNode.valueOf(new java.math.BigInteger(in.getText()));
                        case SHORT -> ShortNode.valueOf(in.getShortValue());
                        case MISSING -> MissingNode.getInstance();
                        case NULL_REFERENCE -> null;
                        case OBJECT -> {
                            in.nextToken();
                            yield fields(in);
                        }
                        default -> throw new IOException("unknown tag in a spill file");
                    };
                    expect(in.nextToken(), JsonToken.END_OBJECT);
                    yield value;
                }
                yield fields(in);
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(in));
                }
                yield array;
            }
            case VALUE_STRING -> TextNode.valueOf(in.getText());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            case VALUE_EMBEDDED_OBJECT -> BinaryNode.valueOf(in.getBinaryValue());
            case VALUE_NUMBER_INT -> IntNode.valueOf(in.getIntValue());
            case VALUE_NUMBER_FLOAT -> switch (in.getNumberType()) {
                case FLOAT -> FloatNode.valueOf(in.getFloatValue());
                case BIG_DECIMAL -> DecimalNode.valueOf(in.getDecimalValue());
                default -> DoubleNode.valueOf(in.getDoubleValue());
            };
            default -> throw new IOException("unexpected " + in.currentToken() + " in a spill file");
        };
    }

    /** The fields of an object, from its first field name (or its end) on; the parser is left on its end. */
    private static ObjectNode fields(JsonParser in) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (in.currentToken() != JsonToken.END_OBJECT) {
            String name = in.currentName();
            in.nextToken();
            object.set(name, node(in));
            in.nextToken();
        }
        return object;
    }

    private static String string(JsonParser in) throws IOException {
        JsonToken token = in.nextToken();
        return token == JsonToken.VALUE_NULL ? null : in.getText();
    }

    private static int integer(JsonParser in) throws IOException {
        in.nextToken();
        return in.getIntValue();
    }

    private static boolean bool(JsonParser in) throws IOException {
        in.nextToken();
        return in.getBooleanValue();
    }

    private static void start(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.START_ARRAY);
    }

    private static void end(JsonParser in) throws IOException {
        expect(in.nextToken(), JsonToken.END_ARRAY);
    }

    private static void expect(JsonParser in, JsonToken token) throws IOException {
        expect(in.currentToken(), token);
    }

    private static void expect(JsonToken found, JsonToken token) throws IOException {
        if (found != token) {
            throw new IOException("a spill file is not as written: expected " + token + ", found " + found);
        }
    }
}
