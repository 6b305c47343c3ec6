package dev.coroner.analysis.provenance;

/**
 * The measured units {@link ValueExtractor} reads (canonical spellings, as {@link ValueExtractor#unit}
 * gives them) by dimension and size: what a check needs to tell whether two quantities, or a quantity
 * and a field's name, measure the same thing, and by what factor they differ. Percentages are
 * outside these dimensions; two currencies ("cur:EUR", "cur:USD") count as one, whose factor is a
 * rate and no unit's.
 */
public final class Units {

    /**
     * ISO 4217 codes that name the currency of a field ("amount_usd", "kanzei_jpy") or sit in a
     * currency field.
     */
    public static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile(
            "(?i)usd|eur|gbp|jpy|chf|cad|aud|nzd|brl|mxn|inr|cny|sek|nok|dkk|pln|czk|huf|zar|sgd|hkd|krw|try|ars|clp|cop");

    private Units() {
    }

    /** Size of a unit in its dimension's base (seconds, kilograms, kibibytes); 0 for units outside these dimensions. */
    public static double scale(String unit) {
        return switch (unit) {
            // Concentrations in a laboratory result: mass per volume in g/L, amount per volume in mmol/L.
            // The check compares only the same number under two of them (the unit dropped), never a
            // conversion between mass and amount, which depends on the substance.
            case "g/l" -> 1;
            case "mg/dl" -> 0.01;
            case "g/dl" -> 10;
            case "mg/l" -> 0.001;
            case "mmol/l" -> 1;
            case "µmol/l" -> 0.001;
            case "wh" -> 1;
            case "kwh" -> 1000;
            case "mwh" -> 1_000_000;
            case "gwh" -> 1_000_000_000;
            case "ml" -> 0.001;
            case "l" -> 1;
            case "m³" -> 1000;
            case "byte" -> 1.0 / 1024;
            case "kb" -> 1;
            case "mb" -> 1024;
            case "gb" -> 1024 * 1024;
            case "tb" -> 1024.0 * 1024 * 1024;
            case "µs" -> 0.000001;
            case "ms" -> 0.001;
            case "s" -> 1;
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86400;
            case "g" -> 0.001;
            case "mg" -> 0.000001;
            case "µg" -> 0.000000001;
            case "kg" -> 1;
            case "t" -> 1000;
            case "lb" -> 0.45359237;
            // Temperatures: a scale of 1 for both, as the check compares only the same number under two of
            // them (the unit dropped), never a conversion, which for temperatures is not a factor.
            case "°c", "°f" -> 1;
            default -> 0;
        };
    }

    public static boolean sameDimension(String a, String b) {
        return a.startsWith("cur:") && b.startsWith("cur:")
                || scale(a) > 0 && scale(b) > 0 && dimension(a).equals(dimension(b));
    }

    /** Time, data size, energy, volume, concentration, temperature or mass: the dimensions {@link #scale} measures. */
    public static String dimension(String unit) {
        return switch (unit) {
            case "µs", "ms", "s", "minute", "hour", "day" -> "time";
            case "°c", "°f" -> "temperature";
            case "byte", "kb", "mb", "gb", "tb" -> "data";
            case "wh", "kwh", "mwh", "gwh" -> "energy";
            case "ml", "l", "m³" -> "volume";
            case "g/l", "mg/dl", "g/dl", "mg/l", "mmol/l", "µmol/l" -> "concentration";
            default -> "mass";
        };
    }
}
