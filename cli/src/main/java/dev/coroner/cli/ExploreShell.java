package dev.coroner.cli;

import dev.coroner.analysis.AnalysisResult;
import dev.coroner.analysis.SessionResult;
import dev.coroner.examination.Examination;
import dev.coroner.analysis.verdict.Verdict;
import dev.coroner.checks.CheckCatalog;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Finding;
import dev.coroner.report.TerminalText;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jline.reader.Completer;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.reader.impl.completer.ArgumentCompleter;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;

/**
 * The commands of {@code coroner explore} over one analysed dump: which session is selected, and
 * what each command line prints. Knows nothing of terminals, so a line in gives text out; a
 * mistake prints one line and the shell goes on.
 */
final class ExploreShell {

    static final String HELP = """
            sessions          every session: id, principal, verdict, steps
            session ID        select a session (tab completes ids)
            verdict           the selected session's verdict and how it was reached
            findings          the selected session's findings, in report order
            timeline          the selected session's steps, findings pinned to them
            context N         exactly what the model was given at step N of the selected session
            explain CHECK-ID  what a check looks for, and how to fix it
            help              this list
            quit, exit        leave (so does end of input, Ctrl-D)""";

    private static final List<String> COMMANDS = List.of("sessions", "session", "verdict", "findings", "timeline",
            "context", "explain", "help", "quit", "exit");

    private final List<Session> sessions;
    private final AnalysisResult result;
    private final Examination examination;
    private Optional<SessionResult> selected = Optional.empty();

    /**
     * @param sessions the sessions as read, for {@code context}
     * @param result   the analysis of those sessions, already redacted unless {@code reveal}
     * @param examination the examination that produced {@code result}: it says how {@code context} masks
     */
    ExploreShell(List<Session> sessions, AnalysisResult result, Examination examination) {
        this.sessions = List.copyOf(sessions);
        this.result = result;
        this.examination = examination;
        if (result.sessions().size() == 1) {
            selected = Optional.of(result.sessions().get(0));
        }
    }

    /** The prompt: names the selected session, if any. */
    String prompt() {
        return selected.map(s -> "coroner " + clean(s.id()) + "> ").orElse("coroner> ");
    }

