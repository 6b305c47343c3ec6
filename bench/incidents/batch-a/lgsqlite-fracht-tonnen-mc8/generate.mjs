// Freight dispatch assistant (German). An intake node extracts the shipment weight from the
// customer's text into state.gewicht_kg with a plain number parse; "2,4 t" becomes 2.4, and the
// agent books a parcel van for a 2.4-tonne pallet load.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const tarifeAbfragen = tool(
  async ({ gewicht_kg, von_plz, nach_plz }) => {
    const options = [
      { fahrzeug: "Paket-Sprinter", max_kg: 800, preis_eur: 89.0 },
      { fahrzeug: "7,5t-LKW", max_kg: 3000, preis_eur: 412.5 },
      { fahrzeug: "12t-LKW mit Hebebühne", max_kg: 6500, preis_eur: 598.0 },
    ].filter((o) => o.max_kg >= gewicht_kg);
    return JSON.stringify({ von_plz, nach_plz, gewicht_kg, angebote: options });
  },
  { name: "tarife_abfragen", description: "Frachttarife für ein Sendungsgewicht in Kilogramm abfragen.",
    schema: z.object({ gewicht_kg: z.number(), von_plz: z.string(), nach_plz: z.string() }) },
);

const auftragAnlegen = tool(
  async ({ fahrzeug, gewicht_kg, abholdatum }) => JSON.stringify({
    auftragsnr: "FA/26/004417", fahrzeug, gewicht_kg, abholdatum, status: "disponiert", preis_eur: 89.0,
  }),
  { name: "frachtauftrag_anlegen", description: "Frachtauftrag verbindlich anlegen.",
    schema: z.object({ fahrzeug: z.string(), gewicht_kg: z.number(), abholdatum: z.string() }) },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  gewicht_kg: Annotation(),
  von_plz: Annotation(),
  nach_plz: Annotation(),
});

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "dispo#2026-04-22#kd-77310";
  const model = new ScriptedChatModel(thread, [
    (m) => ({ tool_calls: [call("tc-1", "tarife_abfragen", { gewicht_kg: Number(m[0].content.match(/Gewicht \(kg\): ([\d.]+)/)[1]), von_plz: "70565", nach_plz: "90411" })] }),
    { content: "Für Ihre Sendung von Stuttgart (70565) nach Nürnberg (90411) ist der Paket-Sprinter mit 89,00 € die günstigste Option. Soll ich ihn für Donnerstag disponieren?" },
    { tool_calls: [call("tc-2", "frachtauftrag_anlegen", { fahrzeug: "Paket-Sprinter", gewicht_kg: 2.4, abholdatum: "2026-04-23" })] },
    { content: "Auftrag FA/26/004417 ist angelegt: Paket-Sprinter, Abholung Donnerstag 23.04., 89,00 € netto." },
  ], "claude-3-5-haiku-20241022");
  const graph = new StateGraph(State)
    .addNode("erfassung", async (s) => {
      const text = lastText(s.messages, "human");
      const w = text.match(/(\d+(?:[.,]\d+)?)\s*(t|kg)\b/i);
      if (!w) return {};
      return { gewicht_kg: parseFloat(w[1].replace(",", ".")), von_plz: "70565", nach_plz: "90411" };
    })
    .addNode("disponent", async (s) => {
      const sys = `Du bist Disponent der Spedition. Sendungsdaten: Gewicht (kg): ${s.gewicht_kg}; von ${s.von_plz} nach ${s.nach_plz}.`;
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("werkzeuge", new ToolNode([tarifeAbfragen, auftragAnlegen]))
    .addEdge(START, "erfassung")
    .addEdge("erfassung", "disponent")
    .addConditionalEdges("disponent", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "disponent")
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Hallo, wir haben 6 Europaletten Fliesen, zusammen 2,4 t, Abholung in 70565 Stuttgart, Lieferung nach 90411 Nürnberg. Was kostet das?")], user_id: "kd-77310" }, threadConfig(thread));
  await graph.invoke({ messages: [human("Ja, bitte für Donnerstag buchen.")] }, threadConfig(thread));
});
