package dev.coroner.cli;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.CheckCatalog;
import dev.coroner.analysis.DeclaredSchema;
import dev.coroner.finding.Severity;
import dev.coroner.ingest.DatabaseUrls;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputFile;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceImporter;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.report.ReportOptions;
import dev.coroner.report.Reporter;
import dev.coroner.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Trace files, directories, database URLs (postgresql://…), or - for stdin.")
    List<String> inputs = new java.util.ArrayList<>();

    @Option(names = "--db", paramLabel = "URL",
            description = "Also read the LangGraph checkpointer database at URL (postgresql://user@host/db);"
                    + " read in a read-only transaction. Repeatable.")
    List<String> databases = new java.util.ArrayList<>();

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

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Read every input as FORMAT instead of detecting it (see docs/formats/).")
    String from;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Show input paths relative to DIR (default: the working directory).")
    Path base;

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
        FormatRegistry registry = FormatRegistry.standard();
        Optional<TraceImporter> forced = Optional.empty();
        if (from != null) {
            forced = Optional.of(registry.byName(from).orElseThrow(() -> new UsageException(
                    "unknown input format '" + from + "' (expected one of: " + registry.names() + ")")));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UsageException("--threads must be at least 1, found " + workers);
        }
        Path baseDir = base == null ? environment.cwd() : environment.cwd().resolve(base);
        List<String> arguments = new java.util.ArrayList<>(inputs.stream().map(this::resolve).toList());
        for (String url : databases) {
            if (!DatabaseUrls.isDatabaseUrl(url)) {
                throw new UsageException("--db expects a database URL (postgresql://…), found '" + url + "'");
            }
            arguments.add(url);
        }
        if (arguments.isEmpty()) {
            throw new UsageException("no input: give trace files, directories, - for standard input, or --db URL");
        }
        InputSet inputSet = InputSet.expand(arguments, baseDir);
        refuseToOverwriteInputs(inputSet);
        if (contextBudget != null && contextBudget < 1) {
            throw new UsageException("--context-budget must be at least 1 token, found " + contextBudget);
        }
        AnalysisOptions analysisOptions = new AnalysisOptions(stateSchemas.stream().map(this::stateSchema).toList(),
                contextBudget == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(contextBudget));

        LoadedTrace trace = new TraceLoader(registry, forced, environment::stdin).load(inputSet);
        AnalysisResult result = new Analyzer(CheckCatalog.all(), workers, analysisOptions).analyze(trace);
        echoProblems(result);

        ReportOptions options = new ReportOptions(output == null && environment.colour(), threshold);
        if (output == null) {
            reporter.write(result, options, environment.out());
        } else {
            Path target = environment.cwd().resolve(output);
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                reporter.write(result, options, writer);
            } catch (IOException e) {
                throw new UsageException("cannot write the report to " + output + ": " + describe(e));
            }
        }
        if (!result.problems().isEmpty()) {
            return ExitCode.INPUT_ERROR.code();
        }
        return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
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

    /** Relative inputs are resolved against the injected working directory, not the JVM's. */
    private String resolve(String input) {
        return input.equals("-") || DatabaseUrls.isDatabaseUrl(input) ? input
                : environment.cwd().resolve(input).toString();
    }

    private static Severity parseSeverity(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    /** Evidence is read-only: the report may never replace one of the inputs. */
    private void refuseToOverwriteInputs(InputSet inputSet) throws IOException {
        if (output == null) {
            return;
        }
        Path target = environment.cwd().resolve(output);
        if (!Files.exists(target)) {
            return;
        }
        for (InputFile file : inputSet.files()) {
            if (file.path() != null && Files.isSameFile(file.path(), target)) {
                throw new UsageException("refusing to write the report over the input " + file.display());
            }
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
    }
}
