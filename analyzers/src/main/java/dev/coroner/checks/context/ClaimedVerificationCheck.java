package dev.coroner.checks.context;

import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.analysis.provenance.Occurrence;
import dev.coroner.analysis.provenance.Origin;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model output that says a result was verified, tested or executed, or presents figures no source
 * holds as data read from a source, when nothing in the run before it supports that: no tool call or
 * code execution had come back without an error. Outputs that
 * themselves ask for a tool call are not judged (what they announce has not happened yet), nor are
 * claims that are negated, asked or put in the future. When the claiming output repeats a value a
 * model wrote first, earlier and with no source, the finding points at that step: the unchecked
 * result the claim vouches for is where the failure descends from.
 */
public final class ClaimedVerificationCheck implements Check {

    static final Heuristic.Regex CLAIM = new Heuristic.Regex("claim",
            "A statement that a result was checked or run, first person (singular or plural) or passive, in English, German, French, "
                    + "Spanish, Italian and Portuguese.",
            Pattern.compile("(?iu)\\b(?:"
                    + "(?:i|we)(?: have|'ve)? (?:(?:also|now|already|just|carefully|successfully|accurately|thoroughly) )?(?:verified|double-checked"
                    + "|cross-checked|tested|validated|executed)"
                    + "|i(?: have|'ve)? (?:ran|run) (?:the|this|that|my|your|it|all)"
                    + "|(?:has|have|had) (?:now |also |already )?been (?:verified|double-checked|cross-checked|tested"
                    + "|validated|executed)"
                    + "|after (?:running|executing|testing|verifying) (?:the|this|my|our|it)"
                    + "|(?:code|script|tests?|program|query|calculation) (?:ran|executed|passed|completed) successfully"
                    + "|verification (?:is |was )?(?:complete|completed|successful|passed)"
                    + "|ich habe (?:\\S+ )?(?:geprüft|überprüft|getestet|verifiziert|ausgeführt)"
                    + "|wurde (?:\\S+ )?(?:geprüft|überprüft|getestet|verifiziert)"
                    + "|j'ai (?:\\S+ )?(?:vérifié|testé|exécuté|contrôlé)|a été (?:vérifié|testé|contrôlé)e?s?"
                    + "|he (?:\\S+ )?(?:verificado|comprobado|probado|ejecutado)|(?:fue|ha sido) (?:verificad|comprobad)[oa]s?"
                    + "|ho (?:\\S+ )?(?:verificato|controllato|testato|eseguito)|è stat[oa] (?:verificat|controllat)[oa]"
                    + "|verifiquei|testei|executei|conferi|foi (?:verificad|testad|conferid)[oa]"
                    + ")(?![\\p{L}])"));

