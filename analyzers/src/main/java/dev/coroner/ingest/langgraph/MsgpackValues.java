package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.List;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * Decodes msgpack written by LangGraph's Python {@code JsonPlusSerializer} into plain JSON trees,
 * structurally: nothing is instantiated, class names are kept as data. Each LangGraph extension
 * type (whose data is itself msgpack of an array) becomes an object with a {@code "$type"} of
 * {@code module.Class}:
 *
 * <ul>
 *   <li>0 constructor with one argument ({@code [module, class, arg]}: UUID, set, Enum…):
 *       {@code {"$type", "$value"}};</li>
 *   <li>1 constructor with positional arguments (date, timedelta, {@code Send}…): {@code {"$type", "$args"}};</li>
 *   <li>2 constructor with keyword arguments (dataclass, namedtuple…): {@code {"$type", ...fields}};</li>
 *   <li>3 method with one argument (datetime): {@code {"$type", "$method", "$value"}};</li>
 *   <li>4 and 5 pydantic v1 and v2 models (LangChain messages): {@code {"$type", ...fields}};</li>
 *   <li>6 numpy array: {@code {"$type": "numpy.ndarray", dtype, shape, order, size}} (the buffer is not copied);</li>
 *   <li>7 delta snapshot: {@code {"$type": "langgraph.DeltaSnapshot", "$value"}};</li>
 *   <li>-1 msgpack timestamp: {@code {"$type": "msgpack.timestamp", "$value": ISO-8601}}.</li>
 * </ul>
 *
 * Anything else, or a payload of the wrong shape, becomes an opaque node
 * ({@code {"$type": "opaque", "encoding", "size"}}) and a note; corrupt or truncated bytes end the
 * value with an opaque node and a note. Never throws on bad input.
 */
