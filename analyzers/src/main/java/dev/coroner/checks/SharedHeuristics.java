package dev.coroner.checks;

import dev.coroner.analysis.facts.ToolNames;
import dev.coroner.finding.Heuristic;
import java.util.regex.Pattern;

/**
 * Heuristics that live in the shared text, fact and provenance code several checks build on, named once
 * so each check that relies on one can list it. The shared code may not know check metadata, so these
 * entries point to the class and constant where the values are kept; each purpose states the rule with
 * its values as that code has them (the tool verbs are read from the live patterns).
 */
public final class SharedHeuristics {

    /** How a tool result is recognised as an error. */
    public static final Heuristic.Shared ERROR_TEXT = new Heuristic.Shared("error-text",
            "A tool result is an error when the source flags it or its text reads as one: an \"Error:\" "
                    + "prefix, an exception or error class name, a Python traceback, an HTTP 4xx/5xx status, or "
                    + "a JSON object whose structure says the call failed; not a log excerpt (two lines or more, "
                    + "each opening with a timestamp), whose errors are what the logged system reported.",
            "dev.coroner.analysis.text.ErrorText");

    /** What counts as an empty tool result. */
    public static final Heuristic.Shared EMPTY_RESULT = new Heuristic.Shared("empty-result",
            "A tool result that is not an error is empty when it is blank or its whole text is [], {}, null, "
                    + "none, undefined, \"\", '', \"no\" and result, results, matches, documents, records, items, "
                    + "entries or hits (\"found\", \"were found\" or \"matched\" may follow), \"0 results\", "
                    + "\"nothing found\", \"nothing matched\", \"keine ergebnisse\", \"keine treffer\", \"sin "
                    + "resultados\", \"ningún resultado\", \"aucun résultat\", \"nessun risultato\", \"nenhum "
                    + "resultado\" or \"geen resultaten\" (any case), or a code executor's reply with nothing printed (\"exitcode: 0 (execution succeeded)\" and an empty \"Code output:\"); or JSON null, an empty list or object, or an "
                    + "object with at least one empty list or object and no list with items, no non-blank text "
                    + "under a key holding result, item, doc, match, hit, record, content, answer, text or data, "
                    + "and no non-zero amount under a money key that is not a count, unless a field carries a default's stamp (a "
                    + "fallback or stale result, an epoch date, NaN or a placeholder).",
            "dev.coroner.analysis.provenance.ResultQuality (EMPTY_TEXT, emptyJson)");

