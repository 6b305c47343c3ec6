package dev.coroner.ingest.langgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed values of a checkpointer, decoded without instantiating anything. */
class ValueDecoderTest {

    private final List<String> notes = new ArrayList<>();
    private final ValueDecoder decoder = new ValueDecoder(notes);

    private static JsonNode json(String text) throws IOException {
        return TraceJson.mapper().readTree(text);
    }

    private JsonNode decode(String type, String text) {
        return decoder.decode(type, text.getBytes(StandardCharsets.UTF_8), "value");
    }

    @Test
    void langChainConstructorEnvelopeBecomesItsClassAndArguments() throws IOException {
        // As LangGraph JS writes a message (JsonPlusSerializer, "json").
        JsonNode message = decode("json", """
                [{"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],
                  "kwargs":{"content":"","tool_calls":[{"id":"call_1","name":"search","args":{"q":"x"}}],"id":"a-1"}}]""");

        assertEquals(json("""
                [{"$type":"langchain_core.messages.AIMessage","content":"",
                  "tool_calls":[{"id":"call_1","name":"search","args":{"q":"x"}}],"id":"a-1"}]"""), message);
    }

    @Test
    void versionTwoEnvelopesKeepMethodAndArguments() throws IOException {
        JsonNode value = decode("json", """
                {"when":{"lc":2,"type":"constructor","id":["datetime","datetime"],"method":"fromisoformat",
                         "args":["2024-08-20T15:00:00+00:00"]},
                 "gone":{"lc":2,"type":"undefined"},
                 "key":{"lc":1,"type":"secret","id":["OPENAI_API_KEY"]},
                 "span":{"lc":2,"type":"constructor","id":["datetime","timedelta"],"args":[0,30,0]}}""");

        assertEquals(json("""
                {"when":{"$type":"datetime.datetime","$method":"fromisoformat","$value":"2024-08-20T15:00:00+00:00"},
                 "gone":null,
                 "key":{"$type":"secret","$value":"OPENAI_API_KEY"},
                 "span":{"$type":"datetime.timedelta","$args":[0,30,0]}}"""), value);
    }

    @Test
    void picklesAreNeverLoaded() throws IOException {
        JsonNode value = decoder.decode("pickle", new byte[] {(byte) 0x80, 4, 0x2e}, "write summary");

        assertEquals(json("{\"$type\":\"opaque\",\"encoding\":\"pickle\",\"size\":3}"), value);
        assertEquals(List.of("write summary: a \"pickle\" value (3 bytes); coroner does not decode pickles"
                + " (loading one runs code)"), notes);
    }

    @Test
    void bytesNullAndEmptyTypes() throws IOException {
        assertEquals(json("{\"$type\":\"bytes\",\"size\":2}"), decoder.decode("bytes", new byte[2], "v"));
        assertEquals(json("null"), decoder.decode("null", new byte[0], "v"));
        assertEquals(json("null"), decoder.decode("empty", null, "v"));
        assertEquals(List.of(), notes);
    }

    @Test
    void badJsonIsOpaqueWithTheParserMessage() {
        JsonNode value = decode("json", "{\"a\": ");

        assertEquals("opaque", value.path("$type").asText());
        assertEquals(1, notes.size());
        assertEquals("value: not valid JSON (6 bytes): ", notes.get(0).substring(0, 33));
    }
}
