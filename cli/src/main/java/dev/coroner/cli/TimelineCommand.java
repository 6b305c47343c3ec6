package dev.coroner.cli;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.examination.Examination;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.json.TimelineJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coroner timeline}: the steps of each session in order — kind, agent, a summary, how much
 * context each model call was given, which steps failed — with the findings of the checklist
 * pinned to the step they point at. The view to read before asking {@code coroner context}.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = CommandLineFactory.Version.class,
        description = {"Print the steps of each session in order: kind, agent, summary, context size of each model "
                + "call, failed steps, and the findings pinned to the step they point at.",
            "Secrets and personal identifiers are masked unless --reveal is given."})
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    TraceSources sources;

    @Option(names = "--session", paramLabel = "ID", description = "Only this session (default: every session).")
    String sessionId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}; json is described in docs/reports.md).")
    String format;

    @Mixin
    ExaminationOptions analysisOptions;

    private final Environment environment;

    TimelineCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected one of: text, json)");
        }
        Examination examination = analysisOptions.examination(environment);
        try (LoadedTrace trace = sources.load(environment, sources.expand(environment))) {
            for (ImportProblem p : trace.problems()) {
                environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
            }
            AnalysisResult result = OutOfMemory.analyse(examination, trace);
            List<SessionResult> sessions = result.sessions().stream()
                    .filter(s -> sessionId == null || s.id().equals(sessionId)).toList();
            if (sessionId != null && sessions.isEmpty()) {
                throw new UsageException("no session '" + sessionId + "' in the inputs (sessions: "
                        + result.sessions().stream().limit(10).map(SessionResult::id).collect(Collectors.joining(", "))
                        + (result.sessions().size() > 10 ? ", …" : "") + ")");
            }
            PrintWriter out = environment.out();
            if (format.equals("json")) {
                TimelineJson.write(result, sessions, out);
                return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
            }
            boolean first = true;
            for (SessionResult session : sessions) {
                if (!first) {
                    out.println();
                }
                first = false;
                TimelinePrinter.print(out, session, result.findingsByStep(session.id()));
            }
            out.flush();
            return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
    }
}