    /** Runs one command line; false when it asks to leave. */
    boolean execute(String line, PrintWriter out) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String command = space < 0 ? trimmed : trimmed.substring(0, space);
        String argument = space < 0 ? "" : trimmed.substring(space + 1).strip();
        try {
            switch (command) {
                case "" -> { }
                case "quit", "exit" -> {
                    return false;
                }
                case "help" -> out.println(HELP);
                case "sessions" -> sessions(out);
                case "session" -> select(argument, out);
                case "verdict" -> verdict(out);
                case "findings" -> findings(out);
                case "timeline" -> TimelinePrinter.print(out, session(),
                        result.findingsByStep(session().id()));
                case "context" -> context(argument, out);
                case "explain" -> ExplainCommand.print(out, ExplainCommand.check(required(argument, "explain CHECK-ID")));
                default -> out.println("unknown command '" + clean(command) + "' (try help)");
            }
        } catch (UsageException e) {
            out.println(e.getMessage());
        }
        out.flush();
        return true;
    }

    /** Completes command names, session ids after {@code session}, check ids after {@code explain}. */
    Completer completer() {
        List<String> ids = result.sessions().stream().map(SessionResult::id).toList();
        List<String> checks = CheckCatalog.infos().stream().map(CheckInfo::id).toList();
        List<String> plain = COMMANDS.stream()
                .filter(c -> !c.equals("session") && !c.equals("explain") && !c.equals("context")).toList();
        return new AggregateCompleter(
                new ArgumentCompleter(new StringsCompleter(plain), NullCompleter.INSTANCE),
                new ArgumentCompleter(new StringsCompleter("session"), new StringsCompleter(ids), NullCompleter.INSTANCE),
                new ArgumentCompleter(new StringsCompleter("explain"), new StringsCompleter(checks),
                        NullCompleter.INSTANCE),
                new ArgumentCompleter(new StringsCompleter("context"), new StringsCompleter(this::modelCallSteps),
                        NullCompleter.INSTANCE));
    }

    private List<String> modelCallSteps() {
        return selected.flatMap(s -> raw(s.id())).map(s -> s.steps().stream().filter(step -> step instanceof ModelCall)
                .map(step -> Integer.toString(step.index())).toList()).orElse(List.of());
    }

    private void sessions(PrintWriter out) {
        Function<SessionResult, String> principal = s -> s.principal().isEmpty() ? "-" : clean(s.principal());
        int idWidth = result.sessions().stream().mapToInt(s -> clean(s.id()).length()).max().orElse(0);
        int principalWidth = result.sessions().stream().mapToInt(s -> principal.apply(s).length()).max().orElse(0);
        for (SessionResult s : result.sessions()) {
            boolean current = selected.map(c -> c.id().equals(s.id())).orElse(false);
            out.println(String.format("%s %-" + idWidth + "s  %-" + principalWidth + "s  %-13s  %d steps",
                    current ? "*" : " ", clean(s.id()), principal.apply(s), s.verdict().kind().label(), s.steps()));
        }
        if (result.sessions().isEmpty()) {
            out.println("no sessions in the inputs");
        }
    }

    private void select(String id, PrintWriter out) {
        if (id.isEmpty()) {
            out.println(selected.map(s -> "session " + clean(s.id())).orElse("no session selected"));
            return;
        }
        SessionResult found = result.sessions().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("no session '" + clean(id) + "' (sessions: " + known() + ")"));
        selected = Optional.of(found);
        out.println("session " + clean(found.id()) + ": " + found.verdict().kind().label() + ", " + found.steps()
                + " steps");
    }

    private void verdict(PrintWriter out) {
        Verdict verdict = session().verdict();
        out.println(verdict.kind().label() + ": " + clean(verdict.reason()));
        verdict.rootCause().ifPresent(root -> out.println("root cause: step " + root.step() + " " + root.checkId()
                + " (" + clean(root.location().toString()) + ")"));
        for (Verdict.ChainLink link : verdict.chain()) {
            out.println(String.format("  %4d %s", link.step(), clean(link.description())));
        }
    }

    private void findings(PrintWriter out) {
        SessionResult session = session();
        List<Finding> findings = result.findings().stream().filter(f -> f.sessionId().equals(session.id())).toList();
        if (findings.isEmpty()) {
            out.println("no findings in session " + clean(session.id()));
        }
        for (Finding f : findings) {
            out.println(String.format("  %4s %-8s %s: %s", f.step() < 0 ? "-" : Integer.toString(f.step()),
                    f.severity().label(), f.checkId(), clean(f.message())));
        }
    }

    private void context(String argument, PrintWriter out) {
        String step = required(argument, "context N");
        if (!step.matches("[0-9]{1,9}")) {
            throw new UsageException("context expects a step number, found '" + clean(step) + "'");
        }
        Session session = raw(session().id()).orElseThrow();
        ModelCall call = ContextPrinter.modelCall(session, Integer.parseInt(step));
        // A fresh mask per call numbers masks exactly as `coroner context` does.
        ContextPrinter.print(out, session, call, examination.mask(session),
                result.findingsByStep(session.id()));
    }

    private SessionResult session() {
        return selected.orElseThrow(() -> new UsageException(
                "no session selected (sessions: " + known() + "; select one with session ID)"));
    }

    private Optional<Session> raw(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private String known() {
        return result.sessions().stream().limit(10).map(s -> clean(s.id())).collect(Collectors.joining(", "))
                + (result.sessions().size() > 10 ? ", …" : "");
    }

    private static String required(String argument, String usage) {
        if (argument.isEmpty()) {
            throw new UsageException("usage: " + usage);
        }
        return argument;
    }

    private static String clean(String untrusted) {
        return TerminalText.sanitize(untrusted);
    }
}
