package dev.coroner.analysis.filter;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fingerprints of a previous run. A finding whose fingerprint is in the baseline is known;
 * only new findings are reported and fail the run. Fingerprints come from stable anchors (check,
 * session, normalised content), never from line numbers, so a re-exported dump keeps them.
 *
 * @param fingerprints known fingerprints
 * @param origin       the baseline file as given
 */
public record Baseline(Set<String> fingerprints, String origin) {

    public Baseline {
        fingerprints = Set.copyOf(new TreeSet<>(fingerprints));
    }

    public static Baseline of(Collection<String> fingerprints, String origin) {
        return new Baseline(new TreeSet<>(fingerprints), origin);
    }

    public boolean knows(String fingerprint) {
        return fingerprints.contains(fingerprint);
    }
}
