// Freight dispatch (German): a dispatcher graph takes the customer's order and hands the carrier
// booking to a carrier sub-agent, invoked from the "uebergabe" node with a short brief it writes.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  AIMessage, SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-HH-2026-0417-0093";

const auftragLesen = tool(
  async ({ auftrag }) => JSON.stringify({
    auftrag, kunde: "Frischmarkt Nord GmbH", ware: "Molkereiprodukte (Joghurt, Quark)",
    paletten: 14, gewicht_kg: 9240, von: "Hamburg-Billbrook", nach: "Wien-Inzersdorf",
    abholung: "2026-04-22T14:00+02:00", zustellung_spaetestens: "2026-04-23T06:00+02:00",
    temperatur: "+2 bis +8 °C, Kühlkette durchgehend, Datenlogger Pflicht",
  }),
  { name: "auftrag_lesen", description: "Liest einen Transportauftrag.", schema: z.object({ auftrag: z.string() }) },
);

const frachtfuehrerBuchen = tool(
  async ({ auftrag, fahrzeugtyp, paletten, abholung }) => JSON.stringify({
    buchung: "FB-77K-31902", auftrag, frachtfuehrer: "Spedition Krämer & Söhne", fahrzeugtyp,
    kennzeichen: "PI-KS 418", paletten, abholung, status: "bestätigt", preis_eur: 1385.0,
  }),
  {
    name: "frachtfuehrer_buchen",
    description: "Bucht einen Frachtführer für einen Auftrag.",
    schema: z.object({
      auftrag: z.string(),
      fahrzeugtyp: z.enum(["Planensattel", "Kühlsattel", "Koffer-LKW 7,5t"]),
      paletten: z.number(),
      abholung: z.string(),
    }),
  },
);

const disponentModel = new ScriptedChatModel("disponent", [
  { tool_calls: [call("toolu_01HqZ8dM4", "auftrag_lesen", { auftrag: "LX-88213" })] },
  {
    content: "Auftrag LX-88213 gelesen: 14 Paletten Molkereiprodukte, 9.240 kg, Hamburg-Billbrook → Wien-Inzersdorf, "
      + "Abholung 22.04. 14:00, Zustellung spätestens 23.04. 06:00, durchgehend +2 bis +8 °C mit Datenlogger. "
      + "Ich übergebe die Frachtführerbuchung an die Disposition.",
  },
], "claude-sonnet-4-5");

const frachtModel = new ScriptedChatModel("frachtbuchung", [
  { tool_calls: [call("toolu_01TxW3nB7", "frachtfuehrer_buchen", {
    auftrag: "LX-88213", fahrzeugtyp: "Planensattel", paletten: 14, abholung: "2026-04-22T14:00+02:00" })] },
  { content: "Gebucht: FB-77K-31902, Spedition Krämer & Söhne, Planensattel PI-KS 418, Abholung 22.04. 14:00, 1.385,00 €." },
], "claude-haiku-4-5");

const Dispo = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const frachtGraph = new StateGraph(MessagesAnnotation)
  .addNode("buchung", async (s) => ({
    messages: [await frachtModel.invoke([new SystemMessage("Du buchst Frachtführer für Aufträge."), ...s.messages])],
  }))
  .addNode("werkzeuge", new ToolNode([frachtfuehrerBuchen]))
  .addEdge(START, "buchung")
  .addConditionalEdges("buchung", toolsCondition, { tools: "werkzeuge", [END]: END })
  .addEdge("werkzeuge", "buchung")
  .compile();

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(Dispo)
    .addNode("disponent", async (s) => ({
      messages: [await disponentModel.invoke([new SystemMessage("Du bist Disponent bei einer Spedition."), ...s.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([auftragLesen]))
    .addNode("uebergabe", async (s, config) => {
      const brief = "Bitte Frachtführer buchen: Auftrag LX-88213, 14 Paletten, Hamburg-Billbrook → Wien-Inzersdorf, "
        + "Abholung 22.04.2026 14:00.";
      const out = await frachtGraph.invoke({ messages: [human(brief)] }, config);
      const last = out.messages[out.messages.length - 1];
      return { messages: [new AIMessage({ content: `Disposition meldet: ${last.content}`, name: "frachtbuchung" })] };
    })
    .addNode("antwort", async (s) => ({
      messages: [new AIMessage({ content: "Transport für LX-88213 ist gebucht (FB-77K-31902, Krämer & Söhne, "
        + "Abholung Mi 22.04. 14:00). Die Auftragsbestätigung geht gleich an Frischmarkt Nord raus.", name: "disponent" })],
    }))
    .addEdge(START, "disponent")
    .addConditionalEdges("disponent", toolsCondition, { tools: "werkzeuge", [END]: "uebergabe" })
    .addEdge("werkzeuge", "disponent")
    .addEdge("uebergabe", "antwort")
    .addEdge("antwort", END)
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Moin, bitte LX-88213 für Mittwoch disponieren, ist Kühlware für Frischmarkt Nord.")],
    user_id: "dispo.jansen@nordfracht.de",
  }, threadConfig(THREAD));
});
