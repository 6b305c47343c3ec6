package dev.coroner.analysis;

import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputRecord;
import java.util.List;

/**
 * The immutable outcome of one run, handed to every reporter. Holds no times and nothing that
 * depends on thread scheduling, so the same inputs give the same result.
 *
 * @param version  coroner version
 * @param inputs   inputs read, in the order given, with format and SHA-256
 * @param skipped  files met while walking directories that were not traces
 * @param problems what could not be read
 * @param sessions sessions, sorted by id, with verdicts
 * @param findings findings in {@link Finding#ORDER}
 * @param checks   the checks that ran, in catalogue order
 */
public record AnalysisResult(String version, List<InputRecord> inputs, List<String> skipped,
                             List<ImportProblem> problems, List<SessionResult> sessions, List<Finding> findings,
                             List<CheckInfo> checks) {

    public static final String TOOL = "coroner";

    public AnalysisResult {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        sessions = List.copyOf(sessions);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    /** True when some finding is at or above the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
