package dev.coroner.cli;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.Suppression;
import dev.coroner.cli.OptionConverters.ReportTarget;
import dev.coroner.examination.Examination;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.IoProblems;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.spill.MemoryBudget;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import dev.coroner.report.Words;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Mixin
    ExaminationOptions analysisOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            converter = OptionConverters.SeverityConverter.class,
            description = "Exit 4 when a finding is at or above SEVERITY: info, low, medium, high, critical "
                    + "(default: ${DEFAULT-VALUE}).")
    Severity threshold;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", converter = OptionConverters.ReportTargetConverter.class,
            description = "Also write a report in FORMAT to FILE, e.g. --report sarif=coroner.sarif; repeatable.")
    List<ReportTarget> targets = new ArrayList<>();

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write this run's findings, suppressed ones included, to FILE as a baseline (a JSON report).")
    Path writeBaseline;

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
        Reporter reporter = Reporters.byFormat(format).orElseThrow(() -> new UsageException(
                "unknown report format '" + format + "' (expected one of: " + Reporters.formats() + ")"));
        sources.forced(sources.registry());
        Examination examination = analysisOptions.examination(environment);
        InputSet inputSet = sources.expand(environment);
        refuseToOverwriteInputs(inputSet, targets);

        Path spillParent = output == null ? null : environment.cwd().resolve(output).toAbsolutePath().getParent();
        try (LoadedTrace trace = sources.load(environment, inputSet, spillParent)) {
            return examine(reporter, examination, trace);
        }
    }

    private int examine(Reporter reporter, Examination examination, LoadedTrace trace) throws IOException {
        AnalysisResult result = OutOfMemory.analyse(examination, trace);
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
        long overBudget = result.findings().stream().filter(f -> f.checkId().equals(Analyzer.LIMIT_REACHED.id())).count();
        if (overBudget > 0) {
            // Session ids are trace content: the report names them, escaped; this line does not.
            environment.err().println("coroner: " + Words.plural(overBudget, "session") + " not analysed, larger than the"
                    + " memory budget of " + MemoryBudget.describe(trace.memoryBudget()) + " (evidence.limit-reached in"
                    + " the report; the rest was examined): give coroner more memory with CORONER_JAVA_OPTS=-Xmx…");
        }
        long checkFailures = result.findings().stream().filter(f -> f.checkId().equals(Analyzer.CHECK_FAILED.id())).count();
        if (checkFailures > 0) {
            environment.err().println("coroner: internal error: a check failed on " + Words.plural(checkFailures, "session")
                    + " (evidence.check-failed in the report; the rest was examined): a bug, please report it");
            return ExitCode.INTERNAL_ERROR.code();
        }
        if (!result.problems().isEmpty()) {
            return ExitCode.INPUT_ERROR.code();
        }
        return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private void write(Reporter reporter, Path file, AnalysisResult result, ReportOptions options) throws IOException {
        Path target = environment.cwd().resolve(file);
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            reporter.write(result, options, writer);
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + file + ": "
                    + IoProblems.describe(e, "no such directory"));
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
