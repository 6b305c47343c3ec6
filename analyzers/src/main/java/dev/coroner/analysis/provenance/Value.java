package dev.coroner.analysis.provenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One fact written in a text: an identifier, an amount, a quantity, a date or a bare number, with
 * the keys under which the same fact written another way is found.
 *
 * @param kind      what sort of fact
 * @param asWritten the text as it stands in the input
 * @param keys      normalised keys: two values share a key when they are the same fact written
 *                  differently ("1.234,50 €" and "EUR 1234.5"; "ORD-1O42" and "ORD-1042" share the
 *                  look-alike key)
 * @param number    the numeric value for amounts, quantities and numbers
 * @param unit      the currency or unit, normalised ("EUR", "day", "%"), or empty
 * @param start     offset of the value in the text it was found in
 */
public record Value(ValueKind kind, String asWritten, List<String> keys, Optional<BigDecimal> number, String unit,
                    int start) {

    public Value {
        keys = List.copyOf(keys);
    }

    /** The most specific key: the first one. */
    public String key() {
        return keys.get(0);
    }

    /** True when the two values share a key. */
    public boolean sameFact(Value other) {
        for (String key : keys) {
            if (other.keys.contains(key) && matchesBy(key, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when this value and another that share {@code key} are the same fact by it: a day of the
     * year ({@code day:06-01}) joins a date without a year to a full date, never two full dates
     * (2025-06-01 and 2026-06-01 are different days).
     */
    public boolean matchesBy(String key, Value other) {
        return !key.startsWith(ValueExtractor.DAY_KEY) || !hasYear() || !other.hasYear();
    }

    /** How many digits the value is written with: a bare number of six or more is a reference, not a count. */
    public int digits() {
        int n = 0;
        for (int i = 0; i < asWritten.length(); i++) {
            if (asWritten.charAt(i) >= '0' && asWritten.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    /** True for a full date (one with a year). */
    private boolean hasYear() {
        return keys.stream().anyMatch(k -> k.startsWith("date:"));
    }
}
