package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void dropsStopWordsAndShortWordsButKeepsShortNumbers() {
        assertEquals(Set.of("refund", "window", "open", "electronic", "30"),
                ContentWords.of("What is the refund window for opened electronics, is it 30 days or so?")
                        .stream().filter(w -> !w.equals("day")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(), ContentWords.of("Is it on? I am so."));
    }

    @Test
    void stemsPluralsAndVerbForms() {
        assertEquals("policy", ContentWords.stem("policies"));
        assertEquals("box", ContentWords.stem("boxes"));
        assertEquals("class", ContentWords.stem("classes"));
        assertEquals("refund", ContentWords.stem("refunds"));
        assertEquals("ship", ContentWords.stem("ship"));
        assertEquals("status", ContentWords.stem("status"));
        assertEquals("limit", ContentWords.stem("limited"));
        assertEquals("charg", ContentWords.stem("charging"));
        assertEquals("sku-12", ContentWords.stem("sku-12"));
    }

    @Test
    void matchesEqualStemsAndLongPrefixes() {
        assertTrue(ContentWords.match("refund", "refundable"));
        assertFalse(ContentWords.match("card", "cardigan"));
        assertEquals(0.5, ContentWords.coverage(List.of("refund", "window"), Set.of("refundable", "policy")));
        assertEquals(0.0, ContentWords.coverage(List.of(), Set.of("x")));
    }
}
