package dev.coroner.cli;

import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.IoProblems;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.ingest.jsonl.CoronerJsonlWriter;
import dev.coroner.trace.Session;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coroner convert}: any supported input to coroner JSONL v1. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Read traces in any supported format and write them as coroner JSONL v1 "
                + "(docs/formats/coroner-jsonl.md): one session event per session, one event per step.",
            "Examining the output gives the same findings as examining the inputs."})
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    TraceSources sources;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Write the coroner JSONL to FILE (- for stdout).")
    String output;

    private final Environment environment;

    ConvertCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        InputSet inputSet = sources.expand(environment);
        Path target = output.equals("-") ? null : environment.cwd().resolve(output);
        if (target != null) {
            TraceSources.refuseToOverwrite(inputSet, target, "the conversion");
        }
        try (LoadedTrace trace = sources.load(environment, inputSet)) {
            for (ImportProblem p : trace.problems()) {
                environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
            }
            if (target == null) {
                write(trace, environment.out());
            } else {
                try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    write(trace, writer);
                } catch (IOException e) {
                    throw new UsageException("cannot write " + output + ": "
                            + IoProblems.describe(e, "no such directory"));
                }
            }
            return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
    }

    private static void write(LoadedTrace trace, Writer writer) throws IOException {
        CoronerJsonlWriter jsonl = new CoronerJsonlWriter(writer);
        for (Session session : trace.sessions()) {
            jsonl.write(session);
        }
        writer.flush();
    }
}
