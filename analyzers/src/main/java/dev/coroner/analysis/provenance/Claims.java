package dev.coroner.analysis.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The negative conclusions an agent states about a thing ("does not exist", "out of stock",
 * "expired", "free") and the admissions that a call failed ("the system is unavailable, try again
 * later"), in English, German, French, Spanish, Italian, Portuguese and Dutch. A conclusion is a
 * fact of the provenance map like a number: its origin is what the agent had when it drew it.
 */
public final class Claims {

    /** What a conclusion says of the thing. */
    public enum Kind {
        NOT_FOUND, OUT_OF_STOCK, EXPIRED, FREE, NOT_ELIGIBLE, NOTHING_FOUND
    }

    /** One conclusion in a text. */
    public record Claim(Kind kind, String asWritten, int start) {
    }

    /** The phrasings of each conclusion. Shown by {@code coroner explain} through the checks that use them. */
    public static final Map<Kind, Pattern> PATTERNS = Map.of(
            Kind.NOT_FOUND, Pattern.compile("(?iu)\\b(?:"
                    + "not (?:be )?found|could ?n[o']t (?:be )?(?:find|found|locate)|can ?n[o']t (?:find|locate)|cannot (?:find|locate)"
                    + "|unable to (?:find|locate)|does ?n[o']t exist|do not exist|does not exist|did ?n[o']t exist|no longer exists?"
                    + "|no such|no record(?:s)? (?:of|for|found)|there (?:is|are) no (?:order|account|booking|reservation|ticket|record|customer|user|shipment|policy|claim|invoice|patient|appointment)s?"
                    + "|is ?n[o']t (?:in|on) (?:our|the) (?:system|records?|file)|not (?:in|on) (?:our|the) (?:system|records?|file)"
                    + "|(?:unknown|invalid|non-?existent) (?:order|account|booking|reservation|ticket|customer|user|id|number|sku|product|shipment|tracking)"
                    + "|(?:was|is|has been|got) lost|lost in transit|nicht auffindbar|unauffindbar|verloren(?:gegangen)?|nicht gefunden|nicht gefunden werden|existiert nicht|existieren nicht|gibt es nicht|nicht vorhanden|unbekannte"
                    + "|no existe|no existen|no se (?:encontró|encontraron|ha encontrado|pudo encontrar)|no encontr(?:é|amos|ado)|inexistente|perdid[oa]|extraviad[oa]|no localizad[oa]"
                    + "|n'existe pas|n'existent pas|introuvable|non trouvée?s?|aucun(?:e)? (?:commande|compte|réservation|dossier|trace)|n'a pas été trouvée?|perdue?|égarée?"
                    + "|non esiste|non trovat[oaie]|smarrit[oaie]|não existe|não (?:foi )?encontrad[oa]|bestaat niet|niet gevonden)"),
            Kind.OUT_OF_STOCK, Pattern.compile("(?iu)\\b(?:out of stock|sold out|not in stock|no (?:stock|inventory|availability|seats|rooms|units)"
                    + "|none (?:left|available|in stock)|fully booked|unavailable for (?:order|purchase)|currently unavailable|no longer available"
                    + "|nicht (?:mehr )?(?:auf lager|vorrätig|lieferbar|verfügbar)|ausverkauft|ausgebucht|agotad[oa]s?|sin (?:stock|existencias|disponibilidad)"
                    + "|no hay (?:stock|disponibilidad|existencias)|en rupture(?: de stock)?|épuisée?s?|complète?s?|complets|plus disponible|esaurit[oa]"
                    + "|non disponibile|esgotad[oa]|indisponível|uitverkocht|niet op voorraad)"),
            Kind.EXPIRED, Pattern.compile("(?iu)\\b(?:expired|has lapsed|lapsed|no longer valid|is ?n[o']t valid any ?more|past (?:the|its) (?:expiry|expiration|return|warranty|validity)"
                    + "|(?:warranty|coverage|subscription|policy|license|licence|voucher|coupon|passport|visa|card) (?:has |have )?ended"
                    + "|abgelaufen|nicht mehr gültig|caducad[oa]|vencid[oa]|expir(?:ó|ado|ada)|ya no es válid[oa]|expiré(?:e)?|n'est plus valide"
                    + "|scadut[oa]|expirad[oa]|verlopen)"),
            Kind.FREE, Pattern.compile("(?iu)(?:\\bfree of charge\\b|\\bfor free\\b|\\bis free\\b|\\bare free\\b|\\bno charge\\b|\\bat no (?:extra )?cost\\b|\\bcosts? nothing\\b"
                    + "|\\bno cost\\b|\\bcomplimentary\\b|\\bnothing to pay\\b|\\bkostenlos\\b|\\bgratis\\b|\\bumsonst\\b|\\bkostenfrei\\b|\\bgratuit[oa]?s?\\b"
                    + "|\\bsin (?:costo|coste|cargo)\\b|\\bgratuite?s?\\b|\\bsans frais\\b|\\bsem custo\\b|\\bsenza costi\\b"
                    + "|(?<![\\d.,])[$€£]\\s?0(?:[.,]00?)?(?![\\d.,])|(?<![\\d.,])0(?:[.,]00?)?\\s?(?:€|EUR|USD|GBP|dollars|euros)\\b)"),
            Kind.NOT_ELIGIBLE, Pattern.compile("(?iu)\\b(?:not eligible|ineligible|not (?:be )?covered|not entitled|does ?n[o']t qualify|cannot be refunded"
                    + "|can ?n[o']t be refunded|nicht erstattungsfähig|kein anspruch|nicht berechtigt|no (?:es )?elegible|no tiene derecho"
                    + "|pas éligible|non éligible|non idone[oa]|não é elegível|niet in aanmerking)"),
            // A check that found nothing: no interactions, no findings, nothing to report.
            Kind.NOTHING_FOUND, Pattern.compile("(?iu)\\b(?:no (?:known )?(?:interactions?|contraindications?|findings?|discrepancies"
                    + "|anomalies|vulnerabilities|conflicts?)|no (?:issues?|problems?|errors?|risks?) (?:were |was )?(?:found|detected"
                    + "|identified)|nothing (?:to report|found)|all clear"
                    + "|keine (?:bekannten )?(?:wechselwirkungen|interaktionen|kontraindikationen|auffälligkeiten|befunde|konflikte)"
                    + "|ohne befund|unauffällig|aucune (?:interaction|contre-indication|anomalie)s?|rien à signaler"
                    + "|sin (?:interacciones|contraindicaciones|hallazgos|incidencias|anomalías)|ninguna (?:interacción|contraindicación)"
                    + "|nessuna (?:interazione|controindicazione|anomalia)|nenhuma (?:interação|contraindicação|anomalia)"
                    + "|sem (?:interações|contraindicações|achados)|geen (?:interacties|bijzonderheden|afwijkingen))"));

    /** Admissions that a call failed: a text with one of these tells the user the truth about the failure. */
    public static final Pattern ADMITS_FAILURE = Pattern.compile("(?iu)\\b(?:"
            + "(?:could ?n[o']t|can ?n[o']t|cannot|was ?n[o']t able to|were ?n[o']t able to|unable to|failed to) (?:reach|connect|access|load|retrieve|fetch|check|verify|confirm|look ?up|complete|process|contact|query|get)"
            + "|temporar(?:y|ily)|technical (?:issue|problem|difficult(?:y|ies)|error)|(?:system|service|server|database|api|lookup|tool|backend) (?:is |was |seems |appears )?(?:down|unavailable|unreachable|not responding|failing|having (?:issues|problems))"
            + "|an? error|errors? (?:occurred|happened)|error(?:es)? (?:de|del|en|al)|no respond(?:ió|e)|(?:ha )?fallado|falló"
            + "|timed? ?out|time-?out|outage|try again(?: later)?|please retry|retry later|later today|in a (?:few|little) (?:minutes|while)"
            + "|technische[rn]? (?:problem|störung|fehler)|vorübergehend|fehler|später (?:erneut|noch einmal|nochmal)|nicht erreichbar|zeitüberschreitung"
            + "|temporalmente|problema técnico|error técnico|más tarde|no (?:pude|pudimos) (?:acceder|conectar|consultar|verificar)|fallo del sistema"
            + "|temporairement|problème technique|erreur|plus tard|indisponible momentanément|impossible d'accéder|impossible de (?:vérifier|consulter)"
            + "|temporaneamente|problema tecnico|più tardi|temporariamente|mais tarde|tijdelijk|later opnieuw)");

    private Claims() {
    }

    /** The conclusions in a text, in order. */
    public static List<Claim> find(String text) {
        List<Claim> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (Kind kind : Kind.values()) {
            Matcher m = PATTERNS.get(kind).matcher(text);
            while (m.find()) {
                if (m.end() < text.length() && Character.isLetter(text.charAt(m.end()))) {
                    continue; // "complet" is not "complete"
                }
                if (asked(text, m.start(), m.end())) {
                    continue; // "checking whether anything was lost", "Is it out of stock?"
                }
                out.add(new Claim(kind, m.group(), m.start()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Claim::start));
        return out;
    }

    /** Words that open an indirect question or a condition: what follows them is asked, not concluded. */
    static final Pattern ASKED_BEFORE = Pattern.compile("(?iu)\\b(?:whether|if|ob)\\b");

    /**
     * True when a phrase sits in a question (its sentence ends with a question mark) or after a word that
     * opens an indirect question or a condition in its sentence ("whether anything was lost", "ob die
     * Karte abgelaufen ist"): it is asked or supposed, not concluded.
     */
    static boolean asked(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return to < text.length() && text.charAt(to) == '?' || ASKED_BEFORE.matcher(text.substring(from, start)).find();
    }

    /** True when the text tells that a call or system failed. */
    public static boolean admitsFailure(String text) {
        return text != null && ADMITS_FAILURE.matcher(text).find();
    }
}