    /** What counts as a degenerate tool result: one that succeeded in form only. */
    public static final Heuristic.Shared DEGENERATE_RESULT = new Heuristic.Shared("degenerate-result",
            "A tool result that is neither an error nor empty is degenerate when a field says it is a fallback "
                    + "or stale result (a key fallback, stale, degraded, partial, is_stale, is_fallback, "
                    + "used_fallback, cache_hit_stale or served_stale set to true, or a source key naming a stale, "
                    + "fallback, default(s), stub, mock, placeholder or offline copy), holds NaN, holds null or 0 "
                    + "under a money key (price, amount, total, cost, fee, balance, premium, salary, rate, fare, "
                    + "charge, subtotal, value_eur, value_usd, tarif, preis, precio, prix, betrag, importe, montant) "
                    + "that is not a count (total, count, total_count, num_, nb_, _count), a rate_limit or an event "
                    + "rate (error, errors, fail, success, hit, miss, retry, retries, drop, loss, churn, bounce, "
                    + "conversion, availability, 5xx, 4xx), holds null or 0 under a date key (date, _at at the end, time, "
                    + "expir, valid_until, until, deadline, since, datum, fecha), holds a zero date (the Unix epoch 1970-01-01, Windows FILETIME 0 1601-01-01, .NET and Go 0001-01-01, SQL Server 1900-01-01, "
                    + "0000-00-00), or holds a placeholder (nan, null, undefined, unknown, tbd, todo, placeholder, "
                    + "lorem ipsum…, xxx or more x, <placeholder>, <value>, <todo>, <tbd>, <insert…>, {{…}}, ${…}); a text "
                    + "result that is only a placeholder is degenerate too. A 0 amount or a null date is not, in an object that "
                    + "explains itself: a reason or note field, a stated outcome that is not a failure, or a text "
                    + "of 3 or more words holding letters that is not a failure notice. A failure notice (a field's text opening with "
                    + "error, failed, failure, timeout, timed out, unavailable, unreachable or exception, or an error "
                    + "message: \"hs_lookup\": \"timeout after 8000ms\") beside a 0 or null amount, also under a key "
                    + "ending in a currency code (duty_eur, kanzei_jpy), or a 0 under a key ending in a rate or a percentage "
                    + "(derecho_pct, duty_rate; not an event rate), marks the whole record as a default, as a "
                    + "fallback source does. So does a 0 under a key of items worked through (a word of it analysed, "
                    + "processed, checked, evaluated, scanned, examined, inspected, compared, verified, reviewed, "
                    + "validated, indexed, or the same past participle in French, Spanish, Portuguese, Italian or "
                    + "German: molecules_analysees, dokumente_geprueft) beside a positive count of the same items (a "
                    + "key sharing another word with it: molecules_demandees) or a count key (total), unless that "
                    + "count is itself of work done; and an otherwise empty result with a text that says it is "
                    + "partial (partial, incomplete, parciales, parciais, parziali, partiels, incompletos, "
                    + "unvollständig, Teilergebnisse), which counts as empty where emptiness is what matters; "
                    + "and a 0 under a key ending in a unit of mass (peso_kg, weight_lb) in a record that gives a "
                    + "positive size under a key ending in cm, mm, m, inch or inches (or inside an object under "
                    + "one: dimensiones_cm): a thing of some size weighs something; and a 0 under a key naming a "
                    + "statistic (p50, p99, percentile, median, mean, avg, average, max, min, and their Spanish, "
                    + "French, German and Italian names) where every count in the record (total, count, samples, "
                    + "requests, data points, events…) is 0: a statistic of nothing is no measurement. Loaded "
                    + "(cargadas, chargées, geladen) counts as work done, and a count named for what was asked or "
                    + "expected (esperadas, requested, erwartet) as what was given; and a latitude and a longitude both 0 (lat, "
                    + "latitude, latitud, breite beside lon, lng, longitude, longitud, länge): the point geocoders answer "
                    + "with when they placed nothing.",
            "dev.coroner.analysis.provenance.ResultQuality (FALLBACK_KEY, FALLBACK_SOURCE, MONEY_KEY, EVENT_RATE, "
                    + "DATE_KEY, EPOCH, PLACEHOLDER, REASON_KEY, REASON_WORDS, WORK_DONE, EXPECTED, PARTIAL, LENGTH_UNIT, STATISTIC, SAMPLE_WORD, LATITUDE, LONGITUDE)");

    /** The negative conclusions an agent states about a thing. */
    public static final Heuristic.Shared NEGATIVE_CONCLUSIONS = new Heuristic.Shared("negative-conclusions",
            "The conclusions an agent states about a thing, in English, German, French, Spanish, Italian, "
                    + "Portuguese and Dutch: not found (\"not found\", \"does not exist\", \"no such\", \"lost in "
                    + "transit\", \"existiert nicht\", \"introuvable\", \"niet gevonden\"), out of stock (\"out of "
                    + "stock\", \"sold out\", \"fully booked\", \"ausverkauft\", \"agotado\", \"uitverkocht\"), "
                    + "expired (\"expired\", \"no longer valid\", \"abgelaufen\", \"scaduto\", \"verlopen\"), free "
                    + "(\"free of charge\", \"no charge\", \"kostenlos\", \"gratis\", \"$0\", \"0 EUR\") and not "
                    + "eligible (\"not eligible\", \"not covered\", \"kein anspruch\", \"niet in aanmerking\") and nothing "
                    + "found by a check (\"no interactions\", \"no issues were found\", \"ohne Befund\", \"keine "
                    + "Wechselwirkungen\", \"sin interacciones\"); a phrase directly followed by a letter is not one, nor one in a question "
                    + "(its sentence ends with a question mark) or after whether, if or ob in its sentence (asked or "
                    + "supposed, not concluded).",
            "dev.coroner.analysis.provenance.Claims.PATTERNS");

    /** How a text admits that a call failed. */
    public static final Heuristic.Shared ADMITS_FAILURE = new Heuristic.Shared("admits-failure",
            "A text admits that a call failed when it says the agent could not, was not able to or failed to "
                    + "reach, connect, access, load, retrieve, fetch, check, verify, confirm, look up, complete, "
                    + "process, contact, query or get; says temporary or temporarily; names a technical issue, "
                    + "problem, difficulty or error; says a system, service, server, database, api, lookup, tool or backend is down, "
                    + "unavailable, unreachable, not responding, failing or having issues or problems; names an "
                    + "error, a timeout or an outage; or asks to try again or retry later, in the same seven "
                    + "languages (\"vorübergehend\", \"problème technique\", \"más tarde\", \"tijdelijk\").",
            "dev.coroner.analysis.provenance.Claims.ADMITS_FAILURE");

