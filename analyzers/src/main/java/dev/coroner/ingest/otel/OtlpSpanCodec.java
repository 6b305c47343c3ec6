package dev.coroner.ingest.otel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.ingest.SpanCodec;
import dev.coroner.ingest.spill.SessionCodec;
import dev.coroner.ingest.spill.SessionSize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@link OtlpSpan} as one Smile record for a span spill file: an array of its components in
 * declaration order, events as arrays, JSON values tagged as {@link SessionCodec} tags them, so the
 * node types come back as read.
 */
public final class OtlpSpanCodec implements SpanCodec<OtlpSpan> {

    public static final OtlpSpanCodec INSTANCE = new OtlpSpanCodec();

    private static final long PER_OBJECT = 48;

    private OtlpSpanCodec() {
    }

    @Override
    public void write(JsonGenerator out, OtlpSpan span) throws IOException {
        out.writeStartArray();
        out.writeString(span.traceId());
        out.writeString(span.spanId());
        out.writeString(span.parentSpanId());
        out.writeString(span.name());
        out.writeNumber(span.kind());
        out.writeNumber(span.startNanos());
        out.writeNumber(span.endNanos());
        out.writeNumber(span.status());
        out.writeString(span.statusMessage());
        SessionCodec.writeAttributeMap(out, span.attributes());
        out.writeStartArray();
        for (OtlpSpan.OtlpEvent event : span.events()) {
            out.writeStartArray();
            out.writeString(event.name());
            out.writeNumber(event.timeNanos());
            SessionCodec.writeAttributeMap(out, event.attributes());
            SessionCodec.writeValue(out, event.body());
            out.writeEndArray();
        }
        out.writeEndArray();
        SessionCodec.writeAttributeMap(out, span.resource());
        out.writeString(span.scope());
        out.writeNumber(span.dropped());
        SessionCodec.writeSourceRef(out, span.at());
        out.writeEndArray();
    }

    @Override
    public OtlpSpan read(JsonParser in) throws IOException {
        if (in.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("a span spill file is not as written");
        }
        String traceId = SessionCodec.readString(in);
        String spanId = SessionCodec.readString(in);
        String parent = SessionCodec.readString(in);
        String name = SessionCodec.readString(in);
        int kind = (int) SessionCodec.readLong(in);
        long start = SessionCodec.readLong(in);
        long end = SessionCodec.readLong(in);
        int status = (int) SessionCodec.readLong(in);
        String statusMessage = SessionCodec.readString(in);
        Map<String, JsonNode> attributes = SessionCodec.readAttributeMap(in);
        List<OtlpSpan.OtlpEvent> events = new ArrayList<>();
        if (in.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("a span spill file is not as written");
        }
        while (in.nextToken() != JsonToken.END_ARRAY) {
            String eventName = SessionCodec.readString(in);
            long time = SessionCodec.readLong(in);
            Map<String, JsonNode> eventAttributes = SessionCodec.readAttributeMap(in);
            JsonNode body = SessionCodec.readValue(in);
            SessionCodec.readEnd(in);
            events.add(new OtlpSpan.OtlpEvent(eventName, time, eventAttributes, body));
        }
        Map<String, JsonNode> resource = SessionCodec.readAttributeMap(in);
        String scope = SessionCodec.readString(in);
        long dropped = SessionCodec.readLong(in);
        var at = SessionCodec.readSourceRef(in);
        SessionCodec.readEnd(in);
        return new OtlpSpan(traceId, spanId, parent, name, kind, start, end, status, statusMessage, attributes,
                events, resource, scope, dropped, at);
    }

    @Override
    public long estimate(OtlpSpan span) {
        long bytes = 3 * PER_OBJECT + text(span.traceId()) + text(span.spanId()) + text(span.parentSpanId())
                + text(span.name()) + text(span.statusMessage()) + text(span.scope())
                + SessionSize.attributes(span.attributes()) + SessionSize.attributes(span.resource());
        for (OtlpSpan.OtlpEvent event : span.events()) {
            bytes += PER_OBJECT + text(event.name()) + SessionSize.attributes(event.attributes())
                    + SessionSize.node(event.body());
        }
        return bytes;
    }

    private static long text(String value) {
        return SessionSize.text(value);
    }
}
