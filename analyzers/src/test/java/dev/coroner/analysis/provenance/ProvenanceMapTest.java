package dev.coroner.analysis.provenance;

import dev.coroner.ingest.LoadedTrace;
import dev.coroner.testing.Traces;
import dev.coroner.trace.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceMapTest {

    @TempDir
    Path dir;

    private Session session() {
        Traces.write(dir, "t.jsonl",
                "{\"coroner\":1,\"type\":\"session\",\"session\":\"pm\",\"principal\":\"u-1\"}",
                "{\"type\":\"message\",\"session\":\"pm\",\"role\":\"user\",\"content\":\"Price of SKU-4471 and order ORD-1042?\"}",
                "{\"type\":\"tool_call\",\"session\":\"pm\",\"call_id\":\"c1\",\"tool\":\"get_price\",\"arguments\":{\"sku\":\"SKU-4471\"}}",
                "{\"type\":\"tool_result\",\"session\":\"pm\",\"call_id\":\"c1\",\"tool\":\"get_price\","
                        + "\"content\":\"{\\\"sku\\\":\\\"SKU-4471\\\",\\\"price\\\":0,\\\"source\\\":\\\"fallback\\\"}\"}",
                "{\"type\":\"tool_call\",\"session\":\"pm\",\"call_id\":\"c2\",\"tool\":\"get_order\",\"arguments\":{\"id\":\"ORD-1042\"}}",
                "{\"type\":\"tool_result\",\"session\":\"pm\",\"call_id\":\"c2\",\"tool\":\"get_order\","
                        + "\"content\":\"Error: order service timeout\",\"is_error\":true}",
                "{\"type\":\"model_call\",\"session\":\"pm\",\"input\":[{\"role\":\"user\",\"content\":\"Price of SKU-4471 and"
                        + " order ORD-1042?\"}],\"output\":{\"role\":\"assistant\",\"content\":\"SKU-4471 costs 0,00 € and ships"
                        + " in 3 days; order ORD-1042 is on its way.\"}}");
        LoadedTrace trace = Traces.load(dir, "t.jsonl");
        assertEquals(List.of(), trace.problems());
        return trace.sessions().get(0);
    }

    @Test
    void everyFactLinksToItsFirstSourceAndItsOrigin() {
        Session session = session();
        ProvenanceMap map = ProvenanceMap.of(session);
        Value sku = ValueExtractor.find("SKU-4471").get(0);
        assertEquals(Origin.USER, map.sourceBefore(sku, session.steps().size()).orElseThrow().origin());
        List<Origin> origins = map.occurrencesOf(sku).stream().map(Occurrence::origin).distinct().toList();
        assertEquals(List.of(Origin.USER, Origin.ARGUMENT, Origin.DEGENERATE, Origin.MODEL), origins);
        Occurrence price = map.occurrences().stream().filter(o -> o.field().equals("price")).findFirst().orElseThrow();
        assertEquals(Origin.DEGENERATE, price.origin());
        assertEquals("num:0", price.value().key());
    }

    @Test
    void aFactWithNoSourceWasIntroducedByTheModel() {
        Session session = session();
        ProvenanceMap map = ProvenanceMap.of(session);
        int answer = session.steps().size() - 1;
        Value days = ValueExtractor.find("3 days").get(0);
        assertTrue(map.sourceBefore(days, answer).isEmpty());
        assertEquals(List.of("\"SKU-4471\" ← user, step 0", "\"0,00 €\" ← degenerate result, step 2",
                        "\"3 days\" ← no source (the model introduced it)", "\"ORD-1042\" ← user, step 0"),
                FactOrigins.producedBy(map, session.step(answer)).stream().map(FactOrigins.FactOrigin::describe).toList());
    }
}
