package dev.coroner.analysis.filter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A set of strings kept as the first 128 bits of their SHA-256, in an open-addressing table of two
 * longs a slot: the structural ids of a run (every step's locator and its tokens) take some 32 bytes
 * each instead of a string and a hash-set node, so a run of millions of steps can keep them all. Two
 * different strings with the same 128 bits would be taken for one; with SHA-256 that is not a case to
 * plan for, even on hostile input.
 */
final class DigestSet {

    private final MessageDigest sha;
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int size;

    DigestSet() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void add(String value) {
        long[] digest = digest(value);
        if (insert(high, low, digest[0], digest[1])) {
            size++;
            if (size * 4L > high.length * 3L) {
                grow();
            }
        }
    }

    boolean contains(String value) {
        long[] digest = digest(value);
        int mask = high.length - 1;
        for (int i = (int) digest[0] & mask; ; i = (i + 1) & mask) {
            if (high[i] == 0 && low[i] == 0) {
                return false;
            }
            if (high[i] == digest[0] && low[i] == digest[1]) {
                return true;
            }
        }
    }

    private long[] digest(String value) {
        byte[] bytes = sha.digest(value.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (bytes[i] & 0xff);
            l = l << 8 | (bytes[i + 8] & 0xff);
        }
        // (0, 0) marks an empty slot.
        return new long[] {h, h == 0 && l == 0 ? 1 : l};
    }

    /** True when the digest was not in the table and now is. */
    private static boolean insert(long[] high, long[] low, long h, long l) {
        int mask = high.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (high[i] == 0 && low[i] == 0) {
                high[i] = h;
                low[i] = l;
                return true;
            }
            if (high[i] == h && low[i] == l) {
                return false;
            }
        }
    }

    private void grow() {
        long[] newHigh = new long[high.length * 2];
        long[] newLow = new long[low.length * 2];
        for (int i = 0; i < high.length; i++) {
            if (high[i] != 0 || low[i] != 0) {
                insert(newHigh, newLow, high[i], low[i]);
            }
        }
        high = newHigh;
        low = newLow;
    }
}
