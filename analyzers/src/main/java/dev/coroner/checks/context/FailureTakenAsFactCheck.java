package dev.coroner.checks.context;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coroner.analysis.Check;
import dev.coroner.analysis.CheckContext;
import dev.coroner.analysis.facts.SessionFacts;
import dev.coroner.analysis.facts.ToolNames;
import dev.coroner.analysis.provenance.Claims;
import dev.coroner.analysis.provenance.ProvenanceMap;
import dev.coroner.analysis.provenance.ResultQuality;
import dev.coroner.analysis.provenance.Units;
import dev.coroner.analysis.provenance.Value;
import dev.coroner.analysis.provenance.ValueKind;
import dev.coroner.analysis.text.ContentWords;
import dev.coroner.analysis.text.Tokens;
import dev.coroner.checks.SharedHeuristics;
import dev.coroner.finding.CheckInfo;
import dev.coroner.finding.Excerpts;
import dev.coroner.finding.Heuristic;
import dev.coroner.finding.Severity;
import dev.coroner.trace.JsonValues;
import dev.coroner.trace.Message;
import dev.coroner.trace.ModelCall;
import dev.coroner.trace.Session;
import dev.coroner.trace.StateSnapshot;
import dev.coroner.trace.Step;
import dev.coroner.trace.ToolCall;
import dev.coroner.trace.ToolInvocation;
import dev.coroner.trace.ToolResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A consequential step (a tool call other than a retry, an answer, a state write) rests on a tool
 * result that failed, as a query over the provenance map: either it states a negative conclusion
 * ("does not exist", "out of stock", "expired", "free", "not eligible") that the failed result itself
 * never stated, about the thing the failed call was about, without admitting the failure; or it uses
 * a value whose first source is the failed result (a degenerate field such as a price of 0 or an epoch
 * date, or a value that only the error text held). A later successful result of the same tool for the
 * same subject before the step is a recovery, and then nothing is reported.
 */
public final class FailureTakenAsFactCheck implements Check {

    static final Heuristic.Limit ACTS_SHOWN = new Heuristic.Limit("acts-shown",
            "Acts listed as evidence.",
            3, "acts");

    private static final Heuristic.Limit FIELDS_SHOWN = new Heuristic.Limit("fields-shown",
            "Degenerate fields of the result named in the finding.",
            3, "fields");

    private static final Heuristic.Limit MIN_SUBJECT_DIGITS = new Heuristic.Limit("min-subject-digits",
            "Digits a number of the failed call's arguments needs to be part of what the call was about.",
            4, "digits");

    private static final Heuristic.Limit MIN_NAME_CHARS = new Heuristic.Limit("min-name-chars",
            "Shortest name of a thing written as one token with separators (\"payments.refunds.retry.v2\") "
                    + "taken as what the failed call was about.",
            4, "characters");

    private static final Heuristic.Limit MAX_NAME_CHARS = new Heuristic.Limit("max-name-chars",
            "Longest such name.",
            64, "characters");

    private static final Heuristic.Regex SEPARATED_NAME = new Heuristic.Regex("separated-name",
            "Such a name: letters or digits joined by '-', '_', '.', ':' or '/'.",
            Pattern.compile("[\\p{L}\\p{N}]+(?:[-_.:/][\\p{L}\\p{N}]+)+"));

    private static final Heuristic.Regex LETTERED_NAME = new Heuristic.Regex("lettered-name",
            "The name must hold letters on both sides of a separator (not a date or a version number).",
            Pattern.compile(".*\\p{L}.*[-_.:/].*\\p{L}.*"));

    private static final Heuristic.Regex READ_QUERY = new Heuristic.Regex("read-query",
            "A query that only reads (SQL SELECT, SHOW, EXPLAIN, DESCRIBE or WITH … SELECT): a failed call "
                    + "whose arguments hold one was a check, whatever its tool is named.",
            Pattern.compile(
            "(?is)\\A\\s*(?:select|show|explain|describe|with\\s+\\w+\\s+as\\s*\\((?:(?!\\b(?:insert|update|delete|drop|alter)\\b).)*\\bselect)\\b.*"));

    private static final Heuristic.Regex NEGATION = new Heuristic.Regex("negation",
            "\"No X\", \"keine X\", \"aucun X\", \"ni X ni Y\", …: a text that says the thing does not exist or is absent; "
                    + "reported when the negated words share a stem with the failed tool's name or a field its "
                    + "result left empty.",
            Pattern.compile(
            "(?iu)\\b(?:no|zero|none of the|not any|kein(?:e[nrms]?)?|ningun[oa]s?|ningún|no hay|aucune?s?|pas de|nessun[oa]?"
                    + "|non ci sono|nenhum(?:a)?|não há|geen|sin"
                    // past and existential forms: "não havia contestações", "no había reservas", "non c'erano ordini"
                    + "|não havia|não existe[m]?|não existiam|no había|no existe[n]?|no existían|non c'erano|non c'era"
                    + "|non esiston[oe]|sem"
                    // neither … nor: "ne prévoit ni franchise ni plafond", "né franchigia né massimale"
                    + "|ni|né|weder|neither|nor)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)"));

