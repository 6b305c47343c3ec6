package dev.coroner.ingest.otel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.SourceRef;
import java.util.List;
import java.util.Map;

/**
 * One span as OTLP/JSON carries it, with typed attribute values already turned into plain JSON
 * ({@code {"intValue":"52"}} → {@code 52}) and ids as lower-case hex.
 *
 * @param traceId      32 hex digits (whatever the file used: hex, base64, {@code 0x…})
 * @param spanId       16 hex digits
 * @param parentSpanId parent's id, or empty for a root
 * @param kind         OTLP span kind number (0 unspecified … 5 consumer)
 * @param startNanos   start, unix nanoseconds
 * @param status       0 unset, 1 ok, 2 error
 * @param attributes   span attributes, flat dotted keys as recorded
 * @param resource     resource attributes (service.name …)
 * @param scope        instrumentation scope name
 * @param dropped      attributes, events or links the producer dropped (its own limits), 0 when none
 * @param at           where the span sits in the input
 */
public record OtlpSpan(String traceId, String spanId, String parentSpanId, String name, int kind, long startNanos,
                       long endNanos, int status, String statusMessage, Map<String, JsonNode> attributes,
                       List<OtlpEvent> events, Map<String, JsonNode> resource, String scope, long dropped,
                       SourceRef at) {

    public OtlpSpan {
        attributes = Map.copyOf(attributes);
        events = List.copyOf(events);
        resource = Map.copyOf(resource);
    }

    /** A text attribute, or empty. */
    public String text(String key) {
        JsonNode value = attributes.get(key);
        return value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    public boolean has(String key) {
        return attributes.containsKey(key);
    }

    public boolean failed() {
        return status == 2;
    }

    /**
     * A span event or a log record attached to a span.
     *
     * @param name       event name ({@code gen_ai.user.message}, {@code exception} …)
     * @param timeNanos  unix nanoseconds
     * @param attributes event attributes
     * @param body       log body (the GenAI event payload), or a missing node for span events
     */
    public record OtlpEvent(String name, long timeNanos, Map<String, JsonNode> attributes, JsonNode body) {
        public OtlpEvent {
            attributes = Map.copyOf(attributes);
        }
    }
}
