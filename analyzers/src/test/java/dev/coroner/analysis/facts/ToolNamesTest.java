package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolNamesTest {

    @Test
    void wordsSplitCaseAndSeparators() {
        assertEquals(List.of("save", "trip", "draft"), ToolNames.words("saveTripDraft"));
        assertEquals(List.of("save", "trip", "draft"), ToolNames.words("save-trip_draft"));
        assertEquals(List.of("route53", "list", "records"), ToolNames.words("route53_list_records"));
    }

    @Test
    void theVerbIsFirstOrLast() {
        assertTrue(ToolNames.reads("get_order"));
        assertTrue(ToolNames.reads("kundeAbrufen"));
        assertEquals(List.of("draft"), ToolNames.noun("save_draft", ToolNames.WRITE));
        assertEquals(List.of("profil"), ToolNames.noun("profilSpeichern", ToolNames.WRITE));
    }

    @Test
    void aServiceNameMayComeBeforeTheVerb() {
        assertTrue(ToolNames.reads("route53_list_records"));
        assertTrue(ToolNames.reads("jira_get_issue"));
        assertFalse(ToolNames.reads("jira_transition_issue"));
        assertFalse(ToolNames.reads("route53_change_record"));
        // The service is not part of what the tool reads or writes.
        assertEquals(List.of("issue"), ToolNames.noun("jira_create_issue", ToolNames.WRITE));
        assertEquals(List.of("issue"), ToolNames.noun("jira_get_issue", ToolNames.LOAD));
    }

    @Test
    void aVerbInsideALongerNameIsOnlyTakenSecond() {
        // Two words: the second is the last, the verb's place already.
        assertTrue(ToolNames.reads("order_get"));
        // The third of four words is not a verb's place.
        assertFalse(ToolNames.reads("billing_invoice_list_export"));
        assertNull(ToolNames.noun("billing_invoice_save_hook", ToolNames.WRITE));
        assertNull(ToolNames.noun("draft", ToolNames.WRITE));
    }
}
