package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.trace.TraceJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredSchemaTest {

    private static JsonNode json(String text) throws Exception {
        return TraceJson.mapper().readTree(text);
    }

    private static List<String> violations(String schema, String value) throws Exception {
        return DeclaredSchema.of(json(schema)).validate(json(value)).stream()
                .map(v -> v.path() + " " + v.keyword() + " " + v.message()).toList();
    }

    @Test
    void reportsEachViolationWithItsPointerAndKeywordSortedByPath() throws Exception {
        String schema = """
                {"type":"object","required":["order_id"],"properties":{
                  "amount":{"type":"number","maximum":500},
                  "items":{"type":"array","items":{"type":"object","properties":{"qty":{"type":"integer"}}}}}}""";

        assertEquals(List.of(
                " required required property 'order_id' not found",
                "/amount maximum must have a maximum value of 500",
                "/items/1/qty type string found, integer expected"),
                violations(schema, "{\"amount\":900,\"items\":[{\"qty\":1},{\"qty\":\"2\"}]}"));
        assertEquals(List.of(), violations(schema, "{\"order_id\":\"1182\",\"amount\":20}"));
    }

    @Test
    void dottedPathsNameTheField() {
        assertEquals("items.1.qty", new DeclaredSchema.Violation("/items/1/qty", "type", "").dottedPath());
        assertEquals("", new DeclaredSchema.Violation("", "required", "").dottedPath());
    }

    @Test
    void aSchemaThatIsNotOneIsUnusable() throws Exception {
        assertThrows(DeclaredSchema.UnusableSchemaException.class, () -> DeclaredSchema.of(json("[1,2]")));
        assertThrows(DeclaredSchema.UnusableSchemaException.class, () -> DeclaredSchema.of(null));
        DeclaredSchema.UnusableSchemaException e = assertThrows(DeclaredSchema.UnusableSchemaException.class,
                () -> DeclaredSchema.of(json("{\"properties\":{\"a\":{\"$ref\":\"#/$defs/missing\"}}}")));
        assertEquals("Reference /$defs/missing cannot be resolved", e.getMessage());
        assertTrue(DeclaredSchema.tryOf(json("\"x\"")).isEmpty());
    }

    @Test
    void nothingIsFetchedForAReferenceOutsideTheSchema() throws Exception {
        for (String ref : List.of("http://127.0.0.1:9/schema.json", "file:///etc/hostname", "/etc/hostname")) {
            String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"" + ref + "\"}}}";
            assertTrue(DeclaredSchema.tryOf(json(schema)).isEmpty(), ref);
        }
    }

    @Test
    void aLocalReferenceAndAnotherDraftWork() throws Exception {
        assertEquals(List.of("/a type string found, integer expected"), violations("""
                {"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"n":{"type":"integer"}},
                 "properties":{"a":{"$ref":"#/definitions/n"}}}""", "{\"a\":\"x\"}"));
    }

    @Test
    void aBacktrackingPatternFailsItsMatchInsteadOfHanging() throws Exception {
        String schema = "{\"type\":\"string\",\"pattern\":\"^(a+)+$\"}";
        String value = "\"" + "a".repeat(40) + "!\"";
        long started = System.nanoTime();
        assertEquals(1, DeclaredSchema.of(json(schema)).validate(json(value)).size());
        assertTrue(System.nanoTime() - started < 10_000_000_000L);
    }
}
