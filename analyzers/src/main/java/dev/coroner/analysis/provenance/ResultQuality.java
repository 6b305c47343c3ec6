package dev.coroner.analysis.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.text.ErrorText;
import dev.coroner.analysis.text.TextMemo;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.TraceJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How much a tool result can be trusted: an error, an empty result, a degenerate one (it succeeded
 * in form only: a price of 0, NaN, a placeholder, an epoch date, a fallback or stale cache), or a
 * plain result. The degenerate fields are named so that a check can follow their values.
 */
public final class ResultQuality {

    /** A key whose text value is content (a result, an item, a document…). */
    private static final java.util.regex.Pattern CONTENT_KEY = java.util.regex.Pattern.compile(
            ".*(?:result|item|doc|match|hit|record|content|answer|text|data).*");

    /** The verdict on one result. */
    public enum Kind {
        OK, EMPTY, DEGENERATE, ERROR
    }

    /** A field whose value is degenerate, and why. */
    public record DegenerateField(String path, String value, String reason) {
        /** True when the field marks the whole record as a default (a fallback source, an epoch date…). */
        public boolean stampsTheRecord() {
            return DEFAULT_STAMPS.contains(reason);
        }
    }

    /**
     * A classified result. An error's fields are those of the payload it still carried (a fallback
     * answer served alongside the failure), usually none.
     */
    public record Quality(Kind kind, List<DegenerateField> fields) {
        public boolean failed() {
            return kind == Kind.ERROR || kind == Kind.DEGENERATE;
        }

        /** True when the whole result is suspect (a fallback or stale source), not only some fields. */
        public boolean wholeResultSuspect() {
            // A zero date in one item of a list (one account's last logon among many) marks that item.
            return fields.stream().anyMatch(f -> f.reason().equals(FALLBACK_REASON)
                    || f.reason().equals("epoch date") && !f.path().contains("[")
                    || f.reason().equals(FAILURE_REASON) || f.reason().equals(ALL_PARTS_FAILED)
                    || f.reason().equals(NOTHING_PROCESSED) || f.reason().equals(PARTIAL_REASON)
                    || f.reason().equals(ZERO_MASS) || f.reason().equals(OVER_NOTHING)
                    || f.reason().equals(NULL_ISLAND));
        }

        /** True when nothing came back: an empty result, or one that also says it is partial. */
        public boolean empty() {
            return kind == Kind.EMPTY || kind == Kind.DEGENERATE && !fields.isEmpty()
                    && fields.stream().allMatch(f -> f.reason().equals(PARTIAL_REASON));
        }

        /** True when a value found under this JSON path is one of the degenerate fields. */
        public boolean degenerateAt(String path) {
            return fields.stream().anyMatch(f -> f.path().equals(path));
        }
    }

    static final String FALLBACK_REASON = "fallback or stale result";
    /** A record whose zero amounts sit beside a field reporting that part of its work failed. */
    static final String FAILURE_REASON = "zero beside a failure notice";
    /** A part of a record whose every field reports a failure (each of its sources failed). */
    static final String ALL_PARTS_FAILED = "every part failed";
    /** Reasons that mark a whole record as a default rather than an answer. */
    /** A record that counts 0 items worked through of a positive number it was given (0 analysed of 3 asked). */
    static final String NOTHING_PROCESSED = "none of the items worked through";
    /** An empty result that says of itself that it is partial ("resultados parciales", "incomplete results"). */
    static final String PARTIAL_REASON = "empty, and says it is partial";
    /** A weighing of 0 of a thing the same record gives a size: no reading (a scale still taring). */
    static final String ZERO_MASS = "a weight of 0 for a thing of some size";
    /** A statistic (a p99, a mean) of 0 over a count of 0: nothing was measured. */
    static final String OVER_NOTHING = "a statistic of 0 over nothing counted";
    /** A latitude and a longitude both 0: the point a geocoder answers with when it placed nothing. */
    static final String NULL_ISLAND = "coordinates 0, 0";
    static final java.util.Set<String> DEFAULT_STAMPS = java.util.Set.of(FALLBACK_REASON, "epoch date", "NaN", "placeholder",
            FAILURE_REASON, ALL_PARTS_FAILED, NOTHING_PROCESSED, PARTIAL_REASON, ZERO_MASS, OVER_NOTHING, NULL_ISLAND);

    /**
     * Words of keys whose value is an amount of money: 0 or null there is not a real price. A word of the
     * key ({@link #keyWords}) must begin or end with one ("prices", "subtotal", "exchangerate"); inside
     * a word they are other words ("generated" holds "rate").
     */
    static final Pattern MONEY_KEY = Pattern.compile(
            "(?i)(?:price|amount|total|cost|fee|balance|premium|salary|rate|fare|charge|tarif|preis|precio|prix|betrag"
            + "|importe|montant).*|.*(?:price|amount|total|cost|fee|balance|premium|salary|rate|fare|charge|tarif|preis"
            + "|precio|prix|betrag|importe|montant)|value_(?:eur|usd)");

