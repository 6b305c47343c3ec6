package dev.coroner.cli;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.Baseline;
import dev.coroner.analysis.BaselineFile;
import dev.coroner.analysis.CheckCatalog;
import dev.coroner.analysis.DeclaredSchema;
import dev.coroner.analysis.FilterFileException;
import dev.coroner.analysis.FindingFilter;
import dev.coroner.analysis.Redactor;
import dev.coroner.analysis.SuppressionFile;
import dev.coroner.analysis.Suppression;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coroner examine}: read the dumps, walk the checklist, report. */
@Command(name = "examine",
        mixinStandardHelpOptions = true,
        versionProvider = CommandLineFactory.Version.class,
        description = {
            "Read trace dumps and checkpoints, walk the post-mortem checklist (context, retrieval, "
                    + "inter-step state, boundaries, isolation) and report findings with a verdict per session.",
            "Inputs: files, directories (walked recursively), - for standard input; .gz and .zst are decompressed;"
                    + " LangGraph checkpointer databases: a SQLite file, or postgresql://… (also with --db)."})
final class ExamineCommand implements Callable<Integer> {

    /** How many import problems are echoed on stderr before the rest are only counted. */
    static final int STDERR_PROBLEM_LIMIT = 20;

    @Mixin
    TraceSources sources;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 4 when a finding is at or above SEVERITY: info, low, medium, high, critical "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analyse sessions on N threads (default: one per core).")
    Integer threads;

    @Option(names = "--context-budget", paramLabel = "TOKENS",
            description = "Context tokens a model call may use; judged by context.window-pressure (default: the "
                    + "context window the trace records, if any).")
    Long contextBudget;

    @Option(names = "--state-schema", paramLabel = "[NAMESPACE=]FILE",
            description = "Validate state snapshots against the JSON Schema in FILE (2020-12 unless it names "
                    + "another draft with $schema; self-contained: nothing is fetched). With NAMESPACE=, only that "
                    + "state namespace. Repeatable.")
    List<String> stateSchemas = List.of();

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write a report in FORMAT to FILE, e.g. --report sarif=coroner.sarif; repeatable.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings whose fingerprint is not in FILE, the JSON report of "
                    + "an earlier run (see --write-baseline); known findings are listed as suppressed.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write this run's findings, suppressed ones included, to FILE as a baseline (a JSON report).")
    Path writeBaseline;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Accept the findings listed in FILE, a YAML list of check, optional session or "
                    + "fingerprint, and reason (see docs/reports.md); they are counted and listed, never dropped.")
    Path suppressionFile;

    @Option(names = "--suppress", paramLabel = "CHECK-ID[:SESSION]=REASON",
            description = "Accept the findings of a check (only in SESSION if given), for REASON; repeatable.")
    List<String> suppress = new ArrayList<>();

    @Option(names = "--reveal",
            description = "Show secrets and personal identifiers in reports (default: masked as [email-1], [secret-2], …).")
    boolean reveal;

    private final Environment environment;

    /** The formats {@code --format} accepts, from the reporter registry. */
    static final class ReportFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Reporters.all().stream().map(Reporter::format).iterator();
        }
    }

    ExamineCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        Severity threshold = parseSeverity(failOn);
        Reporter reporter = Reporters.byFormat(format).orElseThrow(() -> new UsageException(
                "unknown report format '" + format + "' (expected one of: " + Reporters.formats() + ")"));
        sources.forced(sources.registry());
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1, found " + workers);
        }
        List<ReportTarget> targets = reportTargets();
        List<Suppression> suppressions = suppressions();
        Optional<Baseline> known = baseline();
        InputSet inputSet = sources.expand(environment);
        refuseToOverwriteInputs(inputSet, targets);
        if (contextBudget != null && contextBudget < 1) {
            throw new UsageException("--context-budget must be at least 1 token, found " + contextBudget);
        }
        AnalysisOptions analysisOptions = new AnalysisOptions(stateSchemas.stream().map(this::stateSchema).toList(),
                contextBudget == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(contextBudget));

        LoadedTrace trace = sources.load(environment, inputSet);
        AnalysisResult analysed = new Analyzer(CheckCatalog.all(), workers, analysisOptions).analyze(trace);
        // Filters after analysis, then masking: every report below shows the same masks.
        AnalysisResult filtered = FindingFilter.apply(analysed, suppressions, known);
        AnalysisResult result = reveal ? filtered : Redactor.redact(filtered);
        echoProblems(result);

        ReportOptions options = new ReportOptions(output == null && environment.colour(), threshold);
        if (output == null) {
            reporter.write(result, options, environment.out());
        } else {
            write(reporter, output, result, ReportOptions.plain(threshold));
        }
        for (ReportTarget target : targets) {
            write(target.reporter(), target.file(), result, ReportOptions.plain(threshold));
        }
        if (writeBaseline != null) {
            write(Reporters.byFormat("json").orElseThrow(), writeBaseline, result, ReportOptions.plain(threshold));
        }
        if (!result.problems().isEmpty()) {
            return ExitCode.INPUT_ERROR.code();
        }
        return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** One {@code --report FORMAT=FILE}. */
    private record ReportTarget(Reporter reporter, Path file) {
    }

    private List<ReportTarget> reportTargets() {
        List<ReportTarget> targets = new ArrayList<>();
        for (String spec : reports) {
            int equals = spec.indexOf('=');
            if (equals <= 0 || equals == spec.length() - 1) {
                throw new UsageException("--report: expected FORMAT=FILE, found '" + spec + "'");
            }
            String name = spec.substring(0, equals);
            Reporter target = Reporters.byFormat(name).orElseThrow(() -> new UsageException("--report: unknown report "
                    + "format '" + name + "' (expected one of: " + Reporters.formats() + ")"));
            targets.add(new ReportTarget(target, Path.of(spec.substring(equals + 1))));
        }
        return targets;
    }

    private List<Suppression> suppressions() {
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
        for (String spec : suppress) {
            Suppression s;
            try {
                s = Suppression.parse(spec, "--suppress");
            } catch (IllegalArgumentException e) {
                throw new UsageException("--suppress: " + e.getMessage());
            }
            if (!known.contains(s.checkId())) {
                throw new UsageException("--suppress: unknown check id '" + s.checkId() + "' (coroner checks lists them)");
            }
            all.add(s);
        }
        return all;
    }

    private Optional<Baseline> baseline() {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(environment.cwd().resolve(baseline), baseline.toString()));
        } catch (FilterFileException e) {
            throw new UsageException("--baseline: " + e.getMessage());
        }
    }

    private void write(Reporter reporter, Path file, AnalysisResult result, ReportOptions options) throws IOException {
        Path target = environment.cwd().resolve(file);
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            reporter.write(result, options, writer);
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + file + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads one {@code --state-schema [NAMESPACE=]FILE}; a file that is missing or not a schema is a usage error. */
    private AnalysisOptions.StateSchema stateSchema(String argument) {
        int eq = argument.indexOf('=');
        Optional<String> namespace = eq < 0 ? Optional.empty() : Optional.of(argument.substring(0, eq));
        String file = eq < 0 ? argument : argument.substring(eq + 1);
        if (file.isEmpty()) {
            throw new UsageException("--state-schema: expected [NAMESPACE=]FILE, found '" + argument + "'");
        }
        String text;
        try {
            text = Files.readString(environment.cwd().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("--state-schema: cannot read " + file + ": " + describeRead(e));
        }
        try {
            return new AnalysisOptions.StateSchema(namespace, file, DeclaredSchema.parse(text));
        } catch (DeclaredSchema.UnusableSchemaException e) {
            throw new UsageException("--state-schema: " + file + " is not a usable JSON Schema: " + e.getMessage());
        }
    }

    private static String describeRead(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return describe(e);
    }

    private static Severity parseSeverity(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    /** Evidence is read-only: no report may replace one of the inputs, and no two outputs share a file. */
    private void refuseToOverwriteInputs(InputSet inputSet, List<ReportTarget> targets) throws IOException {
        List<Path> outputs = new ArrayList<>();
        if (output != null) {
            outputs.add(output);
        }
        targets.forEach(t -> outputs.add(t.file()));
        if (writeBaseline != null) {
            outputs.add(writeBaseline);
        }
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path out : outputs) {
            Path target = environment.cwd().resolve(out).toAbsolutePath().normalize();
            if (!seen.add(target)) {
                throw new UsageException("two reports would be written to " + out);
            }
            TraceSources.refuseToOverwrite(inputSet, target, "the report");
        }
    }

    private void echoProblems(AnalysisResult result) {
        List<ImportProblem> problems = result.problems();
        for (int i = 0; i < Math.min(problems.size(), STDERR_PROBLEM_LIMIT); i++) {
            ImportProblem p = problems.get(i);
            environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
        }
        if (problems.size() > STDERR_PROBLEM_LIMIT) {
            environment.err().println("coroner: … and " + (problems.size() - STDERR_PROBLEM_LIMIT)
                    + " more import problems (all are listed in the report)");
        }
        int skipped = result.skipped().size();
        if (skipped == 1) {
            environment.err().println("coroner: note: skipped " + result.skipped().get(0));
        } else if (skipped > 1) {
            environment.err().println("coroner: note: skipped " + skipped + " files found in directories that are not"
                    + " traces (listed in the report)");
        }
        for (Suppression unused : result.unusedSuppressions()) {
            environment.err().println("coroner: note: suppression " + unused.target() + " (" + unused.origin()
                    + ") matched no finding");
        }
    }
}
