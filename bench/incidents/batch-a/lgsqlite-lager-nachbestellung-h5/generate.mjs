// Lager-Assistent eines Großhändlers (Standort DUS-2): fragt Bestände ab und legt Nachbestellungen an.
// LangGraph.js mit SqliteSaver, Modell gescriptet (offline). Ausführen aus dem Repo-Wurzelverzeichnis:
//   node bench/incidents/batch-a/lgsqlite-lager-nachbestellung-h5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "lager-dus2-8f41c7";

// Datumswerte relativ zum Lauf, damit Bestandsstand und Checkpoint-Zeitstempel zusammenpassen.
const heute = new Date();
const isoTag = (d) => d.toISOString().slice(0, 10);
const standHeute = `${isoTag(heute)}T${String(Math.max(heute.getUTCHours() - 1, 0)).padStart(2, "0")}:52:17.000Z`;
const lieferung = new Date(heute.getTime() + 7 * 86400000);
const lieferDe = `${String(lieferung.getUTCDate()).padStart(2, "0")}.${String(lieferung.getUTCMonth() + 1).padStart(2, "0")}.${lieferung.getUTCFullYear()}`;

// Antworten des Bestandsdienstes, wie sie der Dienst an diesem Vormittag lieferte.
const BESTAND = {
  "ART-30215": {
    artikel: "ART-30215", bezeichnung: "Stretchfolie 500 mm, 23 my", lager: "DUS-2",
    verfuegbar: 1840, reserviert: 260, meldebestand: 600, einheit: "Rolle",
    stand: standHeute, quelle: "wms-primary",
  },
  "ART-44817": {
    artikel: "ART-44817", bezeichnung: "Kantenschutzwinkel 35x35x3, 1200 mm", lager: "DUS-2",
    verfuegbar: 0, reserviert: 0, meldebestand: 120, einheit: "Karton",
    stand: "1970-01-01T00:00:00.000Z", quelle: "cache",
  },
};

const bestandAbfragen = tool(
  async ({ artikel, lager }) => JSON.stringify({ ...BESTAND[artikel], lager }),
  {
    name: "bestand_abfragen",
    description: "Aktuellen Lagerbestand eines Artikels an einem Standort abfragen.",
    schema: z.object({ artikel: z.string(), lager: z.string() }),
  },
);

const offeneBestellungen = tool(
  async ({ artikel, lager }) => JSON.stringify({ artikel, lager, offene_bestellungen: [] }),
  {
    name: "offene_bestellungen",
    description: "Offene Einkaufsbestellungen für einen Artikel und Standort auflisten.",
    schema: z.object({ artikel: z.string(), lager: z.string() }),
  },
);

const nachbestellungAnlegen = tool(
  async ({ artikel, lager, menge, lieferant }) => JSON.stringify({
    bestellnummer: `BE-${heute.getUTCFullYear()}-031144`, artikel, lager, menge, lieferant,
    status: "angelegt", liefertermin: isoTag(lieferung),
  }),
  {
    name: "nachbestellung_anlegen",
    description: "Eine Einkaufsbestellung beim Stammlieferanten anlegen.",
    schema: z.object({ artikel: z.string(), lager: z.string(), menge: z.number().int(), lieferant: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  standort: Annotation(),
});

const SYSTEM = "Du bist der Disposition-Assistent für das Lager DUS-2. Prüfe Bestände mit den Werkzeugen. "
  + "Liegt der verfügbare Bestand unter dem Meldebestand und gibt es keine offene Bestellung, lege eine "
  + "Nachbestellung über die Standardmenge beim Stammlieferanten an.";

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_Q3nW8bLk2Rz", "bestand_abfragen", { artikel: "ART-30215", lager: "DUS-2" })] },
  { content: "ART-30215 (Stretchfolie 500 mm): 1.840 Rollen verfügbar, davon 260 reserviert. "
      + "Der Meldebestand von 600 ist deutlich überschritten, eine Nachbestellung ist nicht nötig." },
  { tool_calls: [call("call_vT7pXe0MfA1", "bestand_abfragen", { artikel: "ART-44817", lager: "DUS-2" })] },
  { tool_calls: [call("call_Jd4sYh9CqNw", "offene_bestellungen", { artikel: "ART-44817", lager: "DUS-2" })] },
  { tool_calls: [call("call_a2LmZr6VuKe", "nachbestellung_anlegen",
      { artikel: "ART-44817", lager: "DUS-2", menge: 480, lieferant: "L-2209" })] },
  { content: "ART-44817 (Kantenschutzwinkel 1200 mm) ist in DUS-2 ausverkauft: 0 Kartons verfügbar bei einem "
      + `Meldebestand von 120, und es war keine Bestellung offen. Ich habe die Bestellung BE-${heute.getUTCFullYear()}-031144 über `
      + `480 Kartons bei L-2209 angelegt, Liefertermin ${lieferDe}.` },
], "gpt-4o-2024-08-06");

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (state) => ({
    messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([bestandAbfragen, offeneBestellungen, nachbestellungAnlegen]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({
    messages: [human("Morgen! Wie sieht es bei der Stretchfolie ART-30215 aus, müssen wir nachbestellen?")],
    user_id: "disp.kowalczyk", standort: "DUS-2",
  }, threadConfig(THREAD));
  await g.invoke({
    messages: [human("Danke. Und die Kantenschutzwinkel ART-44817? Die Packerei meldet, dass es knapp wird. "
      + "Falls nötig bitte direkt bestellen.")],
  }, threadConfig(THREAD));
});
