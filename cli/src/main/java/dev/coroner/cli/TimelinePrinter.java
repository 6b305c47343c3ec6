package dev.coroner.cli;

import dev.coroner.analysis.SessionResult;
import dev.coroner.analysis.timeline.TimelineStep;
import dev.coroner.finding.Finding;
import dev.coroner.report.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * The text of one session's timeline, shared by {@code coroner timeline} and the {@code timeline}
 * command of {@code coroner explore}: one line per step, the specifics a model call or tool call
 * produced with where each came from (the provenance map), findings pinned under the step they
 * point at, session-wide findings under the heading.
 */
final class TimelinePrinter {

    private TimelinePrinter() {
    }

    static void print(PrintWriter out, SessionResult session, Map<Integer, List<Finding>> findings) {
        out.println("session " + clean(session.id()) + (session.principal().isEmpty() ? ""
                : " (principal " + clean(session.principal()) + ")") + ": " + session.verdict().kind().label()
                + ", " + session.steps() + " steps");
        for (Finding f : findings.getOrDefault(-1, List.of())) {
            out.println("       " + pinned(f));
        }
        int agentWidth = Math.max(5, session.timeline().stream().mapToInt(t -> clean(t.agent()).length()).max().orElse(0));
        for (TimelineStep step : session.timeline()) {
            String context = step.context().map(c -> c.messages() + " msgs, " + c.characters() + " chars").orElse("");
            out.println(String.format("  %4d %-11s %-" + agentWidth + "s %s%s%s  %s", step.index(), step.kind(),
                    step.agent().isEmpty() ? "-" : clean(step.agent()), clean(step.summary()),
                    context.isEmpty() ? "" : " [" + context + "]", step.failed() ? " FAILED" : "",
                    clean(step.source().toString())));
            for (String fact : step.facts()) {
                out.println("         fact " + clean(fact));
            }
            for (Finding f : findings.getOrDefault(step.index(), List.of())) {
                out.println("       " + pinned(f));
            }
        }
    }

    /** A finding pinned under a step: "! high check-id: message", shared with the context view. */
    static String pinned(Finding f) {
        return "! " + f.severity().label() + " " + f.checkId() + ": " + clean(f.message());
    }

    private static String clean(String untrusted) {
        return TerminalText.sanitize(untrusted);
    }
}
