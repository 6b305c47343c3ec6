// Spedition Linz: a coordinator agent reads a transport order, then hands the job to a dispatch
// subgraph with a written briefing. Offline: real LangGraph + SqliteSaver, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  AIMessage, SystemMessage, ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-LNZ-2026-06-11-0042";

const auftragLesen = tool(
  async ({ auftrag }) => JSON.stringify({
    auftrag, kunde: "Pharmagroß Steiermark GmbH", ware: "Impfstoffe, 6 Europaletten",
    gewicht_kg: 2280, abholung: { ort: "Linz, Lager 3, Rampe 7", bis: "2026-06-12T14:00+02:00" },
    zustellung: "Graz, Liebenauer Hauptstraße 88", temperatur: "+2 … +8 °C, durchgehend geführt",
    datenlogger: "Pflicht", gefahrgut: false,
  }),
  { name: "auftrag_lesen", description: "Transportauftrag aus dem TMS lesen.", schema: z.object({ auftrag: z.string() }) },
);

const frachtfuehrerSuchen = tool(
  async ({ von, nach, datum, kuehlung }) => JSON.stringify({
    von, nach, datum, angebote: [
      { angebot: "FA-31907", unternehmer: "Huber Transporte", fahrzeug: "Planen-LKW 7,5 t", kuehlung: false, preis_eur: 412 },
      { angebot: "FA-31911", unternehmer: "KühlLogistik Mur", fahrzeug: "Kühlkoffer 12 t, +2…+8 °C, Logger", kuehlung: true, preis_eur: 689 },
    ].filter((a) => !kuehlung || a.kuehlung),
  }),
  {
    name: "frachtfuehrer_suchen", description: "Freie Frachtführer für eine Relation suchen.",
    schema: z.object({ von: z.string(), nach: z.string(), datum: z.string(), kuehlung: z.boolean() }),
  },
);

const frachtBuchen = tool(
  async ({ angebot, auftrag }) => JSON.stringify({ buchung: "BU-0611-7734", angebot, auftrag, status: "bestätigt" }),
  { name: "fracht_buchen", description: "Ein Frachtangebot verbindlich buchen.", schema: z.object({ angebot: z.string(), auftrag: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const coordinatorModel = new ScriptedChatModel("koordination", [
  { tool_calls: [call("call_q8XhV2auftrag", "auftrag_lesen", { auftrag: "LX-4471" })] },
  { content: "Übergabe an Disposition: Auftrag LX-4471, Pharmagroß Steiermark, 6 Europaletten (2.280 kg). "
      + "Abholung Linz Lager 3, Rampe 7, morgen 12.06. bis 14:00. Zustellung Graz, Liebenauer Hauptstraße 88. "
      + "Bitte Frachtführer suchen und buchen." },
], "gpt-4o-2024-08-06");

const dispatchModel = new ScriptedChatModel("disposition", [
  (messages) => ({
    tool_calls: [call("call_R1mfsuche", "frachtfuehrer_suchen", {
      von: "Linz", nach: "Graz", datum: "2026-06-12",
      kuehlung: /°C|kühl/i.test(lastText(messages, "human")),
    })],
  }),
  { tool_calls: [call("call_R1mfbuchen", "fracht_buchen", { angebot: "FA-31907", auftrag: "LX-4471" })] },
  { content: "Gebucht: Huber Transporte, Planen-LKW 7,5 t, Angebot FA-31907 für 412 €, Abholung 12.06. vor 14:00 in Linz. Buchungsnummer BU-0611-7734." },
], "gpt-4o-mini-2024-07-18");

const dispatch = new StateGraph(State)
  .addNode("disponent", async (s) => ({
    messages: [await dispatchModel.invoke([new SystemMessage("Du bist Disponent. Buche den günstigsten passenden Frachtführer."), ...s.messages])],
  }))
  .addNode("werkzeuge", new ToolNode([frachtfuehrerSuchen, frachtBuchen]))
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", toolsCondition, { tools: "werkzeuge", [END]: END })
  .addEdge("werkzeuge", "disponent")
  .compile();

function parentGraph(checkpointer) {
  return new StateGraph(State)
    .addNode("koordinator", async (s) => ({
      messages: [await coordinatorModel.invoke([new SystemMessage("Du koordinierst Transportaufträge und übergibst an die Disposition."), ...s.messages])],
    }))
    .addNode("auftrag_tools", new ToolNode([auftragLesen]))
    .addNode("uebergabe", async (s, config) => {
      const briefing = lastText(s.messages, "ai");
      const out = await dispatch.invoke({ messages: [human(briefing)], user_id: s.user_id }, config);
      const last = out.messages[out.messages.length - 1];
      return { messages: [new AIMessage({ content: last.content, name: "disposition" })] };
    })
    .addEdge(START, "koordinator")
    .addConditionalEdges("koordinator", toolsCondition, { tools: "auftrag_tools", [END]: "uebergabe" })
    .addEdge("auftrag_tools", "koordinator")
    .addEdge("uebergabe", END)
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const g = parentGraph(saver);
  await g.invoke({
    messages: [human("Servus, bitte für Auftrag LX-4471 morgen die Abholung in Linz organisieren – die Ware ist temperaturgeführt.")],
    user_id: "disp.a.moser",
  }, threadConfig(THREAD));
});
