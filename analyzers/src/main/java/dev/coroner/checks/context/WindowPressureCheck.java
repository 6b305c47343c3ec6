package dev.coroner.checks.context;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.ContextTokens;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Context size against its budget, and trims that dropped facts the run needed later.
 *
 * <p>Size: tokens of a model call are the recorded input token count ({@code usage.input_tokens}
 * or {@code input_tokens} attribute) when the source has one, otherwise an estimate of
 * {@link #CHARS_PER_TOKEN} characters per token plus {@link #TOKENS_PER_MESSAGE} per message. The
 * budget is the analysis option {@code --context-budget} ({@code AnalysisOptions.contextBudget}), else a {@code context_window} the source
 * recorded on the call or the session; without one, size is not judged. At
 * {@link #PRESSURE_PERCENT}% of the budget or more the finding is medium, over the budget high, and
 * it counts the context by source (system, history, tool output, retrieval, handoff).
 *
 * <p>Trims: when a model call's context lacks messages the previous call of the same agent had,
 * and the user later has to give again an identifier that only those dropped messages held, the
 * trim (or the summary that replaced them) lost a fact the run needed.
 */
public final class WindowPressureCheck implements Check {

    static final Heuristic.Limit CHARS_PER_TOKEN = new Heuristic.Limit("chars-per-token",
            "Characters counted as one token when the source recorded no input token count (the estimate "
                    + "is made by ContextTokens, whose value this is).",
            ContextTokens.CHARS_PER_TOKEN, "characters");

    static final Heuristic.Limit TOKENS_PER_MESSAGE = new Heuristic.Limit("tokens-per-message",
            "Tokens added per message to that estimate, for the message's framing (ContextTokens' value).",
            ContextTokens.TOKENS_PER_MESSAGE, "tokens");

    static final Heuristic.Limit PRESSURE_PERCENT = new Heuristic.Limit("pressure-percent",
            "Share of the budget a model call's context must reach to be reported (medium; over the budget, "
                    + "high).",
            90, "percent");

    private static final CheckInfo INFO = new CheckInfo(
            "context.window-pressure",
            "The context is near its budget, or a trim dropped a fact needed later",
            Severity.MEDIUM,
            "0.1.0",
            """
            Near the limit of its context window a model attends worse to what is in the middle, and the
            orchestrator starts trimming or summarising history. A trim that drops the one message holding an
            order id, a constraint or an earlier answer makes the agent forget it mid-run, and the failure
            looks like a model error. Knowing how full the window was, and with what (tool output is the
            usual culprit), is the first question about a long run.
            """,
            """
            Budget the context by source: cap tool output and retrieval per call, summarise old history into
            state fields rather than prose, and pin facts the task depends on (ids, constraints) in a
            section that trimming never touches. Record the model's context window in the trace so the
            pressure can be measured.
            """,
            """
            A support agent's 14th model call uses 121,300 of 128,000 tokens, 97,000 of them tool output from
            repeated order searches; the trim before the 15th call drops the first user message, and the
            agent asks for the order id it was given at the start.
            """,
            List.of(PRESSURE_PERCENT, CHARS_PER_TOKEN, TOKENS_PER_MESSAGE, SharedHeuristics.IDENTIFIERS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        pressure(facts, context, context.options().contextBudget());
        trims(facts, context);
    }

    private static void pressure(SessionFacts facts, CheckContext context, OptionalLong budgetOption) {
        Session session = facts.session();
        ModelCall worst = null;
        long worstTokens = 0;
        long worstBudget = 0;
        for (ModelCall call : facts.modelCalls()) {
            OptionalLong budget = budgetOption.isPresent() ? budgetOption : recordedWindow(call, session);
            if (budget.isEmpty() || budget.getAsLong() <= 0) {
                continue;
            }
            long tokens = tokens(call, session);
            if (tokens * 100 >= PRESSURE_PERCENT.value() * budget.getAsLong()
                    && (worst == null || tokens * worstBudget > worstTokens * budget.getAsLong())) {
                worst = call;
                worstTokens = tokens;
                worstBudget = budget.getAsLong();
            }
        }
        if (worst == null) {
            return;
        }
        long percent = worstTokens * 100 / worstBudget;
        Map<String, Long> bySource = bySource(worst, session);
        String breakdown = bySource.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        context.at(worst, "The model call at step " + worst.index() + " used " + worstTokens + " of "
                        + worstBudget + " context tokens (" + percent + "%)"
                        + (worstTokens > worstBudget ? ", over the budget" : ""))
                .severity(worstTokens > worstBudget ? Severity.HIGH : Severity.MEDIUM)
                .key("pressure")
                .evidence("estimated tokens by source at step " + worst.index(), breakdown, worst)
                .report();
    }

    private static OptionalLong recordedWindow(ModelCall call, Session session) {
        JsonNode window = call.attributes().get("context_window");
        if (window == null) {
            window = session.attributes().get("context_window");
        }
        return window != null && window.canConvertToLong() ? OptionalLong.of(window.asLong()) : OptionalLong.empty();
    }

    /** Recorded input tokens when the source has them, else the estimate ({@link ContextTokens}). */
    static long tokens(ModelCall call, Session session) {
        return ContextTokens.tokens(call, session);
    }

    static long estimate(Message message) {
        return ContextTokens.estimate(message);
    }

    /** Estimated tokens of a call's context by where each message came from. */
    static Map<String, Long> bySource(ModelCall call, Session session) {
        return ContextTokens.bySource(call, session);
    }

    private static void trims(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        Map<String, ModelCall> previousByAgent = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (ModelCall call : facts.modelCalls()) {
            ModelCall previous = previousByAgent.put(call.agent(), call);
            if (previous == null || !call.inputRecorded() || !previous.inputRecorded()) {
                continue;
            }
            Set<Integer> kept = new HashSet<>(call.context());
            List<Message> dropped = new ArrayList<>();
            for (int id : previous.context()) {
                if (!kept.contains(id)) {
                    dropped.add(session.message(id));
                }
            }
            if (dropped.isEmpty()) {
                continue;
            }
            String keptText = call.context().stream().map(id -> session.message(id).text())
                    .collect(Collectors.joining("\n"));
            for (Message lost : dropped) {
                for (Identifiers.Found fact : Identifiers.find(lost.text())) {
                    if (Tokens.contains(keptText, fact.asWritten())
                            || reported.contains(fact.value())) {
                        continue;
                    }
                    Step needed = neededLater(facts, call, fact.asWritten());
                    if (needed == null) {
                        continue;
                    }
                    reported.add(fact.value());
                    Step origin = session.step(lost.introducedAt());
                    context.at(call, "The context of the model call at step " + call.index() + " dropped "
                                    + dropped.size() + " message" + (dropped.size() == 1 ? "" : "s") + " of step "
                                    + previous.index() + "'s, among them the only mention of " + fact.asWritten()
                                    + ", which step " + needed.index() + " needed")
                            .key("trim\n" + fact.value())
                            .evidenceExcerpt("only mention, from step " + origin.index(),
                                    Excerpts.around(lost.text(), fact.asWritten()), origin)
                            .evidenceExcerpt("needed at step " + needed.index() + " (" + needed.kind() + ")",
                                    Excerpts.around(neededText(facts, needed), fact.asWritten()), needed)
                            .report();
                }
            }
        }
    }

    /** The first user turn after the trimmed call that gives the value again, or null. */
    private static Step neededLater(SessionFacts facts, ModelCall trimmed, String value) {
        Session session = facts.session();
        for (Step step : session.steps().subList(trimmed.index(), session.steps().size())) {
            if (Tokens.contains(neededText(facts, step), value)) {
                return step;
            }
        }
        return null;
    }

    private static String neededText(SessionFacts facts, Step step) {
        if (step instanceof MessageStep m && facts.session().message(m.message()).isUser()) {
            return facts.session().message(m.message()).text();
        }
        return "";
    }
}