    /**
     * Words of keys naming what is charged or taken off on top of a price (a difference, a fee, a
     * surcharge, a penalty, a discount) or what is still owed (due, outstanding, a debt). Zero there says
     * there is none ("tarifa_diferenca_brl": 0, a rebooking with no fare difference; "balance_due_usd": 0,
     * a paid account), not that the amount is missing.
     */
    static final Pattern SURCHARGE = Pattern.compile("(?i)diff|difference|diferenca|diferença|diferencia|differenza"
            + "|différence|differenz|delta|fee|fees|surcharge|supplement|suplemento|supplemento|zuschlag|aufpreis"
            + "|gebuehr|gebühr|frais|taxa|cargo|recargo|penalty|penalidad|penale|pénalité|strafe|multa|discount"
            + "|rabatt|desconto|descuento|sconto|remise"
            // what is owed: zero is a settled account ("balance_due_usd": 0 beside the payment that settled it)
            + "|due|owed|outstanding|arrears|debt|deuda|dette|schulden|debito|débito|divida|dívida|offen");

    /** True when a word of the key names a charge on top of a price ({@link #SURCHARGE}). */
    static boolean surcharge(String key) {
        return keyWords(key).stream().anyMatch(w -> SURCHARGE.matcher(w).matches());
    }

    /** True when a key names an amount of money: a word of it is a money word ({@link #MONEY_KEY}). */
    static boolean moneyKey(String key) {
        // Remembered per key by the analysis workers: a dump repeats the same few keys in every result.
        return TextMemo.of(MONEY_KEY, key, ResultQuality::scanMoneyKey);
    }

    private static boolean scanMoneyKey(String key) {
        return MONEY_KEY.matcher(key).matches() || keyWords(key).stream().anyMatch(w -> MONEY_KEY.matcher(w).matches());
    }

    /**
     * True when a key ends in a currency code after a word of its own ("kanzei_jpy", "duty_eur"): an
     * amount, though its words may name no money. Not a ground for calling a zero degenerate on its own (a
     * balance of 0 EUR is an answer); a zero under it counts beside a failure.
     */
    public static boolean currencyKey(String key) {
        List<String> words = keyWords(key);
        return words.size() >= 2 && Units.CURRENCY_CODE.matcher(words.get(words.size() - 1)).matches();
    }
    /**
     * Rates of events rather than prices: an error rate, a hit rate, a success ratio. Zero there is a
     * measurement (no errors), not a missing amount.
     */
    static final Pattern EVENT_RATE = Pattern.compile(
            "(?i)error|errors|fail|success|hit|miss|retry|retries|drop|loss|churn|bounce|conversion|availability|5xx|4xx");

    /** Keys that name a rate or a percentage in the languages the claims are read in. */
    static final Pattern RATE_KEY = Pattern.compile("(?i)rate|percent|prozent|pourcent|porcentaje|percentuale|satz|taux|tasa|tasso");
    /**
     * Words of keys holding a date or time: 0 or 1970 there is an unset clock, not a date. A word of the
     * key ({@link #keyWords}) must begin with one ("timestamp", "expires_at", "validUntil") or end with
     * date, time, datum or fecha ("duedate", "starttime"): inside a word they are other words
     * ("riassortimento", restocking, holds "time").
     */
    static final Pattern DATE_KEY = Pattern.compile("(?i)(?:date|time|expir|until|deadline|since|datum|fecha).*"
            + "|.*(?:date|time|datum|fecha)");

    private static final Pattern CASE_CHANGE = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern KEY_SEPARATOR = Pattern.compile("[_\\-. ]+");

