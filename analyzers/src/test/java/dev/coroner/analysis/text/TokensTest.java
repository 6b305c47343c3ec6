package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void findsWholeTokensIgnoringCase() {
        assertTrue(Tokens.contains("order ORD-7 failed", "ord-7"));
        assertTrue(Tokens.contains("ORD-7", "ORD-7"));
        assertTrue(Tokens.contains("see (ORD-7).", "ORD-7"));
        assertFalse(Tokens.contains("order ORD-77 failed", "ORD-7"));
        assertFalse(Tokens.contains("XORD-7", "ORD-7"));
        assertTrue(Tokens.contains("later: ORD-77 then ORD-7", "ORD-7"), "a later whole occurrence counts");
        assertFalse(Tokens.contains("anything", ""));
    }

    @Test
    void identifiersTreatTheUnderscoreAsPartOfAWord() {
        assertTrue(Tokens.containsIdentifier("call send_email now", "send_email"));
        assertFalse(Tokens.containsIdentifier("call resend_email_v2 now", "send_email"));
        assertTrue(Tokens.contains("send_email", "email"));
        assertFalse(Tokens.containsIdentifier("send_email", "email"));
    }

    @Test
    void runsRuleOutOnlyWhatContainsCouldNotFind() {
        String[] texts = {"order ORD-7 failed", "see (ORD-7).", "order ORD-77 failed", "XORD-7", "mail a.b@x.io now",
                "user_4471 and user-4471", "Ünïcode İD-5"};
        String[] values = {"ORD-7", "ord-77", "a.b@x.io", "user_4471", "user-4471", "4471", "USER", "id-5", "x.io",
                "+33 6 12", "ORD-7 failed"};
        for (String text : texts) {
            java.util.Set<String> runs = Tokens.runs(text);
            for (String value : values) {
                if (Tokens.contains(text, value)) {
                    assertTrue(Tokens.mayContain(runs, value), value + " is in " + text);
                }
            }
        }
        assertFalse(Tokens.mayContain(Tokens.runs("order ORD-77 failed"), "ORD-7"));
        assertFalse(Tokens.mayContain(Tokens.runs("XORD-7"), "ORD-7"));
        assertTrue(Tokens.mayContain(Tokens.runs("ORD 7"), "ORD-7"), "a filter, not the answer: contains decides");
    }
}
