package dev.coroner.analysis.facts;

import dev.coroner.analysis.text.Hash64;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * Ids (0, 1, 2, … in the order they were added) found by a 64-bit hash of what they stand for, in one
 * primitive array probed linearly: an id per slot instead of a key object and a map node per entry.
 * The hashes are not kept: the slot of an id is found from its hash when it is added, and the owner of
 * the table gives an id's hash again ({@code hashOf}) when the table grows. A hash is never taken as
 * proof: {@link #find} asks the caller to confirm each candidate against the text it looks up, so two
 * texts of one hash stay two ids.
 */
final class HashedTable {
    private static final int EMPTY = -1;

    private final IntToLongFunction hashOf;
    private int[] ids = filled(16);
    private int size;

    /** @param hashOf the hash of an id already added, computed again from what it stands for */
    HashedTable(IntToLongFunction hashOf) {
        this.hashOf = hashOf;
    }

    /** The id whose hash is {@code hash} and that {@code confirm} accepts, or -1. */
    int find(long hash, IntPredicate confirm) {
        int mask = ids.length - 1;
        for (int i = slot(hash, mask); ids[i] != EMPTY; i = (i + 1) & mask) {
            if (confirm.test(ids[i])) {
                return ids[i];
            }
        }
        return -1;
    }

    /** Adds the next id ({@link #size()} before the call) under {@code hash}; the caller found none to confirm. */
    int add(long hash) {
        int id = size++;
        if (size * 3 > ids.length * 2) {
            grow();
        }
        place(hash, id);
        return id;
    }

    int size() {
        return size;
    }

    private void place(long hash, int id) {
        int mask = ids.length - 1;
        int i = slot(hash, mask);
        while (ids[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        ids[i] = id;
    }

    private void grow() {
        int[] oldIds = ids;
        ids = filled(oldIds.length * 2);
        for (int id : oldIds) {
            if (id != EMPTY) {
                place(hashOf.applyAsLong(id), id);
            }
        }
    }

    /** The first slot of a hash: its high bits folded in, so a hash that varies only there still spreads. */
    private static int slot(long hash, int mask) {
        long h = hash * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int[] filled(int length) {
        int[] out = new int[length];
        Arrays.fill(out, EMPTY);
        return out;
    }

    /** The 64-bit hash of a text, {@link Hash64#mixed}. */
    static long hash(String text) {
        return Hash64.mixed(text);
    }
}
