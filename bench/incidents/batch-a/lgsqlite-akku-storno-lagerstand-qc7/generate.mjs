// E-Bike-Ersatzteilshop: Kundenservice-Agent (LangGraph.js, SQLite-Checkpointer), Modell gescriptet.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-akku-storno-lagerstand-qc7/generate.mjs
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const BESTELLUNGEN = {
  "B-2026-118834": {
    bestellnummer: "B-2026-118834", kunde: "K-55102", datum: "2026-04-07",
    positionen: [{ artikel: "AKKU-PL500-36V", bezeichnung: "Rahmenakku PowerLine 500 Wh, 36 V", menge: 1, preis_eur: 489.0 }],
    status: "in Kommissionierung", zahlart: "PayPal", bezahlt_eur: 489.0,
  },
};

const bestellungAbrufen = tool(
  async ({ bestellnummer }) => {
    const b = BESTELLUNGEN[bestellnummer];
    if (!b) throw new Error(`Bestellung ${bestellnummer} nicht gefunden`);
    return JSON.stringify(b);
  },
  { name: "bestellung_abrufen", description: "Liest eine Kundenbestellung.", schema: z.object({ bestellnummer: z.string() }) },
);

// Der Bestandsdienst des Lagers Leipzig antwortet, wenn die WMS-Synchronisierung hängt, mit einem
// leeren Datensatz aus seinem Snapshot statt mit einem Fehler.
const lagerbestandPruefen = tool(
  async ({ artikel }) => JSON.stringify({
    artikel, lager: "DE-LEJ-2", verfuegbar: 0, reserviert: 0, zulauf: null, naechster_wareneingang: null,
    stand: "1970-01-01T00:00:00.000Z", quelle: "snapshot",
  }),
  { name: "lagerbestand_pruefen", description: "Aktueller Lagerbestand eines Artikels.", schema: z.object({ artikel: z.string() }) },
);

const bestellungStornieren = tool(
  async ({ bestellnummer, grund }) => JSON.stringify({ bestellnummer, status: "storniert", grund, storno_id: "ST-77310" }),
  {
    name: "bestellung_stornieren", description: "Storniert eine Bestellung.",
    schema: z.object({ bestellnummer: z.string(), grund: z.string() }),
  },
);

const erstattungAnweisen = tool(
  async ({ bestellnummer, betrag_eur }) => JSON.stringify({
    bestellnummer, betrag_eur, zahlart: "PayPal", erstattung_id: "PP-RF-0X93KD2", status: "angewiesen",
  }),
  {
    name: "erstattung_anweisen", description: "Weist eine Erstattung an.",
    schema: z.object({ bestellnummer: z.string(), betrag_eur: z.number() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "Du bist der Kundenservice von VeloTeile24. Antworte freundlich und knapp auf Deutsch. "
  + "Stornierungen und Erstattungen nur nach Zustimmung des Kunden.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "kd-55102-chat-8f3a1c";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_vT3kQm8Lx1", "bestellung_abrufen", { bestellnummer: "B-2026-118834" })] },
    { tool_calls: [call("call_Zr9PwA2cE4", "lagerbestand_pruefen", { artikel: "AKKU-PL500-36V" })] },
    { content: "Ich habe nachgesehen: Ihre Bestellung B-2026-118834 (Rahmenakku PowerLine 500 Wh) steht noch auf "
        + "„in Kommissionierung“. Leider ist der Akku in unserem Lager aktuell nicht mehr vorrätig, und es ist "
        + "auch kein Wareneingang geplant – wir können ihn Ihnen daher nicht liefern. Möchten Sie, dass ich die "
        + "Bestellung storniere und Ihnen die 489,00 € auf Ihr PayPal-Konto erstatte?" },
    { tool_calls: [call("call_H6yNb0sDf7", "bestellung_stornieren",
        { bestellnummer: "B-2026-118834", grund: "Artikel nicht lieferbar (Bestand 0, kein Zulauf)" })] },
    { tool_calls: [call("call_Qe2uJt5Wg8", "erstattung_anweisen", { bestellnummer: "B-2026-118834", betrag_eur: 489.0 })] },
    { content: "Erledigt: Die Bestellung B-2026-118834 ist storniert (Storno ST-77310), und 489,00 € wurden an "
        + "PayPal angewiesen. Die Gutschrift erscheint in der Regel innerhalb von 1–3 Werktagen. "
        + "Es tut mir leid, dass wir den Akku nicht liefern konnten." },
  ]);
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([bestellungAbrufen, lagerbestandPruefen, bestellungStornieren, erstattungAnweisen]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hallo, ich habe am 7.4. einen Akku bestellt (B-2026-118834). Der Status hängt seit Tagen auf "
      + "Kommissionierung. Wann kommt der denn?")],
    user_id: "K-55102",
  }, threadConfig(thread));
  await graph.invoke({
    messages: [human("Echt jetzt? Ärgerlich, ich brauche das Rad für den Arbeitsweg. Na gut, dann stornieren Sie "
      + "bitte und erstatten Sie mir das Geld.")],
  }, threadConfig(thread));
});
