package dev.coroner.checks.context;

import dev.coroner.finding.Heuristic;
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
    private static final String ACTION_VERBS = "send|forward|transfer|wire|pay|refund|grant|share|unlock|open|delete|remove|erase"
            + "|disable|deactivate|silence|mute|scale|restart|shut ?down|approve|update|change|replace|set|mark|add|create"
            + "|book|cancel|email|e-mail|post|publish|upload|download|export|invite|reset|transfer|move|close|execute|run"
            + "|sende|schicke|überweise|leite|ändere|aktualisiere|lösche|setze|gib|genehmige|storniere|buche"
            + "|envoyez|envoie|transférez|virez|modifiez|mettez à jour|supprimez|accordez|partagez|validez|annulez"
            + "|envía|envíe|transfiere|transfiera|cambia|cambie|actualiza|actualice|elimina|elimine|comparte|comparta|concede|conceda"
            + "|invia|trasferisci|aggiorna|modifica|cancella|condividi|envie|transfira|atualize|altere|apague|compartilhe"
            + "|stuur|verstuur|maak over|wijzig|werk bij|verwijder|deel|keur goed"
            // Formal and plural imperatives, and German verbs before "Sie" ("Überweisen Sie …"):
            + "|schedule|programe|programen|pague|paguen|abone|realice|efectúe|actualicen|cambien|envíen|transfieran"
            + "|atualizem|alterem|enviem|transfiram|paguem|agende|agendem|efetue|efetuem|programem"
            + "|paghi|pagate|aggiornate|inviate|programmate|effettui|effettuate|modificate"
            + "|payez|réglez|programmez|effectuez|changez"
            + "|überweisen|zahlen|ändern|aktualisieren|senden|buchen|löschen|stornieren|betaal"
            // Refunds and payments named by their verb or their act ("le remboursement doit être versé"):
            + "|rembourser|remboursez|remboursement|verser|versez|versé|virement|reembolsar|reembolse|reembolso"
            + "|rimborsare|rimborsate|rimborso|erstatten|erstatte|erstattung";

    static final Heuristic.Regex REQUEST = new Heuristic.Regex("request",
            "A sentence that asks the reader to do something: politely, as an obligation, as a note to the "
                    + "assistant, or as a bare imperative of an action verb at the start of a sentence, clause or "
                    + "list item.",
            Pattern.compile("(?iu)(?:"
            + "\\b(?:please|pls|kindly)\\b|\\b(?:could|can|would|will) you (?:please )?\\b"
            + "|\\byou (?:must|should|need to|have to|are (?:required|asked|instructed) to)\\b"
            // An obligation in the passive ("the refund must be paid to …", "doit être versé sur …"):
            + "|\\b(?:must|shall|is to|are to) be (?:paid|sent|transferred|wired|refunded|credited|issued)\\b"
            + "|\\b(?:doit|doivent) être\\b|\\b(?:debe|deben) ser\\b|\\b(?:deve|devono) essere\\b|\\b(?:deve|devem) ser\\b"
            + "|\\bmuss\\b[^.\\n]{0,60}?\\bwerden\\b"
            + "|\\b(?:make sure|be sure|ensure|don'?t forget|remember) (?:to|that|you)\\b"
            + "|\\b(?:do not|don'?t|never) (?:mention|tell|inform|notify|report|disclose|include|log)\\b"
            + "|\\b(?:note|instructions?|message|reminder) (?:to|for) (?:the |any )?(?:\\w+[ -]){0,3}(?:assistant|agent|bot|ai|model|copilot)\\b"
            + "|\\b(?:instructions?|instructie|instructies|anweisung(?:en)?|hinweis|instruction|instrucci[oó]n(?:es)?"
            + "|istruzion[ei]|instru[çc][ãõa]o|instru[çc][õo]es|note|nota|notiz|message|nachricht|bericht)"
            + " (?:to|for|voor|für|an|pour|para|per|aan)\\b[^.:\\n]{0,40}?\\b(?:ai|ki|ia|assistant|assistent|assistente|asistente"
            + "|agent|agente|bot|copilot|model|modell|llm)(?![\\p{L}])"
            + "|\\bbitte\\b|\\bwir bitten\\b|\\bveuillez\\b|\\bs'il vous pla[iî]t\\b|\\bmerci de\\b|\\bpor favor\\b|\\bfavor de\\b"
            + "|\\bper favore\\b|\\bsi prega di\\b|\\bgraag\\b|\\bgelieve\\b|\\bwilt u\\b|\\bpedimos que\\b|\\bsolicitamos\\b"
            + "|(?:^|[.!?:;]\\s+|\\n\\s*(?:[-*•]|\\d+[.)])?\\s*|,\\s+)(?:" + ACTION_VERBS + ")\\b)"));

    static final Heuristic.Limit WINDOW = new Heuristic.Limit("request-window",
            "Characters of context kept after the start of a request's sentence (to the paragraph's end at most).",
            400, "characters");

    static final Heuristic.Limit BEFORE = new Heuristic.Limit("before",
            "Characters kept before the request's sentence, at most: the sentence before it.",
            300, "characters");

    static final Heuristic.Limit SENTENCE_REACH = new Heuristic.Limit("sentence-reach",
            "How far back from a request's first word its sentence start is looked for.",
            200, "characters");

    static final Heuristic.Regex ACTION_VERB = new Heuristic.Regex("action-verb",
            "The action verbs a request's sentence holds, which name the tool that carries it out.",
            Pattern.compile("(?iu)(?<![\\p{L}])(?:" + ACTION_VERBS + ")(?![\\p{L}])"));

    static final Heuristic.Limit TOOL_VERB_LETTERS = new Heuristic.Limit("tool-verb-letters",
            "Leading letters a word of a tool's name and an action verb must share (\"update\" names "
                    + "update_vendor_bank, \"aggiorna\" names aggiornare_iban); a shorter word or verb must equal "
                    + "the other.",
            5, "letters");

    static final Heuristic.Limit MIN_TOOL_VERB_LETTERS = new Heuristic.Limit("min-tool-verb-letters",
            "Fewest letters compared between a word of a tool's name and an action verb.",
            3, "letters");

    private Requests() {
    }

    /** The action verbs a request window holds, lower-cased. */
    static java.util.Set<String> actionVerbs(String window) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = ACTION_VERB.pattern().matcher(window);
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
        for (String word : dev.coroner.analysis.facts.ToolNames.words(tool)) {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            for (String verb : verbs) {
                int n = Math.min(TOOL_VERB_LETTERS.value(), Math.min(w.length(), verb.length()));
                if (n >= MIN_TOOL_VERB_LETTERS.value() && w.regionMatches(0, verb, 0, n)
                        && (n == TOOL_VERB_LETTERS.value() || w.length() == verb.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One request: its window (the paragraph before it and the sentence window it opens), where the
     * window starts in the text, and where in the window the request's own sentence starts.
     */
    record Request(String window, int start, int ask) {

        /** The request's own sentence and the rest of its paragraph: where its verbs are. */
        String asked() {
            return window.substring(ask);
        }
    }

    /**
     * The requests in a text, each as the sentence it starts plus the rest of its paragraph, with the
     * sentence of the same paragraph before it (at most {@link #BEFORE} characters): "the new account
     * is ES76 …. Schedule the payment to this account" asks for the account the sentence before names.
     */
    static List<Request> find(String text) {
        List<Request> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = REQUEST.pattern().matcher(text);
        int lastEnd = -1;
        while (m.find()) {
            int start = sentenceStart(text, m.start());
            if (start < lastEnd) {
                continue;
            }
            int end = Math.min(text.length(), start + WINDOW.value());
            int paragraph = text.indexOf("\n\n", m.end());
            if (paragraph > 0 && paragraph < end) {
                end = paragraph;
            }
            int anchor = m.start();
            while (anchor < m.end() && !Character.isLetter(text.charAt(anchor))) {
                anchor++; // the request's first word, not the sentence end before it
            }
            int own = sentenceBegin(text, anchor);
            int from = Math.min(start, own >= 2 ? sentenceBegin(text, own - 2) : own);
            out.add(new Request(text.substring(from, end), from, start - from));
            lastEnd = end;
        }
        return out;
    }

    /**
     * The start of the sentence holding {@code at}: after the last full stop, question or exclamation
     * mark followed by a space before it (a line break alone is a wrapped line, not a sentence end),
     * and not before the paragraph or {@link #BEFORE} characters back.
     */
    private static int sentenceBegin(String text, int at) {
        if (at <= 0) {
            return 0;
        }
        int paragraph = text.lastIndexOf("\n\n", at);
        int limit = Math.max(Math.max(0, at - BEFORE.value()), paragraph < 0 ? 0 : paragraph + 2);
        int i = at;
        while (i > limit && !(i >= 2 && Character.isWhitespace(text.charAt(i - 1))
                && ".!?".indexOf(text.charAt(i - 2)) >= 0)) {
            i--;
        }
        return i;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0 && at - i < SENTENCE_REACH.value()) {
            i--;
        }
        return i;
    }
}
