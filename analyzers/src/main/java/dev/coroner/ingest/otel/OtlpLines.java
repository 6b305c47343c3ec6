package dev.coroner.ingest.otel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one line of an OTLP/JSON file-exporter file ({@code {"resourceSpans":[…]}}) with Jackson's
 * token API straight into {@link OtlpSpan}s, without the tree of the whole line that
 * {@link OtlpJson#spans} walks. It gives exactly what the tree reading gives — the same spans, attribute
 * values of the same JSON node types, the same problems in the same order — for the shape that
 * exporters write: camelCase keys, resource before scope spans, scope before its spans, string ids,
 * attributes as lists of {@code {key, value}}. Anything else (snake_case keys, log records, keys in
 * another order, a value of an unexpected JSON type, a line the parser rejects) makes it give up on the
 * line, and the caller reads the line as a tree as before, which also reports any problem with it.
 *
 * <p>Only an {@code AnyValue} that is not a single string, boolean or number is read as a small tree and
 * handed to {@link OtlpJson#value}.
 */
final class OtlpLines {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The one-field {@code AnyValue}s read from their token without a tree. */
    private static final Set<String> SCALAR_KINDS = Set.of("stringValue", "boolValue", "intValue", "doubleValue",
            "bytesValue");

    private OtlpLines() {
    }

    /** A decoded line: its spans and span problems, in the order the tree reading gives them. */
    record Decoded(List<Object> items) {
    }

    /**
     * The spans ({@link OtlpSpan}) and problems ({@link RecordException}) of one line in input order, or
     * null when this reader does not take the line (the tree reading does it then).
     *
     * @throws IOException when the parser rejects the line; the tree reading reports it
     */
    static Decoded decode(String line, SourceRef at) throws IOException {
        // A string this long cannot be in a shorter line; the parser checks the limit only on the
        // strings it keeps, and the tree reading keeps them all.
        if (line.length() > TraceJson.MAX_STRING_LENGTH) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        try (JsonParser p = TraceJson.parser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean spans = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("resourceSpans")) {
                    if (value != JsonToken.START_ARRAY) {
                        return null;
                    }
                    spans = true;
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        if (e != JsonToken.START_OBJECT || !resourceSpans(p, at, items)) {
                            return null;
                        }
                    }
                } else if (name.startsWith("resource")) {
                    return null; // resource_spans, resourceLogs, resource_logs: read as a tree
                } else {
                    p.skipChildren(); // the tree reading hands other fields on, and the importer ignores them
                }
            }
            if (!spans || p.nextToken() != null) {
                return null; // no spans to stream, or trailing tokens the tree reading rejects
            }
        }
        return new Decoded(items);
    }

    /** One {@code ResourceSpans} object, the parser on its start; false to give up on the line. */
    private static boolean resourceSpans(JsonParser p, SourceRef at, List<Object> out) throws IOException {
        Map<String, JsonNode> resource = new LinkedHashMap<>();
        boolean scopes = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!plain(name)) {
                return false;
            }
            if (name.equals("resource")) {
                if (scopes || value != JsonToken.START_OBJECT || !resource(p, resource)) {
                    return false;
                }
            } else if (name.equals("scopeSpans")) {
                if (value != JsonToken.START_ARRAY) {
                    return false;
                }
                scopes = true;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e != JsonToken.START_OBJECT || !scopeSpans(p, resource, at, out)) {
                        return false;
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return true;
    }

    private static boolean resource(JsonParser p, Map<String, JsonNode> into) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!plain(name)) {
                return false;
            }
            if (name.equals("attributes")) {
                if (value != JsonToken.START_ARRAY || !attributes(p, into)) {
                    return false;
                }
            } else {
                p.skipChildren();
            }
        }
        return true;
    }

    private static boolean scopeSpans(JsonParser p, Map<String, JsonNode> resource, SourceRef at, List<Object> out)
            throws IOException {
        String scope = "";
        boolean spans = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!plain(name)) {
                return false;
            }
            if (name.equals("scope")) {
                if (spans || value != JsonToken.START_OBJECT) {
                    return false;
                }
                scope = scopeName(p);
                if (scope == null) {
                    return false;
                }
            } else if (name.equals("spans")) {
                if (value != JsonToken.START_ARRAY) {
                    return false;
                }
                spans = true;
                int index = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e != JsonToken.START_OBJECT || !span(p, resource, scope, at, index, out)) {
                        return false;
                    }
                    index++;
                }
            } else {
                p.skipChildren();
            }
        }
        return true;
    }

    /** The scope's name ("" when it has none), or null to give up. */
    private static String scopeName(JsonParser p) throws IOException {
        String scope = "";
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("name")) {
                if (value != JsonToken.VALUE_STRING) {
                    return null;
                }
                scope = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return scope;
    }

    /** One span object; adds the span, or the problem the tree reading reports for it. */
    private static boolean span(JsonParser p, Map<String, JsonNode> resource, String scope, SourceRef at, int index,
                                List<Object> out) throws IOException {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        int kind = 0;
        long start = 0;
        long end = 0;
        int status = 0;
        String statusMessage = "";
        long dropped = 0;
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        List<OtlpSpan.OtlpEvent> events = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!plain(field)) {
                return false;
            }
            switch (field) {
                case "traceId", "spanId", "parentSpanId", "name" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return false;
                    }
                    String text = p.getText();
                    switch (field) {
                        case "traceId" -> traceId = text;
                        case "spanId" -> spanId = text;
                        case "parentSpanId" -> parentSpanId = text;
                        default -> name = text;
                    }
                }
                case "kind" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        kind = p.getIntValue();
                    } else if (value == JsonToken.VALUE_STRING) {
                        kind = OtlpJson.kind(p.getText());
                    } else {
                        return false;
                    }
                }
                case "startTimeUnixNano", "endTimeUnixNano" -> {
                    Long nanos = nanos(p, value);
                    if (nanos == null) {
                        return false;
                    }
                    if (field.equals("startTimeUnixNano")) {
                        start = nanos;
                    } else {
                        end = nanos;
                    }
                }
                case "droppedAttributesCount", "droppedEventsCount" -> {
                    if (!integral(p, value)) {
                        return false;
                    }
                    dropped += p.getLongValue();
                }
                case "status" -> {
                    if (value != JsonToken.START_OBJECT) {
                        return false;
                    }
                    for (JsonToken s = p.nextToken(); s == JsonToken.FIELD_NAME; s = p.nextToken()) {
                        String statusField = p.currentName();
                        JsonToken statusValue = p.nextToken();
                        if (!plain(statusField)) {
                            return false;
                        }
                        if (statusField.equals("code")) {
                            if (statusValue == JsonToken.VALUE_NUMBER_INT
                                    && p.getNumberType() == JsonParser.NumberType.INT) {
                                status = p.getIntValue();
                            } else if (statusValue == JsonToken.VALUE_STRING) {
                                status = OtlpJson.statusCode(p.getText());
                            } else {
                                return false;
                            }
                        } else if (statusField.equals("message")) {
                            if (statusValue != JsonToken.VALUE_STRING) {
                                return false;
                            }
                            statusMessage = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                case "attributes" -> {
                    if (value != JsonToken.START_ARRAY || !attributes(p, attributes)) {
                        return false;
                    }
                }
                case "events" -> {
                    if (value != JsonToken.START_ARRAY) {
                        return false;
                    }
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        OtlpSpan.OtlpEvent event = e == JsonToken.START_OBJECT ? event(p) : null;
                        if (event == null) {
                            return false;
                        }
                        events.add(event);
                    }
                }
                default -> p.skipChildren();
            }
        }
        spanId = OtlpJson.id(spanId);
        if (spanId.isEmpty()) {
            out.add(RecordException.expected("a span with \"spanId\"", "none (span " + index + " of its scope)"));
            return true;
        }
        out.add(new OtlpSpan(OtlpJson.id(traceId), spanId, OtlpJson.id(parentSpanId), name, kind, start, end, status,
                statusMessage, attributes, events, resource, scope, dropped, at.withLocator("span " + spanId)));
        return true;
    }

    /** A span event, or null to give up. */
    private static OtlpSpan.OtlpEvent event(JsonParser p) throws IOException {
        String name = "";
        long time = 0;
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (!plain(field)) {
                return null;
            }
            switch (field) {
                case "name" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    name = p.getText();
                }
                case "timeUnixNano" -> {
                    Long nanos = nanos(p, value);
                    if (nanos == null) {
                        return null;
                    }
                    time = nanos;
                }
                case "attributes" -> {
                    if (value != JsonToken.START_ARRAY || !attributes(p, attributes)) {
                        return null;
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new OtlpSpan.OtlpEvent(name, time, attributes, MissingNode.getInstance());
    }

    /** A list of {@code {key, value}} into {@code into}, as {@link OtlpJson#attributes} reads it; false to give up. */
    private static boolean attributes(JsonParser p, Map<String, JsonNode> into) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            String key = "";
            JsonNode value = MissingNode.getInstance();
            for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("key")) {
                    if (v != JsonToken.VALUE_STRING) {
                        return false;
                    }
                    key = p.getText();
                } else if (field.equals("value")) {
                    value = anyValue(p, v);
                } else {
                    p.skipChildren();
                }
            }
            into.put(key.intern(), value);
        }
        return true;
    }

    /** An {@code AnyValue} at token {@code t} as {@link OtlpJson#value} makes it of its tree. */
    private static JsonNode anyValue(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return MissingNode.getInstance();
        }
        if (t != JsonToken.START_OBJECT) {
            return TraceJson.readValue(p); // not typed: value() returns the node itself
        }
        JsonToken f = p.nextToken();
        if (f != JsonToken.FIELD_NAME) {
            return MissingNode.getInstance(); // {}: no kind
        }
        String kind = p.currentName();
        JsonToken v = p.nextToken();
        if (SCALAR_KINDS.contains(kind) && v.isScalarValue()) {
            JsonNode scalar = scalar(p, v);
            JsonToken next = p.nextToken();
            if (next == JsonToken.END_OBJECT) {
                return OtlpJson.typed(kind, scalar);
            }
            return OtlpJson.value(rest(p, next, NODES.objectNode().set(kind, scalar)));
        }
        ObjectNode tree = NODES.objectNode();
        tree.set(kind, TraceJson.readValue(p));
        return OtlpJson.value(rest(p, p.nextToken(), tree));
    }

    /** The remaining fields of an object, from token {@code t} on, as trees into {@code tree}. */
    private static ObjectNode rest(JsonParser p, JsonToken t, ObjectNode tree) throws IOException {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            tree.set(name, TraceJson.readValue(p));
        }
        return tree;
    }

    /** A scalar token as the node the tree reading makes of it. */
    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> TextNode.valueOf(p.getText());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> TraceJson.readValue(p); // numbers: the deserializer picks int, long, big or double
        };
    }

    /** Unix nanoseconds as {@code OtlpJson.nanos} reads them, or null to give up. */
    private static Long nanos(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(p.getText());
            } catch (NumberFormatException e) {
                return 0L;
            }
        }
        return integral(p, t) ? p.getLongValue() : null;
    }

    private static boolean integral(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NUMBER_INT && (p.getNumberType() == JsonParser.NumberType.INT
                || p.getNumberType() == JsonParser.NumberType.LONG);
    }

    /**
     * A camelCase key of the current OTLP spelling. The tree reading also accepts snake_case and the
     * old {@code instrumentationLibrary…} names, and prefers one spelling when both are present; such
     * objects are left to it.
     */
    private static boolean plain(String name) {
        return name.indexOf('_') < 0 && !name.startsWith("instrumentationLibrary");
    }
}
