package dev.coroner.checks.retrieval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmptyIgnoredHedgeTest {

    @Test
    void admissionsAndQuestionsBackHedge() {
        for (String answer : new String[] {
            "I couldn't find anything about that.", "I could not locate your order.", "There are no results for it.",
            "Nothing came up in our records.", "I'm not sure which plan you are on.", "I don't have any information on it.",
            "The search failed, sorry.", "Let me check with the warehouse.", "Please provide your order number.",
            "That depends on the model. Which one do you have?", "I do not know."}) {
            assertTrue(EmptyIgnoredCheck.hedges(answer), answer);
        }
    }

    @Test
    void confidentAnswersAndCourtesyQuestionsDoNot() {
        for (String answer : new String[] {
            "Opened electronics can be refunded within 60 days.", "Your refund window is 30 days. Anything else?",
            "The X200 has a 2-year warranty. Is there anything else I can help you with?", "No problem, done."}) {
            assertFalse(EmptyIgnoredCheck.hedges(answer), answer);
        }
    }
}
