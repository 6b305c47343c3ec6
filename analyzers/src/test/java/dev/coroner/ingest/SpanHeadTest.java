package dev.coroner.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
