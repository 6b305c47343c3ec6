package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void wordsAreLowerCasedRunsOfLettersAndDigits() {
        assertEquals(List.of("error", "order", "ord", "1042", "isn", "t", "in", "région", "eu", "west"),
                Shingles.words("Error: order ORD-1042 isn't in RÉGION eu-west!"));
        assertEquals(List.of(), Shingles.words(" ,.;- "));
    }

    @Test
    void shinglesAreConsecutiveRunsInOrder() {
        assertEquals(List.of("order ord 1042 not", "ord 1042 not found", "1042 not found in",
                        "not found in region"),
                List.copyOf(Shingles.of("Order ORD-1042 not found in region", 4)));
    }

    @Test
    void theSameWordingMatchesWhateverCaseAndPunctuation() {
        assertEquals(Shingles.of("upstream timeout after 30s", 4), Shingles.of("UPSTREAM  timeout, after 30s.", 4));
    }

    @Test
    void shinglesOfStopWordsOnlyAreLeftOut() {
        assertEquals(List.of("not in the refund"), List.copyOf(Shingles.of("it was not in the refund", 4)));
        assertEquals(Set.of(), Shingles.of("to be or not to be", 4));
    }

    @Test
    void aShortTextIsItsOwnShingleUnlessItIsAllStopWords() {
        assertEquals(Set.of("not found"), Shingles.of("Not found", 4));
        assertEquals(Set.of(), Shingles.of("of the", 4));
        assertEquals(Set.of(), Shingles.of("", 4));
    }

    @Test
    void repeatedShinglesAreKeptOnce() {
        assertEquals(List.of("a b c a", "b c a b", "c a b c"), List.copyOf(Shingles.of("a b c a b c a b c", 4)));
    }
}