    /** The verbs of tools that only read or check. */
    public static final Heuristic.Shared READ_TOOL_VERBS = new Heuristic.Shared("read-tool-verbs",
            "A tool only reads or checks when the first or last word of its name (camelCase, snake_case, "
                    + "kebab-case and dotted names alike), or in a name of three words or more the second, after "
                    + "the service that owns the tool (route53_list_records), is, in any case, one of: " + verbs(ToolNames.READ) + ".",
            "dev.coroner.analysis.facts.ToolNames.READ");

    /** The verbs of tools that write a record. */
    public static final Heuristic.Shared WRITE_TOOL_VERBS = new Heuristic.Shared("write-tool-verbs",
            "A tool writes a record, named by its other words, when the first or last word of its name, or the "
                    + "second after the service that owns the tool (crm_save_note), is, in any case, one of: " + verbs(ToolNames.WRITE) + ".",
            "dev.coroner.analysis.facts.ToolNames.WRITE");

    /** The verbs of tools that load a record written earlier. */
    public static final Heuristic.Shared LOAD_TOOL_VERBS = new Heuristic.Shared("load-tool-verbs",
            "A tool loads a record written earlier, named by its other words, when the first or last word of "
                    + "its name, or the second after the service that owns the tool (crm_get_note), is, in any case, "
                    + "one of: " + verbs(ToolNames.LOAD) + ".",
            "dev.coroner.analysis.facts.ToolNames.LOAD");

    /** What counts as a distinctive identifier in text. */
    public static final Heuristic.Shared IDENTIFIERS = new Heuristic.Shared("identifiers",
            "A distinctive identifier in text is an e-mail address; a phone number (groups of 3, 3 and 4 "
                    + "digits with an optional country code, or '+' and 10 to 14 digits) of at least 10 digits; an "
                    + "IBAN of 15 to 34 characters whose check digits hold or that has its country's length and "
                    + "shape; an account or order id: 2 to 6 upper-case letters, an optional '-' or '_' and at "
                    + "least 4 digits, then more groups of digits or of 2 to 4 upper-case letters (ORD-88231, "
                    + "ECH-2024-2291, CX7781-0452-FR), one upper-case letter and at least 6 digits "
                    + "(A123456780), 3 to 6 space-separated groups of 2 to 5 digits, 9 to 19 digits in all with a "
                    + "group of 3 or more, that are not a number's thousands (532 118 904 00027), or 2 to 8 "
                    + "lower-case letters, '_' and at least 6 letters or digits, 2 of them digits (cus_9f8a7b6c2d); "
                    + "or a token of at least 20 letters, digits, '_' or '-' with a letter and a digit and a "
                    + "Shannon entropy of at least 3.5 bits per character.",
            "dev.coroner.analysis.text.Identifiers (EMAIL, PHONE, IBAN, PREFIXED_ID, SPACED_DIGITS, KEYED_ID, TOKEN, "
                    + "TOKEN_MIN_ENTROPY)");

    /** The one vocabulary of unit spellings. */
    public static final Heuristic.Shared UNIT_WORDS = new Heuristic.Shared("unit-words",
            "The unit a field's name declares at its end (discount_pct, timeout_seconds, ttl_secondes, "
                    + "glucose_mg_dl) or a unit field holds (\"LB\", \"Minuten\"): one vocabulary of unit spellings "
                    + "in seven languages, the one numbers in text are read with, for day, hour, minute, week, "
                    + "month, year, night, %, kg, g, lb, t, wh, kwh, mwh, gwh, km, mile, m, cm, mm, l, ml, mg, µg, "
                    + "mg/dl, g/dl, g/l, mg/l, mmol/l, µmol/l, item, kb, mb, gb, tb, µs, ms, s, a currency's minor unit "
                    + "(cent, centavo, pence), °c and °f; and the Japanese and Chinese units written right after a "
                    + "number (90分, 30秒, 2時間, 3天), and thousands grouped with plain spaces before a unit (5 280 lb).",
            "dev.coroner.analysis.provenance.ValueExtractor.UNITS");

    private SharedHeuristics() {
    }

    /** The alternatives of a case-insensitive verb pattern, as a list: "(?i)get|read" is "get, read". */
    private static String verbs(Pattern pattern) {
        return String.join(", ", pattern.pattern().replaceFirst("^\\(\\?i\\)", "").split("\\|"));
    }
}
