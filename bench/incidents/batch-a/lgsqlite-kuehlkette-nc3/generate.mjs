// Freight desk (German). Turn 1 runs graph release 2024.11 which keeps the captured shipment in
// channel `sendung`; the service is redeployed before turn 2 and release 2024.12 declares the
// shipment as `shipment` instead, and feeds the model only the latest turn plus that state.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-7f3a9c21";

const angebote = tool(
  async ({ von, nach, paletten, temperaturgefuehrt }) => JSON.stringify({
    anfrage: { von, nach, paletten, temperaturgefuehrt },
    angebote: [
      { angebot_id: "ANG-55102", spediteur: "Krause Logistik", fahrzeug: "Planen-LKW 13,6 m", kuehlung: false, preis_eur: 1180 },
      { angebot_id: "ANG-55107", spediteur: "Nordfrost Transporte", fahrzeug: "Kühlkoffer 2–8 °C", kuehlung: true, preis_eur: 1640 },
      { angebot_id: "ANG-55111", spediteur: "Bayern Kühllogistik", fahrzeug: "Kühlsattel Multi-Temp", kuehlung: true, preis_eur: 1725 },
    ],
  }),
  {
    name: "frachtangebote_suchen",
    description: "Holt Frachtangebote für eine Relation ein.",
    schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number(), temperaturgefuehrt: z.boolean() }),
  },
);

const buchen = tool(
  async ({ angebot_id, auftrag }) => JSON.stringify({ buchung: "BU-2024-118734", angebot_id, auftrag, status: "bestätigt", abholung: "Do 05.12., 07:00–09:00" }),
  {
    name: "spediteur_buchen",
    description: "Bucht ein Frachtangebot verbindlich.",
    schema: z.object({ angebot_id: z.string(), auftrag: z.string() }),
  },
);

// ---------- release 2024.11
const V1 = Annotation.Root({ ...MessagesAnnotation.spec, kunde: Annotation(), sendung: Annotation() });
const modelV1 = new ScriptedChatModel("dispo-v1", [
  { content: "Danke, ist notiert: Auftrag HH-MUC-24117, 6 Paletten ab Hamburg-Billbrook nach München-Freiham, Abholung Donnerstag, durchgehende Kühlkette 2–8 °C. Soll ich direkt den günstigsten passenden Spediteur buchen?" },
]);
function graphV1(checkpointer) {
  return new StateGraph(V1)
    .addNode("erfassen", async () => ({
      sendung: { auftrag: "HH-MUC-24117", von: "Hamburg", nach: "München", paletten: 6, kuehlkette: true, temp_min_c: 2, temp_max_c: 8, abholung: "2024-12-05" },
    }))
    .addNode("agent", async (s) => ({
      messages: [await modelV1.invoke([new SystemMessage(`Disposition. Sendung: ${JSON.stringify(s.sendung)}`), ...s.messages])],
    }))
    .addEdge(START, "erfassen").addEdge("erfassen", "agent").addEdge("agent", END)
    .compile({ checkpointer });
}

// ---------- release 2024.12
const V2 = Annotation.Root({ ...MessagesAnnotation.spec, kunde: Annotation(), shipment: Annotation() });
const modelV2 = new ScriptedChatModel("dispo-v2", [
  { tool_calls: [call("call_fr_01", "frachtangebote_suchen", { von: "Hamburg", nach: "München", paletten: 6, temperaturgefuehrt: false })] },
  { tool_calls: [call("call_fr_02", "spediteur_buchen", { angebot_id: "ANG-55102", auftrag: "HH-MUC-24117" })] },
  { content: "Erledigt: Krause Logistik (Planen-LKW 13,6 m) ist für 1.180 € gebucht, Buchung BU-2024-118734, Abholung Donnerstag 05.12. zwischen 07:00 und 09:00 Uhr." },
], "scripted-chat-2");
function graphV2(checkpointer) {
  return new StateGraph(V2)
    .addNode("agent", async (s) => ({
      messages: [await modelV2.invoke([
        new SystemMessage(`Disposition. Sendung: ${JSON.stringify(s.shipment ?? {})}`),
        ...s.messages.slice(-3),
      ])],
    }))
    .addNode("tools", new ToolNode([angebote, buchen]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const cfg = threadConfig(THREAD);
  await graphV1(saver).invoke({
    kunde: "K-300482",
    messages: [human("Moin, wir haben 6 Paletten Laborreagenzien von Hamburg-Billbrook nach München-Freiham, Abholung diesen Donnerstag. Wichtig: die Ware muss durchgehend bei 2–8 °C bleiben, sonst ist die Charge verloren.")],
  }, cfg);
  await graphV2(saver).invoke({ messages: [human("Ja, bitte den günstigsten nehmen und gleich buchen.")] }, cfg);
});
