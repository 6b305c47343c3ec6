package dev.coroner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secrets and personal identifiers are masked by default in every report format, the same mask
 * for the same value, and shown with --reveal.
 */
class RedactionTest {

    /** Raw values in the bleed and hostile-content samples that no default report may contain. */
    private static final List<String> RAW = List.of("maria.lopez@example.org", "+1 415 555 0142",
            "zoe.quinn@example.net", "4111 1111 1111 1111", "sk-proj-Abc123Def456Ghi789Jkl0",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ6b2UifQ.c2lnbmF0dXJlLXZhbHVl");

    static Stream<String> formats() {
        return Reporters.all().stream().map(Reporter::format);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void maskedByDefault(String format) {
        Cli.Run run = Cli.exec("examine", "--format", format, "samples/bleed-shared-memory", "samples/hostile-content");
        assertEquals(4, run.exit(), run.err());
        for (String raw : RAW) {
            assertFalse(run.out().contains(raw), format + " shows " + raw);
        }
        // Both samples' addresses leak across tenants: each bleed finding names its address by the mask
        // its evidence shows, and the two addresses get two masks.
        assertTrue(run.out().contains("[email-1]") && run.out().contains("[email-2]"), format);
        assertTrue(run.out().contains("[phone-1]"), format);
        assertTrue(run.out().contains("[card-1]"), format + " shows the evidence that holds the card number");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void revealedOnRequest(String format) {
        Cli.Run run = Cli.exec("examine", "--reveal", "--format", format, "samples/bleed-shared-memory");
        assertTrue(run.out().contains("maria.lopez@example.org"), format);
        assertFalse(run.out().contains("[email-1]"), format);
    }
}
