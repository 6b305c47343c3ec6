package dev.coroner.analysis.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a tool's name says it does, in the languages the checks read: "find_references",
 * "wechselwirkungen_pruefen" and "verificaScadenza" only read or check; "save_trip_draft" and
 * "profilSpeichern" write a record that "load_trip_draft" and "profilLaden" read back. The verb is the
 * first or the last word of the name (camelCase, snake_case, kebab-case and dotted names alike).
 */
public final class ToolNames {

    /** Verbs of tools that only read or check. */
    public static final Pattern READ = Pattern.compile("(?i)get|read|fetch|list|search|find|lookup|look|query|check"
            + "|verify|validate|view|show|describe|inspect|retrieve|track|consult|consultar|buscar|obtener|leer|verificar"
            + "|comprobar|lesen|abrufen|abfragen|abfrage|ermitteln|nachschlagen|anzeigen|suchen|suche|pruefen|prüfen|lire"
            + "|chercher|recherche|busqueda|búsqueda|ricerca|pesquisa|busca"
            + "|rechercher|verifier|vérifier|consulter|cercare"
            + "|ricercare|leggere|verifica|controlla|controllare|pesquisar|procurar|zoek|zoeken|lees|controleer"
            + "|cerca|trova|leggi|consulta|recupera|inspecter|inspeccionar|ispezionare|ispeziona|inspecionar"
            + "|lister|listar|elencare|elenca|auflisten|afficher|mostrar|mostrare|obtenir|ottenere|obter");
    /** Verbs of tools that write a record. */
    public static final Pattern WRITE = Pattern.compile("(?i)save|store|update|upsert|set|put|write|persist|remember"
            + "|record|create|patch|guardar|actualizar|speichern|aktualisieren|enregistrer|sauvegarder|salvare|aggiornare"
            + "|salvar|atualizar|opslaan|bijwerken|edit|modify|maj|modifier|modificar|modificare|aendern|ändern|alterar"
            + "|wijzigen"
            // to write and to store, in the other six languages: memoire_ecrire, notiz_schreiben
            + "|escribir|almacenar|schreiben|ecrire|écrire|stocker|scrivere|memorizzare|escrever|armazenar|schrijven"
            + "|bewaren"
            // the imperatives tool names use in Italian, Spanish, Portuguese and French: salva_scheda, guarda_ficha
            + "|salva|aggiorna|scrivi|memorizza|guarda|actualiza|escribe|almacena|atualiza|escreve|grava|armazena"
            + "|enregistre|sauvegarde|modifie|ecris|écris|speichere|aktualisiere|schreibe");
    /** Verbs of tools that load a record written earlier. */
    public static final Pattern LOAD = Pattern.compile("(?i)load|get|read|fetch|recall|restore|retrieve|open|resume"
            + "|cargar|obtener|leer|laden|lesen|abrufen|charger|lire|caricare|leggere|carregar|obter|ler|ophalen"
            // to look a record up: consultar_ficha, consulter_dossier, abfragen
            + "|consultar|consulter|consultare|abfragen|opvragen"
            // the imperatives in Italian, Spanish, Portuguese, French and German: carica_scheda, carga_ficha
            + "|carica|leggi|recupera|carga|lee|carrega|lis|récupère|recupere|lade|lies|hole");

    private ToolNames() {
    }

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[_\\-.\\s]+");

    /** The words of a tool name: "saveTripDraft", "save_trip_draft" and "save-trip-draft" are save, trip, draft. */
    public static List<String> words(String tool) {
        List<String> out = new ArrayList<>();
        for (String part : WORD_SEPARATOR.split(CAMEL_CASE.matcher(tool).replaceAll("$1_$2"))) {
            if (!part.isEmpty()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The position of the tool's verb among its words: the first word ("save_draft"), else the last
     * ("profilSpeichern"), else, in a name of three words or more, the second: a name that begins with
     * the service or server owning the tool ("route53_list_records", "github_create_issue"); -1 when
     * none of them is one of {@code verbs}.
     */
    private static int verbAt(List<String> words, Pattern verbs) {
        if (words.isEmpty()) {
            return -1;
        }
        if (verbs.matcher(words.get(0)).matches()) {
            return 0;
        }
        if (words.size() > 1 && verbs.matcher(words.get(words.size() - 1)).matches()) {
            return words.size() - 1;
        }
        return words.size() > 2 && verbs.matcher(words.get(1)).matches() ? 1 : -1;
    }

    /** True when the tool's verb (see {@link #noun}) is one of {@code verbs}. */
    public static boolean is(String tool, Pattern verbs) {
        return verbAt(words(tool), verbs) >= 0;
    }

    /** True when the tool only reads or checks. */
    public static boolean reads(String tool) {
        return is(tool, READ);
    }

    /**
     * The words of a tool name other than its verb and the service before it, when the verb (first,
     * "save_draft"; last, "profilSpeichern"; or second after the service, "crm_save_draft") is one of
     * {@code verbs}; null otherwise.
     */
    public static List<String> noun(String tool, Pattern verbs) {
        List<String> words = words(tool);
        if (words.size() < 2) {
            return null;
        }
        int at = verbAt(words, verbs);
        return at < 0 ? null : at == words.size() - 1 ? words.subList(0, at) : words.subList(at + 1, words.size());
    }
}
