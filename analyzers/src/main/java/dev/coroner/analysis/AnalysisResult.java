package dev.coroner.analysis;

import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import dev.coroner.ingest.spill.SpilledList;
import java.util.List;

/**
 * The immutable outcome of one run, handed to every reporter. Holds no times and nothing that
 * depends on thread scheduling, so the same inputs give the same result.
 *
 * <p>{@link Analyzer} fills the first seven components. The filters then run:
 * {@link dev.coroner.analysis.filter.FindingFilter} moves findings that a suppression or the baseline
 * accepts into {@code suppressed}, and {@link dev.coroner.analysis.filter.Redactor} masks secrets and
 * personal identifiers; both return a new result.
 *
 * @param version            coroner version
 * @param inputs             inputs read, in the order given, with format and SHA-256
 * @param skipped            files met while walking directories that were not traces
 * @param problems           what could not be read
 * @param sessions           sessions, sorted by id, with verdicts (decided on every finding, suppressed or not)
 * @param findings           findings to report and fail on, in {@link Finding#ORDER}
 * @param checks             the checks that ran, in catalogue order
 * @param suppressed         findings accepted by a suppression or the baseline, in {@link Finding#ORDER}
 * @param unusedSuppressions suppressions that matched no finding, in the order given
 * @param baseline           the baseline file as given, or empty when none was used
 * @param redacted           true when secrets and personal identifiers have been masked
 */
public record AnalysisResult(String version, List<InputRecord> inputs, List<String> skipped,
                             List<ImportProblem> problems, List<SessionResult> sessions, List<Finding> findings,
                             List<CheckInfo> checks, List<SuppressedFinding> suppressed,
                             List<Suppression> unusedSuppressions, String baseline, boolean redacted) {

    public static final String TOOL = "coroner";

    public AnalysisResult {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        sessions = kept(sessions);
        findings = kept(findings);
        checks = List.copyOf(checks);
        suppressed = kept(suppressed);
        unusedSuppressions = List.copyOf(unusedSuppressions);
    }

    /** A list that may be spilled past the memory budget is immutable already and not read into memory. */
    private static <T> List<T> kept(List<T> list) {
        return list instanceof SpilledList<T> ? list : List.copyOf(list);
    }

    /** A result as analysis produces it: nothing suppressed, no baseline, nothing masked. */
    public AnalysisResult(String version, List<InputRecord> inputs, List<String> skipped,
                          List<ImportProblem> problems, List<SessionResult> sessions, List<Finding> findings,
                          List<CheckInfo> checks) {
        this(version, inputs, skipped, problems, sessions, findings, checks, List.of(), List.of(), "", false);
    }

    /**
     * This result with every list in memory, a list spilled past the memory budget read back once: for
     * a report that links everything to everything (the HTML page).
     */
    public AnalysisResult held() {
        return new AnalysisResult(version, inputs, skipped, problems, List.copyOf(sessions), List.copyOf(findings),
                checks, List.copyOf(suppressed), unusedSuppressions, baseline, redacted);
    }

    /** True when some finding is at or above the threshold. Suppressed findings do not count. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    /** Findings of this severity, suppressed ones not included. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Active findings of one session, in {@link Finding#ORDER}. */
    public List<Finding> findingsOf(String sessionId) {
        return findings.stream().filter(f -> f.sessionId().equals(sessionId)).toList();
    }

    /**
     * Active findings of one session by the step they point at, steps in order; key -1 holds those
     * about the whole session. What a timeline pins under each step.
     */
    public java.util.SortedMap<Integer, List<Finding>> findingsByStep(String sessionId) {
        java.util.SortedMap<Integer, List<Finding>> out = new java.util.TreeMap<>();
        for (Finding f : findings) {
            if (f.sessionId().equals(sessionId)) {
                out.computeIfAbsent(f.step(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
