package dev.coroner.cli;

import dev.coroner.ingest.FormatRegistry;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputFile;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.TraceImporter;
import dev.coroner.ingest.TraceLoader;
import dev.coroner.ingest.jsonl.CoronerJsonlWriter;
import dev.coroner.trace.Session;
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

/** {@code coroner convert}: any supported input to coroner JSONL v1. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Read traces in any supported format and write them as coroner JSONL v1 "
                + "(docs/formats/coroner-jsonl.md): one session event per session, one event per step.",
            "Examining the output gives the same findings as examining the inputs."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Trace files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Write the coroner JSONL to FILE (- for stdout).")
    String output;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Read every input as FORMAT instead of detecting it (`coroner formats` lists them).")
    String from;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Show input paths relative to DIR (default: the working directory).")
    Path base;

    private final Environment environment;

    ConvertCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        Optional<TraceImporter> forced = Optional.empty();
        if (from != null) {
            forced = Optional.of(registry.byName(from).orElseThrow(() -> new UsageException(
                    "unknown input format '" + from + "' (expected one of: " + registry.names() + ")")));
        }
        Path baseDir = base == null ? environment.cwd() : environment.cwd().resolve(base);
        InputSet inputSet = InputSet.expand(inputs.stream()
                .map(i -> i.equals("-") ? i : environment.cwd().resolve(i).toString()).toList(), baseDir);
        Path target = output.equals("-") ? null : environment.cwd().resolve(output);
        if (target != null && Files.exists(target)) {
            for (InputFile file : inputSet.files()) {
                if (!file.isStdin() && Files.isSameFile(file.path(), target)) {
                    throw new UsageException("refusing to write the conversion over the input " + file.display());
                }
            }
        }
        LoadedTrace trace = new TraceLoader(registry, forced, environment::stdin).load(inputSet);
        for (ImportProblem p : trace.problems()) {
            environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
        }
        if (target == null) {
            write(trace, environment.out());
        } else {
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                write(trace, writer);
            } catch (IOException e) {
                throw new UsageException("cannot write " + output + ": " + e.getMessage());
            }
        }
        return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
    }

    private static void write(LoadedTrace trace, Writer writer) throws IOException {
        CoronerJsonlWriter jsonl = new CoronerJsonlWriter(writer);
        for (Session session : trace.sessions()) {
            jsonl.write(session);
        }
        writer.flush();
    }
}
