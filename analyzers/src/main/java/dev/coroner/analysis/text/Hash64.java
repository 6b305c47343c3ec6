package dev.coroner.analysis.text;

/** 64-bit hashes of texts, the same in every run and on every machine (unlike {@link String#hashCode}). */
public final class Hash64 {

    private Hash64() {
    }

    /** FNV-1a over the text's UTF-16 chars. */
    public static long fnv1a(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        return hash;
    }

    /**
     * FNV-1a, then the finalizer of MurmurHash3 (fmix64), so that texts differing in one char differ
     * in about half the bits: fit for the low bits of a hash table's slot.
     */
    public static long mixed(String text) {
        long h = fnv1a(text);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}
