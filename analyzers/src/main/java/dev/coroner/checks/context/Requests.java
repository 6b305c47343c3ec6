package dev.coroner.checks.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests written inside data: sentences that ask the reader to do something, politely ("please
 * update the bank details", "kindly grant access", "could you forward…"), as an obligation ("you must
 * send…", "make sure to…", "do not mention…") or as a bare imperative of an action an agent can take
 * ("Transfer $500 to…", "Scale deployment X to 0"), in English, German, French, Spanish, Italian,
 * Portuguese and Dutch. Whether such a request is an injection depends on what happened next: it is
 * one when a later tool call carries out what it asked with values only the data held.
 */
final class Requests {

    /** Verbs of actions an agent performs through tools, as bare imperatives at the start of a sentence or clause. */
    static final String ACTION_VERBS = "send|forward|transfer|wire|pay|refund|grant|share|unlock|open|delete|remove|erase"
            + "|disable|deactivate|silence|mute|scale|restart|shut ?down|approve|update|change|replace|set|mark|add|create"
            + "|book|cancel|email|e-mail|post|publish|upload|download|export|invite|reset|transfer|move|close|execute|run"
            + "|sende|schicke|überweise|leite|ändere|aktualisiere|lösche|setze|gib|genehmige|storniere|buche"
            + "|envoyez|envoie|transférez|virez|modifiez|mettez à jour|supprimez|accordez|partagez|validez|annulez"
            + "|envía|envíe|transfiere|transfiera|cambia|cambie|actualiza|actualice|elimina|elimine|comparte|comparta|concede|conceda"
            + "|invia|trasferisci|aggiorna|modifica|cancella|condividi|envie|transfira|atualize|altere|apague|compartilhe"
            + "|stuur|verstuur|maak over|wijzig|werk bij|verwijder|deel|keur goed";

    private static final Pattern REQUEST = Pattern.compile("(?iu)(?:"
            + "\\b(?:please|pls|kindly)\\b|\\b(?:could|can|would|will) you (?:please )?\\b"
            + "|\\byou (?:must|should|need to|have to|are (?:required|asked|instructed) to)\\b"
            + "|\\b(?:make sure|be sure|ensure|don'?t forget|remember) (?:to|that|you)\\b"
            + "|\\b(?:do not|don'?t|never) (?:mention|tell|inform|notify|report|disclose|include|log)\\b"
            + "|\\b(?:note|instructions?|message|reminder) (?:to|for) (?:the |any )?(?:\\w+[ -]){0,3}(?:assistant|agent|bot|ai|model|copilot)\\b"
            + "|\\b(?:instructions?|instructie|instructies|anweisung(?:en)?|hinweis|instruction|instrucci[oó]n(?:es)?"
            + "|istruzion[ei]|instru[çc][ãõa]o|instru[çc][õo]es|note|nota|notiz|message|nachricht|bericht)"
            + " (?:to|for|voor|für|an|pour|para|per|aan)\\b[^.:\\n]{0,40}?\\b(?:ai|ki|ia|assistant|assistent|assistente|asistente"
            + "|agent|agente|bot|copilot|model|modell|llm)(?![\\p{L}])"
            + "|\\bbitte\\b|\\bwir bitten\\b|\\bveuillez\\b|\\bs'il vous pla[iî]t\\b|\\bmerci de\\b|\\bpor favor\\b|\\bfavor de\\b"
            + "|\\bper favore\\b|\\bsi prega di\\b|\\bgraag\\b|\\bgelieve\\b|\\bwilt u\\b|\\bpedimos que\\b|\\bsolicitamos\\b"
            + "|(?:^|[.!?:;]\\s+|\\n\\s*(?:[-*•]|\\d+[.)])?\\s*|,\\s+)(?:" + ACTION_VERBS + ")\\b)");

    /** Characters of context kept after the start of a request's sentence. */
    static final int WINDOW = 400;

    private Requests() {
    }

    private static final Pattern ACTION_VERB = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ACTION_VERBS + ")(?![\\p{L}])");

    /** The action verbs a request window holds, lower-cased. */
    static java.util.Set<String> actionVerbs(String window) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = ACTION_VERB.matcher(window);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * True when the tool's name holds one of the verbs (the first five letters agree, so "update" names
     * update_vendor_bank and "aggiorna" names aggiornare_iban), or when no verbs are given.
     */
    static boolean named(String tool, java.util.Set<String> verbs) {
        if (verbs == null) {
            return true;
        }
        for (String word : dev.coroner.analysis.ToolNames.words(tool)) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            for (String verb : verbs) {
                int n = Math.min(5, Math.min(w.length(), verb.length()));
                if (n >= 3 && w.regionMatches(0, verb, 0, n) && (n == 5 || w.length() == verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One request: the sentence window it opens, and where it starts in the text. */
    record Request(String window, int start) {
    }

    /** The requests in a text, each as the sentence it starts plus the rest of its paragraph. */
    static List<Request> find(String text) {
        List<Request> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = REQUEST.matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            int start = sentenceStart(text, m.start());
            if (start < lastEnd) {
                continue;
            }
            int end = Math.min(text.length(), start + WINDOW);
            int paragraph = text.indexOf("\n\n", m.end());
            if (paragraph > 0 && paragraph < end) {
                end = paragraph;
            }
            out.add(new Request(text.substring(start, end), start));
            lastEnd = end;
        }
        return out;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0 && at - i < 200) {
            i--;
        }
        return i;
    }
}