    private static final Heuristic.Regex PLACEHOLDER_WORDS = new Heuristic.Regex("placeholder-words",
            "Words that call a value a stand-in (\"1 January 1970, the carrier's blank value\", \"a placeholder\"): "
                    + "an act that restates a degenerate value in the sentence that says so does not take it as an answer.",
            Pattern.compile("(?iu)\\b(?:placeholder|blank value|empty value|default value|dummy|sentinel|not a real"
                    + "|platzhalter|leerwert|standardwert|marcador de posición|valor por defecto|valor vacío"
                    + "|valeur par défaut|valeur vide|segnaposto|valore predefinito|valor padrão|espaço reservado)\\b"));

    private static final Heuristic.Regex STATUS_CODE = new Heuristic.Regex("status-code",
            "HTTP and similar status codes in a failure: an act that names the failure's code is telling "
                    + "about it.",
            Pattern.compile("(?<!\\d)[45]\\d\\d(?!\\d)"));

    private static final Heuristic.Regex AUTH_FAILURE = new Heuristic.Regex("auth-failure",
            "A failure of the caller's own credentials (HTTP 401 or 407, unauthorized, unauthenticated): it says "
                    + "nothing of the thing asked about, whatever else its text says (a service token that expired "
                    + "is no expired enrolment).",
            Pattern.compile("(?iu)(?<!\\d)(?:401|407)(?!\\d)|\\bunauthori[sz]ed\\b|\\bunauthenticated\\b|\\bnicht autorisiert\\b"
                    + "|\\bnon autorisée?\\b|\\bno autorizado\\b|\\bnon autorizzato\\b|\\bnão autorizado\\b"));

    private static final Heuristic.Phrases MEASURE_QUALIFIERS = new Heuristic.Phrases("measure-qualifiers",
            "Words of a field's or tool's name that qualify a measure rather than name it (max_lag_seconds, "
                    + "observed_lag_bytes): a zero under another key counts as the failed measure only when the "
                    + "two names share a word that is none of these, nor a unit.",
            List.of("max", "min", "avg", "mean", "median", "total", "sum", "current", "last", "latest", "observed",
                    "measured", "actual", "estimated", "expected", "new", "old", "get", "set", "query", "fetch",
                    "read", "check", "value", "p50", "p90", "p95", "p99"));

    private static final CheckInfo INFO = new CheckInfo(
            "context.failure-taken-as-fact",
            "A failed or degenerate tool result is acted on as if it were a real answer",
            Severity.HIGH,
            "0.3.0",
            """
            A tool call failed (a timeout, an exception, a 5xx) or succeeded in form only (a price of 0, NaN,
            a placeholder, an epoch date, a result served from a fallback or stale cache), and a later step
            with consequences rests on it: the agent concludes that the thing does not exist, is out of
            stock, has expired, costs nothing or is not eligible because the call failed, not because a call
            said so, or it carries a value that only the degenerate result held into a tool call, an answer
            or a state write, or it puts a zero amount, rate or quantity ("0 days available") where the
            failed call's answer belongs, or it acts (a call that does more than read) on the very thing a
            check that timed out (or answered wholly from a fallback or a record dated 1970) was about, or
            on its parts (ids that another call about the same thing returned: the snapshots of a volume
            whose backup references could not be checked), or
            it states the negation of what the failed lookup was to return ("no references found" after
            find_references failed). This is context poisoning without the error being restated, and it
            reads as a model mistake unless the value is traced to where it came from. Conclusions are
            recognised in English, German, French, Spanish, Italian, Portuguese and Dutch; a step that tells
            the user the call failed ("the system is unavailable, try again later") or names its status code
            is honest and not reported; a later successful call of the same tool for the same subject is a
            recovery, also when its answer lists a degenerate item beside real ones (a sold-out flight at a
            price of 0); a call asked for in the same model output as the failed one is its sibling, not a
            retry, and answers only for what it named (two queues listed at once, one timing out and one
            answering empty: the empty one says nothing of the other). A zero the service stated with its grounds (a reason beside it) or with the outcome
            of the request (a status such as "assigned") is an answer, not a default; in a record stamped
            as a default, a count of 0 counted nothing ("evaluations": 0 beside a 1970 date). A record that
            reports its own part failed and answers zero beside it ("duty_eur": 0 beside "tariff_lookup":
            "timeout after 5000ms") is such a default: its zeros passed on are reported, also a zero
            measure passed on under a key of the same dimension ("reading_kwh": 0 dated 1970 as
            final_reading_kwh: 0); so are a degenerate result's numbers passed on under the key they
            had there ("lat": 0 and "lon": 0 from a geocoder that placed nothing, into a distance call). A status in the other languages ("esito": "KO", "statut": "échec")
            makes a result a failure; a refusal of the caller's own credentials (401, unauthorized) answers
            nothing about what was asked, whatever else its text says. A conclusion
            that a successful call about the same subject stated before (a fee lookup that answered that
            the transfer is free) has that source and is not reported. A measurement that a call answered
            without (a field named for a unit left null: "max_lag_seconds": null beside "samples": 0, or
            "dias_disponiveis": null, the unit first as Romance languages write it) and
            a later act states as zero ("replica lag 0 s") is reported the same way: null is no reading,
            zero is one; so is a zero passed under a key that measures what a failed tool was to measure
            (observed_lag_bytes: 0 after replica_lag_bytes timed out).
            """,
            """
            Make tools fail loudly: return an error the orchestrator acts on (retry, fall back, escalate)
            instead of a well-formed empty or zero result, and mark fallback or cached data as such in a
            field the agent's code checks before acting. Gate irreversible tools (cancel, refund, close,
            delete) on a fresh successful read of the fact they depend on.
            """,
            """
            Step 6: check_stock returns {"available": 0, "source": "fallback_cache", "as_of": "1970-01-01"}.
            Step 8: the agent calls cancel_order with reason "item out of stock" and tells the customer so.
            The warehouse had 14 units.
            """,
            List.of(ACTS_SHOWN, FIELDS_SHOWN, MEASURE_QUALIFIERS, MIN_SUBJECT_DIGITS, MIN_NAME_CHARS, MAX_NAME_CHARS, SEPARATED_NAME,
                    LETTERED_NAME, READ_QUERY, NEGATION, PLACEHOLDER_WORDS, STATUS_CODE, AUTH_FAILURE, SharedHeuristics.ERROR_TEXT,
                    SharedHeuristics.DEGENERATE_RESULT, SharedHeuristics.NEGATIVE_CONCLUSIONS,
                    SharedHeuristics.ADMITS_FAILURE, SharedHeuristics.READ_TOOL_VERBS));

