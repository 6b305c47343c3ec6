package dev.coroner.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Start times as the platforms write them, as unix microseconds, for ordering only (never shown). */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * ISO-8601 with or without a zone (zone-less values are UTC, as the LangSmith SDK reads them), or
     * a number of epoch milliseconds; {@code Long.MAX_VALUE} when absent or unreadable, so such a
     * span sorts last.
     */
    public static long micros(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Long.MAX_VALUE;
        }
        if (value.isNumber()) {
            return (long) (value.asDouble() * 1000);
        }
        String text = value.asText("").strip();
        try {
            return toMicros(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return toMicros(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                try {
                    return toMicros(Instant.parse(text));
                } catch (DateTimeParseException e3) {
                    return Long.MAX_VALUE;
                }
            }
        }
    }

    private static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }
}
