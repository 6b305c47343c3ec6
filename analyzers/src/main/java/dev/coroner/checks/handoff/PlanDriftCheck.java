package dev.coroner.checks.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.provenance.Numbers;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.Handoff;
import dev.coroner.trace.Message;
import dev.coroner.trace.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint of the task (a date or period, a quantity with its unit, a unit the answer must be in,
 * a place) that none of the instructions an orchestrating agent handed out carries: the plan lost it
 * before any worker could act on it. The task is what the user said before the first instruction; the
 * instructions are the handoffs whose payload is a sentence of natural language, and a run is judged
 * only when one agent handed out at least {@link #MIN_INSTRUCTIONS} of them (a plan, not a single
 * transfer). The finding points at the first instruction, where the plan went out without the
 * constraint.
 */
public final class PlanDriftCheck implements Check {

    static final Heuristic.Limit MIN_INSTRUCTIONS = new Heuristic.Limit("min-instructions",
            "Fewest instructions one agent must hand out for its hand-overs to be read as a plan.", 2, "instructions");

    static final Heuristic.Limit MIN_INSTRUCTION_WORDS = new Heuristic.Limit("min-instruction-words",
            "Fewest content words a handoff payload needs to be an instruction (not an id or a flag).", 3, "words");

    static final Heuristic.Regex PERIOD = new Heuristic.Regex("period",
            "A period the task names with a year: a month and year (\"July 2023\", \"juillet 2023\"), or a year after a "
                    + "word of time (\"as of 2022\", \"between 2014 and 2023\", \"seit 2019\"); carried when the "
                    + "instruction has the year, and the month when one is named.",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:(?<month>" + months() + ")\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?"
                    + "(?<year>(?:19|20)\\d\\d)"
                    + "|(?:in|as of|since|before|after|until|from|between|during|through|by|im|seit|vor|nach|bis|en|depuis"
                    + "|avant|après|desde|antes de|hasta|entre|dal|dopo|fino al|prima del|até)\\s+(?:the\\s+)?"
                    + "(?:year\\s+|jahr\\s+|année\\s+|año\\s+|anno\\s+|ano\\s+)?(?<from>(?:19|20)\\d\\d)"
                    + "(?:\\s*(?:-|–|to|and|und|et|y|e|a|bis)\\s*(?<to>(?:19|20)\\d\\d))?)(?![\\p{L}\\p{N}])"));

    static final Heuristic.Regex UNIT = new Heuristic.Regex("unit",
            "A unit the task asks for (\"in Fahrenheit\", \"in kilometers\", \"in thousands of hours\"); carried when "
                    + "the instruction names the unit or its symbol.",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:in|into|as|en|em|auf)\\s+(?:degrees\\s+)?(?:thousands of\\s+|millions of\\s+)?"
                    + "(?<unit>fahrenheit|celsius|kelvin|kilomet(?:er|re)s|met(?:er|re)s|miles|feet|inches|pounds"
                    + "|kilograms|grams|lit(?:er|re)s|gallons|hours|minutes|seconds|weeks|months|years|percent"
                    + "|dollars|euros|usd|eur|gbp|metric|imperial)(?![\\p{L}])"));

    static final Heuristic.Regex PLACE = new Heuristic.Regex("place",
            "A place the task names: a capitalised name after in, near, around, outside or within … of (and their "
                    + "equivalents in German, French, Spanish, Italian and Portuguese), ending where the phrase does (a "
                    + "punctuation mark or a function word), so \"in Roman characters\" is not a place; carried when the "
                    + "name's longest word is in the instruction.",
            Pattern.compile("(?u)(?<![\\p{L}])(?:in|near|around|outside|within [^.,;:?!]{1,25}? of|bei|nahe|près de|cerca de"
                    + "|vicino a|perto de)\\s+(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|of|de|du|la|le|del|do|da))*)"
                    + "(?=\\s*(?:[.,;:?!)]|$)|\\s+(?:between|and|or|for|on|from|to|with|as|by|since|during|that|which|who"
                    + "|where|at|in|of|the|according|after|before|until|near|within|und|et|y|e)(?![\\p{L}]))"));

    static final Heuristic.Regex NOT_A_PLACE = new Heuristic.Regex("not-a-place",
            "Capitalised words after \"in\" that name a time or a language, not a place.",
            Pattern.compile("(?iu)" + months() + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|english"
                    + "|spanish|french|german|italian|portuguese|chinese|japanese|latin|roman|python|excel|markdown|json"));

    static final Heuristic.Limit MIN_NAME_WORD = new Heuristic.Limit("min-name-word",
            "Shortest word of a place name that is looked for in the instructions.", 4, "letters");

    private static final CheckInfo INFO = new CheckInfo(
            "handoff.plan-drift",
            "A constraint of the task is in none of the instructions handed to the agents",
            Severity.MEDIUM,
            "0.3.0",
            """
            The task stated a constraint — a date or a period ("as of July 2023", "between 2014 and 2023"),
            a quantity with its unit ("less than 150 minutes"), the unit of the answer ("in Fahrenheit") or a
            place ("near Washington Square Park") — and an orchestrating agent then handed out a plan of
            instructions to its workers, none of which carries it. Workers act on their instruction: a
            search without the period returns today's roster, a filter without the unit compares the wrong
            numbers, and the orchestrator, which still holds the task, accepts what comes back. The task is
            what the user said before the first instruction; an instruction is a handoff whose payload is a
            sentence, and a run is judged when one agent handed out at least two. A constraint is carried
            when an instruction has its date or its number (by value), its year and month, its unit, or the
            longest word of its place.
            """,
            """
            Carry the task's constraints into every instruction as fields the worker must honour (period,
            unit, place), not only in the orchestrator's plan; have the orchestrator's ledger list them and
            check each worker's answer against them before accepting it.
            """,
            """
            Step 0: the user asks for the pitchers around a player's number "as of July 2023". Steps 3, 6 and
            9: the orchestrator tells the web surfer to look up the team, the number and the roster — none
            of the three mentions July 2023, and the surfer reads the current roster.
            """,
            List.of(MIN_INSTRUCTIONS, MIN_INSTRUCTION_WORDS, PERIOD, UNIT, PLACE, NOT_A_PLACE, MIN_NAME_WORD));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** A constraint of the task, and the words or numbers an instruction must have to carry it. */
    private record Constraint(String asWritten, List<Pattern> words, Set<String> numbers, Set<String> dateKeys) {
        Constraint {
            words = List.copyOf(words);
        }

        /** A constraint an instruction carries when it has each word (as a word's start, in any case). */
        static Constraint ofWords(String asWritten, List<String> words, Set<String> numbers) {
            return new Constraint(asWritten, words.stream()
                    .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w), Pattern.UNICODE_CASE)).toList(),
                    numbers, Set.of());
        }
    }

    /** An instruction: a handoff with a sentence for its payload. */
    private record Instruction(Handoff handoff, String text, Set<String> numbers, Set<String> dateKeys) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Map<String, List<Instruction>> bySender = new LinkedHashMap<>();
        for (Step step : facts.session().steps()) {
            if (step instanceof Handoff handoff) {
                String text = text(handoff.payload());
                if (ContentWords.of(text).size() >= MIN_INSTRUCTION_WORDS.value()) {
                    bySender.computeIfAbsent(handoff.from(), k -> new ArrayList<>()).add(new Instruction(handoff,
                            text.toLowerCase(Locale.ROOT), HandoffFacts.allNumbers(text), HandoffFacts.dateKeys(text)));
                }
            }
        }
        List<Instruction> plan = bySender.values().stream().filter(l -> l.size() >= MIN_INSTRUCTIONS.value())
                .min(Comparator.comparingInt(l -> l.get(0).handoff().index())).orElse(null);
        if (plan == null) {
            return;
        }
        Handoff first = plan.get(0).handoff();
        List<Message> task = facts.session().messages().stream()
                .filter(m -> m.isUser() && m.introducedAt() < first.index())
                .sorted(Comparator.comparingInt(Message::introducedAt)).toList();
        for (Message message : task) {
            for (Constraint constraint : constraints(message.text())) {
                if (plan.stream().anyMatch(i -> carries(i, constraint))) {
                    continue;
                }
                Step stated = facts.session().step(message.introducedAt());
                context.at(first, "The task's \"" + constraint.asWritten() + "\" (step " + stated.index()
                                + ") is in none of the " + plan.size() + " instructions " + first.from()
                                + " handed out, from step " + first.index() + " to step "
                                + plan.get(plan.size() - 1).handoff().index())
                        .key(constraint.asWritten().toLowerCase(Locale.ROOT))
                        .evidence("task, step " + stated.index(), message.text(), stated)
                        .evidence("first instruction, step " + first.index() + " (to " + first.to() + ")",
                                text(first.payload()), first)
                        .report();
            }
        }
    }

    /** The constraints a task states, each once, in the order written. */
    private static List<Constraint> constraints(String text) {
        Map<String, Constraint> out = new LinkedHashMap<>();
        for (Value value : ValueExtractor.find(text)) {
            if (value.kind() == ValueKind.DATE) {
                out.putIfAbsent(value.asWritten(), new Constraint(value.asWritten(), List.of(), Set.of(), Set.copyOf(value.keys())));
            } else if (value.kind() == ValueKind.QUANTITY && value.number().isPresent()) {
                out.putIfAbsent(value.asWritten(), Constraint.ofWords(value.asWritten(), List.of(),
                        Set.of(Numbers.plain(value.number().get()))));
            }
        }
        Matcher period = PERIOD.pattern().matcher(text);
        while (period.find()) {
            List<String> words = new ArrayList<>();
            Set<String> years = new java.util.LinkedHashSet<>();
            if (period.group("month") != null) {
                words.add(period.group("month").toLowerCase(Locale.ROOT));
                years.add(period.group("year"));
            } else {
                years.add(period.group("from"));
                if (period.group("to") != null) {
                    years.add(period.group("to"));
                }
            }
            out.putIfAbsent(period.group(), Constraint.ofWords(period.group(), words, years));
        }
        java.util.BitSet units = new java.util.BitSet();
        Matcher unit = UNIT.pattern().matcher(text);
        while (unit.find()) {
            units.set(unit.start(), unit.end());
            String word = unit.group("unit").toLowerCase(Locale.ROOT);
            out.putIfAbsent(unit.group(), Constraint.ofWords(unit.group(),
                    List.of(word.endsWith("s") ? word.substring(0, word.length() - 1) : word), Set.of()));
        }
        Matcher place = PLACE.pattern().matcher(text);
        while (place.find()) {
            if (units.get(place.start("name"))) {
                continue; // "in Fahrenheit" is the unit of the answer, read above
            }
            String longest = "";
            for (String word : place.group("name").split("\\s+")) {
                if (Character.isUpperCase(word.codePointAt(0)) && word.length() > longest.length()
                        && !NOT_A_PLACE.pattern().matcher(word).matches()) {
                    longest = word;
                }
            }
            if (longest.length() >= MIN_NAME_WORD.value()) {
                out.putIfAbsent(place.group("name"), Constraint.ofWords(place.group("name"),
                        List.of(longest.toLowerCase(Locale.ROOT)), Set.of()));
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean carries(Instruction instruction, Constraint constraint) {
        if (!constraint.dateKeys().isEmpty()) {
            return constraint.dateKeys().stream().anyMatch(instruction.dateKeys()::contains);
        }
        if (!instruction.numbers().containsAll(constraint.numbers())) {
            return false;
        }
        return constraint.words().stream().allMatch(word -> word.matcher(instruction.text()).find());
    }

    /** A payload's words: the text itself, or the string values of an object. */
    private static String text(JsonNode payload) {
        if (payload == null || payload.isMissingNode() || payload.isNull()) {
            return "";
        }
        if (payload.isTextual()) {
            return payload.asText();
        }
        StringBuilder out = new StringBuilder();
        payload.forEach(v -> {
            if (v.isTextual()) {
                out.append(v.asText()).append('\n');
            }
        });
        return out.toString();
    }

    private static String months() {
        return "january|february|march|april|may|june|july|august|september|october|november|december"
                + "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août"
                + "|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
                + "|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
                + "|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro";
    }
}
