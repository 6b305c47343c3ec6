package dev.coroner.ingest.otel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coroner.ingest.JsonFields;
import dev.coroner.ingest.RecordException;
import dev.coroner.trace.SourceRef;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Decodes OTLP/JSON: {@code resourceSpans → scopeSpans → spans} and {@code resourceLogs → scopeLogs →
 * logRecords}, in the protobuf-JSON camelCase the specification requires and in the snake_case some
 * exporters write ({@code resource_spans}, {@code string_value}; Phoenix's OTLP endpoint). Attribute
 * values in the typed {@code AnyValue} form become plain JSON; int64 values may be strings or
 * numbers; ids may be hex, base64 or {@code 0x}-prefixed hex. Very old files with
 * {@code instrumentationLibrarySpans} are read too.
 */
public final class OtlpJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OtlpJson() {
    }

    /** True when the object is an OTLP traces or logs request (either key spelling). */
    public static boolean isRequest(JsonNode node) {
        return node.isObject() && (node.has("resourceSpans") || node.has("resource_spans")
                || node.has("resourceLogs") || node.has("resource_logs"));
    }

    /** Reads the spans of one {@code ResourceSpans} element. */
    public static void spans(JsonNode resourceSpans, SourceRef at, BiConsumer<OtlpSpan, RecordException> out) {
        Map<String, JsonNode> resource = attributes(field(resourceSpans.path("resource"), "attributes"));
        JsonNode scopes = field(resourceSpans, "scopeSpans");
        if (scopes.isMissingNode()) {
            scopes = field(resourceSpans, "instrumentationLibrarySpans");
        }
        for (JsonNode scopeSpans : scopes) {
            JsonNode scope = field(scopeSpans, "scope");
            if (scope.isMissingNode()) {
                scope = field(scopeSpans, "instrumentationLibrary");
            }
            String scopeName = scope.path("name").asText("");
            int i = 0;
            for (JsonNode span : field(scopeSpans, "spans")) {
                try {
                    out.accept(span(span, resource, scopeName, at, i), null);
                } catch (RecordException e) {
                    out.accept(null, e);
                }
                i++;
            }
        }
    }

    /** Reads the log records of one {@code ResourceLogs} element as events keyed by span. */
    public static void logs(JsonNode resourceLogs, BiConsumer<String, OtlpSpan.OtlpEvent> out) {
        for (JsonNode scopeLogs : field(resourceLogs, "scopeLogs")) {
            for (JsonNode record : field(scopeLogs, "logRecords")) {
                Map<String, JsonNode> attributes = attributes(field(record, "attributes"));
                String name = field(record, "eventName").asText("");
                if (name.isEmpty() && attributes.containsKey("event.name")) {
                    name = attributes.get("event.name").asText("");
                }
                String spanId = id(field(record, "spanId").asText(""));
                long time = nanos(field(record, "timeUnixNano"));
                if (time == 0) {
                    time = nanos(field(record, "observedTimeUnixNano"));
                }
                out.accept(spanId, new OtlpSpan.OtlpEvent(name, time, attributes, value(field(record, "body"))));
            }
        }
    }

    private static OtlpSpan span(JsonNode span, Map<String, JsonNode> resource, String scope, SourceRef at, int index)
            throws RecordException {
        if (!span.isObject()) {
            throw RecordException.expected("a span object", JsonFields.describe(span));
        }
        String traceId = id(field(span, "traceId").asText(""));
        String spanId = id(field(span, "spanId").asText(""));
        if (spanId.isEmpty()) {
            throw RecordException.expected("a span with \"spanId\"", "none (span " + index + " of its scope)");
        }
        List<OtlpSpan.OtlpEvent> events = new ArrayList<>();
        for (JsonNode event : field(span, "events")) {
            events.add(new OtlpSpan.OtlpEvent(event.path("name").asText(""), nanos(field(event, "timeUnixNano")),
                    attributes(field(event, "attributes")), MissingNode.getInstance()));
        }
        JsonNode status = field(span, "status");
        long dropped = field(span, "droppedAttributesCount").asLong(0) + field(span, "droppedEventsCount").asLong(0);
        return new OtlpSpan(traceId, spanId, id(field(span, "parentSpanId").asText("")), span.path("name").asText(""),
                kind(span.get("kind")), nanos(field(span, "startTimeUnixNano")), nanos(field(span, "endTimeUnixNano")),
                statusCode(field(status, "code")), status.path("message").asText(""),
                attributes(field(span, "attributes")), events, resource, scope, dropped,
                at.withLocator("span " + spanId));
    }

    /** A field in camelCase or its snake_case spelling. */
    static JsonNode field(JsonNode node, String camel) {
        JsonNode value = node.get(camel);
        if (value != null) {
            return value;
        }
        value = node.get(snake(camel));
        return value == null ? MissingNode.getInstance() : value;
    }

    /** snake_case spellings of the camelCase names looked up, made once: a miss is the common case. */
    private static final java.util.concurrent.ConcurrentMap<String, String> SNAKE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String snake(String camel) {
        return SNAKE.computeIfAbsent(camel, OtlpJson::toSnake);
    }

    private static String toSnake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A list of {@code {key, value: AnyValue}} as a map of plain JSON values, in file order. */
    public static Map<String, JsonNode> attributes(JsonNode keyValues) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (keyValues.isObject()) {
            keyValues.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
        for (JsonNode kv : keyValues) {
            // Keys are JSON values here, not field names, so the parser does not share their strings as
            // it does field names'; a dump repeats the same few keys on every span.
            out.put(kv.path("key").asText("").intern(), value(kv.path("value")));
        }
        return out;
    }

    /** The kinds of an {@code AnyValue}, in the order {@link #value} looks for them. */
    static final List<String> VALUE_KINDS = List.of("stringValue", "boolValue", "intValue", "doubleValue",
            "bytesValue", "arrayValue", "kvlistValue");

    /** An {@code AnyValue} as plain JSON. */
    public static JsonNode value(JsonNode any) {
        if (any == null || any.isMissingNode() || any.isNull()) {
            return MissingNode.getInstance();
        }
        if (!any.isObject()) {
            return any;
        }
        for (String kind : VALUE_KINDS) {
            JsonNode v = field(any, kind);
            if (v != MissingNode.getInstance()) {
                return typed(kind, v);
            }
        }
        return MissingNode.getInstance();
    }

    /** The value {@code v} of an {@code AnyValue}'s field {@code kind} (camelCase, one of {@link #VALUE_KINDS}) as plain JSON. */
    static JsonNode typed(String kind, JsonNode v) {
        switch (kind) {
            case "stringValue", "bytesValue":
                return v;
            case "boolValue":
                return v.isBoolean() ? v : NODES.booleanNode(Boolean.parseBoolean(v.asText()));
            case "intValue":
                if (v.isIntegralNumber()) {
                    return v;
                }
                try {
                    return NODES.numberNode(Long.parseLong(v.asText()));
                } catch (NumberFormatException e) {
                    return v;
                }
            case "doubleValue":
                return v.isNumber() ? v : NODES.textNode(v.asText());
            case "arrayValue": {
                ArrayNode array = NODES.arrayNode();
                for (JsonNode item : field(v, "values")) {
                    array.add(value(item));
                }
                return array;
            }
            case "kvlistValue": {
                ObjectNode object = NODES.objectNode();
                attributes(field(v, "values")).forEach(object::set);
                return object;
            }
            default:
                throw new IllegalArgumentException("not an AnyValue kind: " + kind);
        }
    }

    /** An id as lower-case hex: hex as is, {@code 0x…} stripped, base64 decoded. */
    public static String id(String raw) {
        String s = raw.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || (s.length() == 32 || s.length() == 16) && hex(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(s);
            if (bytes.length == 16 || bytes.length == 8) {
                return HexFormat.of().formatHex(bytes);
            }
        } catch (IllegalArgumentException e) {
            // not base64 either: keep it as written
        }
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** True when every character is a hex digit ({@code [0-9a-fA-F]+}); called on every span's ids. */
    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static long nanos(JsonNode value) {
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText("0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int kind(JsonNode value) {
        if (value == null) {
            return 0;
        }
        if (value.isInt()) {
            return value.asInt();
        }
        return kind(value.asText(""));
    }

    /** A span kind written as its enum name ({@code SPAN_KIND_CLIENT}, {@code SpanKind.CLIENT}, {@code CLIENT}). */
    static int kind(String text) {
        return switch (text.replace("SPAN_KIND_", "").replace("SpanKind.", "")) {
            case "INTERNAL" -> 1;
            case "SERVER" -> 2;
            case "CLIENT" -> 3;
            case "PRODUCER" -> 4;
            case "CONSUMER" -> 5;
            default -> 0;
        };
    }

    private static int statusCode(JsonNode value) {
        if (value.isInt()) {
            return value.asInt();
        }
        return statusCode(value.asText(""));
    }

    /** A status code written as its enum name ({@code STATUS_CODE_ERROR}, {@code OK}). */
    static int statusCode(String text) {
        return text.endsWith("ERROR") ? 2 : text.endsWith("OK") ? 1 : 0;
    }
}
