package dev.coroner.ingest.spill;

import java.util.Locale;

/**
 * How many bytes of sessions a run holds in memory before it spills them to a temporary file, and the
 * most one session may take before it is not analysed. By default a quarter of the Java heap's
 * maximum ({@code -Xmx}): the checks of the sessions in flight, the cross-session index and the
 * results need the rest. The system property {@code coroner.memory.budget} sets it in bytes, with an
 * optional {@code k}, {@code m} or {@code g} suffix ({@code CORONER_JAVA_OPTS=-Dcoroner.memory.budget=64m}).
 */
public final class MemoryBudget {

    /** The system property that sets the budget. */
    public static final String PROPERTY = "coroner.memory.budget";

    private MemoryBudget() {
    }

    /** The budget in bytes: the system property if set, else a quarter of the maximum heap. */
    public static long bytes() {
        String value = System.getProperty(PROPERTY);
        if (value != null && !value.isBlank()) {
            return parse(value);
        }
        return Runtime.getRuntime().maxMemory() / 4;
    }

    /** A size such as {@code 1048576}, {@code 512k}, {@code 64m} or {@code 2g}. */
    static long parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        long unit = switch (text.charAt(text.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
        try {
            long number = Long.parseLong(digits.strip());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(number, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(PROPERTY + " expects a size in bytes such as 64m or 2g, found '"
                    + value + "'");
        }
    }

    /** Bytes as a person reads them: {@code 812 MiB}, {@code 3.2 GiB}, {@code 640 KiB}. */
    public static String describe(long bytes) {
        if (bytes >= 10L << 30) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MiB";
        }
        return Math.max(1, bytes >> 10) + " KiB";
    }
}
