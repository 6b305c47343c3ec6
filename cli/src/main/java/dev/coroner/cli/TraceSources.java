package dev.coroner.cli;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.InputFile;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadProgress;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceImporter;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.ingest.spill.MemoryBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that reads traces takes — {@code INPUT…}, {@code --db}, {@code --from},
 * {@code --base} — and how it turns them into loaded sessions. A picocli mixin, so examine,
 * convert, context and timeline accept the same inputs in the same way.
 */
final class TraceSources {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Trace files, directories, database URLs (postgresql://…, redis://…, rediss://…), Redis"
                    + " dump.rdb snapshots, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--db", paramLabel = "URL",
            description = "Also read the checkpointer database at URL: LangGraph's PostgreSQL saver"
                    + " (postgresql://user@host/db, in a read-only transaction) or Redis (redis://…, rediss://…,"
                    + " read-only commands). Repeatable.")
    List<String> databases = new ArrayList<>();

    @Option(names = "--redis-key", paramLabel = "PATTERN",
            description = "Read Redis keys matching PATTERN as a team's own checkpoints, e.g."
                    + " 'agent:state:{session}:{step}': JSON or msgpack strings or hashes, successive state snapshots of"
                    + " {session} in {step} order. Repeatable.")
    List<String> redisKeys = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Read every input as FORMAT instead of detecting it (`coroner formats` lists them).")
    String from;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Show input paths relative to DIR, as SARIF does its artifact URIs (default: the working "
                    + "directory).")
    Path base;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress line on stderr while the inputs are read (--no-progress: never). By"
                    + " default it is shown when stderr is a terminal and the read takes over a second.")
    Boolean progress;

    /** The formats, with the {@code --redis-key} patterns; a pattern without its placeholders is a usage error. */
    FormatRegistry registry() {
        try {
            return FormatRegistry.standard(redisKeys);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The importer {@code --from} names, or empty to sniff; an unknown name is a usage error. */
    Optional<TraceImporter> forced(FormatRegistry registry) {
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(registry.byName(from).orElseThrow(() -> new UsageException(
                "unknown input format '" + from + "' (expected one of: " + registry.names() + ")")));
    }

    Path baseDir(Environment environment) {
        return base == null ? environment.cwd() : environment.cwd().resolve(base);
    }

    /** The inputs as files and URLs; none at all is a usage error. */
    InputSet expand(Environment environment) {
        // Which arguments are database URLs does not depend on --redis-key, whose errors come with loading.
        FormatRegistry formats = FormatRegistry.standard();
        List<String> arguments = new ArrayList<>();
        for (String input : inputs) {
            arguments.add(input.equals("-") || formats.isDatabaseUrl(input) ? input
                    : environment.cwd().resolve(input).toString());
        }
        for (String url : databases) {
            if (!formats.isDatabaseUrl(url)) {
                throw new UsageException("--db expects a database URL (postgresql://…, redis://…, rediss://…), found '" + url + "'");
            }
            arguments.add(url);
        }
        if (arguments.isEmpty()) {
            throw new UsageException("no input: give trace files, directories, - for standard input, or --db URL");
        }
        return InputSet.expand(arguments, baseDir(environment), formats);
    }

    /** Reads the inputs (sniffing each, unless {@code --from} forces a format). */
    LoadedTrace load(Environment environment, InputSet inputSet) {
        return load(environment, inputSet, null);
    }

    /**
     * Reads the inputs; sessions beyond the memory budget ({@link MemoryBudget}) are spilled to a
     * temporary directory under {@code spillParent} (the report's directory), or the system's temporary
     * directory when it is null, never beside the inputs. Close the trace to delete it.
     */
    LoadedTrace load(Environment environment, InputSet inputSet, Path spillParent) {
        FormatRegistry registry = registry();
        LoadProgress counts = new LoadProgress();
        ProgressLine line = ProgressLine.start(environment, progress, counts);
        try {
            TraceLoader loader = new TraceLoader(registry, forced(registry), environment::stdin, counts)
                    .spillingTo(spillParent, budget());
            return OutOfMemory.during(() -> OutOfMemory.reading(inputSet.files(), counts.bytesRead()),
                    () -> loader.load(inputSet));
        } finally {
            if (line != null) {
                line.close();
            }
        }
    }

    /** The memory budget; a malformed {@code coroner.memory.budget} is a usage error. */
    private static long budget() {
        try {
            return MemoryBudget.bytes();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Evidence is read-only: an output that is one of the inputs is a usage error. */
    static void refuseToOverwrite(InputSet inputSet, Path target, String what) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        for (InputFile file : inputSet.files()) {
            if (file.path() != null && Files.isSameFile(file.path(), target)) {
                throw new UsageException("refusing to write " + what + " over the input " + file.display());
            }
        }
    }
}
