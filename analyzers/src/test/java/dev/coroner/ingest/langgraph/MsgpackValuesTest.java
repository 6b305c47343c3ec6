package dev.coroner.ingest.langgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Decoding of LangGraph's Python msgpack encoding. The bytes are written here with msgpack-core
 * following the documented layout: an ext type whose data is msgpack of an array.
 */
class MsgpackValuesTest {

    private final List<String> notes = new ArrayList<>();
    private final MsgpackValues values = new MsgpackValues(notes);

    /** Writes one value; the lambda packs it. */
    private interface Packing {
        void pack(MessageBufferPacker p) throws IOException;
    }

    private static byte[] bytes(Packing packing) throws IOException {
        try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
            packing.pack(p);
            return p.toByteArray();
        }
    }

    private static void ext(MessageBufferPacker p, int code, Packing payload) throws IOException {
        byte[] data = bytes(payload);
        p.packExtensionTypeHeader((byte) code, data.length);
        p.writePayload(data);
    }

    private static JsonNode json(String text) throws IOException {
        return TraceJson.mapper().readTree(text);
    }

    @Test
    void pydanticV2MessageBecomesAnObjectWithItsClassName() throws IOException {
        byte[] message = bytes(p -> ext(p, 5, q -> {
            q.packArrayHeader(4);
            q.packString("langchain_core.messages.human");
            q.packString("HumanMessage");
            q.packMapHeader(3);
            q.packString("content").packString("Weather in Paris?");
            q.packString("type").packString("human");
            q.packString("id").packString("h-1");
            q.packString("model_validate_json");
        }));

        assertEquals(json("{\"$type\":\"langchain_core.messages.human.HumanMessage\",\"content\":\"Weather in Paris?\","
                + "\"type\":\"human\",\"id\":\"h-1\"}"), values.decode(message, "checkpoint c1"));
        assertEquals(List.of(), notes);
    }

    @Test
    void constructorAndMethodExtensionsKeepTheirArguments() throws IOException {
        byte[] state = bytes(p -> {
            p.packMapHeader(5);
            p.packString("id");
            ext(p, 0, q -> q.packArrayHeader(3).packString("uuid").packString("UUID").packString("4d2c9e7a"));
            p.packString("send");
            ext(p, 1, q -> {
                q.packArrayHeader(3).packString("langgraph.types").packString("Send");
                q.packArrayHeader(2).packString("tools");
                q.packMapHeader(1).packString("order_id").packString("ORD-1");
            });
            p.packString("prefs");
            ext(p, 2, q -> {
                q.packArrayHeader(3).packString("app.models").packString("Preferences");
                q.packMapHeader(1).packString("language").packString("pt");
            });
            p.packString("seen");
            ext(p, 3, q -> q.packArrayHeader(4).packString("datetime").packString("datetime")
                    .packString("2025-06-02T09:00:00+00:00").packString("fromisoformat"));
            p.packString("vector");
            ext(p, 6, q -> {
                q.packArrayHeader(4).packString("float32");
                q.packArrayHeader(1).packInt(3);
                q.packString("C");
                q.packBinaryHeader(12);
                q.writePayload(new byte[12]);
            });
        });

        assertEquals(json("""
                {"id": {"$type": "uuid.UUID", "$value": "4d2c9e7a"},
                 "send": {"$type": "langgraph.types.Send", "$args": ["tools", {"order_id": "ORD-1"}]},
                 "prefs": {"$type": "app.models.Preferences", "language": "pt"},
                 "seen": {"$type": "datetime.datetime", "$method": "fromisoformat",
                          "$value": "2025-06-02T09:00:00+00:00"},
                 "vector": {"$type": "numpy.ndarray", "dtype": "float32", "shape": [3], "order": "C", "size": 12}}
                """), values.decode(state, "checkpoint c1"));
        assertEquals(List.of(), notes);
    }

    @Test
    void deltaSnapshotAndTimestampAndNonStringKeys() throws IOException {
        byte[] value = bytes(p -> {
            p.packMapHeader(3);
            p.packString("delta");
            ext(p, 7, q -> q.packArrayHeader(1).packString("m-1"));
            p.packString("at");
            p.packTimestamp(java.time.Instant.parse("2025-06-02T09:00:00Z"));
            p.packInt(7);
            p.packString("seven");
        });

        assertEquals(json("{\"delta\":{\"$type\":\"langgraph.DeltaSnapshot\",\"$value\":[\"m-1\"]},"
                + "\"at\":{\"$type\":\"msgpack.timestamp\",\"$value\":\"2025-06-02T09:00:00Z\"},\"7\":\"seven\"}"),
                values.decode(value, "w"));
    }

    @Test
    void unknownExtensionTypeBecomesAnOpaqueNodeAndANote() throws IOException {
        byte[] value = bytes(p -> {
            p.packMapHeader(2);
            p.packString("ok").packInt(1);
            p.packString("index");
            p.packExtensionTypeHeader((byte) 42, 3);
            p.writePayload(new byte[] {1, 2, 3});
        });

        assertEquals(json("{\"ok\":1,\"index\":{\"$type\":\"opaque\",\"encoding\":\"msgpack ext 42\",\"size\":3}}"),
                values.decode(value, "checkpoint c9"));
        assertEquals(List.of("checkpoint c9 at index: unknown msgpack extension type 42 (3 bytes)"), notes);
    }

    @Test
    void extensionOfTheWrongShapeIsOpaque() throws IOException {
        byte[] value = bytes(p -> ext(p, 5, q -> q.packString("not an array")));

        assertEquals(json("{\"$type\":\"opaque\",\"encoding\":\"msgpack ext 5\",\"size\":13}"), values.decode(value, "v"));
        assertEquals(List.of("v: msgpack extension type 5 does not hold [module, class, …] (13 bytes)"), notes);
    }

    @Test
    void truncatedBytesBecomeOneOpaqueNode() throws IOException {
        byte[] whole = bytes(p -> p.packArrayHeader(2).packString("first").packString("second"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);

        assertEquals(json("{\"$type\":\"opaque\",\"encoding\":\"msgpack\",\"size\":" + cut.length + "}"),
                values.decode(cut, "write messages"));
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("write messages: corrupt or truncated msgpack (" + cut.length + " bytes): "),
                notes.get(0));
    }

    @Test
    void nestingPastTheLimitIsOpaqueNotAStackOverflow() {
        byte[] deep = new byte[5000];
        java.util.Arrays.fill(deep, (byte) 0x91); // fixarray of one element, over and over
        JsonNode value = values.decode(deep, "deep");

        assertEquals("opaque", value.path("$type").asText());
        assertTrue(notes.get(0).contains("nesting deeper than " + TraceJson.MAX_NESTING_DEPTH), notes.get(0));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 3000; i++) {
            byte[] junk = new byte[random.nextInt(64)];
            random.nextBytes(junk);
            JsonNode value = values.decode(junk, "junk");
            assertTrue(value != null);
        }
    }
}
