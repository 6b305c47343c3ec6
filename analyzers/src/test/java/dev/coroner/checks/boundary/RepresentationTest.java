package dev.coroner.checks.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.TraceJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepresentationTest {

    private static Optional<String> change(String field, String before, String after) throws Exception {
        JsonNode b = TraceJson.mapper().readTree(before);
        JsonNode a = TraceJson.mapper().readTree(after);
        return Representation.change(field, b, a);
    }

    @Test
    void recognisesTheSameQuantityWrittenAnotherWay() throws Exception {
        assertEquals(Optional.of("number → string"), change("qty", "42", "\"42\""));
        assertEquals(Optional.of("string → number"), change("zip", "\"02139\"", "2139"));
        assertEquals(Optional.of("ISO date → epoch"), change("at", "\"2026-11-20\"", "1795082400000"));
        assertEquals(Optional.of("epoch → ISO date"), change("at", "\"1795082400\"", "\"2026-11-20T10:00:00+01:00\""));
        assertEquals(Optional.of("boolean → string"), change("gift", "false", "\"no\""));
        assertEquals(Optional.of("units → cents, ×100"), change("x", "19.99", "1999"));
        assertEquals(Optional.of("cents → units, ÷100"), change("amount", "2000", "20"));
    }

    @Test
    void leavesOtherChangesAlone() throws Exception {
        assertEquals(Optional.empty(), change("qty", "2", "3"));
        assertEquals(Optional.empty(), change("stock", "20", "2000"));
        assertEquals(Optional.empty(), change("amount", "0", "0.0"));
        assertEquals(Optional.empty(), change("note", "\"42\"", "\"43\""));
        assertEquals(Optional.empty(), change("at", "\"2026-11-20\"", "42"));
        assertEquals(Optional.empty(), change("n", "\"N/A\"", "4"));
    }

    @Test
    void describesValuesForMessages() throws Exception {
        assertEquals("number 4", Representation.describe(TraceJson.mapper().readTree("4")));
        assertEquals("ISO date \"2026-11-20\"", Representation.describe(TraceJson.mapper().readTree("\"2026-11-20\"")));
        assertEquals("an object", Representation.withArticle("object"));
        assertEquals("a string", Representation.withArticle("string"));
    }
}
