package dev.coroner.checks.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import dev.coroner.analysis.provenance.ValueExtractor;
import org.junit.jupiter.api.Test;

class HandoffFactsTest {

    private static List<String> texts(List<HandoffFacts.Item> items) {
        return items.stream().map(i -> i.kind() + ": " + i.text()).toList();
    }

    @Test
    void constraintSentencesNeedAConstraintWordAndThreeContentWords() {
        assertEquals(List.of("constraint: Refunds are limited to 50 EUR per order.",
                        "constraint: Never ship to the old warehouse address."),
                texts(HandoffFacts.constraintSentences("Refunds are limited to 50 EUR per order. Thanks! Never ship to"
                        + " the old warehouse address.\nOnly this.")));
    }

    @Test
    void constraintFieldsAreScalarsUnderLimitLikeKeys() {
        assertEquals(List.of("constraint: refund_limit_eur: 50", "constraint: maxItems: 3"),
                texts(HandoffFacts.constraintFields("{\"account\":{\"refund_limit_eur\":50,\"tier\":\"gold\"},"
                        + "\"rules\":[{\"maxItems\":\"3\"}],\"limits\":{}}")));
        assertEquals(List.of(), HandoffFacts.constraintFields("refund_limit: 50"));
    }

    @Test
    void userFactsAreIdentifiersAndAmountsWithUnits() {
        assertEquals(List.of("account / order id: ORD-44120", "amount: €129.99", "amount: 3 days", "amount: 1,240 USD"),
                texts(HandoffFacts.userFacts("Order ORD-44120 cost €129.99, it took 3 days and 1,240 USD in total, 7 times.")));
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(Set.of("50", "1240", "0.5"), HandoffFacts.numbers("50.00 and 1,240 and 0.50"));
        HandoffFacts.Received received = HandoffFacts.Received.of("{\"limit\":50,\"order\":\"ord-44120\"} refund");
        assertTrue(HandoffFacts.carried(HandoffFacts.constraintFields("{\"refund_limit\":\"50.00\"}").get(0), received));
        assertTrue(HandoffFacts.carried(HandoffFacts.userFacts("ORD-44120").get(0), received));
        assertFalse(HandoffFacts.carried(HandoffFacts.userFacts("€129.99").get(0), received));
        assertFalse(HandoffFacts.carried(HandoffFacts.constraintSentences("Only refund to the original Visa card.")
                .get(0), received));
    }

    @Test
    void aTimeOrDateIsCarriedInsideATimestampThatHoldsIt() {
        HandoffFacts.Item freeze = HandoffFacts.stated(ValueExtractor.find("before the 17:00 UTC freeze").get(0));
        HandoffFacts.Item day = HandoffFacts.stated(ValueExtractor.find("due 2025-05-02").get(0));
        HandoffFacts.Received timestamp = HandoffFacts.Received.of("canary, start before the 2025-05-02T17:00Z freeze");
        assertTrue(HandoffFacts.carried(freeze, timestamp));
        assertTrue(HandoffFacts.carried(day, timestamp));
        HandoffFacts.Received without = HandoffFacts.Received.of("canary, start before the freeze");
        assertFalse(HandoffFacts.carried(freeze, without));
        // the same day of another year is another date
        assertFalse(HandoffFacts.carried(day, HandoffFacts.Received.of("start before 2026-05-02T17:00Z")));
    }
}
