package dev.coroner.finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One rule of thumb a check decides by: a threshold, a phrase list or a pattern. A check declares
 * its heuristics next to itself and its code reads them from that declaration, so what
 * {@code coroner explain} and {@code docs/checks.md} show is by construction the value in use, and
 * the prose about a check cannot drift from its constants.
 */
public sealed interface Heuristic permits Heuristic.Limit, Heuristic.Ratio, Heuristic.Phrases, Heuristic.Regex,
        Heuristic.Shared {

    /** The form of {@link #id()}: kebab-case. */
    Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A short name, unique within the check. */
    String id();

    /** What the heuristic is for, in one sentence. */
    String purpose();

    /** The value as shown to a reader. */
    String shown();

    private static void requireNamed(String id, String purpose) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("heuristic id must be kebab-case: " + id);
        }
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("heuristic " + id + " needs a purpose");
        }
    }

    /** A whole-number threshold with its unit ("4 words", "3 steps"). */
    record Limit(String id, String purpose, int value, String unit) implements Heuristic {
        public Limit {
            requireNamed(id, purpose);
            Objects.requireNonNull(unit);
        }

        @Override
        public String shown() {
            return value + " " + unit;
        }
    }

    /** A fractional threshold: a share, a ratio or a score. */
    record Ratio(String id, String purpose, double value) implements Heuristic {
        public Ratio {
            requireNamed(id, purpose);
        }

        @Override
        public String shown() {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Phrases or words matched in text. */
    record Phrases(String id, String purpose, List<String> phrases) implements Heuristic {
        public Phrases {
            requireNamed(id, purpose);
            phrases = List.copyOf(phrases);
        }

        @Override
        public String shown() {
            return phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        }
    }

    /**
     * A regular expression matched in text; shown between slashes, followed by "i" when it is compiled
     * to ignore case and does not say so itself with a leading {@code (?i)}.
     */
    record Regex(String id, String purpose, Pattern pattern) implements Heuristic {

        private static final Pattern INLINE_IGNORE_CASE = Pattern.compile("\\A\\(\\?[a-zA-Z]*i[a-zA-Z-]*[:)]");

        public Regex {
            requireNamed(id, purpose);
            Objects.requireNonNull(pattern);
        }

        @Override
        public String shown() {
            boolean flagged = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                    && !INLINE_IGNORE_CASE.matcher(pattern.pattern()).find();
            return "/" + pattern.pattern() + "/" + (flagged ? "i" : "");
        }
    }

    /**
     * A heuristic kept with code that several checks share, named here by reference: shared text
     * heuristics may not depend on check metadata, so their values are listed where they live.
     */
    record Shared(String id, String purpose, String source) implements Heuristic {
        public Shared {
            requireNamed(id, purpose);
            Objects.requireNonNull(source);
        }

        @Override
        public String shown() {
            return "shared: " + source;
        }
    }
}
