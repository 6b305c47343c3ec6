package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.finding.Heuristic;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a scalar value is written, and when two values are the same kind of quantity written two
 * ways. The changes recognised:
 * <ul>
 *   <li>an ISO-8601 date or date-time string and a Unix epoch (an integer, or a string of digits,
 *       of 9–10 digits for seconds or 12–13 for milliseconds);</li>
 *   <li>a number and a string of a number ({@code 42} and {@code "42"});</li>
 *   <li>a boolean and a string of one ({@code true} and {@code "true"}, {@code "yes"}, {@code "no"});</li>
 *   <li>units and cents: two numbers of which one is exactly 100 times the other, when one is a whole
 *       number and the other is not (19.99 and 1999), or the field is named like money (amount,
 *       price, total, cost, fee, balance, refund, charge, paid, subtotal, tax, cents).</li>
 * </ul>
 */
final class Representation {

    static final Heuristic.Regex ISO_DATE = new Heuristic.Regex("iso-date",
            "A text that is an ISO date or date-time: with an epoch number on the other side, the same moment "
                    + "written another way.",
            Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"));

    static final Heuristic.Regex NUMERIC = new Heuristic.Regex("numeric-text",
            "A text that is a plain number: with a number on the other side, the same quantity written as a "
                    + "string.",
            Pattern.compile("-?\\d+(?:\\.\\d+)?"));

    static final Heuristic.Regex EPOCH_DIGITS = new Heuristic.Regex("epoch-digits",
            "Digits of an epoch timestamp in seconds (9 or 10) or milliseconds (12 or 13).",
            Pattern.compile("\\d{9,10}|\\d{12,13}"));

    static final Heuristic.Regex MONEY = new Heuristic.Regex("money-field",
            "Field names of money: two numbers a hundredfold apart under such a name are units and cents even "
                    + "when both are whole.",
            Pattern.compile(
            "amount|price|total|cost|fee|balance|refund|charge|paid|subtotal|tax|cents", Pattern.CASE_INSENSITIVE));

    static final Heuristic.Phrases BOOLEAN_TEXT = new Heuristic.Phrases("boolean-text",
            "Texts that stand for a boolean: with a boolean on the other side, the same answer written as a "
                    + "string.",
            List.of("true", "false", "yes", "no"));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Representation() {
    }

    /** The JSON type of a value as reports name it: number, string, boolean, object, array or null. */
    static String type(JsonNode value) {
        return switch (value.getNodeType()) {
            case NUMBER -> "number";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            case ARRAY -> "array";
            default -> "null";
        };
    }

    /** "a string", "an object", "an array". */
    static String withArticle(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** How a value is written, for messages: {@code number 42}, {@code string "42"}, {@code ISO date "2026-…"}. */
    static String describe(JsonNode value) {
        if (isIsoDate(value)) {
            return "ISO date " + value;
        }
        if (isEpoch(value)) {
            return "epoch " + value;
        }
        String text = value.toString();
        return type(value) + " " + (text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }

    /**
     * The representation change from {@code before} to {@code after} when both are the same quantity
     * written two ways, e.g. "number → string"; empty otherwise.
     */
    static Optional<String> change(String field, JsonNode before, JsonNode after) {
        if (isIsoDate(before) && isEpoch(after) || isEpoch(before) && isIsoDate(after)) {
            return Optional.of(isIsoDate(before) ? "ISO date → epoch" : "epoch → ISO date");
        }
        if (before.isNumber() && isNumericText(after) || isNumericText(before) && after.isNumber()) {
            return Optional.of(before.isNumber() ? "number → string" : "string → number");
        }
        if (before.isBoolean() && isBooleanText(after) || isBooleanText(before) && after.isBoolean()) {
            return Optional.of(before.isBoolean() ? "boolean → string" : "string → boolean");
        }
        if (before.isNumber() && after.isNumber() && hundredfold(field, before.decimalValue(), after.decimalValue())) {
            return Optional.of(after.decimalValue().compareTo(before.decimalValue()) > 0
                    ? "units → cents, ×100" : "cents → units, ÷100");
        }
        return Optional.empty();
    }

    /** True when the types differ only because the same quantity is written another way. */
    static boolean sameQuantity(JsonNode before, JsonNode after) {
        return change("", before, after).isPresent();
    }

    private static boolean hundredfold(String field, BigDecimal a, BigDecimal b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        boolean factor = a.multiply(HUNDRED).compareTo(b) == 0 || b.multiply(HUNDRED).compareTo(a) == 0;
        return factor && (isWhole(a) != isWhole(b) || MONEY.pattern().matcher(field).find());
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean isIsoDate(JsonNode value) {
        return value.isTextual() && ISO_DATE.pattern().matcher(value.asText().strip()).matches();
    }

    private static boolean isEpoch(JsonNode value) {
        String digits = value.isIntegralNumber() ? value.asText() : value.isTextual() ? value.asText().strip() : "";
        return EPOCH_DIGITS.pattern().matcher(digits).matches();
    }

    private static boolean isNumericText(JsonNode value) {
        return value.isTextual() && NUMERIC.pattern().matcher(value.asText().strip()).matches();
    }

    private static boolean isBooleanText(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        return BOOLEAN_TEXT.phrases().contains(text);
    }
}
