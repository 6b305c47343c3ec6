package dev.coroner.checks.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.provenance.Numbers;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.analysis.text.Identifiers;
import dev.coroner.finding.Heuristic;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must survive a handoff, and how to tell whether it did. Four kinds of item:
 * <ul>
 *   <li>constraint sentences: a sentence with must, never, only, at most, no more than, not more
 *       than, limit(s/ed), maximum, max, exceed(s), cap(ped), and at least three content words; it
 *       is carried when every number in it reaches the receiver, or, with no number, when half its
 *       content words do;</li>
 *   <li>constraint fields of JSON tool output: a scalar under a key naming a limit (limit, max,
 *       maximum, min, minimum, cap, threshold, quota, allowance, allowed, budget, ceiling); carried
 *       when its value does;</li>
 *   <li>identifiers the user typed ({@link Identifiers}); carried when the same identifier does;</li>
 *   <li>amounts the user typed: a number with a currency (symbol or code) or a unit (%, days,
 *       hours, minutes, weeks, months, years, kg, g, km, miles, lb, items, units, pieces); carried
 *       when the number does.</li>
 * </ul>
 * Numbers compare by value: "50", "50.00" and "1,000"/"1000" are the same.
 */
final class HandoffFacts {

    /** One thing the sender had. */
    record Item(String kind, String text, Set<String> numbers, Set<String> words, String identifier) {
    }

    /** Everything the receiver was given, indexed for the carried tests. */
    record Received(String text, Set<String> numbers, Set<String> words, Set<String> identifiers, Set<String> dates) {
        static Received of(String text) {
            Set<String> ids = new LinkedHashSet<>();
            Identifiers.find(text).forEach(f -> ids.add(f.value()));
            return new Received(text.toLowerCase(Locale.ROOT), HandoffFacts.allNumbers(text), ContentWords.of(text), ids,
                    dateKeys(text));
        }
    }

