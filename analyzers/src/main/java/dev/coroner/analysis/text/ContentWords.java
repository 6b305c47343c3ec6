package dev.coroner.analysis.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The content words of a text, for lexical overlap: lower-cased words (runs of letters and digits,
 * {@link Shingles#words}) without stop words, shorter than three characters only when they hold a
 * digit, reduced by a light suffix stemmer (plural -s / -es / -ies, -ing, -ed). Two words match when
 * their stems are equal, or when one stem of at least five characters starts the other
 * ("refund" and "refundable"). English only; a text in another language has few stop words removed
 * and still matches itself.
 */
public final class ContentWords {

    /** Shortest stem that may match a longer word by prefix. */
    static final int PREFIX_MATCH_MIN = 5;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "done", "down", "during", "each", "few", "for", "from",
            "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "me", "more", "most",
            "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "out", "over", "own", "please", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "may", "might",
            "must", "shall", "us", "want", "need", "tell", "know", "like", "yes", "okay", "ok", "hi", "hello",
            "thanks", "thank", "via", "per", "etc", "using", "use", "used", "give", "show", "find", "look", "make");

    private ContentWords() {
    }

    /** The stems of the content words of a text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : Shingles.words(text == null ? "" : text)) {
            if (STOP_WORDS.contains(word) || word.length() < 3 && word.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            out.add(stem(word));
        }
        return out;
    }

    /** Light suffix stemming; digits-bearing words are kept as written. */
    static String stem(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("es") && word.length() > 4 && (word.endsWith("xes") || word.endsWith("zes")
                || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        return word;
    }

    /** True when two stems match: equal, or one of at least {@value #PREFIX_MATCH_MIN} characters starts the other. */
    public static boolean match(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= PREFIX_MATCH_MIN && longer.startsWith(shorter);
    }

    /** The words of {@code words} that match some word of {@code in}, in order. */
    public static Set<String> shared(Collection<String> words, Collection<String> in) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (in.contains(w)) {
                out.add(w);
                continue;
            }
            for (String other : in) {
                if (match(w, other)) {
                    out.add(w);
                    break;
                }
            }
        }
        return out;
    }

    /** The share of {@code words} that match a word of {@code in}: 0 when {@code words} is empty. */
    public static double coverage(Collection<String> words, Collection<String> in) {
        return words.isEmpty() ? 0 : (double) shared(words, in).size() / words.size();
    }
}
