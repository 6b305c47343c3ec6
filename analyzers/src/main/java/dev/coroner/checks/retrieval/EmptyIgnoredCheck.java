package dev.coroner.checks.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.ResultQuality;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Document;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.MessageStep;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Retrieval;
import dev.coroner.trace.Session;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.coroner.analysis.provenance.ValueExtractor.SECONDS;

/**
 * A retrieval that came back empty (no items, only blank items, or an error) followed by a model
 * output that answers the question anyway. "The next model output" is the first model call after
 * the retrieval by the same agent (or either unnamed); nothing new may arrive in between (items
 * from another retrieval, a tool result that is not an error, a user message), the output must be
 * text rather than more tool calls, it must be about the retrieval's topic (a sentence of it shares a
 * content word with the query, or a compound stem: "Elterngeld" for "Elternzeit"; the last user
 * message stands in for an empty query) and it must not hedge ({@link #HEDGE}, or ends by asking the user
 * something).
 */
public final class EmptyIgnoredCheck implements Check {

    static final Heuristic.Regex LOOKUP_TOOL = new Heuristic.Regex("lookup-tool",
            "Tool names that look something up: an error there is a failed retrieval.",
            Pattern.compile("(?i)search|retriev|lookup|look_up|query|knowledge|kb|docs?(?:$|_)"
            + "|handbook|faq|polic|memory|recall|rag|vector|find|buscar|busca|suche|recherche|cerca|consult"));

    private static final Heuristic.Regex RANK_KEY = new Heuristic.Regex("rank-key",
            "Keys under which a search result ranks its items: a list of such items is a retriever's "
                    + "answer, whatever the tool is called.",
            Pattern.compile("(?i)score|relevance|similarity|distance|rank"));

