package dev.coroner.report;

import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.finding.Stage;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A run's findings by checklist stage, most severe first and then in {@link Finding#ORDER}, as the
 * text and Markdown reports list them. For findings already in that order (as a run gives them) one
 * pass keeps each stage's positions, four bytes a finding, and the lists read the findings back as
 * they are written out; otherwise each stage's findings are gathered and sorted.
 */
public final class StageLists {

    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity).reversed().thenComparing(Finding.ORDER);

    private StageLists() {
    }

    public static Map<Stage, List<Finding>> of(List<Finding> findings) {
        Severity[] bySeverity = Severity.values();
        Finding last = null;
        boolean ordered = true;
        int[][][] found = new int[Stage.values().length][bySeverity.length][];
        int[][] sizes = new int[Stage.values().length][bySeverity.length];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (last != null && Finding.ORDER.compare(last, f) > 0) {
                ordered = false;
                break;
            }
            last = f;
            int stage = f.stage().ordinal();
            int severity = f.severity().ordinal();
            int[] list = found[stage][severity];
            if (list == null) {
                list = found[stage][severity] = new int[16];
            } else if (sizes[stage][severity] == list.length) {
                list = found[stage][severity] = Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[stage][severity]++] = i;
        }
        Map<Stage, List<Finding>> out = new EnumMap<>(Stage.class);
        if (!ordered) {
            for (Finding f : findings) {
                out.computeIfAbsent(f.stage(), k -> new ArrayList<>()).add(f);
            }
            out.values().forEach(list -> list.sort(MOST_SEVERE_FIRST));
            return out;
        }
        for (Stage stage : Stage.values()) {
            int total = 0;
            for (int severity = 0; severity < bySeverity.length; severity++) {
                total += sizes[stage.ordinal()][severity];
            }
            if (total == 0) {
                continue;
            }
            int[] order = new int[total];
            int n = 0;
            // Severity is declared from least to most severe (as Comparator.comparing(severity) reads it).
            for (int severity = bySeverity.length - 1; severity >= 0; severity--) {
                int size = sizes[stage.ordinal()][severity];
                if (size > 0) {
                    System.arraycopy(found[stage.ordinal()][severity], 0, order, n, size);
                    n += size;
                }
            }
            out.put(stage, new Positions(findings, order));
        }
        return out;
    }

    /** Findings at given positions of a list, read on each get. */
    private static final class Positions extends AbstractList<Finding> {
        private final List<Finding> findings;
        private final int[] positions;

        Positions(List<Finding> findings, int[] positions) {
            this.findings = findings;
            this.positions = positions;
        }

        @Override
        public Finding get(int index) {
            return findings.get(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
