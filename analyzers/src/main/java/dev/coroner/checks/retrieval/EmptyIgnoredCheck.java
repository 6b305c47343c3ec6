package dev.coroner.checks.retrieval;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.ContentWords;
import dev.coroner.analysis.SessionFacts;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Document;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A retrieval that came back empty (no items, only blank items, or an error) followed by a model
 * output that answers the question anyway. "The next model output" is the first model call after
 * the retrieval by the same agent (or either unnamed); nothing new may arrive in between (items
 * from another retrieval, a tool result that is not an error, a user message), the output must be
 * text rather than more tool calls, it must be about the retrieval's topic (it shares at least two
 * content words with the query, or all of them when the query has fewer; the last user message
 * stands in for an empty query) and it must not hedge ({@link #HEDGE}, or ends by asking the user
 * something).
 */
public final class EmptyIgnoredCheck implements Check {

    /** Content words the answer must share with the query to count as answering it. */
    static final int MIN_SHARED_WORDS = 2;

    /**
     * Phrases that admit the gap: not finding, no results, not knowing, an error, checking further,
     * asking back.
     */
    static final Pattern HEDGE = Pattern.compile(String.join("|",
            "\\b(?:could ?n[o']t|can ?n[o']t|can not|unable to|did ?n[o']t|was ?n[o']t able to|were ?n[o']t able to"
                    + "|was not able to|were not able to|failed to) (?:find|locate|retrieve|access|confirm|verify|look up"
                    + "|get|see)\\b",
            "\\bno (?:results?|match(?:es|ing)?|records?|information|info|data|documents?|entries|relevant"
                    + "|memor(?:y|ies)|history|details)\\b",
            "\\bnothing (?:found|came up|relevant|on file|matches|about)\\b",
            "\\bnot (?:found|sure|certain|available|on file|in (?:my|our) records)\\b",
            "\\b(?:do ?n[o']t|do not|does ?n[o']t|does not) have (?:any |enough |the )?(?:information|info|details"
                    + "|records?|data|access|memory|history)\\b",
            "\\bi (?:do ?n[o']t|do not) know\\b", "\\bi'?m not sure\\b", "\\bi am not sure\\b",
            "\\bunknown\\b", "\\bunavailable\\b",
            "\\b(?:search|lookup|look-up|retrieval|query|memory) (?:failed|returned nothing|came back empty|error)\\b",
            "\\berror\\b", "\\btry again\\b",
            "\\b(?:let me|i'll|i will) (?:check|look|search|try|find out|verify)\\b",
            "\\bplease (?:provide|share|confirm|send)\\b"), Pattern.CASE_INSENSITIVE);

    /** A closing question that asks the user for something, not a courtesy ("anything else?"). */
    private static final Pattern QUESTION_BACK = Pattern.compile(
            "(?:^|[.!?]\\s+)((?:could|can|would|do|does|did|which|what|where|when|who|how|is|are|should|may)\\b[^.!?]*)\\?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COURTESY = Pattern.compile(
            "anything else|help (?:you )?with|can i help|may i help|assist you", Pattern.CASE_INSENSITIVE);

    private static final CheckInfo INFO = new CheckInfo(
            "retrieval.empty-ignored",
            "A retrieval returned nothing and the next answer did not say so",
            Severity.HIGH,
            "0.1.0",
            """
            The agent looked something up, the lookup returned nothing (or failed), and the next model
            output answered the question with confidence anyway. With nothing retrieved the answer can only
            come from the model's priors: this is how plausible but invented policies, prices and order
            states reach users, and in the trace it looks like a model mistake. The answer counts as
            confident when it is text about the query's topic (it shares at least two content words with
            the query) and hedges nowhere: no "couldn't find", "no results", "no information", "not sure",
            "I don't know", "unavailable", "error", "let me check", "please provide", and no closing
            question back to the user.
            """,
            """
            Treat an empty or failed retrieval as an event the orchestrator handles: retry, widen the query,
            fall back to another source, or tell the model explicitly that nothing was found ("no documents
            matched; say so and ask the user") instead of sending an empty context. Log retrieval errors as
            errors, not as empty results.
            """,
            """
            Step 4: a lookup in policy-kb for "refund window for opened electronics" returns no documents.
            Step 5: the model answers "Opened electronics can be refunded within 60 days of delivery." No
            such policy exists.
            """);

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        Set<Integer> toolErrors = new HashSet<>();
        facts.toolErrors().forEach(e -> toolErrors.add(e.step().index()));
        for (Step step : session.steps()) {
            if (step instanceof Retrieval retrieval && cameBackEmpty(retrieval)) {
                ModelCall next = nextAnswer(session, retrieval, toolErrors);
                if (next == null) {
                    continue;
                }
                Message out = session.message(next.output().getAsInt());
                String answer = out.text().strip();
                if (!out.toolCalls().isEmpty() || answer.isEmpty() || hedges(answer)) {
                    continue;
                }
                Set<String> topic = ContentWords.of(retrieval.query().isBlank()
                        ? lastUserText(session, retrieval.index()) : retrieval.query());
                Set<String> shared = ContentWords.shared(topic, ContentWords.of(answer));
                if (topic.isEmpty() || shared.size() < Math.min(MIN_SHARED_WORDS, topic.size())) {
                    continue;
                }
                report(context, retrieval, next, answer);
            }
        }
    }

    private static boolean cameBackEmpty(Retrieval retrieval) {
        return !retrieval.error().isBlank() || retrieval.documents().stream().map(Document::content)
                .allMatch(String::isBlank);
    }

    /** The next model call of the same agent with an output, unless something new arrived first. */
    private static ModelCall nextAnswer(Session session, Retrieval retrieval, Set<Integer> toolErrors) {
        for (Step step : session.steps().subList(retrieval.index() + 1, session.steps().size())) {
            if (step instanceof Retrieval other && !cameBackEmpty(other)
                    || step instanceof ToolResult result && !toolErrors.contains(result.index())
                    || step instanceof MessageStep message && session.message(message.message()).isUser()) {
                return null;
            }
            if (step instanceof ModelCall call && sameAgent(call.agent(), retrieval.agent())) {
                return call.output().isPresent() ? call : null;
            }
        }
        return null;
    }

    private static boolean sameAgent(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    static boolean hedges(String answer) {
        if (HEDGE.matcher(answer).find()) {
            return true;
        }
        java.util.regex.Matcher question = QUESTION_BACK.matcher(answer);
        return question.find() && !COURTESY.matcher(question.group(1)).find();
    }

    private static String lastUserText(Session session, int before) {
        String text = "";
        for (Step step : session.steps().subList(0, before)) {
            if (step instanceof MessageStep message && session.message(message.message()).isUser()) {
                text = session.message(message.message()).text();
            }
        }
        return text;
    }

    private static void report(CheckContext context, Retrieval retrieval, ModelCall next, String answer) {
        String store = retrieval.store().isEmpty() ? "" : " from " + retrieval.store();
        String what = retrieval.error().isBlank() ? "returned nothing" : "failed";
        CheckContext.Draft draft = context.at(retrieval, "Retrieval" + store + " at step " + retrieval.index() + " "
                        + what + ", yet the next model output (step " + next.index()
                        + ") answered the question without saying so")
                .key(retrieval.store() + "\n" + retrieval.query() + "\n" + answer);
        if (!retrieval.query().isBlank()) {
            draft.evidence("query", retrieval.query(), retrieval.source());
        }
        draft.evidence("retrieved", retrieval.error().isBlank() ? "no items" : "error: " + retrieval.error(),
                retrieval.source());
        draft.evidenceExcerpt("answered at step " + next.index(), Excerpts.cut(answer), next.source());
        draft.report();
    }
}
