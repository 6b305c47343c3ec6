package dev.coroner.ingest.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OTLP/JSON decoding: typed values, both key spellings, every id encoding. */
class OtlpJsonTest {

    private static JsonNode json(String text) throws Exception {
        return TraceJson.mapper().readTree(text);
    }

    @Test
    void idsInHexBase64AndZeroXFormAreLowerCaseHex() {
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", OtlpJson.id("4BF92F3577B34DA6A3CE929D0E0E4736"));
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", OtlpJson.id("S/kvNXezTaajzpKdDg5HNg=="));
        assertEquals("00f067aa0ba902b7", OtlpJson.id("APBnqgupArc="));
        assertEquals("00f067aa0ba902b7", OtlpJson.id("0x00f067aa0ba902b7"));
        assertEquals("", OtlpJson.id(""));
    }

    @Test
    void typedValuesBecomePlainJsonInEitherSpelling() throws Exception {
        assertEquals("52", OtlpJson.value(json("{\"intValue\":\"52\"}")).toString());
        assertEquals("52", OtlpJson.value(json("{\"int_value\":52}")).toString());
        assertEquals(json("true"), OtlpJson.value(json("{\"boolValue\":true}")));
        assertEquals(json("0.5"), OtlpJson.value(json("{\"double_value\":0.5}")));
        assertEquals("[\"a\",1]",
                OtlpJson.value(json("{\"arrayValue\":{\"values\":[{\"stringValue\":\"a\"},{\"intValue\":\"1\"}]}}")).toString());
        assertEquals(json("{\"role\":\"user\",\"n\":{\"k\":\"v\"}}"), OtlpJson.value(json("{\"kvlistValue\":{\"values\":["
                + "{\"key\":\"role\",\"value\":{\"stringValue\":\"user\"}},"
                + "{\"key\":\"n\",\"value\":{\"kvlist_value\":{\"values\":[{\"key\":\"k\",\"value\":{\"string_value\":\"v\"}}]}}}]}}")));
    }

    @Test
    void snakeCaseSpansWithEnumNamesAndBase64IdsAreRead() throws Exception {
        JsonNode resourceSpans = json("{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"string_value\":\"svc\"}}]},"
                + "\"scope_spans\":[{\"scope\":{\"name\":\"s\"},\"spans\":[{\"trace_id\":\"S/kvNXezTaajzpKdDg5HNg==\","
                + "\"span_id\":\"APBnqgupArc=\",\"parent_span_id\":\"\",\"name\":\"chat\",\"kind\":\"SPAN_KIND_CLIENT\","
                + "\"start_time_unix_nano\":\"1767225600000000000\",\"dropped_attributes_count\":2,"
                + "\"status\":{\"code\":\"STATUS_CODE_ERROR\",\"message\":\"boom\"},"
                + "\"attributes\":[{\"key\":\"gen_ai.usage.input_tokens\",\"value\":{\"int_value\":\"7\"}}]}]}]}");
        List<OtlpSpan> spans = new ArrayList<>();
        OtlpJson.spans(resourceSpans, SourceRef.line("f", 3), (span, problem) -> spans.add(span));
        OtlpSpan span = spans.get(0);
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", span.traceId());
        assertEquals("00f067aa0ba902b7", span.spanId());
        assertEquals(3, span.kind());
        assertEquals(2, span.status());
        assertEquals("boom", span.statusMessage());
        assertEquals(1767225600000000000L, span.startNanos());
        assertEquals(2, span.dropped());
        assertEquals(7, span.attributes().get("gen_ai.usage.input_tokens").asInt());
        assertEquals("svc", span.resource().get("service.name").asText());
        assertEquals("f:3 (span 00f067aa0ba902b7)", span.at().toString());
    }
}
