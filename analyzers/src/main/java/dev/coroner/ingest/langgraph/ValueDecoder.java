package dev.coroner.ingest.langgraph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Turns a typed value of a LangGraph checkpointer ({@code (type, bytes)} as {@code dumps_typed}
 * wrote it) into a plain JSON tree, structurally and without instantiating anything:
 *
 * <ul>
 *   <li>{@code json}: parsed with coroner's read limits, and LangChain's serialization envelopes
 *       ({@code {"lc": 1|2, "type": "constructor", "id": [...], ...}}) unwrapped into objects
 *       with a {@code "$type"} (see {@link #plain});</li>
 *   <li>{@code msgpack}: see {@link MsgpackValues};</li>
 *   <li>{@code null} and {@code empty}: null; {@code bytes} and {@code bytearray}: a size;</li>
 *   <li>anything else ({@code pickle}, unknown tags): an opaque node and a note, since coroner never
 *       runs a deserializer that can execute code.</li>
 * </ul>
 *
 * Notes about undecodable parts go to the list given; nothing here throws on bad input.
 */
public final class ValueDecoder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> notes;
    private final MsgpackValues msgpack;

    public ValueDecoder(List<String> notes) {
        this.notes = notes;
        this.msgpack = new MsgpackValues(notes);
    }

    public JsonNode decode(String type, byte[] bytes, String where) {
        if (bytes == null) {
            return JSON.nullNode();
        }
        String tag = type == null || type.isEmpty() ? "json" : type;
        return switch (tag) {
            case "json" -> json(bytes, where);
            case "msgpack" -> plain(msgpack.decode(bytes, where));
            case "null", "empty" -> JSON.nullNode();
            case "bytes", "bytearray" -> {
                ObjectNode node = JSON.objectNode();
                node.put("$type", tag);
                node.put("size", bytes.length);
                yield node;
            }
            default -> {
                notes.add(where + ": a \"" + tag + "\" value (" + bytes.length + " bytes); coroner does not decode "
                        + (tag.equals("pickle") ? "pickles (loading one runs code)" : "this serializer"));
                yield MsgpackValues.opaque(tag, bytes.length);
            }
        };
    }

    /** A JSON column or value: parsed with the read limits, envelopes unwrapped. */
    JsonNode json(byte[] bytes, String where) {
        if (bytes == null) {
            return JSON.nullNode();
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--; // some writers pad JSON text with NUL bytes
        }
        try {
            return plain(TraceJson.mapper().readTree(bytes, 0, end));
        } catch (JsonProcessingException e) {
            notes.add(where + ": not valid JSON (" + bytes.length + " bytes): "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
            return MsgpackValues.opaque("json", bytes.length);
        } catch (IOException e) {
            notes.add(where + ": unreadable JSON (" + bytes.length + " bytes)");
            return MsgpackValues.opaque("json", bytes.length);
        }
    }

    /**
     * Unwraps LangChain serialization envelopes anywhere in a tree:
     * {@code {"lc":1,"type":"constructor","id":[…,"HumanMessage"],"kwargs":{…}}} becomes
     * {@code {"$type":"….HumanMessage", …kwargs}}; an {@code lc: 2} constructor keeps its method
     * and arguments as {@code "$method"}, {@code "$value"} (one argument) or {@code "$args"};
     * {@code undefined} becomes null; a secret keeps only its name.
     */
    static JsonNode plain(JsonNode node) {
        if (node == null) {
            return JSON.nullNode();
        }
        if (node.isArray()) {
            ArrayNode out = JSON.arrayNode();
            node.forEach(child -> out.add(plain(child)));
            return out;
        }
        if (!node.isObject()) {
            return node;
        }
        JsonNode lc = node.get("lc");
        JsonNode type = node.get("type");
        if (lc != null && lc.isInt() && type != null && type.isTextual()) {
            JsonNode unwrapped = envelope(node, type.asText());
            if (unwrapped != null) {
                return unwrapped;
            }
        }
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            out.set(field.getKey(), plain(field.getValue()));
        }
        return out;
    }

    private static JsonNode envelope(JsonNode node, String kind) {
        switch (kind) {
            case "undefined":
                return JSON.nullNode();
            case "delta_snapshot": {
                ObjectNode out = JSON.objectNode();
                out.put("$type", "langgraph.DeltaSnapshot");
                out.set("$value", plain(node.get("value")));
                return out;
            }
            case "secret": {
                ObjectNode out = JSON.objectNode();
                out.put("$type", "secret");
                out.put("$value", className(node.get("id")));
                return out;
            }
            case "not_implemented": {
                ObjectNode out = JSON.objectNode();
                out.put("$type", className(node.get("id")));
                out.set("$repr", node.path("repr"));
                return out;
            }
            case "constructor": {
                String name = className(node.get("id"));
                if (name.isEmpty()) {
                    return null;
                }
                ObjectNode out = JSON.objectNode();
                out.put("$type", name);
                JsonNode method = node.get("method");
                if (method != null && !method.isNull()) {
                    out.set("$method", method);
                }
                JsonNode args = node.get("args");
                if (args != null && args.isArray()) {
                    if (args.size() == 1) {
                        out.set("$value", plain(args.get(0)));
                    } else {
                        out.set("$args", plain(args));
                    }
                }
                JsonNode kwargs = plain(node.get("kwargs"));
                if (kwargs.isObject()) {
                    out.setAll((ObjectNode) kwargs);
                }
                return out;
            }
            default:
                return null;
        }
    }

    private static String className(JsonNode id) {
        if (id == null || !id.isArray() || id.isEmpty()) {
            return "";
        }
        StringBuilder name = new StringBuilder();
        for (JsonNode part : id) {
            if (!part.isTextual()) {
                return "";
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(part.asText());
        }
        return name.toString();
    }
}
