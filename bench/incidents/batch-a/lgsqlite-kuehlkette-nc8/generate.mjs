// Spedition dispatch desk (German): an intake agent talks to the shipper, then hands the booking to
// a carrier-booking subgraph. The hand-over passes a short Auftrag text built by the intake node.
// Run from /work/main: node bench/incidents/batch-a/lgsqlite-kuehlkette-nc8/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  HumanMessage, AIMessage, ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident, promptText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-HH-2026-04-17-0093";

const tarifAbfragen = tool(
  async ({ von, nach, paletten }) => JSON.stringify({
    relation: `${von} → ${nach}`, paletten,
    angebote: [
      { fahrzeug: "Planen-Sattelzug", temperaturfuehrung: null, preis_eur: 1180, frei_ab: "2026-04-22 05:00" },
      { fahrzeug: "Kühlsattelzug", temperaturfuehrung: "+2 bis +8 °C", preis_eur: 1640, frei_ab: "2026-04-22 04:30" },
    ],
  }),
  { name: "tarif_abfragen", description: "Frachtangebote für eine Relation abfragen.",
    schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number() }) },
);

const frachtBuchen = tool(
  async ({ sendung, fahrzeug, ladetermin }) => JSON.stringify({
    buchung: "FB-7781-0422", sendung, fahrzeug, ladetermin, status: "bestätigt", preis_eur: fahrzeug === "Kühlsattelzug" ? 1640 : 1180,
  }),
  { name: "fracht_buchen", description: "Frachtraum verbindlich buchen.",
    schema: z.object({ sendung: z.string(), fahrzeug: z.string(), ladetermin: z.string() }) },
);

const intakeModel = new ScriptedChatModel("intake", [
  { content: "Verstanden: Sendung SND-0093, 14 Europaletten Impfstoff-Zubehör, Hamburg-Billbrook nach München-Riem, "
      + "Abholung am 22.04. ab 05:00, durchgehend gekühlt +2 bis +8 °C. Ich gebe das an die Frachtbuchung weiter." },
]);

const bookingModel = new ScriptedChatModel("buchung", [
  { tool_calls: [call("tc_4f1a", "tarif_abfragen", { von: "Hamburg", nach: "München", paletten: 14 })] },
  (messages) => {
    const kalt = /°C|gekühlt|kühl/i.test(promptText(messages.slice(1)));
    const fz = kalt ? "Kühlsattelzug" : "Planen-Sattelzug";
    return { tool_calls: [call("tc_4f1b", "fracht_buchen", { sendung: "SND-0093", fahrzeug: fz, ladetermin: "2026-04-22 05:00" })] };
  },
  { content: "Gebucht: FB-7781-0422, Planen-Sattelzug, Ladung 22.04. 05:00 in Hamburg, 1.180 EUR." },
]);

const Dispo = Annotation.Root({ ...MessagesAnnotation.spec, kunde: Annotation() });

const buchung = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({
    messages: [await bookingModel.invoke([new SystemMessage("Du buchst Frachtraum für Speditionsaufträge. Günstigstes passendes Angebot wählen."), ...state.messages])],
  }))
  .addNode("tools", new ToolNode([tarifAbfragen, frachtBuchen]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile();

const graph = (checkpointer) => new StateGraph(Dispo)
  .addNode("annahme", async (state) => ({
    messages: [await intakeModel.invoke([new SystemMessage("Du nimmst Speditionsaufträge auf."), ...state.messages])],
  }))
  .addNode("frachtbuchung", async (state, config) => {
    // Auftrag für die Buchung: Sendung, Menge, Relation, Termin aus dem Formular des Kunden.
    const auftrag = "Auftrag SND-0093: 14 Europaletten, Hamburg-Billbrook → München-Riem, Ladung 22.04.2026 ab 05:00. Bitte Frachtraum buchen.";
    const out = await buchung.invoke({ messages: [new HumanMessage(auftrag)] }, config);
    const last = out.messages[out.messages.length - 1];
    return { messages: [new AIMessage(String(last.content))] };
  })
  .addEdge(START, "annahme")
  .addEdge("annahme", "frachtbuchung")
  .addEdge("frachtbuchung", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    kunde: "K-20417 Nordpharm Logistik GmbH",
    messages: [human("Moin, wir haben 14 Europaletten Impfstoff-Zubehör (SND-0093) von Hamburg-Billbrook nach München-Riem. "
      + "Abholung 22.04. ab 05:00. Ware muss durchgehend bei +2 bis +8 °C laufen, sonst ist die Charge gesperrt.")],
  }, threadConfig(THREAD));
});
