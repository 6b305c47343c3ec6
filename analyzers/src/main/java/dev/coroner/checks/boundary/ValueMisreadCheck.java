package dev.coroner.checks.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.ToolNames;
import dev.coroner.analysis.provenance.Numbers;
import dev.coroner.analysis.provenance.Occurrence;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.Units;
import dev.coroner.analysis.provenance.ValueExtractor;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import dev.coroner.trace.TraceJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number that changed meaning as it crossed a boundary, followed through the provenance map. Two
 * shapes: a number written into tool arguments or state that no source holds but that is what a naive
 * parser makes of a formatted value a source does hold ("12.400 kg" from a German packing list becomes
 * 12.4); and a formatted number or a number with a unit passed as text into tool arguments ("14.250,00",
 * "45m"), where the tool's own result then shows the field holding what a naive parser made of it.
 * Naive parsers: a leading-number parse (JavaScript's parseFloat), decimal comma swapped for a point,
 * group separators dropped in the wrong convention, all separators dropped; and a day-first numeric
 * date read month first.
 */
public final class ValueMisreadCheck implements Check {

    static final Heuristic.Regex FORMATTED = new Heuristic.Regex("formatted-number",
            "A number written as text with separators or a unit (\"14.250,00\", \"1.234,50 €\", \"45m\", "
                    + "\"12.400 kg\"): a tool argument written like this is one a parser may misread.",
            Pattern.compile(
            "^\\s*(?:[$€£¥]\\s?)?-?\\d{1,3}(?:[.,'\\u00a0\\u202f\\u2009 ]\\d{3})+(?:[.,]\\d+)?\\s*(?:[\\p{L}$€£¥%]{1,5}\\.?)?\\s*$"
                    + "|^\\s*(?:[$€£¥]\\s?)?-?\\d+,\\d+\\s*(?:[\\p{L}$€£¥%]{1,5}\\.?)?\\s*$"
                    + "|^\\s*-?\\d+(?:\\.\\d+)?\\s?(?:[a-zA-Zµ]{1,4})\\s*$"));

    private static final Heuristic.Regex TEXT_UNIT = new Heuristic.Regex("text-unit",
            "A number with a time or weight unit written after it (\"45m\", \"12 t\"), compared with the "
                    + "unit the field's name declares.",
            Pattern.compile("^-?\\d+(?:[.,]\\d+)?\\s?(ms|s|secs?|m|mins?|h|hrs?|d|t|to|kg|g)$",
            Pattern.CASE_INSENSITIVE));

    private static final Heuristic.Regex LEADING_NUMBER = new Heuristic.Regex("leading-number",
            "The number a naive parser reads from the start of a written value, after a currency sign "
                    + "or code.",
            Pattern.compile("^\\s*(?:[$€£¥]\\s?|[A-Z]{3}\\s?|R\\$\\s?)?(-?\\d+(?:\\.\\d+)?)"));

    private static final Heuristic.Regex ISO_DAY = new Heuristic.Regex("iso-date",
            "An ISO date written to state (\"2025-03-04\"), checked against the ambiguous numeric dates "
                    + "of the sources.",
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])"));

    private static final Heuristic.Regex NUMERIC_DAY = new Heuristic.Regex("numeric-date",
            "A numeric date in a source (\"03/04/2025\", \"28.03.2025\"), whose order (day or month first) "
                    + "the source's other dates settle.",
            Pattern.compile("(?<![\\d.])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d)"));

    private static final Heuristic.Regex LOCALE = new Heuristic.Regex("locale",
            "A locale the record names for itself or for whom it is from: \"locale\": \"en_US\", \"lang\": \"fr-FR\", "
                    + "\"vendor_locale\": \"en_US\".",
            Pattern.compile("\"(?:[A-Za-z]+[_-]?)?(?i:locale|lang|language|langue|idioma|sprache)\"\\s*:\\s*\"([a-z]{2})[_-]([A-Z]{2})\""));

    private static final Heuristic.Regex DECIMAL_COMMA = new Heuristic.Regex("decimal-comma",
            "A number written with a decimal comma (\"186,00 EUR\"): a source that writes its numbers so "
                    + "writes its numeric dates day first.",
            Pattern.compile("\\d,\\d{1,2}(?!\\d)"));

    private static final Heuristic.Regex DAY_COUNT_KEY = new Heuristic.Regex("day-count-key",
            "Keys of a record that count its days or nights (\"nights\", \"nuits\", \"noches\", \"Tage\"): "
                    + "with two numeric dates of the record they settle the dates' order.",
            Pattern.compile("(?i)(?:(?:num|nb|number|total)_?(?:of_)?)?(?:nights?|nuits?|noches|notti|n[aä]chte|noites"
                    + "|nachten|days|dias|días|jours|giorni|tage|dagen)"));

    private static final Heuristic.Regex HOURS_MINUTES = new Heuristic.Regex("hours-minutes",
            "Hours and minutes of a duration or a time sheet: \"151:40\", \"06:45\".",
            Pattern.compile("(?<![\\d:.,])(\\d{1,4}):([0-5]\\d)(?![\\d:])"));

    private static final Heuristic.Regex MINOR_UNITS_KEY = new Heuristic.Regex("minor-units-key",
            "Keys holding an amount in minor units, by the names of the hundredth currency units: cents "
                    + "(centen, centimes, céntimos, centavos, centesimi), pence, paise, Rappen, öre/øre, grosze, "
                    + "\"minor\".",
            Pattern.compile(
            "(?i)(?:^|[_-])(?:in_)?(?:cents?|centen|centavos?|centimes?|c[eé]ntimos?|centesimi|pence|paise|rappen|[öø]re"
                    + "|grosz[ey]?|minor|minor_units)$"));

    private static final Heuristic.Regex CURRENCY = new Heuristic.Regex("currency",
            "ISO 4217 codes that name the currency of a field (\"amount_usd\", \"total_eur\") or sit in a "
                    + "currency field.",
            Units.CURRENCY_CODE);

    private static final Heuristic.Phrases NOT_A_UNIT_IN_A_NAME = new Heuristic.Phrases("not-a-unit-in-a-name",
            "Unit spellings that end field names for other reasons (version_tag, latency_std, valore, id_d), "
                    + "so a field name ending in one declares no unit.",
            List.of("an", "ans", "d", "dag", "mo", "ore", "std", "tag", "uur"));

    private static final Heuristic.Regex COMPACT_DURATION = new Heuristic.Regex("compact-duration",
            "A number with a bare \"m\" (\"15m\"), as Go, Kubernetes and Prometheus write durations: read as "
                    + "minutes when it lands in a field measured in time, where metres cannot be meant.",
            Pattern.compile("\\d+(?:\\.\\d+)?m"));

    private static final Heuristic.Regex CENT_ABBREVIATION = new Heuristic.Regex("cent-abbreviation",
            "A key ending in ct (Cent, as German and Dutch systems abbreviate it) holds minor units when a sibling "
                    + "field names the currency ({\"freigabe_betrag_ct\": 48750, \"waehrung\": \"EUR\"}); alone it is as "
                    + "often a count (retry_ct).",
            Pattern.compile("(?i)(?:^|_)ct$"));

    private static final Heuristic.Regex TEMPERATURE_KEY = new Heuristic.Regex("temperature-key",
            "A word of a field name that makes a last word c or f a temperature scale (temp_c, temperatura_f, "
                    + "sollwert_temp_c).",
            Pattern.compile("(?i)temp|temps|temperature|temperatur|temperatura|température|temperatuur|sollwert|setpoint"));

    static final Heuristic.Limit STATED_CHANGE = new Heuristic.Limit("stated-change",
            "A number written under a unit-named field may also be a source quantity in another unit raised or "
                    + "lowered by a percentage a source of the run states (\"raise it by 50%\"), with the unit dropped; "
                    + "percentages above this are not read as such a change.", 100, "%");

    /** Words that name a unit or a currency in a key, in the languages the checks read. */
    private static final String UNIT_WORDS = "uom|unit|units|unit_of_measure|einheit|unidad|unite|unità|unita|unidade"
            + "|currency|currency_code|waehrung|währung|moneda|devise|valuta|moeda";

    private static final Heuristic.Regex UNIT_KEY = new Heuristic.Regex("unit-key",
            "Keys that name the unit of a number beside them: {\"gross_weight\": 1840, \"weight_uom\": "
                    + "\"LB\"}, {\"peso\": 44.2, \"unita_peso\": \"LBS\"}.",
            // at the end ("weight_uom", "gewichtseinheit"), or a whole word before others ("unita_peso")
            Pattern.compile("(?i).*(?:" + UNIT_WORDS + ")|(?:.*[_-])?(?:" + UNIT_WORDS + ")[_-].*"));

    /**
     * A date of a Japanese calendar era, in kanji ("昭和62年5月3日") or abbreviated ("S62.05.03"): the
     * era, its year, the month and the day.
     */
    static final Heuristic.Regex ERA_DATE = new Heuristic.Regex("era-date",
            "A date of a Japanese era (明治, 大正, 昭和, 平成, 令和, or M, T, S, H, R with dots): its year counts "
                    + "from the era's first year, so 昭和62年 is 1987, not 1962 or 2062.",
            Pattern.compile("(明治|大正|昭和|平成|令和)(\\d{1,2}|元)年(\\d{1,2})月(\\d{1,2})日"
                    + "|(?<![\\p{L}\\p{N}])([MTSHR])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\p{N}.])"));

    /** The Gregorian year before the first year of each era. */
    private static final Map<String, Integer> ERA_BASE = Map.of("明治", 1867, "大正", 1911, "昭和", 1925, "平成", 1988,
            "令和", 2018, "M", 1867, "T", 1911, "S", 1925, "H", 1988, "R", 2018);

    private static final Heuristic.Regex AFTERNOON = new Heuristic.Regex("afternoon-time",
            "A time of the afternoon on a 12-hour clock (\"07:45 PM\", \"7:45 p.m.\"): written into a tool's time "
                    + "field as 07:45 with no source giving 07:45, it lost its PM.",
            Pattern.compile("(?i)(\\d{1,2})[:hH](\\d\\d)\\s?p\\.?m\\.?"));

    static final Heuristic.Limit CROSS_DIMENSION_DIGITS = new Heuristic.Limit("cross-dimension-digits",
            "A number a source gives in a unit of one dimension (a volume in m³) written as is under a field named "
                    + "for a unit of another (an energy in kWh) is read as its unit dropped only when it has at least "
                    + "this many digits before the decimal point: small numbers meet in two measures by chance.", 3, "digits");

    static final Heuristic.Limit EPOCH_ERA_FROM = new Heuristic.Limit("epoch-era-from",
            "First year a timestamp of a run means (to 2199): an epoch count passed to a tool is taken as read in the "
                    + "wrong unit when, read in one of seconds and milliseconds, it falls in these years, and the tool "
                    + "answers with the date it is in the other, which is before them (January 1970) or after the year "
                    + "9999.", 1990, "year");

    private static final Heuristic.Regex ANSWER_DATE = new Heuristic.Regex("answer-date",
            "A date as a tool's answer writes it, with a year of more than four digits when it has one "
                    + "(\"+058932-02-27T00:00:00.000Z\").",
            Pattern.compile("(?<![\\d])([+-]?\\d{4,9})-(\\d{2})-(\\d{2})(?![\\d])"));

    private static final CheckInfo INFO = new CheckInfo(
            "boundary.value-misread",
            "A number changed meaning as it crossed a boundary",
            Severity.HIGH,
            "0.3.0",
            """
            A value crossed a boundary (into a tool's arguments or into state) with no validation, and its
            meaning changed on the way: a German or French formatted amount ("1.234,50 €", "12.400 kg") read
            by a parser that expects a decimal point becomes 1.2345 or 12.4, a duration with a unit ("45m")
            becomes 45 seconds. The number is followed back to where it came from: a number written into
            arguments or state that no tool result, document or message holds, but that a naive parse of a
            formatted value one of them holds produces, is reported; so is a formatted number passed as text
            when the tool's own result shows the field holding the misread value, and a number written under
            a field named for one unit or currency that its source gave in another ("86,400" JPY into
            amount_usd), or an amount written as is under a key in minor units ("12 480,00 €" as
            montant_centimes: 12480, which is 124,80 €) or the reverse, an amount in minor units passed as
            is under a key that names no unit while the run states that number in whole units
            (total_centimos: 84750 into importe, and "84.750,00 €" told to the customer), and a numeric date read in the order its source
            does not use ("03/04/2025" from a record that writes "28/03/2025", passed on as 2025-03-04), or
            passed as text that the tool's result shows read in one order while the run names the other
            day in words ("03/04/2025" echoed as 2025-03-04, and "3 de abril" told to the customer), or a
            date of a Japanese era whose year was read as a two-digit year (昭和62年5月3日 or S62.05.03,
            1987, passed on as 1962-05-03), or a time of the afternoon on a 12-hour clock ("07:45 PM") passed
            into a time field as 07:45, twelve hours earlier, or an epoch time in milliseconds
            (1797552000000, 18 December 2026) that the tool read as seconds and answered with a date in
            the year 58932 (or seconds read as milliseconds, a date in January 1970), or a date and time
            passed on with its clock reading and another offset ("2026-12-13T03:00:00+09:00" scheduled as
            2026-12-13T03:00:00Z, or without an offset into start_utc, or without one into a field the
            tool's answer then echoes at another offset), nine hours off, or an amount
            multiplied by 100 for minor units its currency does not have (12990 JPY refunded as 1299000
            beside "JPY": ISO 4217 gives the yen no decimal places, so its minor amount is its whole one). A
            Kubernetes CPU quantity ("1500m" under cpu) is thousandths of a core. The
            tool then pays, books or configures a different quantity or day than the one the user and the
            agent talk about.
            """,
            """
            Parse numbers where they enter the system, with the locale of their source, into typed fields
            (a decimal amount with a currency, a quantity with a unit); declare tool parameters as numbers
            with units in the name and validate arguments against the declaration before the call. Never
            let a tool adapter guess a string's number format.
            """,
            """
            Step 2: get_packing_list returns {"gross_weight": "12.400 kg", "net_weight": "11.860 kg",
            "loading_metres": "5,6"}. Step 3: book_freight is called with {"gross_weight_kg": 12.4}; the
            carrier sends a van with a 1,200 kg payload for a 12.4-tonne load.
            """,
            List.of(FORMATTED, TEXT_UNIT, LEADING_NUMBER, ISO_DAY, NUMERIC_DAY, ERA_DATE, LOCALE, DECIMAL_COMMA, DAY_COUNT_KEY, HOURS_MINUTES, MINOR_UNITS_KEY,
                    CURRENCY, EPOCH_ERA_FROM, ANSWER_DATE, SharedHeuristics.UNIT_WORDS, NOT_A_UNIT_IN_A_NAME, COMPACT_DURATION, UNIT_KEY, TEMPERATURE_KEY,
                    STATED_CHANGE, CENT_ABBREVIATION, CROSS_DIMENSION_DIGITS, AFTERNOON));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** Something written across a boundary: a tool call's arguments or a state write. */
    private record Write(Step step, String what, JsonNode tree, String callId, String tool) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        ProvenanceMap map = facts.provenance();
        Map<String, List<Occurrence>> misreadings = null;
        Set<String> reported = new HashSet<>();
        List<Write> writes = writes(facts);
        List<Occurrence> percentages = null;
        for (Write write : writes) {
            List<Leaf> leaves = new ArrayList<>();
            leaves(write.tree(), "", leaves);
            for (Leaf leaf : leaves) {
                JsonNode v = leaf.value();
                if (v.isNumber()) {
                    BigDecimal n = v.decimalValue();
                    if (epochUnitMisread(facts, context, write, leaf, n, reported)
                            || unitLost(facts, map, context, writes, write, leaf, n, reported)
                            || minorTakenAsMajor(facts, map, context, write, leaf, n, reported)) {
                        continue;
                    }
                    Value value = new Value(ValueKind.NUMBER, v.asText(), List.of("num:" + Numbers.plain(n)),
                            java.util.Optional.of(n), "", 0);
                    // A small bare number ("12") turns up somewhere in most sessions; only a source that
                    // writes the same amount or quantity, or a number of three digits or more, explains it.
                    List<Occurrence> sources = map.sourcesBefore(value, write.step().index());
                    boolean explained = sources.stream().anyMatch(o -> o.value().kind() != ValueKind.NUMBER
                            || o.value().digits() >= 3);
                    boolean converted = minorUnitsOf(map, leaf.path(), n, write.step().index())
                            || millicoresOf(map, leaf.path(), n, write.step().index());
                    if (explained && !converted && minorUnitsKey(leaf.path())) {
                        // An amount of the sources written as is under a key in minor units: 12480 for
                        // "12 480,00 €" under montant_centimes stands for 124.80; so does a number a source
                        // holds under a key named for its currency ("total_eur": 1840).
                        Occurrence major = sources.stream().filter(o -> o.value().kind() == ValueKind.AMOUNT
                                        || o.field() != null && !o.field().isEmpty()
                                        && dev.coroner.analysis.provenance.ResultQuality.currencyKey(JsonValues.lastKey(o.field()))
                                        && !minorUnitsKey(o.field()))
                                .findFirst().orElse(null);
                        if (major != null && reported.add(leaf.path() + "\n" + n)) {
                            reportMisread(facts, context, write, leaf, " (" + Numbers.plain(n.movePointLeft(2))
                                    + " in major units)", major, "written as is under a key in minor units");
                        }
                        continue;
                    }
                    if (explained || converted) {
                        continue;
                    }
                    if (scaledForMissingMinorUnits(facts, map, context, write, leaf, n, reported)) {
                        continue;
                    }
                    boolean coincidental = !sources.isEmpty();
                    if (misreadings == null) {
                        misreadings = misreadings(facts.session(), map);
                    }
                    // Under a key in minor units the number stands for a hundredth of itself (1248 céntimos
                    // is 12.48): that is the amount a misread source would have given.
                    boolean minor = minorUnitsKey(leaf.path());
                    BigDecimal stands = minor ? n.movePointLeft(2) : n;
                    for (Occurrence source : misreadings.getOrDefault(Numbers.plain(stands), List.of())) {
                        if (coincidental && source.value().kind() != ValueKind.AMOUNT) {
                            continue;
                        }
                        if (source.step() < write.step().index() && reported.add(leaf.path() + "\n" + n)) {
                            reportMisread(facts, context, write, leaf,
                                    minor ? " (" + Numbers.plain(stands) + " in major units)" : "", source, "misread");
                            break;
                        }
                    }
                    if (!coincidental && !reported.contains(leaf.path() + "\n" + n)) {
                        if (percentages == null) {
                            percentages = percentages(map);
                        }
                        derivedFromMisread(facts, context, misreadings, percentages, write, leaf, n, reported);
                    }
                } else if (v.isTextual() && !write.tool().isEmpty() && FORMATTED.pattern().matcher(v.asText()).matches()) {
                    echoMisread(facts, context, write, leaf, reported);
                } else if (v.isTextual() && !write.tool().isEmpty() && NUMERIC_DAY.pattern().matcher(v.asText().strip()).matches()) {
                    dateEchoed(facts, context, map, write, leaf, reported);
                } else if (v.isTextual() && !write.tool().isEmpty() && CLOCK.matcher(v.asText().strip()).matches()) {
                    meridiemDropped(facts, context, map, write, leaf, reported);
                } else if (v.isTextual() && ISO_DAY.pattern().matcher(v.asText()).lookingAt()) {
                    dateSwapped(facts, context, map, write, leaf, reported);
                    dateShifted(facts, context, map, write, leaf, reported);
                    offsetReplaced(facts, context, map, write, leaf, reported);
                    eraYearMisread(facts, context, write, leaf, reported);
                }
            }
        }
    }

    /**
     * A date and time passed on with its clock reading kept and its offset replaced: "2026-12-06T02:00:00+09:00"
     * from a source written as "2026-12-06T02:00:00Z" (or without an offset into a field named for UTC),
     * nine hours later than the source's moment. Reported only when no source before the write gives
     * the moment written.
     */
    private static void offsetReplaced(SessionFacts facts, CheckContext context, ProvenanceMap map, Write write,
                                       Leaf leaf, Set<String> reported) {
        String text = leaf.value().asText().strip();
        java.time.OffsetDateTime written = offsetDateTime(text);
        boolean echoed = false;
        if (written == null) {
            java.time.LocalDateTime local;
            try {
                local = java.time.LocalDateTime.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return;
            }
            if (ToolNames.words(JsonValues.lastKey(leaf.path())).contains("utc")) {
                written = local.atOffset(java.time.ZoneOffset.UTC);
            } else {
                // Without an offset into a field not named for one: the receiver's answer tells how it read
                // it, when it echoes the same clock reading with an offset ("scheduled_start_utc":
                // "2026-12-06T02:00:00Z" for a start of "2026-12-06T02:00:00").
                written = echoedWithOffset(facts, write, local);
                echoed = written != null;
            }
        }
        if (written == null) {
            return;
        }
        Occurrence moved = null;
        java.time.OffsetDateTime meant = null;
        for (Occurrence o : map.occurrences()) {
            if (o.step() >= write.step().index() || !o.origin().isSource() || o.value().kind() != ValueKind.DATE) {
                continue;
            }
            java.time.OffsetDateTime source = offsetDateTime(o.value().asWritten().strip());
            if (source == null) {
                continue;
            }
            if (source.toInstant().equals(written.toInstant())) {
                return; // a source gives the moment written
            }
            if (moved == null && source.toLocalDateTime().equals(written.toLocalDateTime())
                    && !source.getOffset().equals(written.getOffset())) {
                moved = o;
                meant = source.withOffsetSameInstant(written.getOffset());
            }
        }
        if (moved == null || !reported.add(leaf.path() + "\n" + text)) {
            return;
        }
        Step from = facts.session().step(moved.step());
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + text + ", which is \"" + moved.value().asWritten() + "\" from step "
                        + moved.step() + (echoed ? " without its offset, read as " + written + " (the same clock reading at "
                        + written.getOffset() + ", as the answer to it shows)" : " with its offset replaced (the same clock reading at "
                        + written.getOffset() + ")") + "; it means " + meant)
                .key(write.tool() + "\n" + leaf.path() + "\n" + text)
                .evidence("written at step " + moved.step() + " (" + from.kind() + ")", moved.value().asWritten(), from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + text, write.step())
                .report();
    }

    /**
     * The date and time with an offset that the write's own tool result gives for the same clock reading,
     * or null: how the receiver read a date and time passed without one.
     */
    private static java.time.OffsetDateTime echoedWithOffset(SessionFacts facts, Write write, java.time.LocalDateTime local) {
        ToolResult result = write.callId().isEmpty() ? null : resultOf(facts.session(), write);
        if (result == null) {
            return null;
        }
        for (Value value : ValueExtractor.find(facts.session().message(result.message()).text())) {
            java.time.OffsetDateTime read = value.kind() == ValueKind.DATE ? offsetDateTime(value.asWritten().strip()) : null;
            if (read != null && read.toLocalDateTime().equals(local)) {
                return read;
            }
        }
        return null;
    }

    /** An offset at the end of a date and time: "+09:00", "-0500". */
    private static final Pattern OFFSET_AT_END = Pattern.compile("[+-]\\d\\d:?\\d\\d$");

    /** A date and time with an offset or Z ("2026-12-06T02:00:00+09:00"), or null. */
    private static java.time.OffsetDateTime offsetDateTime(String text) {
        if (text.length() < 17 || !(text.endsWith("Z") || text.endsWith("z") || OFFSET_AT_END.matcher(text).find())) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.replace(' ', 'T'));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Last year a timestamp of a run means, with {@link #EPOCH_ERA_FROM}. */
    private static final int EPOCH_ERA_TO = 2199;

    /**
     * An epoch time passed to a tool in one unit and read by it in the other: 1797552000000 (milliseconds,
     * 18 December 2026) into a field the tool reads as seconds, answered with a date in the year 58932; or
     * seconds read as milliseconds, answered with a day of January 1970. The number must mean a date of
     * the run's era in one unit, and the tool's answer to this very call must hold the date it is in the
     * other, one outside that era (within a day either side, for the tool's time zone).
     */
    private static boolean epochUnitMisread(SessionFacts facts, CheckContext context, Write write, Leaf leaf,
                                            BigDecimal n, Set<String> reported) {
        if (write.tool().isEmpty() || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
            return false;
        }
        long count = n.longValueExact();
        java.time.LocalDate asSeconds = day(java.time.Instant.ofEpochSecond(count));
        java.time.LocalDate asMillis = day(java.time.Instant.ofEpochMilli(count));
        boolean millis = inEra(asMillis) && !inEra(asSeconds) && asSeconds.getYear() > 9999;
        boolean seconds = inEra(asSeconds) && !inEra(asMillis) && asMillis.getYear() == 1970;
        if (!millis && !seconds) {
            return false;
        }
        java.time.LocalDate misread = millis ? asSeconds : asMillis;
        Answer answer = answerOf(facts.session(), write);
        if (answer == null) {
            return false;
        }
        for (Leaf said : answer.leaves()) {
            if (!said.value().isTextual()) {
                continue;
            }
            Matcher m = ANSWER_DATE.pattern().matcher(said.value().asText());
            if (!m.find()) {
                continue;
            }
            java.time.LocalDate day;
            try {
                day = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                continue;
            }
            if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(misread, day)) > 1
                    || !reported.add(leaf.path() + "\n" + n)) {
                continue;
            }
            java.time.LocalDate meant = millis ? asMillis : asSeconds;
            context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                            + leaf.path() + " = " + n.toPlainString() + ", an epoch time in " + (millis ? "milliseconds" : "seconds")
                            + " (" + meant + "), which the tool read as " + (millis ? "seconds" : "milliseconds")
                            + ": its answer at step " + answer.result().index() + " has " + said.path() + " = "
                            + said.value().asText() + ", that number in " + (millis ? "seconds" : "milliseconds"))
                    .key(write.tool() + "\n" + leaf.path() + "\n" + n.toPlainString())
                    .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + n.toPlainString(),
                            write.step())
                    .evidence("answered at step " + answer.result().index(), said.path() + " = " + said.value().asText(),
                            answer.result())
                    .report();
            return true;
        }
        return false;
    }

    private static java.time.LocalDate day(java.time.Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static boolean inEra(java.time.LocalDate day) {
        return day.getYear() >= EPOCH_ERA_FROM.value() && day.getYear() <= EPOCH_ERA_TO;
    }

    /** A time of day on a 24-hour clock, as a tool takes it: "07:45", "19:45:00". */
    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)(?::00)?");
    /**
     * A time of the afternoon on a 12-hour clock passed on without its half of the day: "07:45 PM" from
     * a source written into a tool's time field as 07:45, twelve hours earlier. Reported only when no
     * source before the write holds the time written.
     */
    private static void meridiemDropped(SessionFacts facts, CheckContext context, ProvenanceMap map, Write write,
                                        Leaf leaf, Set<String> reported) {
        Matcher written = CLOCK.matcher(leaf.value().asText().strip());
        if (!written.matches()) {
            return;
        }
        String key = "time:" + written.group(1) + ":" + written.group(2);
        Occurrence afternoon = null;
        for (Occurrence o : map.occurrences()) {
            if (o.step() >= write.step().index() || !o.origin().isSource() || o.value().kind() != ValueKind.DATE) {
                continue;
            }
            if (o.value().keys().contains(key)) {
                return; // a source gives the time as written
            }
            Matcher pm = AFTERNOON.pattern().matcher(o.value().asWritten());
            if (afternoon == null && pm.matches() && Integer.parseInt(pm.group(1)) >= 1 && Integer.parseInt(pm.group(1)) < 12
                    && Integer.parseInt(pm.group(1)) == Integer.parseInt(written.group(1)) && pm.group(2).equals(written.group(2))) {
                afternoon = o;
            }
        }
        if (afternoon == null || !reported.add(leaf.path() + "\n" + leaf.value().asText())) {
            return;
        }
        Step from = facts.session().step(afternoon.step());
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + leaf.value().asText() + ", which is \"" + afternoon.value().asWritten()
                        + "\" from step " + afternoon.step() + " without its PM (it means "
                        + (Integer.parseInt(written.group(1)) + 12) + ":" + written.group(2) + ", twelve hours later)")
                .key(write.tool() + "\n" + leaf.path() + "\n" + leaf.value().asText())
                .evidence("written at step " + afternoon.step() + " (" + from.kind() + ")", afternoon.value().asWritten(), from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + leaf.value().asText(),
                        write.step())
                .report();
    }

    /**
     * A number that is a misread amount with a percentage of the session taken off or added, to the
     * cent: "12.480,00 €" read as 12.48, less the "2 % Skonto" the invoice grants, written as 12.23. The
     * percentage must come from a source before the write; the amount must be a misread of an amount.
     */
    private static void derivedFromMisread(SessionFacts facts, CheckContext context,
                                           Map<String, List<Occurrence>> misreadings, List<Occurrence> sessionPercentages,
                                           Write write, Leaf leaf, BigDecimal n, Set<String> reported) {
        Set<BigDecimal> percentages = new java.util.TreeSet<>();
        for (Occurrence o : sessionPercentages) {
            if (o.step() < write.step().index()) {
                percentages.add(o.value().number().get());
            }
        }
        if (percentages.isEmpty() || n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return;
        }
        for (Map.Entry<String, List<Occurrence>> entry : misreadings.entrySet()) {
            BigDecimal misread = new BigDecimal(entry.getKey());
            for (BigDecimal p : percentages) {
                BigDecimal share = misread.multiply(p).movePointLeft(2);
                for (int sign : new int[] {-1, 1}) {
                    BigDecimal derived = misread.add(share.multiply(BigDecimal.valueOf(sign)))
                            .setScale(2, java.math.RoundingMode.HALF_UP);
                    if (derived.compareTo(n) != 0 || derived.signum() == 0) {
                        continue;
                    }
                    for (Occurrence source : entry.getValue()) {
                        if (source.value().kind() != ValueKind.AMOUNT || source.step() >= write.step().index()
                                || !reported.add(leaf.path() + "\n" + n)) {
                            continue;
                        }
                        reportMisread(facts, context, write, leaf, "", source, "misread as " + Numbers.plain(misread)
                                + ", " + (sign < 0 ? "less " : "plus ") + Numbers.plain(p) + " %");
                        return;
                    }
                }
            }
        }
    }

    /** The percentages (above 0, below 100) the session's sources give, with the steps that give them. */
    private static List<Occurrence> percentages(ProvenanceMap map) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : map.occurrences()) {
            if (o.origin().isSource() && o.value().kind() == ValueKind.QUANTITY && o.value().unit().equals("%")
                    && o.value().number().isPresent() && o.value().number().get().signum() > 0
                    && o.value().number().get().compareTo(BigDecimal.valueOf(100)) < 0) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Reports a number written across a boundary that is a source's amount misread: {@code note}
     * follows the written value, {@code how} says how it was misread.
     */
    private static void reportMisread(SessionFacts facts, CheckContext context, Write write, Leaf leaf, String note,
                                      Occurrence source, String how) {
        Step from = facts.session().step(source.step());
        String written = leaf.value().asText();
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + written + note + ", which is \"" + source.value().asWritten()
                        + "\" from step " + source.step() + " " + how + " (it means "
                        + Numbers.plain(source.value().number().orElseThrow()) + ")")
                .key(write.tool() + "\n" + leaf.path() + "\n" + written)
                .evidence("written at step " + source.step() + " (" + from.kind() + ")", source.value().asWritten(), from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + written, write.step())
                .report();
    }

    /**
     * A date written as ISO that is an ambiguous numeric date of a source ("03/04/2025") read in the
     * order the source does not use: the source's own other dates settle its order ("28/03/2025" is day
     * first), so "03/04/2025" is 3 April and "2025-03-04" is the month-first misreading. Reported only
     * when no source before the write gives the written date in a form that needs no order.
     */
    private static void dateSwapped(SessionFacts facts, CheckContext context, ProvenanceMap map, Write write,
                                    Leaf leaf, Set<String> reported) {
        Matcher iso = ISO_DAY.pattern().matcher(leaf.value().asText());
        if (!iso.lookingAt()) {
            return;
        }
        int year = Integer.parseInt(iso.group(1));
        int month = Integer.parseInt(iso.group(2));
        int day = Integer.parseInt(iso.group(3));
        if (month == day || month > 12 || day > 12) {
            return; // not swappable: only one reading
        }
        String key = String.format(Locale.ROOT, "date:%04d-%02d-%02d", year, month, day);
        for (Occurrence o : map.occurrences()) {
            if (o.step() >= write.step().index() || !o.origin().isSource()
                    || !o.value().keys().contains(key) && !namesDay(o.value(), year, month, day)) {
                continue;
            }
            Matcher written = NUMERIC_DAY.pattern().matcher(o.value().asWritten());
            if (!written.matches()) {
                return; // a source writes the date in a form that needs no order
            }
        }
        for (Occurrence o : map.occurrences()) {
            if (o.step() >= write.step().index() || !o.origin().isSource() || o.message() < 0
                    || !o.value().keys().contains(key)) {
                continue;
            }
            Matcher written = NUMERIC_DAY.pattern().matcher(o.value().asWritten());
            if (!written.matches() || Integer.parseInt(written.group(4)) != year) {
                continue;
            }
            int first = Integer.parseInt(written.group(1));
            // Read month first, the source's first number is the month and the source must write day
            // first; read day first, the reverse.
            boolean readMonthFirst = first == month;
            String text = facts.session().message(o.message()).text();
            Witness witness = orderWitness(text, readMonthFirst);
            if (witness == null) {
                String span = spanWitness(text, o.value().asWritten(), readMonthFirst);
                witness = span.isEmpty() ? null : new Witness(span, "that source's own count of days agrees only with "
                        + (readMonthFirst ? "day" : "month") + " first (" + span + ")");
            }
            if (witness == null) {
                Occurrence named = namedDateWitness(map, write.step().index(), year, month, day);
                witness = named == null ? null : new Witness(named.value().asWritten(),
                        "the run names that day \"" + named.value().asWritten() + "\" at step " + named.step());
            }
            if (witness == null || !reported.add(leaf.path() + "\n" + leaf.value().asText())) {
                continue;
            }
            reportOrder(facts, context, write, leaf, o, readMonthFirst, "", witness,
                    String.format(Locale.ROOT, "%04d-%02d-%02d", year, day, month));
            return;
        }
    }

    /**
     * A date written as ISO that is an ambiguous numeric date of a source moved by a count of days the
     * same record gives ("03/04/2025" delivered, "plazo_devolucion_dias": 14, written as the deadline
     * 2025-03-18): read in the order the source does not use, then moved. Settled as
     * {@link #dateSwapped} settles it; reported once per field and value.
     */
    private static void dateShifted(SessionFacts facts, CheckContext context, ProvenanceMap map, Write write,
                                    Leaf leaf, Set<String> reported) {
        java.time.LocalDate written = isoDay(leaf.value().asText());
        if (written == null || reported.contains(leaf.path() + "\n" + leaf.value().asText())) {
            return;
        }
        for (Occurrence o : map.occurrences()) {
            if (o.step() >= write.step().index() || !o.origin().isSource() || o.message() < 0
                    || o.value().kind() != ValueKind.DATE) {
                continue;
            }
            java.time.LocalDate[] readings = readings(o.value().asWritten());
            if (readings == null || readings[0].equals(readings[1])) {
                continue;
            }
            String text = facts.session().message(o.message()).text();
            for (String count : dayCounts(text)) {
                long days = Long.parseLong(count.substring(count.lastIndexOf(' ') + 1));
                // readings[0] is day first, readings[1] month first
                boolean readMonthFirst = readings[1].plusDays(days).equals(written);
                boolean readDayFirst = readings[0].plusDays(days).equals(written);
                if (readMonthFirst == readDayFirst) {
                    continue;
                }
                Witness witness = orderWitness(text, readMonthFirst);
                if (witness == null || !reported.add(leaf.path() + "\n" + leaf.value().asText())) {
                    continue;
                }
                java.time.LocalDate meant = (readMonthFirst ? readings[0] : readings[1]).plusDays(days);
                reportOrder(facts, context, write, leaf, o, readMonthFirst, count, witness, meant.toString());
                return;
            }
        }
    }

    /**
     * A date written as ISO whose year is an era date's year read as a two-digit Gregorian year: 昭和62年5月3日
     * (1987) from the user or S62.05.03 from a record, written as 1962-05-03. The month and day must be the
     * era date's and the year neither the era's.
     */
    private static void eraYearMisread(SessionFacts facts, CheckContext context, Write write, Leaf leaf,
                                       Set<String> reported) {
        java.time.LocalDate written = isoDay(leaf.value().asText());
        if (written == null || reported.contains(leaf.path() + "\n" + leaf.value().asText())) {
            return;
        }
        for (dev.coroner.trace.Message message : facts.session().messages()) {
            if (message.introducedAt() >= write.step().index() || !(message.isUser() || message.isTool() || message.isSystem())
                    || message.text().isEmpty() || !ERA_DATE.pattern().matcher(message.text()).find()) {
                continue;
            }
            Matcher m = ERA_DATE.pattern().matcher(message.text());
            while (m.find()) {
                boolean kanji = m.group(1) != null;
                String era = kanji ? m.group(1) : m.group(5);
                int year = kanji ? (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2))) : Integer.parseInt(m.group(6));
                int month = Integer.parseInt(kanji ? m.group(3) : m.group(7));
                int day = Integer.parseInt(kanji ? m.group(4) : m.group(8));
                int meant = ERA_BASE.get(era) + year;
                if (written.getMonthValue() != month || written.getDayOfMonth() != day || written.getYear() == meant
                        || written.getYear() != 1900 + year && written.getYear() != 2000 + year
                        || !reported.add(leaf.path() + "\n" + leaf.value().asText())) {
                    continue;
                }
                Step from = facts.session().step(message.introducedAt());
                context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                                + leaf.path() + " = " + leaf.value().asText() + ", which is \"" + m.group() + "\" from step "
                                + from.index() + " with the era's year read as a two-digit year (it means "
                                + String.format(Locale.ROOT, "%04d-%02d-%02d", meant, month, day) + ")")
                        .key(write.tool() + "\n" + leaf.path() + "\n" + leaf.value().asText())
                        .evidence("written at step " + from.index() + " (" + from.kind() + ")", m.group(), from)
                        .evidence(write.what() + " at step " + write.step().index(),
                                leaf.path() + " = " + leaf.value().asText(), write.step())
                        .report();
                return;
            }
        }
    }

    /** What settles the order of a source's dates, as shown ({@code settled}) and as said ({@code why}). */
    private record Witness(String settled, String why) {
    }

    /**
     * The source's own witness of the order it writes dates in: its other dates (or its locale), or for
     * day first a decimal comma; null when the text does not settle it.
     */
    private static Witness orderWitness(String text, boolean readMonthFirst) {
        String settled = readMonthFirst ? dayFirstWitness(text) : monthFirstWitness(text);
        if (!settled.isEmpty()) {
            return new Witness(settled, "that source writes its dates " + (readMonthFirst ? "day" : "month")
                    + " first (" + settled + ")");
        }
        String comma = readMonthFirst ? decimalCommaWitness(text) : "";
        return comma.isEmpty() ? null : new Witness(comma, "that source writes its numbers with a decimal comma ("
                + comma + "), as the places that write dates day first do");
    }

    /**
     * Reports a date read in the wrong order: the source's date, how it was read (and moved by a count of
     * days, when {@code count} names one), what settles the order and what the date means.
     */
    private static void reportOrder(SessionFacts facts, CheckContext context, Write write, Leaf leaf, Occurrence o,
                                    boolean readMonthFirst, String count, Witness witness, String meant) {
        Step from = facts.session().step(o.step());
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + leaf.value().asText() + ", which is \"" + o.value().asWritten()
                        + "\" from step " + o.step() + " read " + (readMonthFirst ? "month" : "day") + " first"
                        + (count.isEmpty() ? "" : " and moved by " + count) + "; " + witness.why()
                        + ", so it means " + meant)
                .key(write.tool() + "\n" + leaf.path() + "\n" + leaf.value().asText())
                .evidence("written at step " + o.step() + " (" + from.kind() + ")", o.value().asWritten()
                        + (count.isEmpty() ? "" : " and " + count) + " beside " + witness.settled(), from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = "
                        + leaf.value().asText(), write.step())
                .report();
    }

    /**
     * What settles a text's dates as month first: a numeric date that can only be month first
     * ("03/28/2025") when none can only be day first, or the United States locale the record names
     * ("locale": "en_US"); empty when nothing does.
     */
    private static String monthFirstWitness(String text) {
        Matcher m = NUMERIC_DAY.pattern().matcher(text);
        String witness = "";
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                return "";
            }
            if (b > 12 && a <= 12 && witness.isEmpty()) {
                witness = m.group();
            }
        }
        Matcher locale = LOCALE.pattern().matcher(text);
        if (witness.isEmpty() && locale.find() && locale.group(2).equals("US")) {
            witness = "locale " + locale.group(1) + "_" + locale.group(2);
        }
        return witness;
    }

    /**
     * A numeric date of the text that can only be day first ("28/03/2025") when the text has none that
     * can only be month first ("03/28/2025"); empty when its order is not settled.
     */
    private static String dayFirstWitness(String text) {
        Matcher m = NUMERIC_DAY.pattern().matcher(text);
        String witness = "";
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (b > 12 && a <= 12) {
                return "";
            }
            if (a > 12 && b <= 12 && witness.isEmpty()) {
                witness = m.group();
            }
        }
        return witness;
    }

    /**
     * A number of the text written with a decimal comma ("186,00 EUR"), or empty: the places that write
     * numbers so write their numeric dates day first, none month first.
     */
    private static String decimalCommaWitness(String text) {
        if (Numbers.convention(text) != Numbers.Convention.COMMA_DECIMAL) {
            return "";
        }
        for (Value v : ValueExtractor.find(text)) {
            if ((v.kind() == ValueKind.AMOUNT || v.kind() == ValueKind.QUANTITY || v.kind() == ValueKind.NUMBER)
                    && DECIMAL_COMMA.pattern().matcher(v.asWritten()).find()) {
                return v.asWritten();
            }
        }
        return "";
    }

    /**
     * A count of days or nights in a source's record that the span between the date and another date
     * of the record gives in one order only ("nuits": 3 between 03/04/2025 and 06/04/2025 is day first:
     * month first they are 92 days apart), or empty. {@code dayFirst}: the order to settle.
     */
    private static String spanWitness(String text, String date, boolean dayFirst) {
        List<String> counts = dayCounts(text);
        if (counts.isEmpty()) {
            return "";
        }
        java.time.LocalDate[] start = readings(date);
        Matcher other = NUMERIC_DAY.pattern().matcher(text);
        while (other.find()) {
            java.time.LocalDate[] end = readings(other.group());
            if (other.group().equals(date) || start == null || end == null) {
                continue;
            }
            long settles = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start[dayFirst ? 0 : 1], end[dayFirst ? 0 : 1]));
            long against = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start[dayFirst ? 1 : 0], end[dayFirst ? 1 : 0]));
            for (String count : counts) {
                long n = Long.parseLong(count.substring(count.lastIndexOf(' ') + 1));
                if (n == settles && n != against) {
                    return count + " between " + date + " and " + other.group();
                }
            }
        }
        return "";
    }

    /** A numeric date's two readings, day first then month first; null when either is no date. */
    private static java.time.LocalDate[] readings(String written) {
        Matcher m = NUMERIC_DAY.pattern().matcher(written);
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        try {
            return new java.time.LocalDate[] {java.time.LocalDate.of(year, b, a), java.time.LocalDate.of(year, a, b)};
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The counts of days or nights of a source's JSON record ({@link #collectDayCounts}); none when it is not JSON. */
    private static List<String> dayCounts(String text) {
        JsonNode tree = TraceJson.tryParse(text);
        List<String> counts = new ArrayList<>();
        if (tree != null && tree.isContainerNode()) {
            collectDayCounts(tree, counts);
        }
        return counts;
    }

    /**
     * The whole-number fields of a tree whose key, or the last word of it, counts days or nights
     * ("nights", "plazo_devolucion_dias"), as "key: n".
     */
    private static void collectDayCounts(JsonNode node, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<String> words = ToolNames.words(f.getKey());
            if (f.getValue().isIntegralNumber() && (DAY_COUNT_KEY.pattern().matcher(f.getKey()).matches()
                    || !words.isEmpty() && DAY_COUNT_KEY.pattern().matcher(words.get(words.size() - 1)).matches())) {
                out.add(f.getKey() + ": " + f.getValue().asLong());
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collectDayCounts(child, out);
            }
        }
    }

    /**
     * A source before the write that names the meant day in a form that needs no order ("3 de abril",
     * "April 3", "2026-04-03"), when none names the written day so; null otherwise.
     */
    private static Occurrence namedDateWitness(ProvenanceMap map, int before, int year, int month, int day) {
        for (Occurrence o : map.occurrences()) {
            if (o.step() < before && o.origin().isSource() && namesDay(o.value(), year, day, month)
                    && !NUMERIC_DAY.pattern().matcher(o.value().asWritten()).matches()) {
                return o;
            }
        }
        return null;
    }

    /** True when a date value names this day of the year (or a day of this month without a year). */
    private static boolean namesDay(Value value, int year, int month, int day) {
        return value.kind() == ValueKind.DATE
                && value.keys().contains(String.format(Locale.ROOT, "day:%02d-%02d", month, day))
                && value.keys().stream().noneMatch(k -> k.startsWith("date:") && !k.startsWith("date:" + year));
    }

    /**
     * A numeric date passed as text that the tool's own result shows it read in one order ("03/04/2025"
     * echoed as data_coleta 2025-03-04, month first), where the run names the other reading's day in a
     * form that needs no order ("3 de abril de 2025") and never so names the day the tool read: the tool
     * acted on another day than the one the user and the agent talk about.
     */
    private static void dateEchoed(SessionFacts facts, CheckContext context, ProvenanceMap map, Write write, Leaf leaf,
                                   Set<String> reported) {
        String text = leaf.value().asText().strip();
        java.time.LocalDate[] readings = readings(text);
        Answer answer = readings == null || readings[0].equals(readings[1]) ? null : answerOf(facts.session(), write);
        if (answer == null) {
            return;
        }
        ToolResult result = answer.result();
        String key = JsonValues.lastKey(leaf.path());
        for (Leaf echo : answer.leaves()) {
            java.time.LocalDate read = echo.value().isTextual() ? isoDay(echo.value().asText().strip()) : null;
            if (read == null || !echoOf(echo.path(), key)) {
                continue;
            }
            boolean readMonthFirst = read.equals(readings[1]);
            if (!readMonthFirst && !read.equals(readings[0])) {
                continue;
            }
            java.time.LocalDate meant = readMonthFirst ? readings[0] : readings[1];
            Occurrence named = null;
            for (Occurrence o : map.occurrences()) {
                if (o.message() == result.message() || NUMERIC_DAY.pattern().matcher(o.value().asWritten()).matches()) {
                    continue; // the echo itself, or a date that needs an order to be read
                }
                if (namesDay(o.value(), read.getYear(), read.getMonthValue(), read.getDayOfMonth())) {
                    return; // the run names the day the tool read: it may be the one meant
                }
                if (named == null && namesDay(o.value(), meant.getYear(), meant.getMonthValue(), meant.getDayOfMonth())) {
                    named = o;
                }
            }
            if (named == null || !reported.add(leaf.path() + "\n" + text)) {
                return;
            }
            Step namedAt = facts.session().step(named.step());
            context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " passed "
                            + leaf.path() + " as the text \"" + text + "\"; the tool read it " + (readMonthFirst ? "month" : "day")
                            + " first as " + read + " (step " + result.index() + ", " + echo.path() + "), while the run names"
                            + " the day \"" + named.value().asWritten() + "\" at step " + named.step() + ", so it means " + meant)
                    .key(write.tool() + "\n" + leaf.path() + "\n" + text)
                    .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = \"" + text + "\"",
                            write.step())
                    .evidence("the tool's result at step " + result.index(), echo.path() + " = " + echo.value().asText(),
                            result)
                    .evidence("the day named at step " + named.step() + " (" + namedAt.kind() + ")",
                            named.value().asWritten(), namedAt)
                    .report();
            return;
        }
    }

    /** The day an ISO date at the start of a text names ("2025-03-04…"), or null when it names none. */
    private static java.time.LocalDate isoDay(String text) {
        Matcher iso = ISO_DAY.pattern().matcher(text);
        if (!iso.lookingAt()) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * True when a result's field at {@code path} echoes an argument named {@code key}: it sits under the
     * key, or a key made of it and a qualifier ("valor" → "valor_agendado", "amount" → "scheduled_amount").
     */
    private static boolean echoOf(String path, String key) {
        return path.matches("(?:.*[._])?" + Pattern.quote(key) + "(?:[_.\\[].*)?");
    }

    /** A formatted number passed as text whose echo in the tool's own result is the misread value. */
    private static void echoMisread(SessionFacts facts, CheckContext context, Write write, Leaf leaf,
                                    Set<String> reported) {
        String text = leaf.value().asText();
        List<BigDecimal> meant = new ArrayList<>(Numbers.readings(text.replaceAll("[^0-9.,'\\u00a0\\u202f\\u2009 -]", "").strip()));
        Set<String> naive = naive(text);
        String keyUnit = unitOfKey(leaf.path());
        Matcher unit = TEXT_UNIT.pattern().matcher(text.strip());
        if (!keyUnit.isEmpty() && Units.scale(keyUnit) > 0 && unit.matches() && !meant.isEmpty()) {
            String textUnit = switch (unit.group(1).toLowerCase(Locale.ROOT)) {
                case "ms" -> "ms";
                case "s", "sec", "secs" -> "s";
                case "m", "min", "mins" -> Units.dimension(keyUnit).equals("time") ? "minute" : "";
                case "h", "hr", "hrs" -> "hour";
                case "d" -> "day";
                case "t", "to" -> "t";
                case "kg" -> "kg";
                case "g" -> "g";
                default -> "";
            };
            if (textUnit.isEmpty() || !Units.sameDimension(textUnit, keyUnit)) {
                textUnit = keyUnit;
            }
            BigDecimal inKeyUnit = meant.get(0).multiply(BigDecimal.valueOf(Units.scale(textUnit) / Units.scale(keyUnit)));
            meant = List.of(inKeyUnit);
        }
        meant.forEach(m -> naive.remove(Numbers.plain(m)));
        if (naive.isEmpty()) {
            return;
        }
        Answer answer = answerOf(facts.session(), write);
        if (answer == null) {
            return;
        }
        ToolResult result = answer.result();
        String key = JsonValues.lastKey(leaf.path());
        for (Leaf echo : answer.leaves()) {
            // An echo in minor units ("importe_centimos": 1248) stands for a hundredth of itself.
            BigDecimal echoed = echo.value().isNumber() ? (minorUnitsKey(echo.path())
                    ? echo.value().decimalValue().movePointLeft(2) : echo.value().decimalValue()) : null;
            if (echoed != null && echoOf(echo.path(), key)
                    && naive.contains(Numbers.plain(echoed))
                    && reported.add(leaf.path() + "\n" + text)) {
                context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " passed " + leaf.path()
                                + " as the text \"" + text + "\"; the tool read it as " + echo.value().asText()
                                + " (step " + result.index() + ", " + echo.path() + ")")
                        .key(write.tool() + "\n" + leaf.path() + "\n" + text)
                        .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = \"" + text + "\"",
                                write.step())
                        .evidence("the tool's result at step " + result.index(), echo.path() + " = " + echo.value().asText(),
                                result)
                        .report();
                return;
            }
        }
    }

    /** For every formatted number a source holds, the values naive parsers make of it that it does not mean. */

    private static Map<String, List<Occurrence>> misreadings(Session session, ProvenanceMap map) {
        Map<String, List<Occurrence>> out = new HashMap<>();
        // Hours and minutes read with the colon as a decimal point: "151:40" (151.67 hours) as 151.4.
        Set<Integer> scanned = new HashSet<>();
        for (Occurrence o : map.occurrences()) {
            if (!o.origin().isSource() || o.message() < 0 || !scanned.add(o.message())) {
                continue;
            }
            Matcher m = HOURS_MINUTES.pattern().matcher(session.message(o.message()).text());
            while (m.find()) {
                BigDecimal hours = new BigDecimal(m.group(1)).add(new BigDecimal(m.group(2))
                        .divide(BigDecimal.valueOf(60), 4, java.math.RoundingMode.HALF_UP));
                BigDecimal misread = new BigDecimal(m.group(1) + "." + m.group(2));
                if (misread.compareTo(hours) == 0) {
                    continue; // ":00" means the same either way
                }
                Value value = new Value(ValueKind.QUANTITY, m.group(), List.of("num:" + Numbers.plain(hours)),
                        java.util.Optional.of(hours.setScale(2, java.math.RoundingMode.HALF_UP)), "hour", m.start());
                Occurrence occurrence = new Occurrence(value, o.origin(), o.step(), o.message(), o.agent(), o.field());
                for (String n : new LinkedHashSet<>(List.of(Numbers.plain(misread),
                        Numbers.plain(misread.setScale(2, java.math.RoundingMode.HALF_UP))))) {
                    out.computeIfAbsent(n, k -> new ArrayList<>()).add(occurrence);
                }
            }
        }
        for (Occurrence o : map.occurrences()) {
            Value v = o.value();
            if (!o.origin().isSource() || v.number().isEmpty() || v.kind() == ValueKind.DATE || ProvenanceMap.typed(v)
                    || !v.asWritten().matches(".*\\d[.,'\\u00a0\\u202f\\u2009 ]\\d.*|.*\\d\\s?[\\p{L}]+.*")) {
                continue;
            }
            Set<String> naive = naive(v.asWritten());
            for (String key : v.keys()) {
                if (key.startsWith("num:")) {
                    naive.remove(key.substring(4));
                }
            }
            for (String n : naive) {
                out.computeIfAbsent(n, k -> new ArrayList<>()).add(o);
            }
        }
        return out;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What naive parsers make of a written number. */
    static Set<String> naive(String written) {
        Set<String> out = new LinkedHashSet<>();
        String s = written.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ");
        Matcher lead = LEADING_NUMBER.pattern().matcher(s);
        if (lead.find()) {
            add(out, lead.group(1));
        }
        String digits = s.replaceAll("[^0-9.,-]", "");
        add(out, firstNumber(digits.replace(',', '.')));
        add(out, firstNumber(digits.replace(",", "")));
        add(out, digits.replaceAll("[.,]", ""));
        return out;
    }

    private static String firstNumber(String s) {
        Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(s);
        return m.find() ? m.group() : "";
    }

    /**
     * Adds a naive reading, and the same reading rounded to cents: an agent that carries a misread
     * amount into a payment usually rounds it ("12.471,20" read as 12.4712, paid as 12.47).
     */
    private static void add(Set<String> out, String number) {
        if (number == null || number.isEmpty() || number.equals("-")) {
            return;
        }
        try {
            BigDecimal value = new BigDecimal(number);
            out.add(Numbers.plain(value));
            out.add(Numbers.plain(value.setScale(2, java.math.RoundingMode.HALF_UP)));
        } catch (NumberFormatException e) {
            // not a number
        }
    }

    private record Leaf(String path, JsonNode value) {
    }

    private static void leaves(JsonNode node, String path, List<Leaf> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                leaves(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isNumber() || node.isTextual()) {
            out.add(new Leaf(path, node));
        }
    }

    /** Tool calls (once per call id) and state writes, in step order. */
    private static List<Write> writes(SessionFacts facts) {
        Session session = facts.session();
        List<Write> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Step step : session.steps()) {
            if (step instanceof ToolCall call) {
                if (call.callId().isEmpty() || seen.add(call.callId())) {
                    out.add(new Write(step, "the call of " + call.tool(), JsonValues.parsedIfText(call.arguments()), call.callId(), call.tool()));
                }
            } else if (step instanceof ModelCall call && call.output().isPresent()) {
                for (ToolInvocation invocation : session.message(call.output().getAsInt()).toolCalls()) {
                    if (!invocation.id().isEmpty() && seen.add(invocation.id())) {
                        out.add(new Write(step, "the call of " + invocation.name(), JsonValues.parsedIfText(invocation.arguments()),
                                invocation.id(), invocation.name()));
                    }
                }
            } else if (step instanceof StateSnapshot snapshot) {
                out.add(new Write(step, "the state write", snapshot.state(), "",
                        snapshot.namespace().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** The JSON result that answered a write's call, and its leaves: where the tool echoes its arguments. */
    private record Answer(ToolResult result, List<Leaf> leaves) {
    }

    /** The answer to a write's call when it is JSON, or null. */
    private static Answer answerOf(Session session, Write write) {
        ToolResult result = resultOf(session, write);
        JsonNode tree = result == null ? null : TraceJson.tryParse(session.message(result.message()).text());
        if (tree == null) {
            return null;
        }
        List<Leaf> leaves = new ArrayList<>();
        leaves(tree, "", leaves);
        return new Answer(result, leaves);
    }

    /** The result answering a write's call id. */
    private static ToolResult resultOf(Session session, Write write) {
        for (Step step : session.steps().subList(write.step().index() + 1, session.steps().size())) {
            if (step instanceof ToolResult result && (write.callId().isEmpty()
                    ? result.callId().isEmpty() && result.tool().equals(write.tool())
                    : result.callId().equals(write.callId()))) {
                return result;
            }
        }
        return null;
    }

    /**
     * True when the number sits under a key in thousandths of a core (cpu_millicores, mcpu) and a source
     * holds the CPU quantity it stands for ("1500m" for 1500): a correct conversion, not a misread.
     */
    private static boolean millicoresOf(ProvenanceMap map, String path, BigDecimal n, int before) {
        if (ToolNames.words(JsonValues.lastKey(path)).stream().noneMatch(w -> w.startsWith("milli") || w.equals("mcpu"))) {
            return false;
        }
        BigDecimal cores = n.movePointLeft(3);
        return map.occurrences().stream().anyMatch(o -> o.step() < before && o.value().unit().equals("core")
                && o.value().number().map(c -> c.compareTo(cores) == 0).orElse(false));
    }

    /**
     * True when the number sits under a key in minor units and a source holds the amount it stands for
     * (129990 under valor_centavos for "R$ 1.299,90"): a correct conversion, not a misread.
     */
    private static boolean minorUnitsOf(ProvenanceMap map, String path, BigDecimal n, int before) {
        if (!minorUnitsKey(path)) {
            return false;
        }
        BigDecimal major = n.movePointLeft(2);
        Value value = new Value(ValueKind.NUMBER, major.toPlainString(), List.of("num:" + Numbers.plain(major)),
                java.util.Optional.of(major), "", 0);
        return !map.sourcesBefore(value, before).isEmpty();
    }

    /** Decimal places of the currency a unit names ("cur:JPY" has 0) by ISO 4217, or -1 when it names none. */
    private static int fractionDigits(String unit) {
        if (!unit.startsWith("cur:")) {
            return -1;
        }
        try {
            return java.util.Currency.getInstance(unit.substring(4).toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** An ISO 4217 code written as a whole value ("JPY"). */
    private static final Pattern CURRENCY_VALUE = Pattern.compile("[A-Z]{3}");

    /**
     * A number a source gives, multiplied by 100 "to minor units" of a currency that has none: 12990
     * JPY passed as amount 1299000 beside currency "JPY" (ISO 4217 gives the yen no decimal places), a
     * refund a hundred times the order. The write must name exactly one currency, and no source before
     * it may hold the number written.
     */
    private static boolean scaledForMissingMinorUnits(SessionFacts facts, ProvenanceMap map, CheckContext context,
                                                      Write write, Leaf leaf, BigDecimal n, Set<String> reported) {
        if (write.tool().isEmpty() || n.signum() <= 0 || n.remainder(BigDecimal.valueOf(100)).signum() != 0) {
            return false;
        }
        Set<String> codes = new java.util.TreeSet<>();
        for (String value : JsonValues.leaves(write.tree())) {
            if (CURRENCY_VALUE.matcher(value).matches() && fractionDigits("cur:" + value) >= 0) {
                codes.add(value);
            }
        }
        if (codes.size() != 1 || fractionDigits("cur:" + codes.iterator().next()) != 0) {
            return false;
        }
        String code = codes.iterator().next();
        BigDecimal whole = n.divide(BigDecimal.valueOf(100));
        Value value = new Value(ValueKind.NUMBER, whole.toPlainString(), List.of("num:" + Numbers.plain(whole)),
                java.util.Optional.of(whole), "", 0);
        Occurrence source = map.sourcesBefore(value, write.step().index()).stream()
                .filter(o -> o.value().digits() >= 3).findFirst().orElse(null);
        if (source == null || !reported.add(leaf.path() + "\n" + n)) {
            return false;
        }
        Step from = facts.session().step(source.step());
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + n.toPlainString() + " in " + code + ", which is \"" + source.value().asWritten()
                        + "\" from step " + source.step() + " multiplied by 100 for minor units " + code
                        + " does not have (ISO 4217 gives it no decimal places; it means " + Numbers.plain(whole) + ")")
                .key(write.tool() + "\n" + leaf.path() + "\n" + n.toPlainString())
                .evidence("written at step " + source.step() + " (" + from.kind() + ")", source.value().asWritten(), from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + n.toPlainString(),
                        write.step())
                .report();
        return true;
    }

    /** True when the source's key ends in "ct" and a sibling field names the currency ({@link #CENT_ABBREVIATION}). */
    private static boolean centsBesideCurrency(ProvenanceMap map, Occurrence o) {
        return CENT_ABBREVIATION.pattern().matcher(snakeKey(o.field())).find() && siblingUnit(map, o).startsWith("cur:");
    }

    /** True when the last key of a path holds an amount in minor units ({@code importe_centimos}, {@code montantCentimes}). */
    private static boolean minorUnitsKey(String path) {
        return MINOR_UNITS_KEY.pattern().matcher(snakeKey(path)).find();
    }

    /** The last key of a path in snake case, lower case: {@code weight_kg} of {@code parcel.weightKg}. */
    private static String snakeKey(String path) {
        return String.join("_", ToolNames.words(JsonValues.lastKey(path)));
    }

    /** The last key of a leaf's path, without an array index: {@code amount} of {@code lines[2].amount}. */
    /**
     * The unit a field's name declares at its end ({@code discount_pct}, {@code timeout_seconds},
     * {@code ttl_secondes}, {@code glucose_mg_dl}), canonical, or empty: a measured unit or a currency.
     */
    static String unitOfKey(String path) {
        List<String> words = List.of(snakeKey(path).split("_"));
        String last = words.get(words.size() - 1);
        if (words.size() >= 2) {
            String concentration = ValueExtractor.unit(words.get(words.size() - 2) + "/" + last);
            if (!concentration.isEmpty()) {
                return concentration;
            }
        }
        if (CURRENCY.pattern().matcher(last).matches()) {
            return "cur:" + last.toUpperCase(Locale.ROOT);
        }
        if ((last.equals("c") || last.equals("f")) && words.stream().anyMatch(w -> TEMPERATURE_KEY.pattern().matcher(w).matches())) {
            return "°" + last; // temp_c, temperatura_f
        }
        String unit = ValueExtractor.unit(last);
        return NOT_A_UNIT_IN_A_NAME.phrases().contains(last) || !unit.equals("%") && Units.scale(unit) == 0 ? "" : unit;
    }

    /**
     * The unit a JSON number's sibling field names ("LB", "kg", "minutes"), canonical, or empty: a
     * number from a JSON tool result whose unit sits in a field of its own.
     */
    static String siblingUnit(ProvenanceMap map, Occurrence o) {
        if (o.message() < 0 || o.field().isEmpty()) {
            return "";
        }
        JsonNode tree = TraceJson.tryParse(map.session().message(o.message()).text());
        if (tree == null) {
            return "";
        }
        String parentPath = o.field().contains(".") ? o.field().substring(0, o.field().lastIndexOf('.')) : "";
        JsonNode parent = tree;
        for (String part : parentPath.isEmpty() ? new String[0] : parentPath.split("\\.")) {
            Matcher indexed = Pattern.compile("^(.*?)((?:\\[\\d+])*)$").matcher(part);
            indexed.matches();
            parent = parent.path(indexed.group(1));
            Matcher index = Pattern.compile("\\[(\\d+)]").matcher(indexed.group(2));
            while (index.find()) {
                parent = parent.path(Integer.parseInt(index.group(1)));
            }
        }
        if (!parent.isObject()) {
            return "";
        }
        // The unit field that names this number's own field ("unita_peso" beside "peso"), else the first.
        List<String> own = ToolNames.words(JsonValues.lastKey(o.field()));
        Map.Entry<String, JsonNode> unitField = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (UNIT_KEY.pattern().matcher(f.getKey()).matches() && f.getValue().isTextual() && (unitField == null
                    || ToolNames.words(f.getKey()).stream().anyMatch(own::contains)
                    && ToolNames.words(unitField.getKey()).stream().noneMatch(own::contains))) {
                unitField = f;
            }
        }
        if (unitField == null) {
            return "";
        }
        String unit = unitField.getValue().asText().strip().toLowerCase(Locale.ROOT);
        if (CURRENCY.pattern().matcher(unit).matches()) {
            return "cur:" + unit.toUpperCase(Locale.ROOT);
        }
        // In a unit field, pounds are a weight (as an amount, "pounds" are sterling).
        String canonical = unit.equals("pound") || unit.equals("pounds") ? "lb" : ValueExtractor.unit(unit);
        return Units.scale(canonical) > 0 ? canonical : "";
    }

    /**
     * A number written under a field that names a unit, equal to a source quantity in another unit of
     * the same dimension with the unit simply dropped ("45 minutes" into {@code timeout_seconds: 45}),
     * or a percentage written as a fraction into a percent field ("15%" into {@code discount_pct: 0.15}).
     */
    /**
     * True when an earlier call of the same tool held the same key with a number of which this one is
     * a half, a third, a quarter, a fifth or a tenth, or that many times: the agent narrowing or widening
     * its own parameter, in the key's own unit.
     */
    private static boolean ownParameter(List<Write> writes, Write write, Leaf leaf, BigDecimal n) {
        if (write.tool().isEmpty() || n.signum() <= 0) {
            return false;
        }
        for (Write earlier : writes) {
            if (earlier.step().index() >= write.step().index() || !earlier.tool().equals(write.tool())) {
                continue;
            }
            List<Leaf> leaves = new ArrayList<>();
            leaves(earlier.tree(), "", leaves);
            for (Leaf before : leaves) {
                if (!before.path().equals(leaf.path()) || !before.value().isNumber() || before.value().decimalValue().signum() <= 0) {
                    continue;
                }
                BigDecimal was = before.value().decimalValue();
                for (int factor : new int[] {2, 3, 4, 5, 10}) {
                    BigDecimal f = BigDecimal.valueOf(factor);
                    if (was.compareTo(n.multiply(f)) == 0 || n.compareTo(was.multiply(f)) == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The factors by which a percentage a source states before the step would raise or lower a
     * quantity ("raise the limit by 50%": 1.5 and 0.5), at most {@link #STATED_CHANGE}.
     */
    private static List<BigDecimal> statedChanges(ProvenanceMap map, int before) {
        Set<BigDecimal> out = new java.util.LinkedHashSet<>();
        for (Occurrence o : map.occurrences()) {
            Value value = o.value();
            if (o.step() < before && o.origin().isSource() && value.kind() == ValueKind.QUANTITY && value.unit().equals("%")
                    && value.number().isPresent() && value.number().get().signum() > 0
                    && value.number().get().compareTo(BigDecimal.valueOf(STATED_CHANGE.value())) <= 0) {
                BigDecimal p = value.number().get().movePointLeft(2);
                out.add(BigDecimal.ONE.add(p));
                if (p.compareTo(BigDecimal.ONE) < 0) {
                    out.add(BigDecimal.ONE.subtract(p));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The stated change that makes {@code n} of {@code source}, or null. */
    private static BigDecimal changed(BigDecimal source, BigDecimal n, List<BigDecimal> changes) {
        for (BigDecimal change : changes) {
            if (source.signum() != 0 && source.multiply(change).compareTo(n) == 0) {
                return change;
            }
        }
        return null;
    }

    /** Reports {@code leaf = n} of a write as {@code which} ("\"45 minutes\" from step 2 with …"), the source shown as {@code shown}. */
    private static void reportUnitLost(SessionFacts facts, CheckContext context, Write write, Leaf leaf, BigDecimal n,
                                       Occurrence o, String shown, String which) {
        Step from = facts.session().step(o.step());
        context.at(write.step(), capitalised(write.what()) + " at step " + write.step().index() + " holds "
                        + leaf.path() + " = " + n.toPlainString() + ", which is " + which)
                .key(write.tool() + "\n" + leaf.path() + "\n" + n.toPlainString())
                .evidence("written at step " + o.step() + " (" + from.kind() + ")", shown, from)
                .evidence(write.what() + " at step " + write.step().index(), leaf.path() + " = " + n.toPlainString(),
                        write.step())
                .report();
    }

    /**
     * An amount in minor units passed as is under a key that names no unit, while the run states that
     * same number as an amount of the currency's major units: 129900 from total_ht_centimes into
     * montant_ht, and the answer "129 900,00 € HT". A key that names no unit may hold minor units by its
     * API's convention (a payment API's amount); the run stating the number in whole euros shows that it
     * was read as major units.
     */
    private static boolean minorTakenAsMajor(SessionFacts facts, ProvenanceMap map, CheckContext context, Write write,
                                             Leaf leaf, BigDecimal n, Set<String> reported) {
        if (n.signum() <= 0 || minorUnitsKey(leaf.path()) || !unitOfKey(leaf.path()).isEmpty()) {
            return false;
        }
        Occurrence minor = null;
        boolean statedAsMajor = false;
        BigDecimal whole = n.movePointLeft(2);
        for (Occurrence o : map.occurrences()) {
            Value v = o.value();
            // The run states the amount in whole units ("$6,890.00 MXN") while the write passes its minor units.
            if (v.number().isPresent() && v.number().get().compareTo(whole) == 0 && whole.signum() > 0
                    && o.origin() == dev.coroner.analysis.provenance.Origin.MODEL && v.kind() == ValueKind.AMOUNT
                    && !v.unit().isEmpty()) {
                statedAsMajor = true;
            }
            if (v.number().isEmpty() || v.number().get().compareTo(n) != 0) {
                continue;
            }
            if (minor == null && o.step() < write.step().index() && o.origin().isSource() && v.kind() == ValueKind.NUMBER
                    && (minorUnitsKey(o.field()) || centsBesideCurrency(map, o))) {
                minor = o;
            }
            statedAsMajor |= o.origin() == dev.coroner.analysis.provenance.Origin.MODEL && v.kind() == ValueKind.AMOUNT
                    && !v.unit().isEmpty();
        }
        // A currency without minor units (JPY, KRW: ISO 4217 gives them no decimal places) counts its
        // "minor" amount in whole units: 86400 yen is 86400 yen, under any key.
        if (minor == null || !statedAsMajor || fractionDigits(siblingUnit(map, minor)) == 0
                || !reported.add(leaf.path() + "\n" + n)) {
            return false;
        }
        String field = JsonValues.lastKey(minor.field()) + " = " + minor.value().asWritten();
        reportUnitLost(facts, context, write, leaf, n, minor, field, field + " from step " + minor.step()
                + ", an amount in minor units passed as is, and stated by the run as whole units (it means "
                + Numbers.plain(n.movePointLeft(2)) + ")");
        return true;
    }

    private static boolean unitLost(SessionFacts facts, ProvenanceMap map, CheckContext context, List<Write> writes,
                                    Write write, Leaf leaf,
                                    BigDecimal n, Set<String> reported) {
        String keyUnit = unitOfKey(leaf.path());
        if (keyUnit.isEmpty()) {
            return false;
        }
        // The agent re-set its own parameter: an earlier call of the same tool held the same key with a
        // number the new one is a simple multiple or fraction of (a retry with fenster_min 30 after 60).
        if (ownParameter(writes, write, leaf, n)) {
            return false;
        }
        // A source that gives the number in the field's own unit ("the last 30 minutes" for
        // window_min = 30) explains it, whatever else also holds the number.
        for (Occurrence o : map.occurrences()) {
            Value source = o.value();
            if (o.step() < write.step().index() && o.origin().isSource() && source.number().isPresent()
                    && source.number().get().compareTo(n) == 0
                    && (source.kind() == ValueKind.QUANTITY && keyUnit.equals(source.unit())
                    || source.kind() == ValueKind.AMOUNT && keyUnit.equals("cur:" + source.unit()))) {
                return false;
            }
        }
        List<BigDecimal> changes = statedChanges(map, write.step().index());
        for (Occurrence o : map.occurrences()) {
            Value source = o.value();
            if (o.step() >= write.step().index() || !o.origin().isSource() || source.number().isEmpty()
                    || source.number().get().compareTo(n) != 0 && source.number().get().movePointLeft(2).compareTo(n) != 0
                    && changed(source.number().get(), n, changes) == null) {
                continue;
            }
            String sourceUnit = source.kind() == ValueKind.QUANTITY ? source.unit()
                    : source.kind() == ValueKind.AMOUNT && !source.unit().isEmpty() ? "cur:" + source.unit()
                    : source.kind() == ValueKind.NUMBER ? siblingUnit(map, o) : "";
            if (sourceUnit.equals("m") && Units.scale(keyUnit) > 0 && Units.dimension(keyUnit).equals("time")
                    && COMPACT_DURATION.pattern().matcher(source.asWritten()).matches()) {
                sourceUnit = "minute"; // "15m" against a field measured in time
            }
            if (source.kind() == ValueKind.NUMBER && keyUnit.startsWith("cur:") && !minorUnitsKey(leaf.path())
                    && (minorUnitsKey(o.field()) || centsBesideCurrency(map, o)) && source.number().get().compareTo(n) == 0
                    && reported.add(leaf.path() + "\n" + n)) {
                // The reverse of a major amount under a minor-units key: 48750 cents written as 48750 EUR.
                String field = JsonValues.lastKey(o.field()) + " = " + source.asWritten();
                reportUnitLost(facts, context, write, leaf, n, o, field, field + " from step " + o.step()
                        + ", an amount in minor units written as whole " + keyUnit.substring(4) + " (it means "
                        + Numbers.plain(n.movePointLeft(2)) + ")");
                return true;
            }
            if (sourceUnit.isEmpty()) {
                continue;
            }
            source = new Value(ValueKind.QUANTITY, source.asWritten()
                    + (source.kind() == ValueKind.NUMBER ? " " + sourceUnit.replace("cur:", "") : ""),
                    source.keys(), source.number(), sourceUnit, source.start());
            BigDecimal written = source.number().get();
            String why = null;
            if (keyUnit.equals("%") && source.unit().equals("%") && written.signum() != 0
                    && written.movePointLeft(2).compareTo(n) == 0) {
                why = "a percentage written as a fraction";
            } else if (!keyUnit.equals("%") && !source.unit().equals(keyUnit) && Units.sameDimension(source.unit(), keyUnit)) {
                BigDecimal change = written.compareTo(n) == 0 ? BigDecimal.ONE : changed(written, n, changes);
                if (change != null) {
                    why = (keyUnit.startsWith("cur:")
                            ? "the currency changed (" + source.unit().substring(4) + " written as " + keyUnit.substring(4) + ")"
                            : "the unit dropped (" + source.unit() + " written as " + keyUnit + ")")
                            + (change.compareTo(BigDecimal.ONE) == 0 ? ""
                            : ", after a change of " + change.subtract(BigDecimal.ONE).movePointRight(2).stripTrailingZeros()
                                    .toPlainString().replaceFirst("^(?!-)", "+") + "% that the run states");
                }
            }
            if (why == null && written.compareTo(n) == 0 && Units.scale(source.unit()) > 0 && Units.scale(keyUnit) > 0
                    && !Units.sameDimension(source.unit(), keyUnit)
                    && n.precision() - n.scale() >= CROSS_DIMENSION_DIGITS.value()) {
                // A measure of another dimension written as is: a gas meter's 1275 m³ as consommation_kwh,
                // where the conversion (the calorific value) was never applied.
                why = "its unit dropped (" + Units.dimension(source.unit()) + " in " + source.unit() + " written as "
                        + Units.dimension(keyUnit) + " in " + keyUnit + ")";
            }
            if (why != null && reported.add(leaf.path() + "\n" + n)) {
                reportUnitLost(facts, context, write, leaf, n, o, source.asWritten(),
                        "\"" + source.asWritten() + "\" from step " + o.step() + " with " + why);
                return true;
            }
        }
        return false;
    }
}
