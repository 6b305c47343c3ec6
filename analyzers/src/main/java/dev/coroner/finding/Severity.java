package dev.coroner.finding;

import java.util.Locale;

/** How bad a finding is, lowest first. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    /** Lower-case name as written in reports and accepted by {@code --fail-on}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** Parses a label (any case). */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected one of info, low, medium, high, critical, found '" + text + "'");
    }
}
