package dev.coroner.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model's maps iterate in key order, so evidence listed from them is the same on every run. */
class SortedMapsTest {

    @Test
    void stepAttributesIterateInKeyOrder() {
        Map<String, JsonNode> attributes = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "principal " + (char) ('a' + (i * 7) % 26) + i;
            keys.add(key);
            attributes.put(key, TextNode.valueOf("v" + i));
        }
        NodeStep step = new NodeStep(0, SourceRef.line("t.jsonl", 1), "", "n", "span", false, "", attributes);
        assertEquals(keys.stream().sorted().toList(), List.copyOf(step.attributes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> step.attributes().put("x", TextNode.valueOf("y")));
    }
}