    @Override
    public CheckInfo info() {
        return INFO;
    }

    /** One thing a step did that has consequences. */
    private record Act(Step step, String label, String text, String tool, JsonNode tree) {
    }

    @Override
    public void inspect(SessionFacts facts, CheckContext context) {
        Session session = facts.session();
        ProvenanceMap map = facts.provenance();
        for (Step step : session.steps()) {
            if (!(step instanceof ToolResult result)) {
                continue;
            }
            ResultQuality.Quality quality = map.quality(result);
            if (!quality.failed()) {
                measurementLeftEmpty(facts, context, result);
                continue;
            }
            Message failed = session.message(result.message());
            List<Value> subject = subject(facts, result);
            // A check, whatever the tool is named: a reading tool, or a query that only reads.
            boolean checked = ToolNames.reads(result.tool()) || readOnlyQuery(facts.argumentsFor(result));
            Set<Claims.Kind> stated = EnumSet.noneOf(Claims.Kind.class);
            // A call refused for the caller's credentials answered nothing about its subject.
            if (!AUTH_FAILURE.pattern().matcher(failed.text()).find()) {
                Claims.find(failed.text()).forEach(c -> stated.add(c.kind()));
            }
            Failed failure = new Failed(facts, result, quality, failed, subject, stated, checked);
            List<String> reasons = new ArrayList<>();
            List<Act> relied = new ArrayList<>();
            for (Act act : acts(facts, result)) {
                if (recovered(facts, result, subject, act.step().index())) {
                    break;
                }
                String why = reliesOn(failure, answered(facts, result, act.step().index()),
                        saidByAnAnswer(facts, result, subject, act.step().index()), act);
                if (why != null) {
                    relied.add(act);
                    reasons.add(why);
                }
            }
            if (!relied.isEmpty()) {
                report(context, result, what(quality), quality.kind() == ResultQuality.Kind.ERROR ? "error" : "degenerate result",
                        failed, relied, reasons);
            }
        }
    }

    /** A field of a result that measures something in a unit and holds nothing: "max_lag_seconds": null. */
    private record Measure(String path, String unit, List<String> words) {
    }

    /**
     * A result that answered without the measurement it was asked for (a field named for a unit left
     * null: "max_lag_seconds": null beside "samples": 0), and a later act that states a zero of that
     * measure as if it had been measured ("replica lag 0 s"), about the same subject. Null is no
     * reading; zero is one.
     */
    private static void measurementLeftEmpty(SessionFacts facts, CheckContext context, ToolResult result) {
        Message content = facts.session().message(result.message());
        List<Measure> measures = nullMeasures(failedTree(content), "", new ArrayList<>());
        if (measures.isEmpty()) {
            return;
        }
        List<Value> subject = subject(facts, result);
        List<String> reasons = new ArrayList<>();
        List<Act> relied = new ArrayList<>();
        for (Act act : acts(facts, result)) {
            if (recovered(facts, result, subject, act.step().index())) {
                break;
            }
            List<Value> values = dev.coroner.analysis.provenance.ValueExtractor.find(act.text());
            if (!subject.isEmpty() && values.stream().noneMatch(v -> subject.stream().anyMatch(v::sameFact))
                    || acknowledges(act.text(), content.text())) {
                continue;
            }
            String why = null;
            for (Measure measure : measures) {
                for (Value v : values) {
                    if (why == null && v.kind() == ValueKind.QUANTITY && v.number().map(n -> n.signum() == 0).orElse(false)
                            && Units.sameDimension(v.unit(), measure.unit())) {
                        why = "puts \"" + v.asWritten() + "\" where " + measure.path() + " (null) belongs";
                    }
                }
                String key = why == null ? zeroMeasureKey(act.tree(), measure.words()) : null;
                if (key != null) {
                    why = "puts 0 in " + key + " where " + measure.path() + " (null) belongs";
                }
            }
            if (why != null) {
                relied.add(act);
                reasons.add(why);
            }
        }
        if (!relied.isEmpty()) {
            report(context, result, "left " + measures.get(0).path() + " empty (null)", "result", content, relied, reasons);
        }
    }