    static final Heuristic.Regex RETRIEVAL_CLAIM = new Heuristic.Regex("retrieval-claim",
            "A statement that the data an output presents was read from a source: data, figures, numbers, values, "
                    + "statistics or prices said to be retrieved, obtained, fetched, gathered, collected, pulled, "
                    + "extracted or taken from somewhere, introduced as \"here is the data\", \"the following are "
                    + "the figures\", \"here is the information\", or an agent saying it retrieved, located, accessed, "
                    + "downloaded, looked up or gathered something, in English, German, French and Spanish. Such a claim is judged only when the "
                    + "output states figures of its own that no source before it holds.",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:"
                    + "(?:data|figures|numbers|values|statistics|stats|prices)(?![\\p{L}])[^.!?\\n]{0,60}?(?<![\\p{L}])"
                    + "(?:retrieved|obtained|fetched|gathered|collected|pulled|extracted|taken|sourced) (?:from|on|via)"
                    + "|(?:here is|here are|these are|the following (?:is|are)) (?:the )?(?:[\\p{L}-]+ ){0,3}?"
                    + "(?:data|figures|numbers|values|statistics|prices|information|details)"
                    + "|i(?: have|'ve)? (?:(?:now|already|just|successfully) )?(?:retrieved|located|accessed|downloaded"
                    + "|looked up|gathered|collected|obtained|fetched|pulled|extracted)"
                    + "|(?:daten|zahlen|werte|preise)(?![\\p{L}])[^.!?\\n]{0,60}?(?<![\\p{L}])(?:abgerufen|entnommen|bezogen) (?:von|aus|bei)"
                    + "|hier (?:sind|ist) (?:die )?(?:[\\p{L}-]+ ){0,2}?(?:daten|zahlen|werte)"
                    + "|(?:données|chiffres|valeurs|prix)(?![\\p{L}])[^.!?\\n]{0,60}?(?<![\\p{L}])"
                    + "(?:récupérée?s?|obtenue?s?|extraite?s?|tirée?s?) (?:de|du|des|sur|depuis)"
                    + "|voici les (?:[\\p{L}-]+ ){0,2}?(?:données|chiffres|valeurs)"
                    + "|(?:datos|cifras|valores|precios)(?![\\p{L}])[^.!?\\n]{0,60}?(?<![\\p{L}])"
                    + "(?:obtenid|extraíd|recuperad|tomad)[oa]s (?:de|del|desde)"
                    + "|aquí (?:están|tienes) (?:los )?(?:[\\p{L}-]+ ){0,2}?(?:datos|cifras|valores)"
                    + ")(?![\\p{L}])"));

    /** Fewest digits a bare number needs to count as a figure a retrieval claim presents. */
    static final Heuristic.Limit FIGURE_DIGITS = new Heuristic.Limit("figure-digits",
            "Fewest digits a bare number (not an amount, a date or a quantity with its unit) needs to count as a "
                    + "figure that a retrieval claim presents.", 3, "digits");

    /** Fewest figures without a source a retrieval claim must present to be judged. */
    static final Heuristic.Limit MIN_FIGURES = new Heuristic.Limit("min-figures",
            "Fewest figures without a source that an output presenting data as read must state to be judged: one "
                    + "may be the model's own arithmetic on figures it was given (a change in percent).", 2, "figures");

    static final Heuristic.Regex NOT_A_CLAIM = new Heuristic.Regex("not-a-claim",
            "Words in the clause before a claim that make it a condition, a plan, a request or a denial (\"once I have "
                    + "verified\", \"I will have tested\"); a sentence that ends in a question mark is no claim either.",
            Pattern.compile("(?iu)\\b(?:not|n't|never|unable|cannot|could not|couldn't|without|yet to|will|would"
                    + "|should|let's|let me|please|need to|needs to|going to|plan to|once|if|when|until|before|unless"
                    + "|nicht|kein|noch nicht|werde|bitte|sobald|wenn|falls|pas|jamais|vais|veuillez|dès que|quand|si"
                    + "|no he|todavía no|aún no|voy a|por favor|cuando|una vez|non ho|non è|ancora|per favore|quando"
                    + "|appena|não|ainda não|vou|assim que)(?![\\p{L}])"));

    static final Heuristic.Regex NAME = new Heuristic.Regex("name",
            "A name in the claiming output, followed back to the model output that first wrote it when it holds "
                    + "no value: a capitalised word of three letters or more that the session never writes in lower "
                    + "case.",
            Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{Ll}][\\p{L}-]+"));

    static final Heuristic.Limit CLAIMS_SHOWN = new Heuristic.Limit("claims-shown",
            "Unsupported claims reported per session; later ones repeat the first.", 1, "claims");

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}-]+");

    /** A sentence: a stop directly followed by a letter or a digit ("data.census.gov", "3.4.1") ends none. */
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|[.!?](?=[\\p{L}\\p{N}]))+[.!?]?");

    /** A fenced code block: what it says is code (comments included), not the agent's statement. */
    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)```.*?(?:```|\\z)");

    private static final CheckInfo INFO = new CheckInfo(
            "context.claimed-verification",
            "An agent says a result was verified or executed, and nothing in the run supports it",
            Severity.HIGH,
            "0.3.0",
            """
            An agent wrote that it verified, tested or ran something ("I have verified the totals", "the
            script ran successfully", "ich habe die Daten geprüft"), but before that output no tool call and
            no code execution of the run had come back without an error: nothing was run, or everything that
            ran failed. The claim then stands in the context as evidence that does not exist, and every agent
            after it trusts a check nobody made: in group chats a verifier's "verified" ends the run with an
            unchecked answer. So does an output that presents data as read from a source ("the following are
            the population figures retrieved from data.census.gov", "here is the sales data") when nothing
            had been read and no source in the run holds two or more of the figures it states: the figures
            are the model's, the source is a claim. A call that came back empty (a script that printed
            nothing) supports no claim. Outputs that ask for a tool call in the same turn, and claims that are
            negated, asked or announced for later, are not judged.
            """,
            """
            Make verification a step the orchestrator can see: a tool or code execution whose result is in the
            trace, and a verifier that quotes it. Do not let a run terminate on a claim of verification
            without an execution result to point at; in group chats, give the verifier an executor and
            require its output before TERMINATE.
            """,
            """
            Step 4: the Verification_Expert answers "I have verified the calculation: the answer is 17.2"
            and says TERMINATE. No code was executed in the run; the one script the computer terminal ran
            (step 2) ended with exitcode 1.
            """,
            List.of(CLAIM, RETRIEVAL_CLAIM, FIGURE_DIGITS, MIN_FIGURES, NOT_A_CLAIM, NAME, CLAIMS_SHOWN));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Set<Integer> failed = facts.failedResultSteps();
        int reported = 0;
        for (ModelCall call : facts.modelCalls()) {
            if (reported >= CLAIMS_SHOWN.value() || call.output().isEmpty()) {
                continue;
            }
            Message output = facts.session().message(call.output().getAsInt());
            // An output that asks for a tool call announces a check that has not happened yet; the data it
            // presents as already read it states now.
            String claim = output.toolCalls().isEmpty() ? claim(output.text()) : "";
            // Or the output presents data as read from a source ("the following are the population figures
            // retrieved from data.census.gov") and states figures no source before it holds: a retrieval
            // claimed, as a check is, with nothing in the run behind it.
            List<Value> presented = List.of();
            if (claim.isEmpty()) {
                // Code blocks are code (comments included), not the agent's statement.
                String prose = CODE_BLOCK.matcher(output.text()).replaceAll("\n");
                claim = firstClaim(prose, RETRIEVAL_CLAIM.pattern());
                presented = claim.isEmpty() ? List.of() : unsourcedFigures(facts.provenance(), prose, call.index());
                if (presented.stream().map(Value::key).distinct().count() < MIN_FIGURES.value()) {
                    continue;
                }
            }
            int ran = 0;
            int empty = 0;
            boolean supported = false;
            ToolResult lastFailure = null;
            for (Step step : facts.session().steps()) {
                if (step.index() >= call.index()) {
                    break;
                }
                if (step instanceof ToolResult result) {
                    ran++;
                    if (failed.contains(result.index())) {
                        lastFailure = result;
                    } else if (facts.provenance().quality(result).empty()) {
                        // A call that came back empty (a script that printed nothing, an install) checked nothing.
                        empty++;
                    } else {
                        supported = true;
                        break;
                    }
                }
            }
            if (supported) {
                continue;
            }
            String why = ran == 0 ? "no tool call or code execution ran before it"
                    : empty == 0 ? "every one of the " + ran + " tool results before it reports a failure"
                    : empty == ran ? "every one of the " + ran + " tool results before it came back empty"
                    : "every one of the " + ran + " tool results before it failed or came back empty";
            String who = call.agent().isEmpty() ? "The model" : call.agent();
            Vouched vouched = valueVouchedFor(facts, output, call.index());
            if (vouched == null) {
                vouched = nameVouchedFor(facts, output, call.index());
            }
            CheckContext.Draft draft;
            if (!presented.isEmpty()) {
                // The figures are first written here: this output is where the failure descends from.
                String figures = String.join(", ", presented.stream().map(Value::asWritten).distinct().limit(3).toList());
                draft = context.at(call, who + " presents data at step " + call.index() + " as read from a source (\""
                        + claim + "\"), but " + why + ", and no source in the run holds its figures (" + figures + ")");
            } else if (vouched == null) {
                draft = context.at(call, who + " states at step " + call.index() + " that a result was checked or run (\""
                        + claim + "\"), but " + why);
            } else {
                // The failure descends from the unchecked step whose value or name the claim vouches for.
                Step origin = facts.session().step(vouched.step());
                draft = context.at(origin, "\"" + vouched.asWritten() + "\", first written at step " + vouched.step()
                                + " with no source, is declared checked at step " + call.index() + " (\"" + claim
                                + "\"), but " + why)
                        .evidence("first written at step " + vouched.step() + " (no source)", vouched.asWritten(), origin);
            }
            draft.key(claim).evidence("claim at step " + call.index(), claim, call);
            if (lastFailure != null) {
                draft.evidence("last execution, step " + lastFailure.index(),
                        facts.session().message(lastFailure.message()).text(), lastFailure);
            }
            draft.report();
            reported++;
        }
    }

    /** What a claim vouches for: a value or name a model wrote first, with no source, and that step. */
    private record Vouched(String asWritten, int step) {
    }

    /**
     * The earliest value of the claiming output that a model wrote first, before the claim, with no
     * source (no user, tool, document or prompt held it): the unchecked result the claim vouches for.
     */
    private static Vouched valueVouchedFor(SessionFacts facts, Message output, int claimStep) {
        ProvenanceMap map = facts.provenance();
        Occurrence earliest = null;
        for (Value value : ValueExtractor.find(output.text())) {
            if (!value.kind().isSpecific()) {
                continue;
            }
            Occurrence first = null;
            for (Occurrence o : map.occurrencesOf(value)) {
                if (o.step() < claimStep && (first == null || o.step() < first.step())) {
                    first = o;
                }
            }
            if (first != null && first.origin() == Origin.MODEL && (earliest == null || first.step() < earliest.step())) {
                earliest = first;
            }
        }
        return earliest == null ? null : new Vouched(earliest.value().asWritten(), earliest.step());
    }

    /**
     * Without a value: the earliest name (a capitalised word) of the claiming output that a model's
     * output brought in first, before the claim, when no user, system or tool message had it before:
     * the unchecked answer the claim vouches for ("Piotr", "Susa"), or null.
     */
    private static Vouched nameVouchedFor(SessionFacts facts, Message output, int claimStep) {
        // A word the session also writes in lower case ("Based", "Step"), or a function word ("Let"), is not a name.
        Set<String> lowerCase = new HashSet<>();
        for (Message message : facts.session().messages()) {
            Matcher lower = LOWER_CASE_WORD.matcher(message.text());
            while (lower.find()) {
                lowerCase.add(lower.group());
            }
        }
        Set<String> names = new HashSet<>();
        Matcher m = NAME.pattern().matcher(output.text());
        while (m.find()) {
            if (!lowerCase.contains(m.group().toLowerCase(java.util.Locale.ROOT)) && !ContentWords.of(m.group()).isEmpty()) {
                names.add(m.group());
            }
        }
        List<Message> before = facts.session().messages().stream()
                .filter(msg -> msg.introducedAt() < claimStep)
                .sorted(java.util.Comparator.comparingInt(Message::introducedAt)).toList();
        Set<String> seen = new HashSet<>();
        for (Message message : before) {
            boolean model = !message.isUser() && !message.isSystem() && !message.isTool();
            Matcher words = NAME.pattern().matcher(message.text());
            while (words.find()) {
                String word = words.group();
                if (seen.add(word) && model && names.contains(word)) {
                    return new Vouched(word, message.introducedAt());
                }
            }
        }
        return null;
    }

    /**
     * The figures of the text that no source before the step holds: amounts, dates, quantities and
     * identifiers, and bare numbers of {@link #FIGURE_DIGITS} digits or more.
     */
    private static List<Value> unsourcedFigures(ProvenanceMap map, String text, int step) {
        List<Value> out = new java.util.ArrayList<>();
        for (Value value : ValueExtractor.find(text)) {
            boolean figure = value.kind().isSpecific() || value.digits() >= FIGURE_DIGITS.value();
            if (figure && map.sourceBefore(value, step).isEmpty()) {
                out.add(value);
            }
        }
        return out;
    }

    /** The first sentence of the text that claims a check or a run, or empty. */
    static String claim(String text) {
        return firstClaim(text, CLAIM.pattern());
    }

    /**
     * The first sentence of the text in which the pattern finds a claim, or empty; not one that is asked
     * (it ends in a question mark), or made a condition, a plan, a request or a denial in its clause.
     */
    private static String firstClaim(String text, Pattern pattern) {
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            String sentence = sentences.group().strip();
            Matcher claim = pattern.matcher(sentence);
            if (!claim.find() || sentence.endsWith("?")) {
                continue;
            }
            // Only the clause the claim stands in is read for a condition, plan, request or denial.
            int clause = Math.max(0, Math.max(sentence.lastIndexOf(',', claim.start()), sentence.lastIndexOf(';', claim.start())));
            if (!NOT_A_CLAIM.pattern().matcher(sentence.substring(clause, claim.end())).find()) {
                return sentence;
            }
        }
        return "";
    }
}
