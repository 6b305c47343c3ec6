// Spedition: ein Disponenten-Agent nimmt einen Transportauftrag an und übergibt die Frachtbuchung
// an einen Buchungs-Subgraphen (eigener Namespace im selben Thread). Offline, scripted model.
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, ScriptedChatModel, StateGraph,
  SystemMessage, ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-7f3a91c2";

const AUFTRAEGE = {
  "AV-2026-11873": {
    auftrag: "AV-2026-11873",
    kunde: "Nordpharma Vertrieb GmbH",
    ladung: "Impfstoffe (Influenza, Saison 26/27)",
    paletten: 14,
    gewicht_kg: 3920,
    temperatur: "+2 bis +8 °C, lückenlos aufgezeichnet",
    abholung: { ort: "Hamburg-Billbrook, Rampe 4", zeit: "2026-05-12T06:00" },
    ziel: "München-Freimann, Zentrallager",
  },
};

const auftragAbrufen = tool(
  async ({ auftrag }) => {
    const a = AUFTRAEGE[auftrag];
    if (!a) throw new Error(`Auftrag ${auftrag} unbekannt`);
    return JSON.stringify(a);
  },
  { name: "auftrag_abrufen", description: "Liest einen Transportauftrag aus dem TMS.",
    schema: z.object({ auftrag: z.string() }) },
);

const frachtfuehrerSuchen = tool(
  async ({ von, nach, paletten }) => JSON.stringify({ von, nach, paletten, angebote: [
    { carrier: "Elbtrans KG", fahrzeug: "Planensattel", temperaturgefuehrt: false, preis_eur: 1180 },
    { carrier: "Frigo-Süd Logistik", fahrzeug: "Kühlkoffer-Sattel", temperaturgefuehrt: true, preis_eur: 1745 },
    { carrier: "Hanse Cargo", fahrzeug: "Wechselbrücke", temperaturgefuehrt: false, preis_eur: 1260 },
  ] }),
  { name: "frachtfuehrer_suchen", description: "Angebote von Frachtführern für eine Relation.",
    schema: z.object({ von: z.string(), nach: z.string(), paletten: z.number() }) },
);

const frachtBuchen = tool(
  async ({ auftrag, carrier, fahrzeug, abholung }) => JSON.stringify({
    buchung: "FB-55-20931", auftrag, carrier, fahrzeug, abholung, status: "bestätigt" }),
  { name: "fracht_buchen", description: "Bucht einen Frachtführer verbindlich.",
    schema: z.object({ auftrag: z.string(), carrier: z.string(), fahrzeug: z.string(), abholung: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  // Disponent
  { tool_calls: [call("call_tms_01", "auftrag_abrufen", { auftrag: "AV-2026-11873" })] },
  { content: "AV-2026-11873 liegt vor: 14 Paletten Impfstoffe, 3.920 kg, Abholung 12.05. 06:00 in "
      + "Hamburg-Billbrook, Ziel München-Freimann. Die Ware muss durchgehend bei +2 bis +8 °C gefahren werden. "
      + "Ich gebe die Frachtbuchung jetzt an die Buchung weiter." },
  // Buchungs-Subgraph
  { tool_calls: [call("call_fr_01", "frachtfuehrer_suchen",
      { von: "Hamburg-Billbrook", nach: "München-Freimann", paletten: 14 })] },
  { tool_calls: [call("call_fr_02", "fracht_buchen",
      { auftrag: "AV-2026-11873", carrier: "Elbtrans KG", fahrzeug: "Planensattel", abholung: "2026-05-12T06:00" })] },
  { content: "Gebucht: Elbtrans KG, Planensattel, Abholung 12.05.2026 06:00 Hamburg-Billbrook, 1.180 EUR "
      + "(günstigstes Angebot). Buchungsnummer FB-55-20931." },
]);

const buchung = new StateGraph(MessagesAnnotation)
  .addNode("buchung", async (state) => ({ messages: [await model.invoke([
    new SystemMessage("Du buchst Frachtführer. Wähle das günstigste Angebot, das zum Auftrag passt."),
    ...state.messages])] }))
  .addNode("werkzeuge", new ToolNode([frachtfuehrerSuchen, frachtBuchen]))
  .addEdge(START, "buchung")
  .addConditionalEdges("buchung", toolsCondition, { tools: "werkzeuge", [END]: END })
  .addEdge("werkzeuge", "buchung")
  .compile();

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  auftrag: Annotation(),
  buchung: Annotation(),
});

const graph = new StateGraph(State)
  .addNode("disponent", async (state) => {
    const msg = await model.invoke([
      new SystemMessage("Du bist Disponent. Lies den Auftrag und übergib die Frachtbuchung."), ...state.messages]);
    const out = { messages: [msg] };
    const last = state.messages[state.messages.length - 1];
    if (last?.getType() === "tool" && last.name === "auftrag_abrufen") out.auftrag = JSON.parse(last.content);
    return out;
  })
  .addNode("tms", new ToolNode([auftragAbrufen]))
  .addNode("uebergabe", async (state, config) => {
    const a = state.auftrag;
    const brief = `Bitte Frachtführer buchen. Auftrag ${a.auftrag}, ${a.paletten} Paletten, `
      + `${a.gewicht_kg} kg, Abholung ${a.abholung.ort} am ${a.abholung.zeit}, Ziel ${a.ziel}.`;
    const res = await buchung.invoke({ messages: [new HumanMessage(brief)] }, config);
    const tail = res.messages[res.messages.length - 1];
    const tm = res.messages.find((m) => m.getType() === "tool" && m.name === "fracht_buchen");
    return { messages: [new AIMessage(tail.content)], buchung: tm ? JSON.parse(tm.content) : null };
  })
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", toolsCondition, { tools: "tms", [END]: "uebergabe" })
  .addEdge("tms", "disponent")
  .addEdge("uebergabe", END)
  .compile({ checkpointer: undefined });

await writeIncident(import.meta.url, async (saver) => {
  graph.checkpointer = saver;
  await graph.invoke({
    messages: [human("Moin, bitte AV-2026-11873 disponieren. Kühlkette unbedingt einhalten, das ist Impfstoff.")],
    user_id: "dispo.jkoenig",
  }, threadConfig(THREAD));
});