    /** The words of a JSON key: split at _, -, ., spaces and lower-to-upper case changes, lower-cased. */
    static List<String> keyWords(String key) {
        List<String> out = new ArrayList<>();
        for (String part : KEY_SEPARATOR.split(CASE_CHANGE.matcher(key).replaceAll("$1_$2"))) {
            if (!part.isEmpty()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** True when a key holds a date or a time: a word of it is a date word, or it ends in "at" (created_at). */
    static boolean dateKey(String key) {
        return TextMemo.of(DATE_KEY, key, ResultQuality::scanDateKey);
    }

    private static boolean scanDateKey(String key) {
        List<String> words = keyWords(key);
        return words.stream().anyMatch(w -> DATE_KEY.matcher(w).matches())
                || words.size() > 1 && words.get(words.size() - 1).equals("at");
    }

    /** Keys and values that say the result came from a fallback or a stale cache. */
    static final Pattern FALLBACK_KEY = Pattern.compile("(?i)^(?:fallback|stale|degraded|partial|is_stale|is_fallback|used_fallback|cache_hit_stale|served_stale)$");
    /** A source named as a fallback or stale copy; a plain cache is how many systems answer and is not suspect. */
    static final Pattern FALLBACK_SOURCE = Pattern.compile("(?i)(?:^|[-_ .:/])(?:stale|fallback|defaults?|stub|mock|placeholder|offline)(?:$|[-_ .:/])");
    /** Keys naming where a result came from. */
    static final Pattern SOURCE_KEY = Pattern.compile("(?i)^(?:source|src|origin|provenance|served_from|data_source|datasource|backend|quelle|herkunft|fuente|origen|provenance_source)$");
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:nan|null|undefined|unknown|tbd|todo|placeholder|lorem ipsum.*|xxx+|<(?:placeholder|value|todo|tbd|insert[^>]*)>|\\{\\{.*}}|\\$\\{.*})$");
    /**
     * The zero dates of the platforms that write them when a date was never set: the Unix epoch
     * (1970-01-01), Windows FILETIME 0 (1601-01-01: an Active Directory lastLogon never recorded), the
     * zero value of .NET's DateTime and Go's time.Time (0001-01-01), SQL Server's and Excel's day 0
     * (1900-01-01), and an all-zero date.
     */
    static final Pattern EPOCH = Pattern.compile("^(?:1970|1601|0001|1900)-01-01(?:[T ]00:00(?::00(?:\\.0+)?)?Z?)?$|^0{4}-0{2}-0{2}");
    /** Whole-text results that say nothing came back. */
    static final Pattern EMPTY_TEXT = Pattern.compile("(?is)^\\s*(?:\\[\\s*]|\\{\\s*}|null|none|undefined|\"\"|''|"
            + "no (?:results?|matches|documents|records|items|entries|hits)(?: (?:found|were found|matched))?\\.?|0 results?(?: found)?\\.?"
            + "|nothing (?:found|matched)\\.?|keine (?:ergebnisse|treffer)(?: gefunden)?\\.?|sin resultados\\.?|ningún resultado\\.?"
            + "|aucun résultat(?: trouvé)?\\.?|nessun risultato\\.?|nenhum resultado\\.?|geen resultaten\\.?"
            // A code executor's reply that ran the code and printed nothing (AG2: "exitcode: 0 (execution
            // succeeded)" and an empty "Code output:").
            + "|exitcode:\\s*0\\s*\\(execution succeeded\\)\\s*(?:code output:)?)\\s*$");
    /** Keys naming the outcome of a request, in the languages the claims are read in. */
    static final Pattern OUTCOME_KEY = Pattern.compile(
            "(?i)status|outcome|esito|stato|estado|statut|resultado|ergebnis|uitkomst");

    /** JSON keys that carry a failure status, in the languages the claims are read in. */
    static final Pattern STATUS_KEY = Pattern.compile(
            "(?i)^(?:status|state|result|outcome|esito|stato|estado|statut|resultado|ergebnis|uitkomst)$");
    /** Values of a status key that say the call failed ("esito": "KO", "statut": "échec"). */
    static final Pattern FAILED_STATUS = Pattern.compile("(?iu)^(?:error|failed|failure|timeout|timed[_ ]out|unavailable"
            + "|denied|rejected|exception|ko|nok|errore|erreur|erro|échec|echec|fallido|fallito|falha|fehler"
            + "|fehlgeschlagen|mislukt|fout)$");

    private ResultQuality() {
    }

    /** Classifies a result's content; {@code flaggedError} is the producer's own error flag. */
    public static Quality of(String content, boolean flaggedError) {
        if (flaggedError || ErrorText.looksLikeError(content)) {
            return new Quality(Kind.ERROR, payloadFields(content));
        }
        if (content == null || content.isBlank() || EMPTY_TEXT.matcher(content).matches()) {
            return new Quality(Kind.EMPTY, List.of());
        }
        JsonNode json = TraceJson.tryParse(content);
        if (json == null) {
            String s = content.strip();
            if (PLACEHOLDER.matcher(s).matches()) {
                return new Quality(Kind.DEGENERATE, List.of(new DegenerateField("", s, "placeholder")));
            }
            return new Quality(Kind.OK, List.of());
        }
        if (json.isObject() && failedObject(json)) {
            return new Quality(Kind.ERROR, payloadFields(content));
        }
        List<DegenerateField> fields = new ArrayList<>();
        collect(json, "", fields);
        if (emptyJson(json)) {
            partialNotice(json, "", fields);
        }
        // Empty, unless it also carries a stamp of a default: an epoch "as of" date, a fallback source,
        // NaN or a placeholder (an empty stock record dated 1970 is a default record, not an answer).
        if (emptyJson(json) && fields.stream().noneMatch(f -> DEFAULT_STAMPS.contains(f.reason()))) {
            return new Quality(Kind.EMPTY, List.of());
        }
        return new Quality(fields.isEmpty() ? Kind.OK : Kind.DEGENERATE, fields);
    }

    /**
     * The degenerate fields of a failed call's payload: a service that timed out and answered anyway
     * from a fallback ({"hint": "upstream 504, cached entry", "source": "fallback", "rate": 0}) hands the
     * agent values that are errors and answers at once. Empty when the content is not a JSON object.
     */
    private static List<DegenerateField> payloadFields(String content) {
        JsonNode json = content == null ? null : TraceJson.tryParse(content);
        if (json == null || !json.isContainerNode()) {
            return List.of();
        }
        List<DegenerateField> fields = new ArrayList<>();
        collect(json, "", fields);
        return fields;
    }

    /**
     * The path of the first 0 in a JSON tree under a key that names an amount or a rate (not a count),
     * or null: a structured write of "nothing to pay".
     */
    public static String zeroAmountKey(JsonNode tree) {
        for (String path : zeroLeaves(tree, "")) {
            String key = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if ((moneyKey(key) || currencyKey(key) || RATE_KEY.matcher(key).find()) && !isCount(key)
                    && !key.contains("rate_limit")) {
                return path;
            }
        }
        return null;
    }

    /** The paths of the zeros (JSON numbers equal to 0) in a tree, in document order. */
    public static List<String> zeroPaths(JsonNode tree) {
        return tree == null ? List.of() : zeroLeaves(tree, "");
    }

    private static List<String> zeroLeaves(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> out.addAll(zeroLeaves(f.getValue(), path.isEmpty() ? f.getKey()
                    : path + "." + f.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(zeroLeaves(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isNumber() && node.asDouble() == 0) {
            out.add(path);
        }
        return out;
    }

    /** An object whose error field is set, or whose status says it failed. */
    private static boolean failedObject(JsonNode json) {
        for (String key : List.of("error", "errors", "error_message", "errorMessage", "exception")) {
            JsonNode e = json.get(key);
            // A number under "errors" counts errors (a measurement), and 0 under any of these says none.
            boolean count = e != null && e.isNumber() && (key.equals("errors") || e.asDouble() == 0);
            if (e != null && !e.isNull() && !count && !(e.isContainerNode() && e.isEmpty())
                    && !(e.isTextual() && e.asText().isBlank()) && !(e.isBoolean() && !e.asBoolean())) {
                return true;
            }
        }
        for (String key : List.of("success", "ok")) {
            JsonNode e = json.get(key);
            if (e != null && e.isBoolean() && !e.asBoolean()) {
                return true;
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (STATUS_KEY.matcher(f.getKey()).matches() && f.getValue().isTextual()
                    && FAILED_STATUS.matcher(f.getValue().asText().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing in it but empty collections, nulls, counts and the parameters of the query: an object
     * with at least one empty list and no list with items and no content text anywhere (a nested
     * object of filters does not make a result).
     */
    static boolean emptyJson(JsonNode node) {
        if (node.isNull() || node.isMissingNode() || node.isContainerNode() && node.isEmpty()) {
            return true;
        }
        if (!node.isObject()) {
            return false;
        }
        int[] emptyLists = {0};
        return !holdsContent(node, emptyLists) && emptyLists[0] > 0;
    }

    /** True when an object holds a list with items, content text, or an amount that is not a count. */
    private static boolean holdsContent(JsonNode object, int[] emptyLists) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            String key = f.getKey().toLowerCase(Locale.ROOT);
            if (v.isArray()) {
                if (!v.isEmpty()) {
                    return true;
                }
                emptyLists[0]++;
            } else if (v.isObject()) {
                if (v.isEmpty()) {
                    emptyLists[0]++;
                } else if (holdsContent(v, emptyLists)) {
                    return true;
                }
            } else if (v.isNumber() && v.asDouble() != 0 && moneyKey(key) && !isCount(key)) {
                return true; // a balance or a price is content; counts and paging parameters are not
            } else if (v.isTextual() && CONTENT_KEY.matcher(key).matches()
                    && !v.asText().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the last key of a field's path counts the result's items ("total", "count",
     * "num_results", "hits_count"): its number is how many came back, not a quantity of anything else.
     */
    public static boolean countKey(String path) {
        String key = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return isCount(key);
    }

    /** Keys that count things rather than price them: "total" next to a list of results is its length. */
    static boolean isCount(String key) {
        return key.equals("total") || key.equals("count") || key.startsWith("total_count") || key.startsWith("num_")
                || key.startsWith("nb_") || key.endsWith("_count");
    }

    private static void collect(JsonNode node, String path, List<DegenerateField> out) {
        collect(node, path, out, false);
    }

    /** As above; {@code accounted}: an enclosing object already states why it holds what it holds. */
    private static void collect(JsonNode node, String path, List<DegenerateField> out, boolean accounted) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out, accounted);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean explained = accounted || explainsItself(node);
        int before = out.size();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            String at = at(path, f.getKey());
            if (v.isContainerNode()) {
                collect(v, at, out, explained);
                continue;
            }
            String reason = reason(f.getKey(), v, at.contains("["));
            // A record that states its grounds ("statut": "exonérée", "motif": "offre jeune") accounts for
            // its zero amount and for the date it leaves empty: no debit date for a fee waived.
            if (reason != null && !(explained && (reason.equals("amount of 0") || reason.equals("no date")))) {
                out.add(new DegenerateField(at, v.isNull() ? "null" : v.asText(), reason));
            }
        }
        if (!explained) {
            addFailedPart(node, path, out, before);
        }
        addAllPartsFailed(node, path, out);
        addNothingProcessed(node, path, out);
        addZeroMass(node, path, out);
        addOverNothing(node, path, out);
        addNullIsland(node, path, out);
    }

    /** Words of a key that name a latitude or a longitude, in the languages the claims are read in. */
    static final Pattern LATITUDE = Pattern.compile("(?iu)lat|latitude|latitud|latitudine|breite|breitengrad");
    static final Pattern LONGITUDE = Pattern.compile("(?iu)lon|lng|long|longitude|longitud|longitudine|länge|laenge|längengrad");

    /**
     * A record that places a thing at latitude 0 and longitude 0 ("lat": 0, "lon": 0): the point in the
     * Gulf of Guinea that geocoders and location fields answer with when they placed nothing (an
     * address not matched, a GPS fix not taken). No address lies there, so the pair is a default, and a
     * distance, a zone or a fee computed from it is computed from nothing.
     */
    private static void addNullIsland(JsonNode node, String path, List<DegenerateField> out) {
        if (!holdsZero(node)) {
            return; // as in addOverNothing: no key words for the many records without a zero
        }
        String latitude = null;
        String longitude = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNumber()) {
                continue;
            }
            List<String> words = keyWords(f.getKey());
            boolean zero = f.getValue().asDouble() == 0;
            if (words.stream().anyMatch(w -> LATITUDE.matcher(w).matches())) {
                if (!zero) {
                    return;
                }
                latitude = latitude == null ? f.getKey() : latitude;
            } else if (words.stream().anyMatch(w -> LONGITUDE.matcher(w).matches())) {
                if (!zero) {
                    return;
                }
                longitude = longitude == null ? f.getKey() : longitude;
            }
        }
        if (latitude != null && longitude != null) {
            out.add(new DegenerateField(at(path, latitude), "0", NULL_ISLAND));
            out.add(new DegenerateField(at(path, longitude), "0", NULL_ISLAND));
        }
    }

    /** Words of a key that name a statistic over samples: p99_latency_ms, mean_ms, max_wait_s, mediana. */
    static final Pattern STATISTIC = Pattern.compile("(?iu)p\\d{2,3}|percentile|median|mediana|m[ée]diane?|avg|mean|average"
            + "|promedio|moyenne|durchschnitt|mittelwert|media|max|min");

    /** Words of a key that count the samples a statistic is taken over: requests, samples, data points. */
    static final Pattern SAMPLE_WORD = Pattern.compile("(?iu)count|n|samples?|requests?|datapoints?|points|observations"
            + "|events|muestras|solicitudes|peticiones|anfragen|requ[êe]tes|richieste|amostras|requisi[çc][õo]es");

    /**
     * A record whose statistics of a measure are 0 ("p99_latency_ms": 0) while every count of what they
     * are taken over is 0 ("request_count": 0) and none is positive: a percentile or a mean of nothing is
     * no measurement (a query that matched no series, a window with no traffic), so the record is a
     * default and its zeros pass no gate.
     */
    private static void addOverNothing(JsonNode node, String path, List<DegenerateField> out) {
        // Most records hold no zero at all: only those are split into key words.
        if (!holdsZero(node)) {
            return;
        }
        String statistic = null;
        boolean zeroCount = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getValue().isNumber()) {
                continue;
            }
            List<String> words = keyWords(f.getKey());
            boolean zero = f.getValue().asDouble() == 0;
            if (isCount(f.getKey().toLowerCase(Locale.ROOT)) || words.stream().anyMatch(w -> SAMPLE_WORD.matcher(w).matches())) {
                if (!zero) {
                    return; // something was counted
                }
                zeroCount = true;
            } else if (zero && statistic == null && words.size() > 1
                    && words.stream().anyMatch(w -> STATISTIC.matcher(w).matches())) {
                statistic = f.getKey();
            }
        }
        if (statistic != null && zeroCount) {
            out.add(new DegenerateField(at(path, statistic), "0", OVER_NOTHING));
        }
    }

    /** True when a field of the record (not of a record inside it) is the number 0. */
    private static boolean holdsZero(JsonNode node) {
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            if (v.isNumber() && v.asDouble() == 0) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a key that measure a length: dimensions_cm, largo_mm, height_m. */
    static final Pattern LENGTH_UNIT = Pattern.compile("cm|mm|m|inch|inches");

    /**
     * A record that weighs a thing at 0 (a key ending in a unit of mass: "peso_kg": 0, "weight_lb": 0)
     * and gives it a size (a positive number under a key ending in a unit of length, or inside an object
     * under one: "dimensiones_cm": {"alto": 42}): a thing of some size weighs something, so the 0 is no
     * reading (a scale still taring, a sensor not read) and the record is a default.
     */
    private static void addZeroMass(JsonNode node, String path, List<DegenerateField> out) {
        String zero = null;
        boolean sized = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<String> words = keyWords(f.getKey());
            String last = words.isEmpty() ? "" : words.get(words.size() - 1);
            String unit = ValueExtractor.unit(last);
            if (zero == null && words.size() > 1 && f.getValue().isNumber() && f.getValue().asDouble() == 0
                    && Units.scale(unit) > 0 && Units.dimension(unit).equals("mass")) {
                zero = f.getKey();
            } else if (LENGTH_UNIT.matcher(last).matches() && words.size() > 1) {
                sized |= f.getValue().isNumber() && f.getValue().asDouble() > 0
                        || f.getValue().isContainerNode() && JsonValues.leaves(f.getValue()).stream().anyMatch(v -> {
                            try {
                                return Double.parseDouble(v) > 0;
                            } catch (NumberFormatException e) {
                                return false;
                            }
                        });
            }
        }
        if (zero != null && sized) {
            out.add(new DegenerateField(at(path, zero), "0", ZERO_MASS));
        }
    }

    /**
     * Words of a key that counts the items a service worked through (analysed, processed, checked,
     * evaluated…), as past participles in the languages the claims are read in.
     */
    static final Pattern WORK_DONE = Pattern.compile("(?iu)analy[sz]ed|processed|checked|evaluated|scanned|examined"
            + "|inspected|compared|verified|reviewed|validated|indexed"
            + "|analys[ée]e?s?|trait[ée]e?s?|[ée]valu[ée]e?s?|v[ée]rifi[ée]e?s?|contr[ôo]l[ée]e?s?|examin[ée]e?s?|compar[ée]e?s?"
            + "|anali[sz]ad[oa]s?|procesad[oa]s?|processad[oa]s?|evaluad[oa]s?|avaliad[oa]s?|verificad[oa]s?|revisad[oa]s?"
            + "|comprobad[oa]s?|examinad[oa]s?|comparad[oa]s?|validad[oa]s?"
            + "|analizzat[ioae]|elaborat[ioae]|valutat[ioae]|verificat[ioae]|controllat[ioae]|esaminat[ioae]|confrontat[ioae]"
            + "|gepr(?:ü|ue|u)ft(?:e|en)?|analysiert(?:e|en)?|verarbeitet(?:e|en)?|ausgewertet(?:e|en)?|untersucht(?:e|en)?"
            + "|verglichen(?:e|en)?"
            + "|loaded|cargad[oa]s|charg[ée]e?s|carregad[oa]s|caricat[ieao]|geladen(?:e|en)?");

    /** Words of a key that count what a record was asked or expected to work through: 7 lists expected. */
    static final Pattern EXPECTED = Pattern.compile("(?iu)expected|requested|asked|esperad[oa]s|solicitad[oa]s"
            + "|pedid[oa]s|demand[ée]e?s|attendu(?:e|s|es)?|erwartet(?:e|en)?|angefordert(?:e|en)?|richiest[ieao]"
            + "|attes[ie]|previst[ieao]");

    /**
     * A record that says it worked through none of what it was given: 0 under a key of items worked
     * through ("molecules_analysees": 0) beside a positive count of the same items, or a count of what
     * was asked or expected ("molecules_demandees": 3, "total": 3, "listas": {"cargadas": 0, "esperadas": 7}). Whatever it answers beside that (an empty list of
     * interactions, "no match") was never looked for: the record is a default, as a fallback's is.
     */
    private static void addNothingProcessed(JsonNode node, String path, List<DegenerateField> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> zero = it.next();
            if (!zero.getValue().isIntegralNumber() || zero.getValue().asLong() != 0) {
                continue;
            }
            List<String> words = keyWords(zero.getKey());
            List<String> items = words.stream().filter(w -> !WORK_DONE.matcher(w).matches()).toList();
            if (items.size() == words.size()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> others = node.fields(); others.hasNext(); ) {
                Map.Entry<String, JsonNode> given = others.next();
                if (!given.getValue().isIntegralNumber() || given.getValue().asLong() <= 0) {
                    continue;
                }
                List<String> givenWords = keyWords(given.getKey());
                if (givenWords.stream().anyMatch(w -> WORK_DONE.matcher(w).matches())) {
                    continue; // another count of work done: 0 of one kind beside some of another
                }
                if (isCount(given.getKey().toLowerCase(Locale.ROOT))
                        || givenWords.stream().anyMatch(w -> items.contains(w) || EXPECTED.matcher(w).matches())) {
                    out.add(new DegenerateField(at(path, zero.getKey()), "0", NOTHING_PROCESSED));
                    return;
                }
            }
        }
    }

    /** Fewest parts of a record that must all report a failure for the record to be a default. */
    static final int FAILED_PARTS = 2;

    /**
     * A part of a record in which every field reports a failure ("dettaglio_fonti": {"EU-CFSP": "HTTP 503
     * upstream unavailable", "UK-OFSI": "connect ECONNREFUSED …"}): none of the sources the record was to
     * be built from answered, so whatever it concludes ("no match", a score of 0) is a default, even when
     * it states an outcome.
     */
    private static void addAllPartsFailed(JsonNode node, String path, List<DegenerateField> out) {
        if (path.isEmpty() || node.size() < FAILED_PARTS) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            if (!v.isTextual() || !failureNotice(v.asText())) {
                return;
            }
        }
        out.add(new DegenerateField(path, node.fields().next().getValue().asText(), ALL_PARTS_FAILED));
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * A record that reports a failure of part of its work ("hs_lookup": "timeout after 8000ms") and
     * answers 0 or nothing beside it: the zeros stand in for what the failed part was to give, so the
     * record is a default, as a fallback's is. A failure notice with no zero amount beside it (a job
     * listed as "failed: OOMKilled") is an answer about something else, so the notice is looked for only
     * beside a zero. {@code before}: where this record's own fields (and its parts') begin in {@code out}.
     */
    private static void addFailedPart(JsonNode node, String path, List<DegenerateField> out, int before) {
        List<DegenerateField> zeros = new ArrayList<>();
        for (DegenerateField f : out.subList(before, out.size())) {
            if (f.reason().equals("amount of 0") || f.reason().equals("no amount")) {
                zeros.add(f);
            }
        }
        // Zeros under keys named for a currency ("duty_eur": 0) count here as amounts, and zeros under keys
        // named for a rate or a percentage ("derecho_pct": 0, "duty_rate": 0) as the rate that was not read.
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String at = at(path, f.getKey());
            if (f.getValue().isNumber() && f.getValue().asDouble() == 0
                    && zeros.stream().noneMatch(z -> z.path().equals(at))) {
                if (currencyKey(f.getKey())) {
                    zeros.add(new DegenerateField(at, f.getValue().asText(), "amount of 0"));
                } else if (percentKey(f.getKey())) {
                    zeros.add(new DegenerateField(at, f.getValue().asText(), "rate of 0"));
                }
            }
        }
        if (zeros.isEmpty()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isTextual() && failureNotice(f.getValue().asText())) {
                out.addAll(zeros.stream().filter(z -> !out.contains(z)).toList());
                out.add(new DegenerateField(at(path, f.getKey()), f.getValue().asText(), FAILURE_REASON));
                return;
            }
        }
    }

    /**
     * Words by which a result says it is incomplete: "resultados parciales", "partial results",
     * "risultati parziali", "Teilergebnisse", "incomplete".
     */
    static final Pattern PARTIAL = Pattern.compile("(?iu)(?<!\\p{L})(?:partial|incomplete?s?|parcial(?:es)?|parciais|parziali?"
            + "|partiel(?:le)?s?|incomplet[oa]s?|incomplet[ie]|unvollst[äa]ndig\\p{L}*|teilergebnis\\p{L}*)(?!\\p{L})");

    /**
     * A text field of an empty result that says the result is partial ("aviso": "shard aula-3 no disponible,
     * resultados parciales"): the source was not all searched, so its emptiness answers nothing. Text
     * inside lists is not looked at (an empty result has no items).
     */
    private static void partialNotice(JsonNode node, String path, List<DegenerateField> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isObject()) {
                partialNotice(f.getValue(), at(path, f.getKey()), out);
            } else if (f.getValue().isTextual() && PARTIAL.matcher(f.getValue().asText()).find()) {
                out.add(new DegenerateField(at(path, f.getKey()), f.getValue().asText(), PARTIAL_REASON));
                return;
            }
        }
    }

    /** Keys of a field that states the grounds of a record: reason, note, explanation, in a few languages. */
    static final Pattern REASON_KEY = Pattern.compile(
            "(?i)(?:.*[_-])?(?:reason|reason_code|note|notes|explanation|justification|motivo|grund|begruendung|raison|motif|motivazione)");

    /** Fewest words of a text field that states why a record holds what it holds. */
    static final int REASON_WORDS = 3;

    /**
     * True when the object carries its own account of itself: a text field of a few words (a reason, a
     * note: "rebooked after the carrier's cancellation, no charge"), or a field named for the grounds
     * ("reason": "INVOLUNTARY_CARRIER_CANCEL"). Its parts inherit the account. A zero amount beside it is an
     * answer the service gave with its grounds, not a default that stood in for one.
     */
    private static boolean explainsItself(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            // A field that names the grounds, whatever its length ("reason": "INVOLUNTARY_CARRIER_CANCEL").
            if (REASON_KEY.matcher(f.getKey()).matches() && f.getValue().isTextual() && !f.getValue().asText().isBlank()
                    && !FALLBACK_SOURCE.matcher(f.getValue().asText()).find()) {
                return true;
            }
            // An outcome the service stated for this very request ("status": "assigned"): it processed it.
            if (OUTCOME_KEY.matcher(f.getKey()).matches() && f.getValue().isTextual()
                    && !f.getValue().asText().isBlank() && !FAILED_STATUS.matcher(f.getValue().asText().strip()).matches()) {
                return true;
            }
            // Text of a few words, unless it reports a failure ("hs_lookup": "timeout after 8000ms"): a
            // record that says part of it failed does not account for its zeros. Words hold letters: a
            // code in groups of digits ("8501 52 30") says nothing.
            if (f.getValue().isTextual() && !SOURCE_KEY.matcher(f.getKey()).matches()
                    && words(f.getValue().asText()) >= REASON_WORDS
                    && !FALLBACK_SOURCE.matcher(f.getValue().asText()).find()
                    && !failureNotice(f.getValue().asText())) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text that hold a letter. */
    private static int words(String text) {
        int n = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /** A field's text that reports a failure of part of the work: "timeout after 8000ms", "failed: 503". */
    static final Pattern FAILURE_NOTICE = Pattern.compile(
            "(?i)\\A\\s*(?:error|failed|failure|timeout|timed[_ ]out|unavailable|unreachable|exception)\\b");

    /** A socket error as Node and POSIX name it: a source that could not be reached. */
    static final Pattern SOCKET_ERROR = Pattern.compile(
            "\\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)\\b");

    /** True when a field's text reports a failure ({@link #FAILURE_NOTICE}, a socket error, or an error message). */
    /** Last words of a key that name a percentage: derecho_pct, tax_percent. */
    static final Pattern PERCENT_WORD = Pattern.compile("(?iu)pct|percent|percentage|prozent|pourcent|pourcentage|porcentaje"
            + "|percentuale|porcentagem|rate|satz|taux|tasa|tasso|taxa");

    /** True for a key that names a rate or a percentage, not an event rate (error_rate, hit_rate). */
    private static boolean percentKey(String key) {
        List<String> words = keyWords(key);
        return !words.isEmpty() && PERCENT_WORD.matcher(words.get(words.size() - 1)).matches()
                && !EVENT_RATE.matcher(key).find();
    }

    static boolean failureNotice(String text) {
        return FAILURE_NOTICE.matcher(text).lookingAt() || SOCKET_ERROR.matcher(text).find()
                || ErrorText.looksLikeError(text);
    }

    private static String reason(String key, JsonNode v, boolean listed) {
        if (FALLBACK_KEY.matcher(key).matches() && (v.isBoolean() && v.asBoolean() || v.isTextual() && "true".equalsIgnoreCase(v.asText()))) {
            return FALLBACK_REASON;
        }
        if (SOURCE_KEY.matcher(key).matches() && v.isTextual() && FALLBACK_SOURCE.matcher(v.asText().strip()).find()) {
            return FALLBACK_REASON;
        }
        if (v.isNumber() && Double.isNaN(v.asDouble()) || v.isTextual() && v.asText().strip().equalsIgnoreCase("nan")) {
            return "NaN";
        }
        boolean money = moneyKey(key) && !key.toLowerCase(Locale.ROOT).contains("rate_limit")
                && !isCount(key.toLowerCase(Locale.ROOT)) && !EVENT_RATE.matcher(key).find();
        boolean date = dateKey(key);
        // Null under a key that ends in a currency ("franchise_eur": null) is no amount either: unlike a
        // zero, it answers nothing. Not in an item of a list, where it marks that item (a sold-out train
        // among bookable ones), not the answer.
        if (v.isNull() && (money || date || !listed && currencyKey(key))) {
            return money || !date ? "no amount" : "no date";
        }
        if (v.isNumber() && v.asDouble() == 0 && money && !surcharge(key)) {
            return "amount of 0";
        }
        if (v.isTextual() && EPOCH.matcher(v.asText().strip()).find() || date && v.isNumber() && v.asLong() == 0) {
            return "epoch date";
        }
        if (v.isTextual() && PLACEHOLDER.matcher(v.asText().strip()).matches()) {
            return "placeholder";
        }
        return null;
    }
}
