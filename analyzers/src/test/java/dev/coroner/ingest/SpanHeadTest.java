package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SpanHeadTest {

    private static SpanPartitions.Head<Object> head(String id, String parent) {
        return new SpanPartitions.Head<>(id, parent, 0, null);
    }

    @Test
    void idsComeBackAsWritten() {
        // An OTLP span id (16 lower-case hex digits) is packed; every other form is kept as it is.
        for (String id : new String[] {"3cdc0d304cfaa43f", "0000000000000000", "ffffffffffffffff",
                "3CDC0D304CFAA43F", "3cdc0d304cfaa43", "run-0194f42b", "", "0194f42b-570d-7267-9d47-75fdaa94f0af"}) {
            SpanPartitions.Head<Object> head = head(id, id);
            assertEquals(id, head.id());
            assertEquals(id, head.parent());
        }
    }

    @Test
    void aMissingParentStaysMissing() {
        assertNull(head("3cdc0d304cfaa43f", null).parent());
        assertEquals("", head("3cdc0d304cfaa43f", "").parent());
    }

    @Test
    void aHeadComesBackFromItsPartitionRecordEqual() throws IOException {
        // What a shuffled input writes of a head to its partition files: ids packed or not, no parent, session
        // keys absent or partly present, a body spilled at an offset or held (length -1).
        String[][] keys = {null, {"conv-1", null}, {null, "s\u00e9ance \u2603"}};
        String[] ids = {"3cdc0d304cfaa43f", "run-0194f42b", ""};
        String[] parents = {null, "", "3cdc0d304cfaa43f", "0194f42b-570d-7267-9d47-75fdaa94f0af"};
        long seq = 0;
        for (String[] key : keys) {
            for (String id : ids) {
                for (String parent : parents) {
                    SpanPartitions.Head<Object> head = new SpanPartitions.Head<>(id, parent, -5 + seq, key, seq++);
                    head.offset = seq * 1_000_000_007L;
                    head.length = seq % 2 == 0 ? -1 : (int) seq;
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (DataOutputStream out = new DataOutputStream(bytes)) {
                        head.write(out);
                    }
                    SpanPartitions.Head<Object> back = SpanPartitions.Head.read(
                            new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
                    assertEquals(id, back.id());
                    assertEquals(parent, back.parent());
                    assertEquals(head.start, back.start);
                    assertEquals(head.seq, back.seq);
                    assertArrayEquals(key, back.keys);
                    assertEquals(head.offset, back.offset);
                    assertEquals(head.length, back.length);
                }
            }
        }
    }
}
