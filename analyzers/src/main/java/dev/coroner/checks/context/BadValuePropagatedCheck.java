package dev.coroner.checks.context;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value the run was told is wrong keeps being used. A value is indicted when a tool error says
 * it does not exist or is invalid ("order ORD-7 not found") and the failing call passed it, or when
 * the user corrects it ("not X, it's Y"). It propagates when a later tool call passes it again (an
 * identical retry of the failing call is {@code context.repeated-failure}'s, not this check's), or
 * — for a user correction — when a later model output states it again outside a negation. A step
 * that passes the value on together with the failure wording ("closed: order not found") names it
 * as failed rather than using it, and does not count.
 */
public final class BadValuePropagatedCheck implements Check {

    static final Heuristic.Regex INDICTS = new Heuristic.Regex("indicts",
            "Error wording that indicts a value rather than the service.",
            Pattern.compile(
            "\\b(?:not found|does not exist|doesn't exist|do not exist|no such|unknown|invalid|not valid|unrecognized"
                    + "|unrecognised|no (?:record|account|order|user|customer|booking|file|item)s? (?:with|for|matching))\\b",
            Pattern.CASE_INSENSITIVE));

    static final Heuristic.Regex CORRECTION = new Heuristic.Regex("correction",
            "\"not X, it's Y\" / \"X is wrong, use Y\" / \"I meant Y, not X\" and similar corrections by the "
                    + "user.",
            Pattern.compile(
            "\\b(?:not|isn't|is not|wasn't|was not)\\s+([\\p{L}\\p{N}@._+-]{2,40})\\s*[,;:]?\\s*(?:it'?s|it is|but|rather|instead,?)\\s+"
                    + "([\\p{L}\\p{N}@._+-]{2,40})"
                    + "|\\b(?:I meant|I said|correction:|actually,?|it should be)\\s+([\\p{L}\\p{N}@._+-]{2,40}),?\\s+"
                    + "(?:not|instead of|rather than)\\s+([\\p{L}\\p{N}@._+-]{2,40})",
            Pattern.CASE_INSENSITIVE));

    private static final Heuristic.Regex NEGATED = new Heuristic.Regex("negated",
            "A value mentioned right after a negation is being rejected, not used.",
            Pattern.compile(
            "(?:\\bnot|\\bno|\\binstead of|\\brather than|\\bwrong|\\bincorrect|\\binvalid)\\W{1,3}(?:\\w+\\W{1,3})?$",
            Pattern.CASE_INSENSITIVE));

