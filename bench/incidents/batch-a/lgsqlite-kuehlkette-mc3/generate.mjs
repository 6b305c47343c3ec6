// Kühlketten-Disposition: an intake agent takes the order, then hands it to a dispatch subgraph
// that books the truck. The dispatch subgraph only receives the hand-over text the intake node writes.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, HumanMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-HH-2025-0412-07";

const sendungLesen = tool(async ({ sendung }) => JSON.stringify({
  sendung, absender: "Pharmalager Hamburg-Allermöhe", empfaenger: "Apotheke am Markt, Leipzig",
  paletten: 3, gewicht_kg: 412, ware: "Insulin-Pens (Humaninsulin)", lagerklasse: "KÜHL 2–8 °C",
}), {
  name: "sendung_lesen", description: "Liest die Stammdaten einer Sendung.",
  schema: z.object({ sendung: z.string() }),
});

const frachtBuchen = tool(async ({ sendung, fahrzeug, zustellung_bis }) => JSON.stringify({
  buchung: "FB-77120-L", sendung, fahrzeug, zustellung_bis, frachtfuehrer: "Nordtrans Logistik GmbH",
  status: "bestätigt", preis_eur: fahrzeug === "Kühlkoffer" ? 689.0 : 318.5,
}), {
  name: "fracht_buchen", description: "Bucht einen Lkw für eine Sendung.",
  schema: z.object({ sendung: z.string(), fahrzeug: z.enum(["Plane", "Koffer", "Kühlkoffer"]), zustellung_bis: z.string() }),
});

const intakeModel = new ScriptedChatModel("annahme", [
  { tool_calls: [call("toolu_01Hq7sendung", "sendung_lesen", { sendung: "SND-44817" })] },
  { content: "Verstanden: SND-44817, 3 Paletten Insulin, 412 kg, Hamburg → Leipzig. Kühltransport durchgehend 2–8 °C mit Temperaturschreiber, Zustellung spätestens Donnerstag, 17.04., 10:00 Uhr. Ich gebe das an die Disposition weiter." },
]);

const dispoModel = new ScriptedChatModel("disposition", [
  { tool_calls: [call("toolu_01Xb9fracht", "fracht_buchen", { sendung: "SND-44817", fahrzeug: "Plane", zustellung_bis: "2025-04-17T18:00:00+02:00" })] },
  { content: "Gebucht: FB-77120-L, Planen-Lkw von Nordtrans, Zustellung bis Do 17.04. 18:00, 318,50 €." },
]);

const dispo = new StateGraph(MessagesAnnotation)
  .addNode("disponent", async (s) => ({ messages: [await dispoModel.invoke([new SystemMessage("Du bist Disponent. Buche den günstigsten passenden Lkw."), ...s.messages])] }))
  .addNode("werkzeuge", new ToolNode([frachtBuchen]))
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", toolsCondition, { tools: "werkzeuge", [END]: END })
  .addEdge("werkzeuge", "disponent")
  .compile();

const State = Annotation.Root({ ...MessagesAnnotation.spec, kunde: Annotation(), auftrag: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("annahme", async (s) => ({ messages: [await intakeModel.invoke([new SystemMessage("Du nimmst Transportaufträge an."), ...s.messages])] }))
    .addNode("stammdaten", new ToolNode([sendungLesen]))
    .addNode("uebergabe", async (s) => {
      const text = `Auftrag ${s.auftrag}: Transport Sendung SND-44817 von Hamburg-Allermöhe nach Leipzig, 3 Paletten, 412 kg. Bitte Lkw buchen.`;
      const out = await dispo.invoke({ messages: [new HumanMessage(text)] });
      const last = out.messages[out.messages.length - 1];
      return { messages: [new HumanMessage({ content: `[Disposition] ${last.content}`, name: "disposition" })] };
    })
    .addEdge(START, "annahme")
    .addConditionalEdges("annahme", toolsCondition, { tools: "stammdaten", [END]: "uebergabe" })
    .addEdge("stammdaten", "annahme")
    .addEdge("uebergabe", END)
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Bitte SND-44817 nach Leipzig bringen. Achtung: Insulin, Kühlkette 2–8 °C darf nicht unterbrochen werden, und die Apotheke braucht die Ware bis Donnerstag 10 Uhr.")],
    kunde: "K-20931", auftrag: "TA-2025-0412-07",
  }, threadConfig(THREAD));
});
