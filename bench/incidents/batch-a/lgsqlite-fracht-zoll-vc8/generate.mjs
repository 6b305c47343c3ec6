// Freight-booking assistant of a German forwarder (LangGraph.js, SQLite checkpointer, scripted model).
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-fracht-zoll-vc8/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  auftrag: Annotation(),
});

const lieferantPalette = tool(async ({ bestellnummer }) => JSON.stringify({
  po: bestellnummer, supplier: "Midwest Crate Co., Dayton OH", pallets: 6,
  pallet: { length: 48, width: 40, height: 52, unit: "in" },
  gross_weight: { value: 2310, unit: "lb" }, ready_date: "2025-03-18",
}), {
  name: "lieferant_palettendaten",
  description: "Liest die Palettendaten einer Bestellung aus dem Lieferantenportal (ASN).",
  schema: z.object({ bestellnummer: z.string() }),
});

const frachtraum = tool(async (a) => JSON.stringify({
  buchung: "FRB-25-0318-7741", status: "bestätigt", lademeter: 2.4, stellplaetze: a.anzahl,
  eingabe: { laenge_cm: a.laenge_cm, breite_cm: a.breite_cm, hoehe_cm: a.hoehe_cm, gewicht_kg: a.gewicht_kg },
  fahrzeug: "Sprinter 3,5 t (Innenmaß 430×175×190 cm)",
}), {
  name: "frachtraum_reservieren",
  description: "Reserviert Laderaum im Sammelgut-Netz. Maße je Palette in Zentimetern, Gesamtgewicht in Kilogramm.",
  schema: z.object({
    auftrag: z.string(), anzahl: z.number().int(), laenge_cm: z.number(), breite_cm: z.number(),
    hoehe_cm: z.number(), gewicht_kg: z.number(), abholdatum: z.string(),
  }),
});

const tools = [lieferantPalette, frachtraum];
const model = new ScriptedChatModel("dispo", [
  { tool_calls: [call("call_pal_01", "lieferant_palettendaten", { bestellnummer: "4500198832" })] },
  { tool_calls: [call("call_frb_02", "frachtraum_reservieren", {
    auftrag: "AU-2025-03-0412", anzahl: 6, laenge_cm: 48, breite_cm: 40, hoehe_cm: 52,
    gewicht_kg: 2310, abholdatum: "2025-03-18" })] },
  { content: "Erledigt: Für Auftrag AU-2025-03-0412 ist Laderaum gebucht (FRB-25-0318-7741), 6 Stellplätze "
      + "à 48 × 40 × 52 cm, 2.310 kg gesamt. Abholung am 18.03. in Dayton, der Sprinter 3,5 t ist bestätigt." },
], "gpt-4o-mini-2024-07-18");

const graph = new StateGraph(State)
  .addNode("disponent", async (s) => ({
    messages: [await model.invoke([new SystemMessage("Du bist Disponent der Spedition Kranz & Söhne."), ...s.messages])],
  }))
  .addNode("tools", new ToolNode(tools))
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", toolsCondition)
  .addEdge("tools", "disponent");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    user_id: "dispo.heinemann@kranz-soehne.de",
    auftrag: "AU-2025-03-0412",
    messages: [human("Bitte für Bestellung 4500198832 (Lieferant in Dayton) Laderaum buchen, Abholung sobald die Ware bereit ist. Auftrag AU-2025-03-0412.")],
  }, threadConfig("kranz/AU-2025-03-0412"));
});