    /**
     * The fields of a tree that hold null under a name that ends in a measured unit (lag_seconds,
     * size_bytes) or, as Romance languages name them, begins with one (dias_disponiveis, horas_extra).
     */
    private static List<Measure> nullMeasures(JsonNode node, String path, List<Measure> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String at = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                List<String> words = ToolNames.words(f.getKey());
                String unit = words.isEmpty() ? "" : dev.coroner.analysis.provenance.ValueExtractor.unit(words.get(words.size() - 1));
                if (words.size() > 1 && Units.scale(unit) <= 0) {
                    unit = dev.coroner.analysis.provenance.ValueExtractor.unit(words.get(0));
                }
                if (f.getValue().isNull() && words.size() > 1 && Units.scale(unit) > 0) {
                    out.add(new Measure(at, unit, words));
                } else if (f.getValue().isContainerNode()) {
                    nullMeasures(f.getValue(), at, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nullMeasures(node.get(i), path + "[" + i + "]", out);
            }
        }
        return out;
    }

    /**
     * The path of the first 0 in a structured act under a key that measures what {@code measured} names:
     * the key ends in a measured unit (observed_lag_bytes) and shares another word with it (the failed
     * tool replica_lag_bytes, the empty field max_lag_seconds); null when none does.
     */
    static String zeroMeasureKey(JsonNode tree, List<String> measured) {
        for (String path : ResultQuality.zeroPaths(tree)) {
            List<String> words = ToolNames.words(JsonValues.lastKey(path));
            if (words.size() < 2 || Units.scale(dev.coroner.analysis.provenance.ValueExtractor.unit(words.get(words.size() - 1))) == 0) {
                continue;
            }
            List<String> named = words.subList(0, words.size() - 1);
            if (measured.stream().anyMatch(w -> named.contains(w) && !MEASURE_QUALIFIERS.phrases().contains(w)
                    && Units.scale(dev.coroner.analysis.provenance.ValueExtractor.unit(w)) == 0)) {
                return path;
            }
        }
        return null;
    }

    /**
     * The path of the first 0 in a structured act under a key that ends in a measured unit of the same
     * dimension as a key under which the served (default) record holds 0 (endzaehlerstand_kwh after
     * "wert_kwh": 0); null when none does.
     */
    static String zeroOfAServedMeasure(JsonNode act, JsonNode served) {
        List<String> servedUnits = ResultQuality.zeroPaths(served).stream().map(FailureTakenAsFactCheck::unitAtEnd)
                .filter(u -> !u.isEmpty()).toList();
        if (servedUnits.isEmpty()) {
            return null;
        }
        for (String path : ResultQuality.zeroPaths(act)) {
            String unit = unitAtEnd(path);
            if (!unit.isEmpty() && servedUnits.stream().anyMatch(u -> Units.sameDimension(u, unit))) {
                return path;
            }
        }
        return null;
    }

    /** The measured unit a JSON path's last key ends in after a word of its own (wert_kwh), or empty. */
    private static String unitAtEnd(String path) {
        List<String> words = ToolNames.words(JsonValues.lastKey(path));
        String unit = words.size() < 2 ? "" : dev.coroner.analysis.provenance.ValueExtractor.unit(words.get(words.size() - 1));
        return Units.scale(unit) > 0 ? unit : "";
    }

    /** What the failed call was about: the identifiers and long numbers of its arguments (or of the result). */
    private static List<Value> subject(SessionFacts facts, ToolResult result) {
        List<Value> out = new ArrayList<>();
        JsonNode arguments = facts.argumentsFor(result);
        for (Value v : dev.coroner.analysis.provenance.ValueExtractor.find(JsonValues.text(arguments))) {
            if (distinctive(v)) {
                out.add(v);
            }
        }
        // Names of things written as one token with separators ("payments.refunds.retry.v2",
        // "pg-orders-replica-2-data") are subjects too, though they are not ids by shape.
        for (String leaf : JsonValues.leaves(arguments)) {
            String value = leaf.strip();
            if (value.length() >= MIN_NAME_CHARS.value() && value.length() <= MAX_NAME_CHARS.value()
                    && SEPARATED_NAME.pattern().matcher(value).matches()
                    && LETTERED_NAME.pattern().matcher(value).matches()
                    && out.stream().noneMatch(v -> v.asWritten().equals(value))) {
                out.add(dev.coroner.analysis.provenance.ValueExtractor.identifier(value, 0));
            }
        }
        return out;
    }

    private static boolean distinctive(Value v) {
        return v.kind() == ValueKind.IDENTIFIER
                || v.kind() == ValueKind.NUMBER
                && v.digits() >= MIN_SUBJECT_DIGITS.value();
    }

    /**
     * What is fixed of one failed result while its later acts are judged: the result, how it failed, its
     * message, what it was about, the claims its own text makes, and whether it was a check (a reading
     * tool or a read-only query).
     */
    private record Failed(SessionFacts facts, ToolResult result, ResultQuality.Quality quality, Message failed,
                          List<Value> subject, Set<Claims.Kind> stated, boolean checked) {
    }