    /** The keys of every date and time of a text ("2025-05-02T17:00Z" holds the day and the time 17:00). */
    static Set<String> dateKeys(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Value value : ValueExtractor.find(text)) {
            if (value.kind() == ValueKind.DATE) {
                out.addAll(value.keys());
            }
        }
        return out;
    }

    static final Heuristic.Ratio MIN_SENTENCE_COVERAGE = new Heuristic.Ratio("min-sentence-coverage",
            "Share of the content words of a numberless item (a constraint sentence, a record field in words) "
                    + "that must reach the receiver for it to count as carried.",
            0.5);

    static final Heuristic.Limit MIN_SENTENCE_WORDS = new Heuristic.Limit("min-sentence-words",
            "Fewest content words a constraint sentence needs.",
            3, "words");

    static final Heuristic.Regex CONSTRAINT = new Heuristic.Regex("constraint",
            "Words that make a sentence a constraint, in English, German, French, Spanish, Italian, Portuguese "
                    + "and Dutch.",
            Pattern.compile("(?iu)\\b(?:must|never|only|at most|no more than"
            + "|not more than|limit|limits|limited|maximum|max|exceed|exceeds|cap|caps|capped|up to|budget|has to|have to|needs? to|at least|minimum"
            + "|no later than|deadline|requires?|required|need(?:s)? (?:\\S+ )?approval|approval|without (?:asking|consulting|checking)"
            + "|do not|don'?t|allerg\\w*|wheelchair|accessible|mandatory|obligatori[oa]s?|obligatoire|obbligatori[oa]"
            + "|obrigatóri[oa]|verpflichtend|vorgeschrieben|zwingend"
            + "|höchstens|maximal|nicht mehr als|bis zu|mindestens|nur|niemals|nie|darf|dürfen|muss|müssen|obergrenze|spätestens"
            + "|freigabe|genehmigung|barrierefrei|rollstuhl"
            + "|hasta|como máximo|máximo|no más de|mínimo|sólo|solo|nunca|debe|deben|límite|presupuesto|antes de|sin consultar\\w*"
            + "|llam(?:adme|ame|a) antes|au maximum|pas plus de|jusqu'à|au moins|seulement|uniquement|jamais|doit|doivent|plafond"
            // capped and limited as verbs, as "capped" and "limited" are above
            + "|plafonn\\w*|limité\\w*|limitad[oa]s?|limitat[oa]|begrenzt|beperkt|topad[oa]"
            + "|al massimo|massimo|non più di|fino a|almeno|soltanto|mai|deve|devono|limite|tetto|entro|prima di|accessibil\\w*"
            + "|no máximo|até|apenas|somente|orçamento|maximaal|hoogstens|niet meer dan|minimaal|alleen|nooit|moet|limiet)(?![\\p{L}])"));

    static final Heuristic.Regex CONSTRAINT_KEY = new Heuristic.Regex("constraint-key",
            "JSON keys that hold a constraint or an entitlement: limits, budgets, balances, rules, policies, "
                    + "approvals and approved amounts, deadlines, in seven languages.",
            Pattern.compile(
            "(?i)limit|max|maximum|min|minimum|cap|threshold|quota|allowance|allowed|budget|ceiling|remaining|balance"
                    + "|residu|restant|rest_|rule|policy|approval|whitelist|permitted|deadline|due|until|soglia|tetto|plafond"
                    + "|grenze|frist|limite|presupuesto|orcamento|saldo|requirement|requisit|requis|anforderung|exigenc"
                    // The same words in the other languages of the checklist: policy, cap, maximum and
                    // minimum, approval, deadline, rule.
                    + "|pol[ií]tic|politique|richtlinie|beleid|tope|teto|massim|m[aá]xim|m[ií]nim|höchst|mindest"
                    + "|genehmigung|freigabe|aprobaci|approvazion|approbation|aprova[cç]|plazo|scadenz|[ée]ch[ée]ance"
                    + "|prazo|regla|regola|règle|regra|vorgabe"
                    // what was approved (approved_amount, importo_approvato_eur): the most the receiver may do
                    + "|approved|approvat|aprobad|aprovad|approuv|genehmigt|goedgekeurd"));

    static final Heuristic.Regex SENTENCE_END = new Heuristic.Regex("sentence-end",
            "Where a sentence ends: after \".\", \"!\" or \"?\" before a word that does not go on in lower case "
                    + "or with a number (so \"max. 1.850 €\", \"bis 13.03. 10:00 Uhr\" and \"z. B. per Mail\" stay "
                    + "one sentence), after \";\", and at a line break.",
            Pattern.compile("(?<=[.!?])\\s+(?=[^\\p{Ll}\\d])|(?<=;)\\s+|\\n+"));

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    static final Heuristic.Regex AMOUNT = new Heuristic.Regex("amount",
            "An amount the user typed: a number with a currency (symbol or code) or a unit (%, days, hours, "
                    + "minutes, weeks, months, years, kg, g, km, miles, lb, items, units, pieces).",
            Pattern.compile("(?:[$€£¥]\\s?" + NUM + ")|(?:(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\\s?"
            + NUM + ")|(?:" + NUM + "\\s?(?:%|percent\\b|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\\b|dollars?\\b|euros?\\b"
            + "|pounds?\\b|cents?\\b|days?\\b|hours?\\b|hrs?\\b|minutes?\\b|mins?\\b|weeks?\\b|months?\\b|years?\\b"
            + "|kg\\b|g\\b|km\\b|miles?\\b|lbs?\\b|items?\\b|units?\\b|pieces?\\b|pcs\\b))", Pattern.CASE_INSENSITIVE));

    private HandoffFacts() {
    }

    /** Constraint sentences of a text. */
    static List<Item> constraintSentences(String text) {
        JsonNode json = text.startsWith("{") || text.startsWith("[") ? TraceJson.tryParse(text) : null;
        if (json != null) {
            // JSON output: its fields are read by constraintFields; here only its prose values.
            List<Item> out = new ArrayList<>();
            proseSentences(json, "", out);
            return out;
        }
        List<Item> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.pattern().split(text)) {
            String s = sentence.strip();
            Set<String> words = ContentWords.of(s);
            if (CONSTRAINT.pattern().matcher(s).find() && words.size() >= MIN_SENTENCE_WORDS.value()) {
                out.add(new Item("constraint", s, numbers(s), words, ""));
            }
        }
        return out;
    }

    /** Constraint sentences in the prose values of a JSON tree, except under keys that constraintFields reads. */
    private static void proseSentences(JsonNode node, String key, List<Item> out) {
        if (node.isContainerNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                proseSentences(field.getValue(), field.getKey(), out);
            }
            if (node.isArray()) {
                node.forEach(child -> proseSentences(child, key, out));
            }
        } else if (node.isTextual() && node.asText().contains(" ") && !CONSTRAINT_KEY.pattern().matcher(key).find()) {
            out.addAll(constraintSentences(node.asText()));
        }
    }

    /** Constraint fields of a JSON text (tool output); none when it is not JSON. */
    static List<Item> constraintFields(String text) {
        JsonNode node = TraceJson.tryParse(text);
        List<Item> out = new ArrayList<>();
        if (node != null) {
            collectFields(node, "", out);
        }
        return out;
    }

    /**
     * Scalars under a key naming a limit, and the scalars of an object under such a key (a cap per
     * city: {"hotel_cap_eur": {"lyon": 115, "paris": 150}}), each named by its path.
     */
    private static void collectFields(JsonNode node, String limit, List<Item> out) {
        if (node.isArray()) {
            node.forEach(child -> collectFields(child, limit, out));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            String name = limit.isEmpty() ? field.getKey() : limit + "." + field.getKey();
            boolean constraint = !limit.isEmpty() || CONSTRAINT_KEY.pattern().matcher(field.getKey()).find();
            if (value.isObject()) {
                collectFields(value, constraint ? name : "", out);
            } else if (value.isArray()) {
                collectFields(value, "", out);
            } else if (constraint && (value.isNumber() || value.isTextual()) && !value.asText().isBlank()) {
                String text = name + ": " + value.asText();
                Set<String> numbers = numbers(value.asText());
                out.add(new Item("constraint", text, numbers, numbers.isEmpty() ? ContentWords.of(value.asText())
                        : Set.of(), ""));
            }
        }
    }

    /** Identifiers and amounts in a user's text. */
    static List<Item> userFacts(String text) {
        List<Item> out = new ArrayList<>();
        for (Identifiers.Found found : Identifiers.find(text)) {
            out.add(new Item(found.kind().label(), found.asWritten(), Set.of(), Set.of(), found.value()));
        }
        Matcher m = AMOUNT.pattern().matcher(text);
        while (m.find()) {
            out.add(new Item("amount", m.group().strip(), numbers(m.group()), Set.of(), ""));
        }
        return out;
    }

    /** The kind of a specific of the user's request that a brief passing on the rest of it left out. */
    static final String REQUEST_PART = "part of the user's request left out of the brief";

    /**
     * The specifics of a user message (amounts, quantities, dates, identifiers) that a brief left out
     * while it passed on others of the same message: the brief restates the user's request and drops
     * part of it (three instalments of 800 € briefed as "2.400 €"; "2-8 °C" left out beside the
     * pallets and the deadline). A brief that carries none of the message's specifics took a subtask
     * of its own, and nothing is reported. What the sender passed on elsewhere (another brief, its
     * own later answer) is not lost; the dates of the request count as carried when one of them is
     * (a stay briefed as its first night and its length).
     */
    static List<Item> requestGaps(String text, Received received, Received elsewhere) {
        List<Item> carried = new ArrayList<>();
        List<Item> dropped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean dateCarried = false;
        List<Item> datesDropped = new ArrayList<>();
        for (Value value : ValueExtractor.find(text)) {
            if (!value.kind().isSpecific() || !seen.add(value.keys().get(0))) {
                continue;
            }
            Item stated = stated(value);
            Item item = new Item(REQUEST_PART, stated.text(), stated.numbers(), stated.words(), stated.identifier());
            boolean got = carried(stated, received);
            boolean passed = got || carried(stated, elsewhere);
            boolean date = value.kind() == ValueKind.DATE;
            dateCarried |= passed && date;
            if (got) {
                carried.add(item);
            } else if (!passed) {
                (date ? datesDropped : dropped).add(item);
            }
        }
        // A stay or a schedule is carried by its first date and its length ("4 nights from 3 May"):
        // the other dates of the request are dropped only when the brief carries none of them.
        if (!dateCarried) {
            dropped.addAll(datesDropped);
        }
        return carried.isEmpty() ? List.of() : dropped;
    }


    /** The kind of an identifier left out of a record that was otherwise passed on. */
    static final String RECORD_GAP = "id left out of a record passed on";
    /** The kind of a fact of a record the hand-over withheld whole. */
    static final String RECORD_WITHHELD = "fact of a record withheld";

    /** True for the record items, which are worth a look (medium) rather than high on their own. */
    static boolean recordItem(Item item) {
        return item.kind().equals(RECORD_GAP) || item.kind().equals(RECORD_WITHHELD);
    }

    static final Heuristic.Ratio TRANSCRIBED = new Heuristic.Ratio("transcribed",
            "Share of a record's fields that must reach the receiver for the record to count as passed on.",
            0.6);

    static final Heuristic.Ratio FIELD_CARRIED = new Heuristic.Ratio("field-carried",
            "Share of a record field's comparable leaves that must reach the receiver for the field to count as "
                    + "carried.",
            0.5);

    static final Heuristic.Limit MIN_RECORD_FIELDS = new Heuristic.Limit("min-record-fields",
            "Fewest fields with content a record needs to be judged.",
            4, "fields");

    /**
     * Identifiers and quantities with a unit of a JSON tool record that the hand-over passed on field by
     * field (most of its fields reached the receiver) except the fields that hold them: a transcription
     * that left a part out (the dangerous-goods entry of an order, the allergy block of a patient record,
     * the "+2 bis +6 °C" of a cold chain). Fields with no
     * content (booleans, nulls, two-letter codes, dates) count neither way.
     */
    static List<Item> recordGaps(String text, Received received) {
        JsonNode json = text.startsWith("{") ? TraceJson.tryParse(text) : null;
        if (json == null || !json.isObject()) {
            return List.of();
        }
        int judged = 0;
        int carried = 0;
        List<JsonNode> missed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            JsonNode value = it.next().getValue();
            int[] leaves = new int[2]; // judged, carried
            for (String leaf : dev.coroner.trace.JsonValues.leaves(value)) {
                Boolean got = leafCarried(leaf, received);
                if (got != null) {
                    leaves[0]++;
                    leaves[1] += got ? 1 : 0;
                }
            }
            if (leaves[0] == 0) {
                continue;
            }
            judged++;
            if (leaves[1] >= leaves[0] * FIELD_CARRIED.value()) {
                carried++;
            } else {
                missed.add(value);
            }
        }
        if (judged < MIN_RECORD_FIELDS.value() || carried < judged * TRANSCRIBED.value()) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (JsonNode value : missed) {
            String field = dev.coroner.trace.JsonValues.text(value);
            for (Identifiers.Found found : Identifiers.find(field)) {
                out.add(new Item(RECORD_GAP, found.asWritten(), Set.of(), Set.of(), found.value()));
            }
            // A quantity with its unit (a temperature range, a weight, a height) left out of the
            // transcription: the cold chain of an order, the clearance of a load.
            for (Value quantity : ValueExtractor.find(field)) {
                if (quantity.kind() == ValueKind.QUANTITY && quantity.number().isPresent()
                        && PHYSICAL_UNITS.phrases().contains(quantity.unit())) {
                    out.add(new Item(RECORD_GAP, quantity.asWritten(), Set.of(Numbers.plain(quantity.number().get())),
                            Set.of(), ""));
                }
            }
        }
        return out;
    }

    static final Heuristic.Phrases PHYSICAL_UNITS = new Heuristic.Phrases("physical-units",
            "Units of a physical requirement of a load or a room (not percentages, durations or counts): a "
                    + "quantity in one of them left out of a transcribed record is reported.",
            List.of("°c", "°f", "kg", "g", "mg", "lb", "m", "cm", "mm", "km", "mile", "l", "ml"));

    static final Heuristic.Limit MIN_WITHHELD = new Heuristic.Limit("min-withheld",
            "Fewest facts of its own (identifiers and dates the user had not given) a record must hold to count "
                    + "as withheld.",
            2, "facts");

    /**
     * The identifiers and dates of a JSON tool record that the receiver got none of, when the record
     * holds at least {@code MIN_WITHHELD} such facts the user had not given (the user's own words reach
     * the receiver anyway): a record the sender read and the hand-over withheld whole (an input filter
     * that removed the tool output, a brief that did not restate it).
     */
    static List<Item> withheldRecord(String text, Received received, String userText) {
        JsonNode json = text.startsWith("{") ? TraceJson.tryParse(text) : null;
        if (json == null || !json.isObject()) {
            return List.of();
        }
        String user = userText.toLowerCase(Locale.ROOT);
        List<Item> own = new ArrayList<>();
        for (String leaf : dev.coroner.trace.JsonValues.leaves(json)) {
            for (Identifiers.Found found : Identifiers.find(leaf)) {
                if (!user.contains(found.asWritten().toLowerCase(Locale.ROOT))) {
                    own.add(new Item(RECORD_GAP, found.asWritten(), Set.of(), Set.of(), found.value()));
                }
            }
            for (Value value : ValueExtractor.find(leaf)) {
                if (value.kind() == ValueKind.DATE && !user.contains(value.asWritten().toLowerCase(Locale.ROOT))) {
                    own.add(stated(value));
                }
            }
        }
        if (own.size() < MIN_WITHHELD.value() || own.stream().anyMatch(item -> carried(item, received))) {
            return List.of();
        }
        List<Item> out = new ArrayList<>();
        for (Item item : own) {
            out.add(new Item(RECORD_WITHHELD, item.text(), item.numbers(), item.words(), item.identifier()));
        }
        return out;
    }

    /** Whether one leaf of a record reached the receiver; null when it has nothing to compare. */
    private static Boolean leafCarried(String leaf, Received received) {
        List<Identifiers.Found> ids = Identifiers.find(leaf);
        if (!ids.isEmpty()) {
            return ids.stream().anyMatch(f -> received.identifiers().contains(f.value()));
        }
        Set<String> numbers = numbers(leaf);
        if (!numbers.isEmpty()) {
            return received.numbers().containsAll(numbers);
        }
        Set<String> words = ContentWords.of(leaf);
        if (words.isEmpty()) {
            return null;
        }
        return ContentWords.coverage(words, received.words()) >= MIN_SENTENCE_COVERAGE.value();
    }

    /** A specific the sender stated back in its own output: carried when its value (or identifier) is. */
    static Item stated(Value value) {
        if (value.kind() == ValueKind.IDENTIFIER) {
            String id = Identifiers.find(value.asWritten()).stream().findFirst().map(Identifiers.Found::value)
                    .orElse(value.asWritten().toUpperCase(Locale.ROOT));
            return new Item("stated fact", value.asWritten(), Set.of(), Set.of(), id);
        }
        Set<String> numbers = value.number().map(n -> Set.of(Numbers.plain(n))).orElse(Set.of());
        return new Item("stated fact", value.asWritten(), numbers,
                numbers.isEmpty() ? ContentWords.of(value.asWritten()) : Set.of(), "");
    }

    /** True when the receiver got the item. */
    static boolean carried(Item item, Received received) {
        if (!item.identifier().isEmpty()) {
            return received.identifiers().contains(item.identifier())
                    || received.text().contains(item.text().toLowerCase(Locale.ROOT));
        }
        if (!item.numbers().isEmpty()) {
            return received.numbers().containsAll(item.numbers());
        }
        // A date or a time of day reaches the receiver inside any date it was given that holds it:
        // "17:00" in "start before 2025-05-02T17:00Z".
        List<Value> dates = ValueExtractor.find(item.text()).stream().filter(v -> v.kind() == ValueKind.DATE).toList();
        if (!dates.isEmpty() && dates.stream().allMatch(d -> d.keys().stream()
                // a day of the year stands for a date only when the item has no full date (another year)
                .filter(k -> !k.startsWith("day:") || d.keys().stream().noneMatch(o -> o.startsWith("date:")))
                .anyMatch(received.dates()::contains))) {
            return true;
        }
        return ContentWords.coverage(item.words(), received.words()) >= MIN_SENTENCE_COVERAGE.value();
    }

    /**
     * The numbers of a text by value, read in the text's decimal convention: "50.00" is 50, "1,000"
     * and "1.000" (in a text that writes decimals with a comma) are 1000. Every reading is kept, so a
     * number the receiver got in either convention counts as carried.
     */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Value value : ValueExtractor.find(text)) {
            if (value.kind() == ValueKind.DATE || value.kind() == ValueKind.IDENTIFIER) {
                continue;
            }
            value.number().ifPresent(n -> out.add(Numbers.plain(n)));
        }
        return out;
    }

    /** Every reading of every number of a text: what a receiver was given. */
    static Set<String> allNumbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Value value : ValueExtractor.find(text)) {
            for (String key : value.keys()) {
                if (key.startsWith("num:")) {
                    out.add(key.substring(4));
                }
            }
        }
        return out;
    }
}
