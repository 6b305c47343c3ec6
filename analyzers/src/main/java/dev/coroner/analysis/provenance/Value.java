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
            if (other.keys.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
