package dev.coroner.analysis;

import dev.coroner.finding.Finding;

/**
 * A finding that is reported as accepted rather than active: it neither fails the run nor
 * appears among the findings, but every report counts and lists it.
 *
 * @param finding the finding, unchanged
 * @param by      what accepted it
 * @param reason  the suppression's reason, or for the baseline a sentence saying so
 * @param origin  where the suppression was declared ({@code FILE:LINE}, {@code --suppress}) or the baseline file
 */
public record SuppressedFinding(Finding finding, By by, String reason, String origin) {

    /** What accepted a finding. */
    public enum By {
        /** A suppression with a reason. */
        SUPPRESSION,
        /** The baseline: the fingerprint was already known. */
        BASELINE;

        /** Lower-case label used in reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