    /**
     * Why the act rests on the failed result, or null. {@code answeredSubjects}: subjects that calls
     * answered before the act; {@code saidByAnAnswer}: claims an answer before the act made.
     */
    private static String reliesOn(Failed failure, List<Value> answeredSubjects, Set<Claims.Kind> saidByAnAnswer,
                                   Act act) {
        SessionFacts facts = failure.facts();
        ToolResult result = failure.result();
        ResultQuality.Quality quality = failure.quality();
        Message failed = failure.failed();
        List<Value> subject = failure.subject();
        Set<Claims.Kind> stated = failure.stated();
        ProvenanceMap map = facts.provenance();
        List<Value> values = dev.coroner.analysis.provenance.ValueExtractor.find(act.text());
        // Values restated from an error's text are context.error-carried-forward's finding; here only a
        // degenerate result's values count, as what a "successful" call returned, and those of a fallback
        // payload a failed call still served (an error with a cached zero rate and an epoch date).
        // An empty result that says it is partial served no values: what an act takes from its notice (a
        // job id, a shard name) restates the notice.
        boolean servedValues = quality.kind() == ResultQuality.Kind.DEGENERATE && !quality.empty()
                || quality.kind() == ResultQuality.Kind.ERROR && quality.wholeResultSuspect();
        // An act that restates a degenerate field's value and calls it a stand-in ("1 January 1970, the
        // carrier's blank value for no delivery scan yet") read the result for what it is.
        List<java.util.Optional<dev.coroner.analysis.provenance.Occurrence>> sources = new ArrayList<>(values.size());
        for (Value v : values) {
            var source = map.sourceBefore(v, act.step().index());
            sources.add(source);
            if (source.isPresent() && source.get().message() == failed.id() && quality.degenerateAt(source.get().field())
                    && namedAsPlaceholder(act.text(), v)) {
                return null;
            }
        }
        for (int i = 0; servedValues && i < values.size(); i++) {
            Value v = values.get(i);
            if (v.kind() == ValueKind.NUMBER) {
                continue;
            }
            var source = sources.get(i);
            if (source.isPresent() && source.get().message() == failed.id() && !stated(v, subject)
                    && (quality.wholeResultSuspect() || quality.degenerateAt(source.get().field()))) {
                return "\"" + v.asWritten() + "\" comes only from the failed result";
            }
        }
        // A number only a default record held, passed on under the key it had there ("lat": 0 and "lon": 0
        // from a geocoder that placed nothing, into the distance call): a bare number is no fact of its
        // own, but the same field carried across is the default carried across.
        String carriedField = servedValues && act.tree() != null ? carriedDegenerateField(act.tree(), quality) : null;
        if (carriedField != null) {
            return "passes " + carriedField + " on from the degenerate result";
        }
        List<Value> distinct = subject.stream().filter(v -> answeredSubjects.stream().noneMatch(v::sameFact)).toList();
        // The act names what the failed call alone was about: as the same fact, or as a token of its text
        // (a name such as "billing-stg" is a subject by its shape, not a value the extractor finds).
        boolean namesTheSubject = (distinct.isEmpty() ? subject : distinct).stream()
                .anyMatch(v -> values.stream().anyMatch(v::sameFact) || Tokens.contains(act.text(), v.asWritten()));
        boolean about = subject.isEmpty() || namesTheSubject
                || values.stream().noneMatch(v -> answeredSubjects.stream().anyMatch(v::sameFact));
        if (!about || acknowledges(act.text(), failed.text())) {
            return null;
        }
        // A failed call, or one answered wholly from a default (a fallback, a record that reports its own
        // lookup failed): its zeros are no answer.
        if ((quality.kind() == ResultQuality.Kind.ERROR || quality.wholeResultSuspect()) && !subject.isEmpty()) {
            List<Value> inError = dev.coroner.analysis.provenance.ValueExtractor.find(failed.text());
            for (Value v : values) {
                // A zero amount, rate or quantity stands in for the answer the failed call never gave (a
                // duty rate of 0 %, a fee of 0,00 €, "0 jour disponible"); a zero the error text itself holds
                // is a restatement instead, unless the failed call served it as a fallback answer.
                // A zero a source gave before the failure (a duty of EUR 0.00 an earlier lookup answered,
                // carried in a brief) is that source's answer, not a stand-in for the failed one.
                if ((v.kind() == ValueKind.AMOUNT || v.kind() == ValueKind.QUANTITY)
                        && v.number().map(n -> n.signum() == 0).orElse(false)
                        && (servedValues || inError.stream().noneMatch(v::sameFact))
                        && map.sourceBefore(v, result.index()).isEmpty()) {
                    return "puts \"" + v.asWritten() + "\" where the failed call's answer belongs";
                }
            }
            // The same in a structured write: 0 under a key that names an amount or a rate.
            String zeroKey = act.tree() == null ? null : ResultQuality.zeroAmountKey(act.tree());
            if (zeroKey == null && act.tree() != null) {
                // Or under a key that measures what the failed tool measures: observed_lag_bytes after
                // replica_lag_bytes timed out.
                zeroKey = zeroMeasureKey(act.tree(), ToolNames.words(result.tool()));
            }
            if (zeroKey != null && (servedValues || !JsonValues.leaves(failedTree(failed)).contains("0"))) {
                return "puts 0 in " + zeroKey + " where the failed call's answer belongs";
            }
            // A default record's zero measure passed on as a measure of the same dimension: "wert_kwh": 0
            // from a record dated 1970 as endzaehlerstand_kwh: 0 on a final bill.
            String carried = servedValues && act.tree() != null ? zeroOfAServedMeasure(act.tree(), failedTree(failed)) : null;
            if (carried != null) {
                return "puts 0 in " + carried + " where the failed call's answer belongs";
            }
        }
        // A failure that answers ("404: order not found") is restated, not taken as an answer it never gave:
        // context.error-carried-forward follows those. The two rules below are for failures that left the
        // question open (a timeout, a 503).
        boolean unanswered = stated.isEmpty();
        // A result with one degenerate field among real ones answered the check (a restocking fee of 0
        // beside the price paid and the refund cap): only its degenerate values, followed above, are suspect.
        boolean checkOpen = quality.kind() == ResultQuality.Kind.ERROR || quality.wholeResultSuspect();
        if (unanswered && checkOpen && act.tool() != null && !ToolNames.reads(act.tool())
                && failure.checked()
                && !subject.isEmpty()
                && (namesTheSubject || namesItsItems(facts, result, distinct.isEmpty() ? subject : distinct, values,
                act.step().index()))) {
            return "acts on what the failed check was about, as if it had passed";
        }
        String negated = unanswered ? negatesTheLookup(act.text(), result.tool(), emptyFields(failedTree(failed),
                quality.wholeResultSuspect())) : null;
        if (negated != null) {
            return "concludes \"" + negated + "\", what the failed call should have returned";
        }
        for (Claims.Claim claim : Claims.find(act.text())) {
            if (!stated.contains(claim.kind()) && !saidByAnAnswer.contains(claim.kind())) {
                return "concludes \"" + claim.asWritten() + "\", which the "
                        + (quality.kind() == ResultQuality.Kind.ERROR ? "failed call" : "degenerate result") + " never said";
            }
        }
        return null;
    }

