package dev.coroner.cli;

import dev.coroner.analysis.facts.ContextTokens;
import dev.coroner.analysis.provenance.FactOrigins;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.finding.Finding;
import dev.coroner.report.TerminalText;
import dev.coroner.report.Words;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolInvocation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The text of one model call's context, shared by {@code coroner context} and the {@code context}
 * command of {@code coroner explore}: the estimated tokens by source, every message in order with
 * the step that introduced it and the specifics it holds with where each first came from (the
 * provenance map) and the findings at that step, then the model's output and where its specifics
 * came from, then the findings that point at the call itself.
 */
final class ContextPrinter {

    private ContextPrinter() {
    }

    /** The model call at {@code step}; anything else is a usage error that says where the calls are. */
    static ModelCall modelCall(Session session, int step) {
        List<Integer> calls = session.steps().stream().filter(s -> s instanceof ModelCall).map(Step::index).toList();
        String known = calls.isEmpty() ? "the session has no model calls"
                : "model calls are at steps " + calls.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (step < 0 || step >= session.steps().size()) {
            throw new UsageException("session " + session.id() + " has steps 0 to " + (session.steps().size() - 1)
                    + ", not " + step + "; " + known);
        }
        Step found = session.step(step);
        if (!(found instanceof ModelCall call)) {
            throw new UsageException("step " + step + " of session " + session.id() + " is a " + found.kind()
                    + ", not a model call; " + known);
        }
        return call;
    }

    /**
     * Prints the call's context, each message with the findings that point at the step that brought it
     * in, then the findings that point at this step; {@code mask} is applied to message text and tool
     * arguments (the findings come masked or not from their examination).
     *
     * @param findings the session's findings by the step they point at
     */
    static void print(PrintWriter out, Session session, ModelCall call, UnaryOperator<String> mask,
                      Map<Integer, List<Finding>> findings) {
        out.println("session " + clean(session.id()) + ", step " + call.index() + " ("
                + clean(call.source().toString()) + ")" + (call.model().isEmpty() ? "" : ", model " + clean(call.model()))
                + (call.agent().isEmpty() ? "" : ", agent " + clean(call.agent())));
        if (!call.inputRecorded()) {
            out.println("input: not recorded by the trace");
        } else {
            long characters = 0;
            for (int i = 0; i < call.context().size(); i++) {
                characters += call.recordedText(i, session.message(call.context().get(i))).length();
            }
            out.println("input: " + Words.plural(call.context().size(), "message") + ", " + characters
                    + " characters, ~" + ContextTokens.tokens(call, session) + " tokens");
            out.println("tokens by source: " + ContextTokens.bySource(call, session).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        ProvenanceMap provenance = ProvenanceMap.of(session);
        int position = 0;
        for (int id : call.context()) {
            Message m = session.message(id);
            Step origin = session.step(m.introducedAt());
            out.println();
            out.println("[" + position++ + "] " + m.role() + (m.name().isEmpty() ? "" : " " + clean(m.name()))
                    + (m.toolCallId().isEmpty() ? "" : " (answers " + clean(m.toolCallId()) + ")")
                    + ", from step " + origin.index() + " (" + origin.kind() + ", " + clean(origin.source().fileAndLine())
                    + ")" + (origin.index() == call.index() ? ", first seen in this call" : ""));
            body(out, call.recordedText(position - 1, m), m, mask);
            for (FactOrigins.FactOrigin fact : FactOrigins.inMessage(provenance, m, call.index())) {
                out.println("    fact " + clean(mask.apply(fact.describe())));
            }
            if (m.introducedAt() != call.index()) {
                findings(out, "    ", findings.getOrDefault(m.introducedAt(), List.of()));
            }
        }
        out.println();
        if (call.output().isPresent()) {
            out.println("output:");
            Message output = session.message(call.output().getAsInt());
            body(out, output.recordedText(), output, mask);
            for (FactOrigins.FactOrigin fact : FactOrigins.producedBy(provenance, call)) {
                out.println("    fact " + clean(mask.apply(fact.describe())));
            }
        } else {
            out.println("output: not recorded" + (call.error().isEmpty() ? "" : "; error: " + clean(call.error())));
        }
        List<Finding> here = findings.getOrDefault(call.index(), List.of());
        if (!here.isEmpty()) {
            out.println();
            out.println("findings at this step:");
            findings(out, "  ", here);
        }
        out.flush();
    }

    private static void findings(PrintWriter out, String indent, List<Finding> findings) {
        for (Finding f : findings) {
            out.println(indent + TimelinePrinter.pinned(f));
        }
    }

    /** A message's content as the call was given it ({@code text}), then the tool calls it requested. */
    private static void body(PrintWriter out, String text, Message m, UnaryOperator<String> mask) {
        if (!text.isEmpty()) {
            for (String line : text.split("\n", -1)) {
                out.println("    | " + clean(mask.apply(line)));
            }
        }
        for (ToolInvocation invocation : m.toolCalls()) {
            out.println("    -> " + clean(invocation.name()) + (invocation.id().isEmpty() ? "" : " [" + clean(invocation.id()) + "]")
                    + " " + clean(mask.apply(invocation.recordedArguments())));
        }
    }

    private static String clean(String untrusted) {
        return TerminalText.sanitize(untrusted);
    }
}
