package dev.coroner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.diff.StateDiff;
import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.IoProblems;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.report.diff.DiffReporter;
import dev.coroner.trace.Checkpoint;
import dev.coroner.trace.Session;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.TraceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coroner diff A B}: what changed between two states. With {@code --db}, A and B name
 * checkpoints of that checkpointer database (a checkpoint id, or {@code THREAD@N} for step N of a
 * thread as reports number steps); without it, A and B are two JSON files holding a state each.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = CommandLineFactory.Version.class,
        description = {
            "Show what changed between two states: fields added and removed, values whose type changed, and "
                    + "inside long strings (messages, summaries) a character-level diff.",
            "With --db, A and B are checkpoints of that database: a checkpoint id, or THREAD@N for step N of "
                    + "a thread as `coroner examine` numbers steps. Without --db, A and B are state JSON files."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The earlier state: a checkpoint id, THREAD@N, or a JSON file.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The later state, named the same way.")
    String second;

    @Option(names = "--db", paramLabel = "SOURCE",
            description = "A checkpointer: a LangGraph SQLite file, a postgresql://… URL (opened read-only), a Redis"
                    + " dump.rdb or a redis://… URL (read commands only).")
    String database;

    @Option(names = "--redis-key", paramLabel = "PATTERN",
            description = "With a Redis --db: read keys matching PATTERN ('agent:state:{session}:{step}') as a team's"
                    + " own checkpoints; A and B may then also be two such keys. Repeatable.")
    List<String> redisKeys = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = DiffFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Show input paths relative to DIR (default: the working directory).")
    Path base;

    private final Environment environment;

    /** The formats {@code --format} accepts. */
    static final class DiffFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DiffReporter.ALL.stream().map(DiffReporter::format).iterator();
        }
    }

    DiffCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        DiffReporter reporter = DiffReporter.byFormat(format).orElseThrow(() -> new UsageException(
                "unknown diff format '" + format + "' (expected one of: " + DiffReporter.formats() + ")"));
        Path baseDir = base == null ? environment.cwd() : environment.cwd().resolve(base);
        StateDiff.Side a;
        StateDiff.Side b;
        if (database == null) {
            a = readFile(first, baseDir);
            b = readFile(second, baseDir);
        } else {
            FormatRegistry registry;
            try {
                registry = FormatRegistry.standard(redisKeys);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            String source = registry.isDatabaseUrl(database) ? database : environment.cwd().resolve(database).toString();
            // Closed before the diff is written: that deletes the sessions a small memory budget spilled.
            try (LoadedTrace trace = new TraceLoader(registry, Optional.empty(), environment::stdin)
                    .load(InputSet.expand(List.of(source), baseDir, registry))) {
                for (ImportProblem problem : trace.problems()) {
                    environment.err().println("coroner: " + (problem.wholeInput() ? "input error: " : "") + problem);
                }
                if (trace.sessions().isEmpty()) {
                    environment.err().println("coroner: no checkpoints read from " + database);
                    return ExitCode.INPUT_ERROR.code();
                }
                a = find(trace, first);
                b = find(trace, second);
            }
        }
        reporter.write(StateDiff.between(a, b), environment.out());
        return ExitCode.OK.code();
    }

    private StateDiff.Side readFile(String name, Path baseDir) {
        Path file = environment.cwd().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("'" + name + "' is not a file; to name checkpoints, give the database with --db");
        }
        String display = InputSetDisplay.of(file, baseDir);
        try {
            JsonNode state = TraceJson.mapper().readTree(Files.readString(file));
            return new StateDiff.Side(display, SourceRef.line(display, 0), state);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(display + (line > 0 ? ":" + line : "") + ": expected one JSON document (a state),"
                    + " found " + e.getOriginalMessage().lines().findFirst().orElse("invalid JSON"));
        } catch (IOException e) {
            throw new InputException("cannot read " + display + ": " + IoProblems.describe(e, "no such file"));
        }
    }

    /** A checkpoint by id, or THREAD@N: the state snapshot at step N of that session. */
    private static StateDiff.Side find(LoadedTrace trace, String ref) {
        int at = ref.lastIndexOf('@');
        if (at > 0 && ref.substring(at + 1).matches("[0-9]+")) {
            String thread = ref.substring(0, at);
            int index = Integer.parseInt(ref.substring(at + 1));
            Session session = trace.sessions().stream().filter(s -> s.id().equals(thread)).findFirst()
                    .orElseThrow(() -> new UsageException("no thread '" + thread + "' in the database (threads: "
                            + String.join(", ", trace.sessions().stream().map(Session::id).toList()) + ")"));
            if (index >= session.steps().size()) {
                throw new UsageException("thread " + thread + " has steps 0 to " + (session.steps().size() - 1)
                        + ", not " + index);
            }
            Step step = session.step(index);
            if (!(step instanceof StateSnapshot snapshot)) {
                throw new UsageException("step " + index + " of thread " + thread + " is a " + step.kind()
                        + ", not a checkpoint; checkpoints are at steps " + snapshotSteps(session));
            }
            return StateDiff.Side.of(session.id(), snapshot);
        }
        for (Session session : trace.sessions()) {
            for (Step step : session.steps()) {
                if (step instanceof StateSnapshot snapshot
                        && (Checkpoint.of(snapshot).map(c -> c.id().equals(ref)).orElse(false)
                        || snapshot.attributes().containsKey("redis.key")
                        && snapshot.attributes().get("redis.key").asText().equals(ref))) {
                    return StateDiff.Side.of(session.id(), snapshot);
                }
            }
        }
        throw new UsageException("no checkpoint '" + ref + "' in the database (name one by id, by its Redis key,"
                + " or as THREAD@STEP)");
    }

    private static String snapshotSteps(Session session) {
        List<String> steps = new ArrayList<>();
        for (Step step : session.steps()) {
            if (step instanceof StateSnapshot) {
                steps.add(Integer.toString(step.index()));
            }
        }
        return String.join(", ", steps);
    }

    /** How a file is named in the output: relative to the base directory when under it. */
    private static final class InputSetDisplay {
        static String of(Path file, Path base) {
            Path absolute = file.toAbsolutePath().normalize();
            Path absoluteBase = base.toAbsolutePath().normalize();
            Path shown = absolute.startsWith(absoluteBase) ? absoluteBase.relativize(absolute) : absolute;
            return shown.toString().replace('\\', '/');
        }
    }
}
