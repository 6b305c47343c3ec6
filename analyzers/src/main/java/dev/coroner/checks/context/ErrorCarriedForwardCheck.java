package dev.coroner.checks.context;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.Shingles;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool error that stays in the context and is restated later: the agent reasons from the error
 * as if it were a fact. Restatement is measured with 4-word shingles of the error text that did
 * not already occur before the error; a restatement made before a later successful call of the
 * same tool is the agent acknowledging the error on its way to recovering, and does not count; nor
 * does a later text that tells the error as a failure (admits it, or names its status code) once the
 * tool has answered.
 */
public final class ErrorCarriedForwardCheck implements Check {

    static final Heuristic.Limit SHINGLE_WORDS = new Heuristic.Limit("shingle-words",
            "Words per shingle when matching a restatement of the error: a later text restates the "
                    + "error when it shares one such run of words with it that did not occur before the error.",
            4, "words");

    static final Heuristic.Limit RESTATEMENTS_SHOWN = new Heuristic.Limit("restatements-shown",
            "Restatements listed as evidence (and so in the verdict's chain).",
            4, "steps");

    private static final CheckInfo INFO = new CheckInfo(
            "context.error-carried-forward",
            "A tool error stays in the context and is restated as fact",
            Severity.HIGH,
            "0.1.0",
            """
            An error returned by a tool (an exception, an "Error:" text, an HTTP 4xx/5xx body, a tool-error
            flag) is appended to the conversation and sent again with every later model call. When a later
            model output or tool argument restates that error, the agent is reasoning from it: a transient
            or wrong error has become a fact of the run. This is the most common form of context poisoning,
            and it looks like a model mistake unless the error's path through the context is traced.
            """,
            """
            Treat tool errors as events, not context: retry or surface them, then drop or summarise the raw
            error before the next model call. Make tools return structured errors the orchestrator acts on
            (retry with backoff, fall back, ask the user) instead of text for the model to interpret.
            """,
            """
            Step 3: lookup_order returns "Error: order ORD-1042 not found in region eu-west". Step 9: the model
            tells the customer "order ORD-1042 was not found in region eu-west, so no refund is possible",
            although a retry in the right region would have found it.
            """,
            List.of(SHINGLE_WORDS, RESTATEMENTS_SHOWN, SharedHeuristics.ERROR_TEXT));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        for (SessionFacts.ToolError error : facts.toolErrors()) {
            ToolResult entry = error.step();
            Message message = error.message();
            Set<String> signature = new HashSet<>(Shingles.of(message.text(), SHINGLE_WORDS.value()));
            Map<String, Integer> firstSteps = facts.shingleFirstSteps(SHINGLE_WORDS.value());
            signature.removeIf(shingle -> firstSteps.getOrDefault(shingle, Integer.MAX_VALUE) < entry.index());
            // An error that echoes the request ("timeout on GET /v2/invoices/7001-448213/2024-11") restates
            // the call's own arguments: those are the question, not something the error said.
            signature.removeAll(Shingles.of(dev.coroner.trace.JsonValues.text(facts.argumentsFor(entry)), SHINGLE_WORDS.value()));
            if (signature.isEmpty()) {
                continue;
            }
            int recoveredAt = recovery(facts, entry);
            int carried = 0;
            for (ModelCall call : facts.modelCalls()) {
                if (call.index() > entry.index() && facts.inContext(call, message.id())) {
                    carried++;
                }
            }
            List<Step> restating = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            for (Step step : session.steps().subList(entry.index() + 1, session.steps().size())) {
                if (recoveredAt != Integer.MAX_VALUE && step.index() < recoveredAt) {
                    continue;
                }
                String produced = facts.producedText(step);
                if (produced.isEmpty() || !reasonsFrom(facts, step, message)) {
                    continue;
                }
                // Once the same tool has answered, a text that tells the error as a failure ("the first
                // query failed with a 503, so I re-ran it") reports what happened; it does not reason from it.
                if (recoveredAt != Integer.MAX_VALUE && FailureTakenAsFactCheck.acknowledges(produced, message.text())) {
                    continue;
                }
                String restated = firstShared(signature, produced);
                if (restated != null) {
                    restating.add(step);
                    matched.add(restated);
                }
            }
            if (restating.isEmpty()) {
                continue;
            }
            Step first = restating.get(0);
            String tool = entry.tool().isEmpty() ? "a tool" : entry.tool();
            int more = restating.size() - 1;
            CheckContext.Draft draft = context.at(entry, "Error from " + tool + " (step " + entry.index()
                            + ") stayed in the context of " + carried + " later model call" + (carried == 1 ? "" : "s")
                            + " and was restated at step " + first.index() + " (" + first.kind() + ")"
                            + (more == 0 ? "" : " and " + more + " later step" + (more == 1 ? "" : "s")))
                    .key(tool + "\n" + message.text())
                    .evidence("error entered at step " + entry.index(), message.text(), entry);
            for (int i = 0; i < Math.min(RESTATEMENTS_SHOWN.value(), restating.size()); i++) {
                Step step = restating.get(i);
                String produced = facts.producedText(step);
                draft.evidenceExcerpt("restated at step " + step.index() + " (" + step.kind() + ")",
                        Excerpts.around(produced, matchedText(produced, matched.get(i))), step);
            }
            draft.report();
        }
    }

    /** The first later step where the same tool succeeded, or MAX_VALUE. */
    private static int recovery(SessionFacts facts, ToolResult entry) {
        if (entry.tool().isEmpty()) {
            return Integer.MAX_VALUE;
        }
        Set<Integer> failed = facts.failedResultSteps();
        for (Step step : facts.session().steps().subList(entry.index() + 1, facts.session().steps().size())) {
            if (step instanceof ToolResult result && result.tool().equals(entry.tool())
                    && !failed.contains(result.index())) {
                return result.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** True when the step was produced by (or right after) a model call that had the error in context. */
    private static boolean reasonsFrom(SessionFacts facts, Step step, Message error) {
        ModelCall basis = step instanceof ModelCall call ? call : facts.modelCallBefore(step.index());
        return basis != null && facts.inContext(basis, error.id());
    }

    private static String firstShared(Set<String> signature, String text) {
        for (String shingle : Shingles.of(text, SHINGLE_WORDS.value())) {
            if (signature.contains(shingle)) {
                return shingle;
            }
        }
        return null;
    }

    /** The shingle as written in the text (original case and punctuation), to centre the excerpt on. */
    private static String matchedText(String text, String shingle) {
        StringBuilder regex = new StringBuilder();
        for (String word : shingle.split(" ")) {
            if (regex.length() > 0) {
                regex.append("[^\\p{L}\\p{N}]+");
            }
            regex.append(java.util.regex.Pattern.quote(word));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString(),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.group() : shingle;
    }
}
