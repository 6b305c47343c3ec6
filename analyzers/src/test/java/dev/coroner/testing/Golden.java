package dev.coroner.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of every module's tests (fixture goldens, reporter contracts, the samples' expected
 * reports, the generated check page): compared byte for byte, or rewritten on purpose with
 * {@code -Dcoroner.regenerate=true} (or {@code CORONER_REGENERATE=1}) and then reviewed as a diff.
 * Shared through the analyzers module's test jar.
 */
public final class Golden {

    /** How to rewrite the goldens, as every failure message says it. */
    public static final String HOW = "rerun with -Dcoroner.regenerate=true";

    private Golden() {
    }

    /** True while goldens are being rewritten. */
    public static boolean regenerating() {
        return Boolean.getBoolean("coroner.regenerate") || "1".equals(System.getenv("CORONER_REGENERATE"));
    }

    /** Writes {@code actual} to {@code golden} while regenerating; otherwise asserts that they are equal. */
    public static void compare(Path golden, String actual) throws IOException {
        if (regenerating()) {
            if (golden.getParent() != null) {
                Files.createDirectories(golden.getParent());
            }
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing: " + HOW);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                golden + " is stale; if the change is intended, " + HOW);
    }
}