    static final Heuristic.Regex HEDGE = new Heuristic.Regex("hedge",
            "Phrases that admit the gap (not finding, no results, not knowing, an error, checking "
                    + "further, asking back): an answer with one of them is not reported for merely answering.",
            Pattern.compile(String.join("|",
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
            "\\bplease (?:provide|share|confirm|send)\\b",
            // The same admissions in the other languages the checks read: nothing found, none there.
            "\\bno (?:he|hemos) (?:encontrado|podido)\\b", "\\bno (?:encontré|encontramos|pude|pudimos)\\b",
            "\\bno hay (?:ningun|ninguna|resultados?|disponibilidad|información|datos|registros?)\\b",
            "\\b(?:ningún|ningun) resultado\\b", "\\bsin resultados\\b",
            "\\bnão (?:encontrei|encontramos|consegui|conseguimos)\\b",
            "\\bnão (?:há|existe|existem) (?:nenhum|nenhuma|resultados?|disponibilidade|informaç)",
            "\\bnenhum resultado\\b", "\\bsem resultados\\b",
            "\\b(?:je|nous) n'(?:ai|avons) (?:pas|rien) (?:trouvé|pu)", "\\bil n'y a (?:pas|aucun|aucune|plus)\\b",
            "\\baucun(?:e)? (?:résultat|information|donnée|disponibilité)", "\\bpas de résultats?\\b", "\\brien trouvé\\b",
            "\\bnon (?:ho|abbiamo) trovato\\b", "\\bnon (?:c'è|c’è|ci sono) (?:nessun|alcun|più|disponibilit)",
            "\\bnessun(?:a)? (?:risultat|disponibilit|informazion|dat)",
            "\\b(?:nichts|keine[nrs]?)\\b[^.!?\\n]{0,40}\\b(?:gefunden|vorhanden)\\b", "\\bnicht gefunden\\b",
            "\\bkeine (?:treffer|ergebnisse|einträge|daten|informationen|verfügbarkeit)\\b",
            "\\bgibt es\\b[^.!?\\n]{0,40}\\b(?:keine[nrs]?|kein|nichts)\\b"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private static final Heuristic.Regex QUESTION_BACK = new Heuristic.Regex("question-back",
            "A closing question that asks the user for something also admits the gap.",
            Pattern.compile(
            "(?:^|[.!?]\\s+)((?:could|can|would|do|does|did|which|what|where|when|who|how|is|are|should|may)\\b[^.!?]*)\\?\\s*$",
            Pattern.CASE_INSENSITIVE));

    private static final Heuristic.Regex COURTESY = new Heuristic.Regex("courtesy",
            "A closing question matching this is a courtesy (\"anything else?\"), not asking the user for "
                    + "something.",
            Pattern.compile(
            "anything else|help (?:you )?with|can i help|may i help|assist you", Pattern.CASE_INSENSITIVE));

    static final Heuristic.Limit MIN_UNSOURCED_AFTER_ITEMS = new Heuristic.Limit("min-unsourced-after-items",
            "Unsourced specifics (amounts, quantities, dates, identifiers) an answer must state after a "
                    + "lookup that did return items: one may be arithmetic on the items, two are the answer "
                    + "coming from elsewhere. After an empty lookup one is enough; a hedged answer needs one "
                    + "more.",
            2, "values");

    private static final Heuristic.Regex APPROXIMATELY = new Heuristic.Regex("approximately",
            "Words that mark a figure as rounded (\"~250 ms\", \"about 1.8 s\", \"rund 2.800 €\"): such a "
                    + "figure counts as sourced when a source holds a number it rounds.",
            Pattern.compile("(?iu)(?:~|≈|\\b(?:approx\\.?|approximately|about"
            + "|around|roughly|nearly|almost|ca\\.|circa|rund|etwa|ungefähr|knapp|environ|presque|aproximadamente|unos"
            + "|unas|cerca de|alrededor de|quasi|circa|por volta de|aproximadamente))\\s*$"));

    static final Heuristic.Limit COMPOUND_MIN = new Heuristic.Limit("compound-min",
            "Words this long may be compounds: two of them with a shared stem are one subject "
                    + "(\"Elterngeld\" answers a search for \"Elternzeit\").",
            8, "characters");

    static final Heuristic.Limit COMPOUND_STEM_MIN = new Heuristic.Limit("compound-stem-min",
            "A shared first part this long is a shared stem of two compounds.",
            6, "characters");

    private static final CheckInfo INFO = new CheckInfo(
            "retrieval.empty-ignored",
            "A lookup returned nothing (or the wrong items) and the answer states specifics anyway",
            Severity.HIGH,
            "0.1.0",
            """
            The agent looked something up (a retrieval, or any tool whose result came back empty; a search
            tool that failed; a reading tool that answered with ranked items, each with a score), and the answer that followed states specifics (amounts, durations,
            percentages, dates, ids) about what was looked up that no tool result, document, user or system
            message holds: the provenance map finds no source for them. With nothing retrieved they can
            only come from the model's priors: this is how plausible but invented policies, prices and
            order states reach users, and in the trace it looks like a model mistake. One unsourced
            specific is enough after an empty or failed lookup; after a lookup that returned items (the
            wrong ones), two are needed, since one may be arithmetic on what came back, unless every item
            is about something else (as retrieval.off-topic measures it), which is nothing; an answer that
            admits the gap ("I couldn't find…", a question back to the user) needs one more. A figure the
            answer marks as rounded ("~1.8 s", "about 250 ms") has a source when an earlier source rounds
            to it (1796 ms); a duration converted to a larger unit rounds without the mark (1630 ms is
            "1.6 s"), a duration is one fact in any unit ("10 s", 10000 ms), a percentage is the ratio it
            writes (0.41 % and 0.0041), the count of a result's items ("total": 2) is no source of a
            quantity other than a number of items ("2 años"), and an amount is sourced when it is a
            source's amount moved by the amounts the agent itself passed to its calls (a balance after its
            own transfers); after a lookup that returned items, a value of its own arguments is the
            criterion the items were chosen by ("after 07:00"), not a specific the answer adds. Answers after
            the user speaks again, or after a later lookup that succeeded (a read, a search, ranked items;
            not an act such as opening a claim, whose confirmation holds no answer), are not judged.
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
            """,
            List.of(LOOKUP_TOOL, RANK_KEY, HEDGE, QUESTION_BACK, COURTESY, MIN_UNSOURCED_AFTER_ITEMS, APPROXIMATELY,
                    COMPOUND_MIN, COMPOUND_STEM_MIN, SharedHeuristics.ERROR_TEXT, SharedHeuristics.EMPTY_RESULT,
                    SharedHeuristics.DEGENERATE_RESULT, SharedHeuristics.READ_TOOL_VERBS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** Kinds of fact an answer can only state with a source: amounts, quantities, dates, identifiers. */
    static final java.util.Set<ValueKind> SPECIFIC = java.util.EnumSet.of(ValueKind.AMOUNT, ValueKind.QUANTITY,
            ValueKind.DATE, ValueKind.IDENTIFIER);

    /** An empty or failed lookup: a retrieval step or a tool result. */
    private record Lookup(Step step, String store, String query, String what, boolean cameBack) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        ProvenanceMap map = facts.provenance();
        Set<Integer> answered = new HashSet<>();
        // The queries of the lookups since the user last spoke, by store: a lookup asked again in other
        // words ("plazo revisión calificación", then "reclamar nota tribunal") asks the same question.
        Map<String, StringBuilder> asked = new HashMap<>();
        for (Step step : session.steps()) {
            if (step instanceof MessageStep message && session.message(message.message()).isUser()) {
                asked.clear();
            }
            Lookup lookup = lookup(facts, map, step);
            if (lookup == null) {
                continue;
            }
            StringBuilder queries = asked.computeIfAbsent(lookup.store(), store -> new StringBuilder());
            queries.append(' ').append(lookup.query().isBlank() ? lastUserText(session, step.index()) : lookup.query());
            Set<String> topic = ContentWords.of(lookup.store().replaceAll("[_.-]", " ") + " " + queries);
            for (ModelCall next : answers(session, map, lookup)) {
                if (answered.contains(next.index())) {
                    continue;
                }
                String answer = session.message(next.output().getAsInt()).text().strip();
                // After a lookup that came back with items, the criteria it asked by ("dopo": "07:00") are
                // what the items were chosen by: an answer that restates them ("trains after 7:00")
                // describes the result, it does not add to it. After an empty or failed lookup they
                // may be the model's own guess, passed on and stated, and are judged like any value.
                List<Value> criteria = lookup.cameBack() ? criteria(facts, lookup) : List.of();
                List<Value> unsourced = new ArrayList<>();
                for (Value value : ValueExtractor.find(answer)) {
                    if (SPECIFIC.contains(value.kind()) && !sourced(map, value, next.index())
                            && criteria.stream().noneMatch(value::sameFact)
                            && !roundedFromSource(map, answer, value, next.index())
                            && !map.movedFromSource(value, next.index())
                            && onTopic(topic, sentenceAround(answer, value.start()))
                            && unsourced.stream().noneMatch(value::sameFact)) {
                        unsourced.add(value);
                    }
                }
                int needed = (lookup.cameBack() ? MIN_UNSOURCED_AFTER_ITEMS.value() : 1) + (hedges(answer) ? 1 : 0);
                if (unsourced.size() < needed) {
                    continue;
                }
                answered.add(next.index());
                report(context, lookup, next, answer, unsourced);
                break;
            }
        }
    }

    /**
     * True when a source before the step holds the value. A quantity ("2 años") is not explained by the
     * count of a result's items ("total": 2 beside two fragments): a count of results is not a duration,
     * an amount of days or any other quantity but a number of items.
     */
    static boolean sourced(ProvenanceMap map, Value value, int before) {
        for (dev.coroner.analysis.provenance.Occurrence o : map.sourcesBefore(value, before)) {
            if (value.kind() != ValueKind.QUANTITY || o.value().kind() != ValueKind.NUMBER
                    || value.unit().equals("item") || !ResultQuality.countKey(o.field())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a source before the step holds a number that rounds to the figure at the precision it
     * is written with: in its unit when the answer marks it as rounded ("~1.8 s", "about 250 ms"), or,
     * for a duration, in another time unit, marked or not (1630 ms is "1.6 s": a conversion rounds).
     * A summary of a source, not a figure from nowhere.
     */
    static boolean roundedFromSource(ProvenanceMap map, String answer, Value value, int before) {
        if (value.number().isEmpty()) {
            return false;
        }
        boolean marked = APPROXIMATELY.pattern().matcher(answer.substring(Math.max(0, value.start() - 24), value.start())).find();
        java.math.BigDecimal stated = value.number().get();
        String unit = unitOf(value);
        if (!marked && !SECONDS.containsKey(unit)) {
            return false;
        }
        // Marked as rounded, a whole number's trailing zeros are not significant ("about 250 ms" is
        // 2.5 hundreds); unmarked, they are: "10 días" is ten days, not a 9.65 converted and rounded.
        int digits = marked ? significantDigits(stated) : Math.max(1, stated.precision());
        for (dev.coroner.analysis.provenance.Occurrence o : map.occurrences()) {
            if (o.step() >= before || !o.origin().isSource() || o.value().number().isEmpty()) {
                continue;
            }
            String sourceUnit = unitOf(o.value());
            java.math.BigDecimal n = o.value().number().get();
            if (!unit.isEmpty() && !sourceUnit.isEmpty() && !unit.equals(sourceUnit)) {
                if (!SECONDS.containsKey(unit) || !SECONDS.containsKey(sourceUnit)) {
                    continue;
                }
                if ((marked || SECONDS.get(sourceUnit).compareTo(SECONDS.get(unit)) < 0) && rounds(n.multiply(
                        SECONDS.get(sourceUnit)).divide(SECONDS.get(unit), java.math.MathContext.DECIMAL64), stated,
                        digits)) {
                    return true;
                }
                continue;
            } else if (!unit.isEmpty() && sourceUnit.isEmpty() && SECONDS.containsKey(unit)) {
                // A bare number of a record whose unit the answer converted: try the other time units.
                for (java.util.Map.Entry<String, java.math.BigDecimal> other : SECONDS.entrySet()) {
                    // Unmarked, only a conversion up rounds: 1630 (ms) is "1.6 s", 2 (weeks) is not "14 days".
                    if ((marked || other.getValue().compareTo(SECONDS.get(unit)) < 0) && rounds(n.multiply(
                            other.getValue()).divide(SECONDS.get(unit), java.math.MathContext.DECIMAL64), stated, digits)) {
                        return true;
                    }
                }
                continue;
            }
            if (marked && rounds(n, stated, digits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rounds(java.math.BigDecimal source, java.math.BigDecimal stated, int digits) {
        return source.signum() != 0 && source.round(new java.math.MathContext(digits)).compareTo(stated) == 0;
    }

    /** Significant digits of a figure as written: 250 has two, 1.8 two, 2800 two, 0.25 two. */
    private static int significantDigits(java.math.BigDecimal n) {
        java.math.BigDecimal plain = n.stripTrailingZeros();
        return Math.max(1, plain.precision());
    }

    /** The unit of a quantity value ("ms" of "qty:250:ms") or the currency of an amount, or empty. */
    private static String unitOf(Value value) {
        for (String key : value.keys()) {
            // An amount's unit is its currency: 231,70 € is no count of hours.
            if (key.startsWith("qty:") || key.startsWith("amt:")) {
                return key.substring(key.lastIndexOf(':') + 1);
            }
        }
        return "";
    }

    /**
     * True when a sentence of the answer is about what was looked up: it shares a content word with
     * the query and the lookup's name (any sentence is, when they have none).
     */
    static boolean onTopic(Set<String> topic, String sentence) {
        if (topic.isEmpty()) {
            return true;
        }
        Set<String> words = ContentWords.of(sentence);
        if (!ContentWords.shared(topic, words).isEmpty()) {
            return true;
        }
        // Compounds of one stem are one subject: "Elterngeld" answers a search for "Elternzeit",
        // "Krankentagegeld" one for "Krankenversicherung".
        for (String t : topic) {
            for (String w : words) {
                if (t.length() >= COMPOUND_MIN.value() && w.length() >= COMPOUND_MIN.value()
                        && commonPrefix(t, w) >= COMPOUND_STEM_MIN.value()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The sentence (or list item) of a text around an offset. */
    static String sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && "!?\n".indexOf(text.charAt(end)) < 0
                && !(text.charAt(end) == '.' && (end + 1 >= text.length() || Character.isWhitespace(text.charAt(end + 1))))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** The values a lookup asked by: each argument of a tool call on its own, or the retrieval's query. */
    private static List<Value> criteria(SessionFacts facts, Lookup lookup) {
        if (!(lookup.step() instanceof ToolResult result)) {
            return ValueExtractor.find(lookup.query());
        }
        List<Value> values = new ArrayList<>();
        for (String argument : JsonValues.leaves(facts.argumentsFor(result))) {
            values.addAll(ValueExtractor.find(argument));
        }
        return values;
    }

    /** The step as an empty or failed lookup, or null. */
    private static Lookup lookup(SessionFacts facts, ProvenanceMap map, Step step) {
        if (step instanceof Retrieval retrieval) {
            boolean empty = cameBackEmpty(retrieval);
            // Items that are all about something else (OffTopicCheck's measure) hold no answer either.
            boolean offTopic = !empty && OffTopicCheck.offTopic(retrieval.query(),
                    retrieval.documents().stream().map(Document::content).toList());
            return new Lookup(step, retrieval.store(), retrieval.query(), !empty
                    ? "returned " + retrieval.documents().size() + " item" + (retrieval.documents().size() == 1 ? "" : "s")
                    + (offTopic ? " about something else" : " that do not hold them")
                    : retrieval.error().isBlank() ? "returned nothing" : "failed", !empty && !offTopic);
        }
        if (step instanceof ToolResult result) {
            ResultQuality.Quality quality = map.quality(result);
            ResultQuality.Kind kind = quality.kind();
            boolean lookupTool = lookupTool(facts.session(), result);
            if (quality.empty() || kind == ResultQuality.Kind.ERROR && lookupTool) {
                return new Lookup(step, result.tool(), JsonValues.text(facts.argumentsFor(result)),
                        quality.empty() ? "returned nothing" : "failed", false);
            }
            if (kind == ResultQuality.Kind.OK && lookupTool
                    && dev.coroner.analysis.facts.ToolNames.reads(result.tool())) {
                String query = JsonValues.text(facts.argumentsFor(result));
                List<String> items = rankedItems(facts.session().message(result.message()).text());
                boolean offTopic = !items.isEmpty() && OffTopicCheck.offTopic(query, items);
                return new Lookup(step, result.tool(), query, offTopic ? "returned ranked items about something else"
                        : "returned results that do not hold them", !offTopic);
            }
        }
        return null;
    }

    /**
     * True when a tool result is shaped like retrieved items: a JSON list of objects that each carry a
     * ranking score (score, relevance, similarity, distance, rank) beside their text.
     */
    static boolean retrievedItems(String content) {
        JsonNode tree = dev.coroner.trace.TraceJson.tryParse(content);
        return tree != null && firstRankedList(tree) != null;
    }

    /** The first list in a tree (itself or nested) whose items each carry a ranking score and a text, or null. */
    private static JsonNode firstRankedList(JsonNode node) {
        if (node.isArray() && node.size() > 0) {
            boolean all = true;
            for (JsonNode item : node) {
                boolean ranked = false;
                boolean text = false;
                if (item.isObject()) {
                    for (var it = item.fields(); it.hasNext(); ) {
                        var f = it.next();
                        ranked |= RANK_KEY.pattern().matcher(f.getKey()).find() && f.getValue().isNumber();
                        text |= f.getValue().isTextual() && f.getValue().asText().contains(" ");
                    }
                }
                all &= ranked && text;
            }
            if (all) {
                return node;
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                JsonNode found = firstRankedList(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The texts of the first ranked list of a result (each item's text values joined), or none. */
    private static List<String> rankedItems(String content) {
        JsonNode tree = dev.coroner.trace.TraceJson.tryParse(content);
        JsonNode ranked = tree == null ? null : firstRankedList(tree);
        List<String> out = new ArrayList<>();
        if (ranked != null) {
            ranked.forEach(item -> out.add(JsonValues.text(item)));
        }
        return out;
    }

    private static boolean cameBackEmpty(Retrieval retrieval) {
        return !retrieval.error().isBlank() || retrieval.documents().stream().map(Document::content)
                .allMatch(String::isBlank);
    }

    /**
     * The model outputs with text after the lookup, until the user speaks again or something comes
     * back (a retrieval with items, a successful tool result): until then an answer can only rest on
     * what was there before the lookup.
     */
    private static List<ModelCall> answers(Session session, ProvenanceMap map, Lookup lookup) {
        List<ModelCall> out = new ArrayList<>();
        boolean modelSpoke = false;
        for (Step step : session.steps().subList(lookup.step().index() + 1, session.steps().size())) {
            // A successful lookup after the model spoke again (a retry, another query) may hold the
            // answer; a sibling of the same batch of calls answered another question.
            if (step instanceof Retrieval other && !cameBackEmpty(other)
                    || step instanceof ToolResult result && modelSpoke && map.quality(result).kind() == ResultQuality.Kind.OK
                    && mayAnswer(session, result, lookup)
                    || step instanceof MessageStep message && newUserMessage(session.message(message.message()), lookup)) {
                break;
            }
            modelSpoke |= step instanceof ModelCall;
            if (step instanceof ModelCall call && call.context().stream()
                    .anyMatch(id -> session.message(id).introducedAt() > lookup.step().index()
                            && newUserMessage(session.message(id), lookup))) {
                break;
            }
            // Text that comes with another call of the same lookup narrates the retry ("timed out,
            // retrying over 45m"): it answers nothing.
            if (step instanceof ModelCall call && call.output().isPresent()) {
                Message output = session.message(call.output().getAsInt());
                if (!output.text().isBlank()
                        && output.toolCalls().stream().noneMatch(invocation -> invocation.name().equals(lookup.store()))) {
                    out.add(call);
                }
            }
        }
        return out;
    }

    /**
     * True when a later successful result may hold what the lookup did not: another call of the
     * lookup, a tool that reads or searches, or ranked items. A tool that acts (opens a claim, books,
     * sends) answers with a confirmation of its act, not with the knowledge looked for.
     */
    private static boolean mayAnswer(Session session, ToolResult result, Lookup lookup) {
        return result.tool().equals(lookup.store()) || dev.coroner.analysis.facts.ToolNames.reads(result.tool())
                || lookupTool(session, result);
    }

    /** A tool named for looking things up, or one that answered with ranked items whatever its name. */
    private static boolean lookupTool(Session session, ToolResult result) {
        return LOOKUP_TOOL.pattern().matcher(result.tool()).find() || retrievedItems(session.message(result.message()).text());
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

    /** A user message that is not the question the lookup was made for. */
    private static boolean newUserMessage(Message message, Lookup lookup) {
        String text = message.text().strip();
        return message.isUser() && !text.isEmpty() && !lookup.query().contains(text) && !text.contains(lookup.query().strip());
    }

    static boolean hedges(String answer) {
        if (HEDGE.pattern().matcher(answer).find()) {
            return true;
        }
        java.util.regex.Matcher question = QUESTION_BACK.pattern().matcher(answer);
        return question.find() && !COURTESY.pattern().matcher(question.group(1)).find();
    }

    private static void report(CheckContext context, Lookup lookup, ModelCall next, String answer,
                               List<Value> unsourced) {
        String store = lookup.store().isEmpty() ? "" : " of " + lookup.store();
        List<String> written = unsourced.stream().map(Value::asWritten).toList();
        CheckContext.Draft draft = context.at(lookup.step(), "The lookup" + store + " at step " + lookup.step().index()
                        + " " + lookup.what() + ", yet the answer at step " + next.index() + " states "
                        + unsourced.size() + " specific" + (unsourced.size() == 1 ? "" : "s")
                        + " that no tool result, document, user or system message held: "
                        + String.join(", ", written.subList(0, Math.min(5, written.size()))))
                .key(lookup.store() + "\n" + lookup.query() + "\n" + answer);
        if (!lookup.query().isBlank()) {
            draft.evidence("query", lookup.query(), lookup.step().source());
        }
        draft.evidence("retrieved", lookup.what().equals("failed") ? "the lookup failed"
                : lookup.cameBack() ? lookup.what() : "no items", lookup.step().source());
        draft.evidenceExcerpt("answered at step " + next.index(), Excerpts.around(answer, unsourced.get(0).asWritten()),
                next.source());
        draft.report();
    }
}
