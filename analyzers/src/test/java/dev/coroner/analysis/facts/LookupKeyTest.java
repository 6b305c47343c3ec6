package dev.coroner.analysis.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class LookupKeyTest {

    @Test
    void digitsInGroupsAreTheNumberTheyGroup() {
        assertEquals(CrossSessionIndex.lookupKey("ligne", TextNode.valueOf("0612457890")),
                CrossSessionIndex.lookupKey("ligne", TextNode.valueOf("06 12 45 78 90")));
        assertEquals(CrossSessionIndex.lookupKey("linea", TextNode.valueOf("+34622481907")),
                CrossSessionIndex.lookupKey("LINEA", TextNode.valueOf(" +34 622 481 907 ")));
        assertNotEquals(CrossSessionIndex.lookupKey("ligne", TextNode.valueOf("0612457890")),
                CrossSessionIndex.lookupKey("ligne", TextNode.valueOf("07 81 22 63 14")));
    }

    @Test
    void keyValuesOnly() {
        assertEquals("key\u0000matricula\u000040917", CrossSessionIndex.lookupKey("matricula", IntNode.valueOf(40917)));
        assertNull(CrossSessionIndex.lookupKey("nome", TextNode.valueOf("Rossi Mario")), "no digit");
        assertNull(CrossSessionIndex.lookupKey("note", TextNode.valueOf("room 12 at 3 pm")), "words with a space");
        assertNull(CrossSessionIndex.lookupKey("code", TextNode.valueOf("AB 12 34")), "letters in the groups");
    }
}
