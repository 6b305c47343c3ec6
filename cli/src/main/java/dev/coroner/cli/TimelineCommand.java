package dev.coroner.cli;

import dev.coroner.analysis.AnalysisOptions;
import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.Analyzer;
import dev.coroner.analysis.CheckCatalog;
import dev.coroner.analysis.Redactor;
import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.TimelineStep;
import dev.coroner.finding.Finding;
import dev.coroner.ingest.ImportProblem;
import dev.coroner.ingest.LoadedTrace;
import dev.coroner.report.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Option(names = "--reveal", description = "Show secrets and personal identifiers instead of masks.")
    boolean reveal;

    private final Environment environment;

    TimelineCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        LoadedTrace trace = sources.load(environment, sources.expand(environment));
        for (ImportProblem p : trace.problems()) {
            environment.err().println("coroner: " + (p.wholeInput() ? "input error: " : "") + p);
        }
        AnalysisResult result = new Analyzer(CheckCatalog.all(), Runtime.getRuntime().availableProcessors(),
                AnalysisOptions.none()).analyze(trace);
        if (!reveal) {
            result = Redactor.redact(result);
        }
        List<SessionResult> sessions = result.sessions().stream()
                .filter(s -> sessionId == null || s.id().equals(sessionId)).toList();
        if (sessionId != null && sessions.isEmpty()) {
            throw new UsageException("no session '" + sessionId + "' in the inputs (sessions: "
                    + result.sessions().stream().limit(10).map(SessionResult::id).collect(Collectors.joining(", "))
                    + (result.sessions().size() > 10 ? ", …" : "") + ")");
        }
        PrintWriter out = environment.out();
        boolean first = true;
        for (SessionResult session : sessions) {
            if (!first) {
                out.println();
            }
            first = false;
            print(out, session, findingsByStep(result, session.id()));
        }
        out.flush();
        return trace.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
    }

    private static Map<Integer, List<Finding>> findingsByStep(AnalysisResult result, String sessionId) {
        Map<Integer, List<Finding>> out = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.sessionId().equals(sessionId)) {
                out.computeIfAbsent(f.step(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    private static void print(PrintWriter out, SessionResult session, Map<Integer, List<Finding>> findings) {
        out.println("session " + clean(session.id()) + (session.principal().isEmpty() ? ""
                : " (principal " + clean(session.principal()) + ")") + ": " + session.verdict().kind().label()
                + ", " + session.steps() + " steps");
        for (Finding f : findings.getOrDefault(-1, List.of())) {
            out.println("       ! " + f.severity().label() + " " + f.checkId() + ": " + clean(f.message()));
        }
        int agentWidth = Math.max(5, session.timeline().stream().mapToInt(t -> clean(t.agent()).length()).max().orElse(0));
        for (TimelineStep step : session.timeline()) {
            String context = step.context().map(c -> c.messages() + " msgs, " + c.characters() + " chars").orElse("");
            out.println(String.format("  %4d %-11s %-" + agentWidth + "s %s%s%s  %s", step.index(), step.kind(),
                    step.agent().isEmpty() ? "-" : clean(step.agent()), clean(step.summary()),
                    context.isEmpty() ? "" : " [" + context + "]", step.failed() ? " FAILED" : "",
                    clean(step.source().toString())));
            for (Finding f : findings.getOrDefault(step.index(), List.of())) {
                out.println("       ! " + f.severity().label() + " " + f.checkId() + ": " + clean(f.message()));
            }
        }
    }

    private static String clean(String untrusted) {
        return TerminalText.sanitize(untrusted);
    }
}
