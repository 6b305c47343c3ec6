package dev.coroner.cli;

import dev.coroner.examination.Examination;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.InputSet;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.json.ContextJson;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coroner context}: exactly what the model was given at one step — every message of the
 * call's context in order, with the step that first brought it into the session — and what it
 * answered, then the findings that point at that step (the same examination as {@code examine}, with
 * the same analysis options). The first question of every post-mortem, answered from the trace alone.
 */
@Command(name = "context", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Print exactly what the model was given at one step: every message of the call's context, "
                + "in order, with the step that first introduced it (its provenance), and the model's output.",
            "Then the findings that point at that step, from the same examination as `coroner examine` "
                    + "(same analysis options).",
            "Secrets and personal identifiers are masked unless --reveal is given."})
final class ContextCommand implements Callable<Integer> {

    @Mixin
    TraceSources sources;

    @Option(names = "--session", paramLabel = "ID", required = true, description = "The session, as the trace names it.")
    String sessionId;

    @Option(names = "--step", paramLabel = "N", required = true,
            description = "The model call's step number (as reports show it, counted from 0).")
    int step;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    ExaminationOptions analysisOptions;

    private final Environment environment;

    ContextCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected one of: text, json)");
        }
        Examination examination = analysisOptions.examination(environment);
        InputSet inputSet = sources.expand(environment);
        try (LoadedTrace trace = sources.load(environment, inputSet)) {
            for (ImportProblem p : trace.problems()) {
                environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
            }
            Session session = trace.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                    .orElseThrow(() -> new UsageException("no session '" + sessionId + "' in the inputs (sessions: "
                            + trace.sessions().stream().limit(10).map(Session::id).collect(Collectors.joining(", "))
                            + (trace.sessions().size() > 10 ? ", …" : "") + ")"));
            ModelCall call = ContextPrinter.modelCall(session, step);
            // The whole trace is examined: a step's findings may rest on other sessions (bleed).
            Map<Integer, List<Finding>> findings = OutOfMemory.analyse(examination, trace).findingsByStep(session.id());
            UnaryOperator<String> mask = examination.mask(session);
            if (format.equals("json")) {
                ContextJson.write(session, call, mask, findings, environment.out());
            } else {
                ContextPrinter.print(environment.out(), session, call, mask, findings);
            }
            return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
    }
}
