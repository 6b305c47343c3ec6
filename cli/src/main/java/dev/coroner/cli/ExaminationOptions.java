package dev.coroner.cli;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.Suppression;
import dev.coroner.analysis.filter.Baseline;
import dev.coroner.analysis.filter.BaselineFile;
import dev.coroner.analysis.filter.FilterFileException;
import dev.coroner.analysis.filter.SuppressionFile;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.examination.Examination;
import dev.coroner.finding.CheckInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Option;

/**
 * The analysis options of the commands that show findings ({@code examine}, {@code timeline},
 * {@code explore}), as one picocli mixin: read and checked into the analyzers' {@link Examination}
 * (analyse with the declared state schemas and context budget, accept what the suppressions and the
 * baseline list, mask), so the three commands take the same options and show the same findings for
 * the same inputs.
 */
final class ExaminationOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Analyse sessions on N threads (default: one per core).")
    Integer threads;

    @Option(names = "--context-budget", paramLabel = "TOKENS",
            description = "Context tokens a model call may use; judged by context.window-pressure (default: the "
                    + "context window the trace records, if any).")
    Long contextBudget;

    @Option(names = "--state-schema", paramLabel = "[NAMESPACE=]FILE",
            converter = OptionConverters.StateSchemaConverter.class,
            description = "Validate state snapshots against the JSON Schema in FILE (2020-12 unless it names "
                    + "another draft with $schema; self-contained: nothing is fetched). With NAMESPACE=, only that "
                    + "state namespace. Repeatable.")
    List<AnalysisOptions.StateSchema> stateSchemas = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings whose fingerprint is not in FILE, the JSON report of "
                    + "an earlier run (see examine --write-baseline); known findings are listed as suppressed.")
    Path baseline;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Accept the findings listed in FILE, a YAML list of check, optional session or "
                    + "fingerprint, and reason (see docs/reports.md); they are counted and listed, never dropped.")
    Path suppressionFile;

    @Option(names = "--suppress", paramLabel = "CHECK-ID[:SESSION]=REASON",
            converter = OptionConverters.SuppressionConverter.class,
            description = "Accept the findings of a check (only in SESSION if given), for REASON; repeatable.")
    List<Suppression> suppress = new ArrayList<>();

    @Option(names = "--reveal",
            description = "Show secrets and personal identifiers (default: masked as [email-1], [secret-2], …).")
    boolean reveal;

    /**
     * Reads and checks the options (schemas, suppression and baseline files): a bad option is a usage
     * error before any input is read.
     */
    Examination examination(Environment environment) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1, found " + workers);
        }
        if (contextBudget != null && contextBudget < 1) {
            throw new UsageException("--context-budget must be at least 1 token, found " + contextBudget);
        }
        AnalysisOptions options = new AnalysisOptions(stateSchemas,
                contextBudget == null ? OptionalLong.empty() : OptionalLong.of(contextBudget));
        return new Examination(new Analyzer(CheckCatalog.all(), workers, options), suppressions(environment),
                baseline(environment), reveal);
    }

    private List<Suppression> suppressions(Environment environment) {
        List<String> known = CheckCatalog.infos().stream().map(CheckInfo::id).toList();
        List<Suppression> all = new ArrayList<>();
        if (suppressionFile != null) {
            try {
                all.addAll(SuppressionFile.read(environment.cwd().resolve(suppressionFile), suppressionFile.toString(),
                        known));
            } catch (FilterFileException e) {
                throw new UsageException("--suppressions: " + e.getMessage());
            }
        }
        all.addAll(suppress);
        return all;
    }

    private Optional<Baseline> baseline(Environment environment) {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(environment.cwd().resolve(baseline), baseline.toString()));
        } catch (FilterFileException e) {
            throw new UsageException("--baseline: " + e.getMessage());
        }
    }
}
