package dev.coroner.analysis;

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
}
