package dev.coroner.analysis;

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
