package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class Hash64Test {

    @Test
    void fnv1aMatchesThePublishedVectorsForAsciiText() {
        // Vectors of the FNV reference (draft-eastlake-fnv): ASCII chars hash as their bytes.
        assertEquals(0xcbf29ce484222325L, Hash64.fnv1a(""));
        assertEquals(0xaf63dc4c8601ec8cL, Hash64.fnv1a("a"));
        assertEquals(0x85944171f73967e8L, Hash64.fnv1a("foobar"));
    }

    @Test
    void mixedSpreadsTextsThatDifferInOneChar() {
        long a = Hash64.mixed("order-10472");
        long b = Hash64.mixed("order-10473");
        assertNotEquals(a, b);
        assertEquals(Hash64.mixed("order-10472"), a);
        // The finalizer changes about half of the 64 bits, whatever char differs.
        int bits = Long.bitCount(a ^ b);
        assertEquals(true, bits >= 16 && bits <= 48, "bits changed: " + bits);
    }
}
