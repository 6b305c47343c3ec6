package dev.coroner.checks.handoff;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.SourceRef;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolDefinition;
import dev.coroner.trace.ToolInvocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * After a handoff, the receiving agent's history holds calls of tools it was not offered, or the
 * agent calls such a tool itself. An agent's tools are the union of the {@code tools} recorded on
 * its model calls ({@link SessionFacts#toolsOf}); an agent whose calls never recorded them is not
 * judged. The history is the handoff's messages and the input of the receiver's first model call
 * after it; the agent's own calls are tool calls it requested or ran until the next handoff to it.
 * Calls that perform a handoff (transfer_…, handoff_…, hand_off_…, delegate_…, route_to_…, or a
 * name that contains either agent's name) are the routing itself and are left out.
 */
public final class ToolNotOwnedCheck implements Check {

    private static final Heuristic.Regex ROUTING = new Heuristic.Regex("routing",
            "Tool names that perform a handoff: the routing itself, not a tool of the sending agent.",
            Pattern.compile("^(?:transfer|handoff|hand_off|handover|delegate|route)_", Pattern.CASE_INSENSITIVE));

    private static final Heuristic.Limit MIN_AGENT_NAME = new Heuristic.Limit("min-agent-name",
            "Shortest agent name that, inside a tool's name, makes the tool a handoff to or from that agent.",
            3, "characters");

    private static final CheckInfo INFO = new CheckInfo(
            "handoff.tool-not-owned",
            "After a handoff, an agent sees or makes calls of tools it does not have",
            Severity.MEDIUM,
            "0.1.0",
            """
            The receiving agent was handed a history with tool calls of tools it was never offered (the
            sending agent's tools), or it went on to call such a tool itself. The model imitates what it
            sees: it retries a lookup it cannot make, reports the result of a call it never made as its
            own, or emits a call the runtime rejects or, worse, executes with the other agent's
            permissions. The tools an agent has are read from the tools recorded on its model calls. When
            the receiver itself calls a tool it does not have, the finding is high severity.
            """,
            """
            Filter the history at the handoff: replace the sending agent's tool calls and results with a
            summary of their outcome, or give the receiving agent the tools its history uses. Reject, in
            the runtime, any tool call for a tool the calling agent was not offered.
            """,
            """
            The triage agent calls lookup_order and issue_refund, then hands off to the billing agent, whose
            tools are get_invoice and send_invoice. The billing agent's input repeats the issue_refund call;
            at step 9 it calls issue_refund itself.
            """,
            List.of(ROUTING, MIN_AGENT_NAME));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        List<Handoff> handoffs = session.steps().stream().filter(Handoff.class::isInstance).map(Handoff.class::cast)
                .toList();
        for (int i = 0; i < handoffs.size(); i++) {
            Handoff handoff = handoffs.get(i);
            Optional<Map<String, ToolDefinition>> owned = facts.toolsOf(handoff.to());
            if (owned.isEmpty()) {
                continue;
            }
            int end = session.steps().size();
            for (Handoff later : handoffs.subList(i + 1, handoffs.size())) {
                if (later.to().equals(handoff.to())) {
                    end = later.index();
                    break;
                }
            }
            Map<String, Step> inHistory = new LinkedHashMap<>();
            Map<String, Step> called = new LinkedHashMap<>();
            handoff.messages().forEach(id -> collect(session.message(id), handoff, handoff, owned.get(), inHistory));
            ModelCall first = null;
            for (Step step : session.steps().subList(handoff.index() + 1, end)) {
                if (step instanceof ModelCall call && call.agent().equals(handoff.to())) {
                    if (first == null) {
                        first = call;
                        call.context().forEach(id -> collect(session.message(id), call, handoff, owned.get(), inHistory));
                    }
                    if (call.output().isPresent()) {
                        collect(session.message(call.output().getAsInt()), call, handoff, owned.get(), called);
                    }
                } else if (step instanceof ToolCall call && call.agent().equals(handoff.to())
                        && notOwned(call.tool(), handoff, owned.get())) {
                    called.putIfAbsent(call.tool(), call);
                }
            }
            if (!inHistory.isEmpty() || !called.isEmpty()) {
                report(context, handoff, owned.get(), inHistory, called);
            }
        }
    }

    private static void collect(Message message, Step where, Handoff handoff, Map<String, ToolDefinition> owned,
                                Map<String, Step> into) {
        for (ToolInvocation call : message.toolCalls()) {
            if (notOwned(call.name(), handoff, owned)) {
                into.putIfAbsent(call.name(), where);
            }
        }
    }

    private static boolean notOwned(String tool, Handoff handoff, Map<String, ToolDefinition> owned) {
        if (owned.containsKey(tool) || ROUTING.pattern().matcher(tool).find()) {
            return false;
        }
        String name = tool.toLowerCase(Locale.ROOT);
        return !mentions(name, handoff.to()) && !mentions(name, handoff.from());
    }

    private static boolean mentions(String tool, String agent) {
        String a = agent.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return a.length() >= MIN_AGENT_NAME.value() && tool.replaceAll("[^a-z0-9]+", "_").contains(a);
    }

    private static void report(CheckContext context, Handoff handoff, Map<String, ToolDefinition> owned,
                               Map<String, Step> inHistory, Map<String, Step> called) {
        List<String> tools = new ArrayList<>(called.keySet());
        inHistory.keySet().stream().filter(t -> !called.containsKey(t)).forEach(tools::add);
        String message = called.isEmpty()
                ? "After the handoff at step " + handoff.index() + ", " + handoff.to() + " was given a history with"
                        + " calls of tools it does not have: " + String.join(", ", tools)
                : handoff.to() + " called " + String.join(", ", called.keySet()) + " after the handoff at step "
                        + handoff.index() + ", not among the tools it was offered"
                        + (inHistory.isEmpty() ? "" : " (its history holds " + String.join(", ", inHistory.keySet()) + ")");
        CheckContext.Draft draft = context.at(handoff, message)
                .severity(called.isEmpty() ? Severity.MEDIUM : Severity.HIGH)
                .key(handoff.from() + "\n" + handoff.to() + "\n" + String.join("\n", tools));
        called.forEach((tool, step) -> draft.evidence("called by " + handoff.to() + " at step " + step.index(), tool,
                step.source()));
        inHistory.forEach((tool, step) -> draft.evidence("in the history given to " + handoff.to()
                + (step == handoff ? " (handoff messages)" : " (input of step " + step.index() + ")"), tool,
                step.source()));
        SourceRef at = handoff.source();
        draft.evidence("tools offered to " + handoff.to(), owned.isEmpty() ? "(none)" : String.join(", ", owned.keySet()),
                at);
        draft.report();
    }
}
