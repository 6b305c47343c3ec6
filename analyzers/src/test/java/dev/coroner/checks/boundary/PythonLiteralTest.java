package dev.coroner.checks.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.coroner.trace.TraceJson;
import org.junit.jupiter.api.Test;

class PythonLiteralTest {

    @Test
    void readsPythonStyleDictsAndLists() throws Exception {
        assertEquals(TraceJson.mapper().readTree("{\"q\":\"it's \\\"here\\\"\",\"n\":2,\"ok\":true,\"x\":null,\"l\":[false]}"),
                PythonLiteral.read("{'q': 'it\\'s \"here\"', 'n': 2, 'ok': True, 'x': None, 'l': [False]}"));
        assertEquals(TraceJson.mapper().readTree("[\"a\",\"b\"]"), PythonLiteral.read("['a', \"b\"]"));
    }

    @Test
    void readsTuplesAndTrailingCommasAsPythonWritesThem() throws Exception {
        assertEquals(TraceJson.mapper().readTree("{\"range\":[1,5],\"tags\":[\"a\"],\"s\":\"x,]\"}"),
                PythonLiteral.read("{'range': (1, 5), 'tags': ['a',], 's': 'x,]',}"));
    }

    @Test
    void leavesOtherTextUnreadable() {
        assertNull(PythonLiteral.read("{'order_id': 'ORD-1"));
        assertNull(PythonLiteral.read("{\"a\": 1} trailing words"));
        assertNull(PythonLiteral.read("{'a': undefined}"));
        assertNull(PythonLiteral.read("ORD-88231"));
        assertNull(PythonLiteral.read("('a', 'b')"));
    }
}
