package dev.coroner.analysis.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word shingles (runs of consecutive normalised words) for finding one text restated inside
 * another. Words are lower-cased runs of letters and digits; shingles made only of stop words
 * are left out, since they match everywhere.
 */
public final class Shingles {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "is", "are", "was", "were", "be", "been", "it", "this", "that", "as", "not", "no", "i", "you", "we",
            "your", "my", "our", "please", "can", "could", "will", "would", "do", "does", "did", "has", "have", "had");

    private Shingles() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Words of a numbered passage shingle. */
    public static final int NUMBERED_WORDS = 4;

    /**
     * Every shingle of {@value #NUMBERED_WORDS} (and one more, and twice as many) words with at least three words that hold a digit and
     * one of three letters or more: the short, number-dense runs a person writes about themselves (a
     * street address with its number, floor and postal code; a licence plate and a date), too short for
     * the sampled passages and too specific to repeat by chance. Kept whole, not sampled: a text has
     * few of them.
     */
    public static Set<String> numbered(String text) {
        List<String> words = words(text);
        Set<String> out = new LinkedHashSet<>();
        // What each word holds, read once for the three window sizes (a text has many windows, few hits).
        boolean[] digit = new boolean[words.size()];
        boolean[] named = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int letters = 0;
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                if (Character.isDigit(c)) {
                    digit[i] = true;
                } else if (Character.isLetter(c)) {
                    letters++;
                }
            }
            named[i] = letters >= 3;
        }
        // Four words, and five: a floor written "3º B" splits into two words.
        for (int size = NUMBERED_WORDS; size <= NUMBERED_WORDS + 1; size++) {
            numbered(words, digit, named, size, out);
        }
        // And eight: a street address written with its city ("14 Larkspur Lane, Unit 3B, Portland, OR
        // 97214") has its three numbers spread over more words.
        numbered(words, digit, named, 2 * NUMBERED_WORDS, out);
        return out;
    }

    /** Windows of {@code size} words with three words that hold a digit and one of three letters or more. */
    private static void numbered(List<String> words, boolean[] digit, boolean[] named, int size, Set<String> out) {
        int withDigits = 0;
        int withName = 0;
        for (int i = 0; i < words.size(); i++) {
            withDigits += digit[i] ? 1 : 0;
            withName += named[i] ? 1 : 0;
            if (i >= size) {
                withDigits -= digit[i - size] ? 1 : 0;
                withName -= named[i - size] ? 1 : 0;
            }
            if (i + 1 >= size && withDigits >= 3 && withName > 0) {
                out.add(String.join(" ", words.subList(i + 1 - size, i + 1)));
            }
        }
    }

    /**
     * A deterministic sample of the shingles of a text: those whose 64-bit FNV-1a hash is divisible
     * by {@code every}. The same passage gives the same sample in every session, so passages can be
     * compared across sessions at a fraction of the memory (a passage of a few dozen words still
     * keeps several shingles).
     */
    public static Set<String> sampled(String text, int size, int every) {
        Set<String> out = new LinkedHashSet<>();
        for (String shingle : of(text, size)) {
            if (Long.remainderUnsigned(Hash64.fnv1a(shingle), every) == 0) {
                out.add(shingle);
            }
        }
        return out;
    }

    /** Shingles of {@code size} words; a text shorter than that gives itself as one shingle. */
    public static Set<String> of(String text, int size) {
        List<String> words = words(text);
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() < size) {
            addIfDistinctive(out, words);
            return out;
        }
        for (int i = 0; i + size <= words.size(); i++) {
            addIfDistinctive(out, words.subList(i, i + size));
        }
        return out;
    }

    private static void addIfDistinctive(Set<String> out, List<String> run) {
        for (String w : run) {
            if (!STOP_WORDS.contains(w)) {
                out.add(String.join(" ", run));
                return;
            }
        }
    }
}