final class MsgpackValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> notes;

    /** @param notes where "where: why" notes about undecodable parts are added */
    MsgpackValues(List<String> notes) {
        this.notes = notes;
    }

    /** Decodes one msgpack value; {@code where} names it in notes. */
    JsonNode decode(byte[] bytes, String where) {
        try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(bytes)) {
            JsonNode value = read(unpacker, where, "", 0);
            if (unpacker.hasNext()) {
                notes.add(where + ": " + (bytes.length - unpacker.getTotalReadBytes())
                        + " bytes after the msgpack value were ignored");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            notes.add(where + ": corrupt or truncated msgpack (" + bytes.length + " bytes): " + reason(e));
            return opaque("msgpack", bytes.length);
        }
    }

    private JsonNode read(MessageUnpacker in, String where, String path, int depth) throws IOException {
        if (depth > TraceJson.MAX_NESTING_DEPTH) {
            throw new IOException("nesting deeper than " + TraceJson.MAX_NESTING_DEPTH);
        }
        MessageFormat format = in.getNextFormat();
        switch (format.getValueType()) {
            case NIL -> {
                in.unpackNil();
                return JSON.nullNode();
            }
            case BOOLEAN -> {
                return JSON.booleanNode(in.unpackBoolean());
            }
            case INTEGER -> {
                if (format == MessageFormat.UINT64) {
                    return JSON.numberNode(in.unpackBigInteger());
                }
                long value = in.unpackLong();
                // As Jackson reads JSON: int-sized numbers as ints, so equal values compare equal.
                return value == (int) value ? JSON.numberNode((int) value) : JSON.numberNode(value);
            }
            case FLOAT -> {
                return JSON.numberNode(in.unpackDouble());
            }
            case STRING -> {
                int length = in.unpackRawStringHeader();
                if (length > TraceJson.MAX_STRING_LENGTH) {
                    throw new IOException("a string of " + length + " bytes exceeds the read limit");
                }
                return JSON.textNode(new String(in.readPayload(length), java.nio.charset.StandardCharsets.UTF_8));
            }
            case BINARY -> {
                int length = in.unpackBinaryHeader();
                in.readPayload(length);
                ObjectNode bytes = JSON.objectNode();
                bytes.put("$type", "bytes");
                bytes.put("size", length);
                return bytes;
            }
            case ARRAY -> {
                int size = in.unpackArrayHeader();
                ArrayNode array = JSON.arrayNode();
                for (int i = 0; i < size; i++) {
                    array.add(read(in, where, path + "[" + i + "]", depth + 1));
                }
                return array;
            }
            case MAP -> {
                int size = in.unpackMapHeader();
                ObjectNode object = JSON.objectNode();
                for (int i = 0; i < size; i++) {
                    JsonNode key = read(in, where, path, depth + 1);
                    String name = key.isTextual() ? key.asText() : key.toString();
                    object.set(name, read(in, where, path.isEmpty() ? name : path + "." + name, depth + 1));
                }
                return object;
            }
            case EXTENSION -> {
                ExtensionTypeHeader header = in.unpackExtensionTypeHeader();
                if (header.getType() == -1) {
                    ObjectNode time = JSON.objectNode();
                    time.put("$type", "msgpack.timestamp");
                    time.put("$value", in.unpackTimestamp(header).toString());
                    return time;
                }
                byte[] data = in.readPayload(header.getLength());
                return extension(header.getType(), data, where, path, depth);
            }
            default -> throw new IOException("unknown msgpack format " + format);
        }
    }

    private JsonNode extension(int code, byte[] data, String where, String path, int depth) throws IOException {
        if (code < 0 || code > 7) {
            notes.add(at(where, path) + ": unknown msgpack extension type " + code + " (" + data.length + " bytes)");
            return opaque("msgpack ext " + code, data.length);
        }
        JsonNode payload;
        try (MessageUnpacker inner = MessagePack.newDefaultUnpacker(data)) {
            payload = read(inner, where, path, depth + 1);
        } catch (IOException | RuntimeException e) {
            notes.add(at(where, path) + ": corrupt payload of msgpack extension type " + code + " (" + data.length + " bytes): "
                    + reason(e));
            return opaque("msgpack ext " + code, data.length);
        }
        if (code == 7) {
            ObjectNode snapshot = JSON.objectNode();
            snapshot.put("$type", "langgraph.DeltaSnapshot");
            snapshot.set("$value", payload);
            return snapshot;
        }
        if (code == 6) {
            if (!payload.isArray() || payload.size() < 4) {
                return badShape(code, data.length, at(where, path), "[dtype, shape, order, buffer]");
            }
            ObjectNode array = JSON.objectNode();
            array.put("$type", "numpy.ndarray");
            array.set("dtype", payload.get(0));
            array.set("shape", payload.get(1));
            array.set("order", payload.get(2));
            array.put("size", payload.get(3).path("size").asInt(0));
            return array;
        }
        int arity = code == 3 ? 4 : 3;
        if (!payload.isArray() || payload.size() < arity || !payload.get(0).isTextual() || !payload.get(1).isTextual()) {
            return badShape(code, data.length, at(where, path), "[module, class, …]");
        }
        ObjectNode out = JSON.objectNode();
        out.put("$type", payload.get(0).asText() + "." + payload.get(1).asText());
        JsonNode body = payload.get(2);
        switch (code) {
            case 0 -> out.set("$value", body);
            case 1 -> out.set("$args", body);
            case 3 -> {
                out.set("$method", payload.get(3));
                out.set("$value", body);
            }
            default -> {
                if (!body.isObject()) {
                    return badShape(code, data.length, at(where, path), "[module, class, {fields}]");
                }
                out.setAll((ObjectNode) body);
            }
        }
        return out;
    }

    private JsonNode badShape(int code, int size, String where, String expected) {
        notes.add(where + ": msgpack extension type " + code + " does not hold " + expected + " (" + size + " bytes)");
        return opaque("msgpack ext " + code, size);
    }

    private static String at(String where, String path) {
        return path.isEmpty() ? where : where + " at " + path;
    }

    static ObjectNode opaque(String encoding, int size) {
        ObjectNode node = JSON.objectNode();
        node.put("$type", "opaque");
        node.put("encoding", encoding);
        node.put("size", size);
        return node;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