    private static final CheckInfo INFO = new CheckInfo(
            "context.bad-value-propagated",
            "A value reported as wrong keeps being used",
            Severity.HIGH,
            "0.1.0",
            """
            A tool said a value does not exist or is invalid, or the user corrected it, and later steps still
            pass or state that value. The correction reached the context but not the agent's working state:
            the wrong id, amount, date or name keeps flowing into tool calls and answers, and every step
            built on it is wrong. Typical causes are a plan or scratchpad written before the correction and
            never updated, a memory or state field that still holds the old value, or a summary that
            dropped the correction.
            """,
            """
            Make corrections update state, not only the transcript: write the corrected value into the state
            field the planner reads, invalidate plans and caches built on the old value, and validate ids
            against the source of truth before every write.
            """,
            """
            Step 2: lookup_account("ACC-3321") fails with "account ACC-3321 not found". Step 6: the agent
            calls close_account("ACC-3321") anyway and tells the user the account is closed.
            """,
            List.of(INDICTS, CORRECTION, NEGATED, SharedHeuristics.ERROR_TEXT, SharedHeuristics.IDENTIFIERS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** A value the run was told is wrong, and where it was told. */
    private record Indictment(String value, Step at, String why, boolean byUser, String replacement) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Set<String> reported = new HashSet<>();
        for (Indictment indictment : indictments(facts)) {
            if (!reported.add(indictment.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Step> uses = uses(facts, indictment);
            if (uses.isEmpty()) {
                continue;
            }
            Step first = uses.get(0);
            CheckContext.Draft draft = context.at(indictment.at(), "\"" + indictment.value() + "\" was "
                            + (indictment.byUser() ? "corrected by the user" : "reported as wrong by a tool")
                            + " at step " + indictment.at().index() + " and used again at step " + first.index()
                            + " (" + first.kind() + ")"
                            + (uses.size() > 1 ? " and " + (uses.size() - 1) + " later step" + (uses.size() > 2 ? "s" : "")
                            : ""))
                    .key(indictment.value())
                    .evidenceExcerpt(indictment.byUser() ? "corrected at step " + indictment.at().index()
                            : "reported wrong at step " + indictment.at().index(),
                            Excerpts.around(indictment.why(), indictment.value()), indictment.at());
            for (Step use : uses.subList(0, Math.min(3, uses.size()))) {
                draft.evidenceExcerpt("used again at step " + use.index() + " (" + use.kind() + ")",
                        Excerpts.around(usedText(facts, use, indictment.byUser()), indictment.value()), use);
            }
            draft.report();
        }
    }

    private static List<Indictment> indictments(SessionFacts facts) {
        Session session = facts.session();
        List<Indictment> out = new ArrayList<>();
        for (SessionFacts.ToolError error : facts.toolErrors()) {
            String text = error.message().text();
            if (!INDICTS.pattern().matcher(text).find()) {
                continue;
            }
            String arguments = JsonValues.text(facts.argumentsFor(error.step()));
            for (String value : values(text)) {
                if (Tokens.contains(arguments, value)) {
                    out.add(new Indictment(value, error.step(), text, false, ""));
                }
            }
        }
        for (Step step : session.steps()) {
            if (step instanceof MessageStep m && session.message(m.message()).isUser()) {
                String text = session.message(m.message()).text();
                Matcher c = CORRECTION.pattern().matcher(text);
                while (c.find()) {
                    String wrong = c.group(1) != null ? c.group(1) : c.group(4);
                    String right = c.group(1) != null ? c.group(2) : c.group(3);
                    if (!wrong.equalsIgnoreCase(right) && usedBefore(facts, wrong, step.index())) {
                        out.add(new Indictment(wrong, step, text, true, right));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(i -> i.at().index()));
        return out;
    }

    /** Identifier-like values in an error: ids, e-mails, quoted strings, numbers of three digits or more. */
    private static Set<String> values(String text) {
        Set<String> out = new LinkedHashSet<>();
        Identifiers.find(text).forEach(f -> out.add(f.asWritten()));
        Matcher quoted = Pattern.compile("['\"`]([^'\"`\\n]{2,60})['\"`]").matcher(text);
        while (quoted.find()) {
            out.add(quoted.group(1));
        }
        Matcher numbers = Pattern.compile("(?<![\\w.])\\d{3,}(?![\\w.])").matcher(text);
        while (numbers.find()) {
            out.add(numbers.group());
        }
        // "3321" inside "ACC-3321" is the same value, not a second one.
        out.removeIf(v -> out.stream().anyMatch(other -> other.length() > v.length() && Tokens.contains(other, v)));
        return out;
    }

    private static boolean usedBefore(SessionFacts facts, String value, int before) {
        for (Step step : facts.session().steps().subList(0, before)) {
            if (Tokens.contains(facts.producedText(step), value)) {
                return true;
            }
        }
        return false;
    }

    private static List<Step> uses(SessionFacts facts, Indictment indictment) {
        Session session = facts.session();
        String failingCall = indictment.at() instanceof ToolResult result
                ? result.tool() + "\n" + JsonValues.canonical(facts.argumentsFor(result)) : "";
        List<Step> uses = new ArrayList<>();
        for (Step step : session.steps().subList(indictment.at().index() + 1, session.steps().size())) {
            String text = usedText(facts, step, indictment.byUser());
            if (text.isEmpty() || !Tokens.contains(text, indictment.value())
                    || negatedOnly(text, indictment.value())) {
                continue;
            }
            if (!indictment.byUser() && INDICTS.pattern().matcher(text).find()) {
                continue; // passed on together with the failure ("closed: order not found"): named as failed, not used
            }
            if (!indictment.replacement().isEmpty() && Tokens.contains(text, indictment.replacement())) {
                continue;
            }
            if (!failingCall.isEmpty() && isCall(facts, step, failingCall)) {
                continue;
            }
            uses.add(step);
        }
        return uses;
    }

    /** Tool arguments always count; a model's prose only for a user's correction. */
    private static String usedText(SessionFacts facts, Step step, boolean prose) {
        if (step instanceof ToolCall call) {
            return JsonValues.text(call.arguments());
        }
        if (step instanceof ModelCall call && call.output().isPresent()) {
            Message out = facts.session().message(call.output().getAsInt());
            StringBuilder text = new StringBuilder(prose ? out.text() : "");
            for (ToolInvocation invocation : out.toolCalls()) {
                text.append('\n').append(JsonValues.text(invocation.arguments()));
            }
            return text.toString();
        }
        return "";
    }

    /** True when the step is an identical retry of the failing call. */
    private static boolean isCall(SessionFacts facts, Step step, String failingCall) {
        if (step instanceof ToolCall call) {
            return failingCall.equals(call.tool() + "\n" + JsonValues.canonical(call.arguments()));
        }
        if (step instanceof ModelCall call && call.output().isPresent()) {
            List<ToolInvocation> invocations = facts.session().message(call.output().getAsInt()).toolCalls();
            return !invocations.isEmpty() && invocations.stream().allMatch(i ->
                    failingCall.equals(i.name() + "\n" + JsonValues.canonical(i.arguments())));
        }
        return false;
    }

    /** Every mention of the value follows a negation ("not X", "instead of X"). */
    private static boolean negatedOnly(String text, String value) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerValue = value.toLowerCase(Locale.ROOT);
        for (int at = lowerText.indexOf(lowerValue); at >= 0; at = lowerText.indexOf(lowerValue, at + 1)) {
            String before = lowerText.substring(Math.max(0, at - 30), at);
            if (!NEGATED.pattern().matcher(before).find()) {
                return false;
            }
        }
        return true;
    }
}
