package dev.coroner.analysis.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Texts to test a {@link Skim} guard against the expression it guards: every line of the samples'
 * traces, and texts made of fragments that the guarded expressions read (digits, separators, month
 * names, currency signs, ids), put together at random with a fixed seed, so that matches and near
 * misses of every expression are among them.
 */
public final class GuardCorpus {

    private static final String[] FRAGMENTS = {
        "0", "1", "7", "12", "31", "305", "2024", "2026", "4711", "10000", "532 118 904 00027", "4111 1111",
        " ", "  ", "\t", "\n", "-", "--", "_", "#", ":", "h", "H", ".", "/", ",", "@", "+", "(", ")", "'", "º",
        "\u00a0", "\u202f", "$", "€", "£", "US$", "R$", "EUR", "usd", "dollars", "francs", "%", "°C", "kg", "Tage",
        "days", "business ", "分", "から", "May", "may", "Juni", "mayo", "de ", "mars", "Sept.", "décembre", "st", "nd",
        "rd", "th", "er", "T", "Z", "ORD", "ORD-", "INV_", "A", "Q", "ES", "ES91", "DE89", "acct_", "cus_", "7Hq2NW",
        "9f8a7b6c2d", "user", "user0", "example", "com", "a.b", "deadbeef", "abcd", "ab12", "x", "Error ",
        "lookup ", "the ", "order ", "e", "é", "Ü", "İ", "k", "aB3_-xYz9QwErTy12345",
        "03/04/2025", "1.6.2024", "12/31", "5 de mayo de 2024", "May 5, 2024", "3rd March", "1. Juni", "07h30",
        "15:00-18:00", "2026-12-03T15:00:00Z", "2024-03", "4711-0832", "550e8400-e29b-41d4-a716-446655440000",
        "ES91 2100 0418 4502 0005 1332", "+49 30 1234567", "(555) 123-4567", "+4915123456789", "1.234,50",
        "1,234.50", "12,5", "3.75", "acct_1Nf83kd9", "ORD-88231", "ECH-2024-2291", "A123456780", "a.b@x.io",
    };

    private GuardCorpus() {
    }

    /** The lines of the samples' trace files, then {@code generated} texts of random fragments. */
    public static List<String> texts(int generated) {
        List<String> out = new ArrayList<>();
        Path samples = Path.of("..", "samples");
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".json")).sorted()
                    .toList()) {
                out.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(15);
        for (int i = 0; i < generated; i++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int k = 0; k < parts; k++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            out.add(text.toString());
        }
        return out;
    }

    /**
     * Asserts that the guard passes every text the expression matches in, and that both outcomes
     * occur in the corpus (a guard no text fails, or an expression nothing matches, proves nothing).
     */
    public static void assertSound(List<String> texts, Pattern pattern, Predicate<String> guard) {
        int matched = 0;
        int skipped = 0;
        for (String text : texts) {
            boolean passes = guard.test(text);
            if (pattern.matcher(text).find()) {
                assertTrue(passes, () -> "the guard of " + pattern + " fails a text it matches: " + text);
                matched++;
            } else if (!passes) {
                skipped++;
            }
        }
        assertTrue(matched > 0, () -> "nothing in the corpus matches " + pattern);
        assertTrue(skipped > 0, () -> "the guard of " + pattern + " passes every text of the corpus");
    }
}