    /**
     * The first degenerate number of the result that the act passes under the same key (its last name,
     * in any case), as "key: value", or null. Only a field the act holds with the very value the
     * default held: a key reused for a real reading is another value.
     */
    static String carriedDegenerateField(JsonNode act, ResultQuality.Quality quality) {
        for (ResultQuality.DegenerateField field : quality.fields()) {
            String key = JsonValues.lastKey(field.path());
            if (key.isEmpty() || !isNumber(field.value())) {
                continue;
            }
            JsonNode held = fieldNamed(act, key);
            if (held != null && held.isNumber() && held.decimalValue().compareTo(new java.math.BigDecimal(field.value())) == 0) {
                return key + ": " + field.value();
            }
        }
        return null;
    }

    private static boolean isNumber(String text) {
        try {
            new java.math.BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The value under the first field of that name (any case) anywhere in the tree, or null. */
    private static JsonNode fieldNamed(JsonNode node, String key) {
        if (node.isObject()) {
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equalsIgnoreCase(key)) {
                    return f.getValue();
                }
            }
        }
        for (JsonNode child : node) {
            JsonNode found = child.isContainerNode() ? fieldNamed(child, key) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * True when the act names, by an identifier, an item that another call about the failed call's subject
     * returned before it: the snapshots that the listing of a volume gave, deleted after the check of that
     * volume's backup references failed. The act is about the parts of what the failed check was about.
     */
    private static boolean namesItsItems(SessionFacts facts, ToolResult failed, List<Value> subject, List<Value> values,
                                         int before) {
        List<Value> ids = values.stream().filter(v -> v.kind() == ValueKind.IDENTIFIER
                && subject.stream().noneMatch(v::sameFact)).toList();
        if (ids.isEmpty()) {
            return false;
        }
        ProvenanceMap map = facts.provenance();
        for (Value id : ids) {
            var source = map.sourceBefore(id, before);
            if (source.isPresent() && source.get().step() != failed.index()
                    && facts.session().step(source.get().step()) instanceof ToolResult listing
                    && !listing.flaggedError() && !map.quality(listing).failed()
                    && subject.stream().anyMatch(namedBy(facts, listing))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the failed call was a check whatever its tool is named: its arguments hold a query that
     * only reads (psql_exec with "SELECT … FROM pg_stat_activity").
     */
    static boolean readOnlyQuery(JsonNode arguments) {
        return JsonValues.leaves(arguments).stream().anyMatch(leaf -> READ_QUERY.pattern().matcher(leaf).matches());
    }

    /**
     * The names of a result's fields that hold nothing: null, "", [] or {}; and, in a record stamped as a
     * default (a fallback source, an epoch date), the fields that count 0: a default's zero counted
     * nothing ("evaluations": 0 beside "last_evaluated_at": 1970-01-01).
     */
    static List<String> emptyFields(JsonNode tree, boolean defaultRecord) {
        List<String> out = new ArrayList<>();
        if (tree != null && tree.isObject()) {
            tree.fields().forEachRemaining(f -> {
                JsonNode v = f.getValue();
                if (v.isNull() || v.isTextual() && v.asText().isBlank() || v.isContainerNode() && v.isEmpty()
                        || defaultRecord && v.isNumber() && v.asDouble() == 0) {
                    out.add(f.getKey());
                }
            });
        }
        return out;
    }

    private static JsonNode failedTree(Message failed) {
        JsonNode tree = dev.coroner.trace.TraceJson.tryParse(failed.text());
        return tree == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : tree;
    }

    /**
     * The negation in an act of what the failed call was to return, or null: "no references found"
     * after find_references failed, "keine relevanten Wechselwirkungen" after wechselwirkungen_pruefen
     * failed, "ningún vuelo ni pasajero" after a booking lookup answered from a cache with
     * {@code "pasajeros": [], "segmentos": []}. The negated words must share a stem with the tool's name
     * or with a field the degenerate result left empty.
     */
    static String negatesTheLookup(String act, String tool, List<String> emptyFields) {
        // Tool and field names are written without accents ("listar_contestacoes"), the act with them
        // ("contestações"): both are compared with their accents taken off.
        // Words are compared without the vowel that ends a Romance noun's number ("allergia" in the act,
        // "fse_allergie" the tool), as well as by ContentWords' stems.
        java.util.Set<String> toolWords = new java.util.HashSet<>(numberless(ContentWords.of(unaccented(String.join(" ",
                ToolNames.words(tool))))));
        emptyFields.forEach(f -> toolWords.addAll(numberless(ContentWords.of(unaccented(String.join(" ", ToolNames.words(f)))))));
        java.util.regex.Matcher m = NEGATION.pattern().matcher(act);
        // Negations may overlap ("no tiene ningún vuelo"): each search starts inside the last one's words.
        for (int from = 0; from < act.length() && m.find(from); from = m.start(1)) {
            if (!ContentWords.shared(numberless(ContentWords.of(unaccented(m.group(1)))), toolWords).isEmpty()) {
                return m.group().strip();
            }
        }
        return null;
    }

    /** Stems of six letters or more without the vowel that ends a Romance noun: allergia, allergie as allergi. */
    private static List<String> numberless(java.util.Collection<String> stems) {
        return stems.stream().map(w -> w.length() >= 6 && "aeio".indexOf(w.charAt(w.length() - 1)) >= 0
                ? w.substring(0, w.length() - 1) : w).toList();
    }

    private static String unaccented(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** True when the sentence of the act that restates the value calls it a stand-in ({@link #PLACEHOLDER_WORDS}). */
    private static boolean namedAsPlaceholder(String act, Value value) {
        int at = value.start() >= 0 && value.start() < act.length() ? value.start() : act.indexOf(value.asWritten());
        if (at < 0) {
            return false;
        }
        int from = Math.max(Math.max(act.lastIndexOf(". ", at), act.lastIndexOf('\n', at)), -1) + 1;
        int to = act.indexOf(". ", at);
        String sentence = act.substring(from, to < 0 ? act.length() : to);
        return PLACEHOLDER_WORDS.pattern().matcher(sentence).find();
    }

    /** True when the act tells about the failure: it admits it, or names the failure's status code. */
    static boolean acknowledges(String act, String failure) {
        if (Claims.admitsFailure(act)) {
            return true;
        }
        java.util.regex.Matcher codes = STATUS_CODE.pattern().matcher(failure);
        while (codes.find()) {
            if (java.util.regex.Pattern.compile("(?<!\\d)" + codes.group() + "(?!\\d)").matcher(act).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean stated(Value v, List<Value> subject) {
        return subject.stream().anyMatch(v::sameFact);
    }

    /** Consequential acts after the result: answers, tool calls other than a retry, state writes. */
    private static List<Act> acts(SessionFacts facts, ToolResult result) {
        Session session = facts.session();
        List<Act> out = new ArrayList<>();
        Set<String> seenCalls = new java.util.HashSet<>();
        for (Step step : session.steps().subList(result.index() + 1, session.steps().size())) {
            if (step instanceof ModelCall call && call.output().isPresent()) {
                Message out1 = session.message(call.output().getAsInt());
                // Text that comes with a retry of the failed tool narrates the retry ("the search timed
                // out, retrying"); it concludes nothing.
                boolean retrying = out1.toolCalls().stream().anyMatch(i -> i.name().equals(result.tool()));
                if (!out1.text().isBlank() && !retrying) {
                    out.add(new Act(step, "answer", out1.text(), null, null));
                }
                for (ToolInvocation invocation : out1.toolCalls()) {
                    if (!invocation.name().equals(result.tool()) && seenCalls.add(invocation.id().isEmpty()
                            ? invocation.name() + JsonValues.canonical(invocation.arguments()) : invocation.id())) {
                        out.add(new Act(step, "call of " + invocation.name(), JsonValues.text(invocation.arguments()),
                                invocation.name(), invocation.arguments()));
                    }
                }
            } else if (step instanceof ToolCall call && !call.tool().equals(result.tool())
                    && seenCalls.add(call.callId().isEmpty() ? call.tool() + JsonValues.canonical(call.arguments()) : call.callId())) {
                out.add(new Act(step, "call of " + call.tool(), JsonValues.text(call.arguments()), call.tool(),
                        call.arguments()));
            } else if (step instanceof StateSnapshot snapshot) {
                out.add(new Act(step, "state write", JsonValues.text(snapshot.state()), null, snapshot.state()));
            }
        }
        return out;
    }

    /**
     * What the same tool was successfully asked about around the failure (other items of the same
     * batch): an act that names one of them and not the failed subject is about that item.
     */
    private static List<Value> answered(SessionFacts facts, ToolResult failed, int before) {
        List<Value> out = new ArrayList<>();
        ProvenanceMap map = facts.provenance();
        for (Step step : facts.session().steps().subList(0, before)) {
            // An answer of nothing ("items": []) answered for its own item as well.
            if (step instanceof ToolResult other && other != failed && other.tool().equals(failed.tool())
                    && !other.flaggedError() && gaveAnAnswer(map.quality(other))) {
                for (Value v : dev.coroner.analysis.provenance.ValueExtractor.find(JsonValues.text(facts.argumentsFor(other)))) {
                    if (distinctive(v)) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The conclusions that a successful result before the act, of a call about the same subject as the
     * failed one, stated itself: a fee lookup that answered "Pix between individuals is free" before the
     * transfer whose receipt holds a fee of 0. A conclusion with that source does not rest on the failure.
     */
    private static Set<Claims.Kind> saidByAnAnswer(SessionFacts facts, ToolResult failed, List<Value> subject, int before) {
        Set<Claims.Kind> out = EnumSet.noneOf(Claims.Kind.class);
        ProvenanceMap map = facts.provenance();
        for (Step step : facts.session().steps().subList(0, before)) {
            if (!(step instanceof ToolResult other) || other == failed || other.flaggedError()
                    || map.quality(other).failed()) {
                continue;
            }
            if (!subject.isEmpty() && subject.stream().noneMatch(namedBy(facts, other))) {
                continue;
            }
            Claims.find(facts.session().message(other.message()).text()).forEach(c -> out.add(c.kind()));
        }
        return out;
    }

    /** True when a result answered: it did not fail, or it failed only in some fields of a real answer. */
    private static boolean gaveAnAnswer(ResultQuality.Quality quality) {
        return !quality.failed() || quality.kind() == ResultQuality.Kind.DEGENERATE && !quality.wholeResultSuspect();
    }

    /** Whether the arguments of a result's call name a value: as the same fact, or as a token of their text. */
    private static java.util.function.Predicate<Value> namedBy(SessionFacts facts, ToolResult result) {
        String argsText = JsonValues.text(facts.argumentsFor(result));
        List<Value> args = dev.coroner.analysis.provenance.ValueExtractor.find(argsText);
        return v -> args.stream().anyMatch(v::sameFact) || Tokens.contains(argsText, v.asWritten());
    }

    /**
     * True when the same tool answered (successfully, possibly with nothing) for the same subject after
     * the failure and before the step.
     */
    private static boolean recovered(SessionFacts facts, ToolResult failed, List<Value> subject, int before) {
        ProvenanceMap map = facts.provenance();
        for (Step step : facts.session().steps().subList(failed.index() + 1, before)) {
            // A retry that answered, even with nothing ("contestacoes": []), answered: none is an answer;
            // so did one whose answer holds a degenerate field beside real ones (a sold-out flight listed
            // at a price of 0 among bookable ones): its degenerate values are followed as its own.
            if (step instanceof ToolResult later && later.tool().equals(failed.tool()) && !later.flaggedError()
                    && gaveAnAnswer(map.quality(later))) {
                if (subject.isEmpty()) {
                    return true;
                }
                // The same subject: every distinctive value of the failed call, not one it shares with a
                // sibling call (the product code of three lots, the account of three invoices). A value
                // the failure names itself is the part that failed (the datasource, the host that timed
                // out): a retry may replace it, as long as the rest of the subject is the same. A call asked
                // for in the same model output as the failed one is its sibling, not a retry (the model had
                // not seen the failure): it answers for the failed call's subject only when it names all of it.
                String failure = facts.session().message(failed.message()).text();
                ModelCall asked = facts.modelCallBefore(failed.index());
                boolean sibling = asked != null && asked == facts.modelCallBefore(later.index());
                List<Value> kept = sibling ? subject
                        : subject.stream().filter(v -> !Tokens.contains(failure, v.asWritten())).toList();
                if ((kept.isEmpty() ? subject : kept).stream().allMatch(namedBy(facts, later))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a failed or degenerate result was, as the finding says it. */
    private static String what(ResultQuality.Quality quality) {
        // What marks the whole record as a default is named first: the fallback source, the failure notice.
        String fields = String.join("; ", quality.fields().stream()
                .sorted(java.util.Comparator.comparing(f -> !f.stampsTheRecord())).limit(FIELDS_SHOWN.value())
                .map(f -> (f.path().isEmpty() ? "" : f.path() + ": ") + f.value() + ", " + f.reason()).toList());
        return quality.kind() != ResultQuality.Kind.ERROR ? "returned a degenerate result (" + fields + ")"
                : quality.wholeResultSuspect() ? "failed and answered from a fallback (" + fields + ")" : "failed";
    }

    private static void report(CheckContext context, ToolResult result, String what, String shown, Message failed,
                               List<Act> relied, List<String> reasons) {
        String tool = result.tool().isEmpty() ? "a tool" : result.tool();
        Act first = relied.get(0);
        int more = relied.size() - 1;
        CheckContext.Draft draft = context.at(result, "The call of " + tool + " at step " + result.index() + " " + what
                        + ", and the " + first.label() + " at step " + first.step().index() + " rests on it: "
                        + reasons.get(0) + (more == 0 ? "" : " (and " + more + " later act" + (more == 1 ? "" : "s") + ")"))
                .key(tool + "\n" + failed.text())
                .evidence(shown + " at step " + result.index(), failed.text(), result);
        for (int i = 0; i < Math.min(ACTS_SHOWN.value(), relied.size()); i++) {
            Act act = relied.get(i);
            draft.evidenceExcerpt(act.label() + " at step " + act.step().index() + ": " + reasons.get(i),
                    Excerpts.cut(act.text()), act.step());
        }
        draft.report();
    }
}
