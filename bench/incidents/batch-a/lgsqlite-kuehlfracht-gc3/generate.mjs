// Dispatch desk of a cold-chain forwarder (German). The dispatcher agent hands a shipment to the
// carrier-booking subgraph by writing a short brief; the subgraph books from that brief only.
import {
  AIMessage, END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-HH-2026-0412";

const Dispo = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  sendung: Annotation(),
});

const angeboteSuchen = tool(
  async ({ von, nach, gewicht_kg, zustellung_bis }) => JSON.stringify({
    von, nach, gewicht_kg, zustellung_bis,
    angebote: [
      { angebot: "ANG-55120", spedition: "Nordlicht Logistik", fahrzeug: "Planen-Transporter 3,5 t", temperaturgefuehrt: false, preis_eur: 212.4, abholung: "2026-04-15T08:00" },
      { angebot: "ANG-55127", spedition: "KühlExpress Nord", fahrzeug: "Kühlkoffer 3,5 t (+2 bis +8 °C)", temperaturgefuehrt: true, preis_eur: 389.0, abholung: "2026-04-15T09:30" },
      { angebot: "ANG-55131", spedition: "Hanse Cargo", fahrzeug: "Kastenwagen", temperaturgefuehrt: false, preis_eur: 248.9, abholung: "2026-04-15T07:00" },
    ],
  }),
  {
    name: "angebote_suchen",
    description: "Sucht Frachtangebote.",
    schema: z.object({ von: z.string(), nach: z.string(), gewicht_kg: z.number(), zustellung_bis: z.string() }),
  },
);

const frachtBuchen = tool(
  async ({ angebot, sendung }) => JSON.stringify({ buchung: "FB-2026-04-0781", angebot, sendung, status: "bestätigt" }),
  {
    name: "fracht_buchen",
    description: "Bucht ein Frachtangebot verbindlich.",
    schema: z.object({ angebot: z.string(), sendung: z.string() }),
  },
);

async function scenario(checkpointer) {
  const dispatcher = new ScriptedChatModel("dispatcher", [
    { content: "Übergabe an Frachtbuchung: Sendung SND-7731, 38 kg (4 Isolierboxen Impfstoffproben), Labor Eppendorf Hamburg → Zentrallabor München-Martinsried, Zustellung bis Fr 17.04.2026 12:00." },
  ], "gpt-4.1-mini");
  const buchung = new ScriptedChatModel("frachtbuchung", [
    { tool_calls: [call("call_ang_01", "angebote_suchen", { von: "Hamburg", nach: "Planegg-Martinsried", gewicht_kg: 38, zustellung_bis: "2026-04-17T12:00" })] },
    { tool_calls: [call("call_fb_01", "fracht_buchen", { angebot: "ANG-55120", sendung: "SND-7731" })] },
    { content: "Gebucht: FB-2026-04-0781 bei Nordlicht Logistik (Planen-Transporter 3,5 t), Abholung Mi 15.04. 08:00, 212,40 €. Günstigstes Angebot mit Zustellung vor der Frist." },
  ], "gpt-4.1-mini");

  const carrier = new StateGraph(MessagesAnnotation)
    .addNode("agent", async (state) => ({
      messages: [await buchung.invoke([new SystemMessage("Du buchst Frachtführer. Wähle das günstigste Angebot, das den Auftrag erfüllt."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([angeboteSuchen, frachtBuchen]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile();

  const graph = new StateGraph(Dispo)
    .addNode("disponent", async (state) => ({
      messages: [await dispatcher.invoke([new SystemMessage("Du bist Disponent. Fasse den Auftrag für die Frachtbuchung zusammen."), ...state.messages])],
      sendung: "SND-7731",
    }))
    .addNode("frachtbuchung", async (state, config) => {
      const brief = state.messages[state.messages.length - 1].content.replace(/^Übergabe an Frachtbuchung: /, "");
      const out = await carrier.invoke({ messages: [human(`Bitte buchen: ${brief}`)] }, config);
      const last = out.messages[out.messages.length - 1];
      return { messages: [new AIMessage({ content: last.content, name: "frachtbuchung" })] };
    })
    .addEdge(START, "disponent")
    .addEdge("disponent", "frachtbuchung")
    .addEdge("frachtbuchung", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hallo, wir brauchen morgen früh eine Abholung: Sendung SND-7731, 4 Isolierboxen mit Impfstoffproben, zusammen 38 kg, vom Labor Eppendorf nach Martinsried. Die Proben müssen durchgehend bei +2 bis +8 °C bleiben, also nur Kühlfahrzeug! Spätestens Freitag 12 Uhr dort.")],
    user_id: "k.brandt@medlab-nord.de",
  }, threadConfig(THREAD));
}

await writeIncident(import.meta.url, scenario);
