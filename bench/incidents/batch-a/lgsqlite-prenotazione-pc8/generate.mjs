// Travel agent (Italian): cancelling a train booking needs the traveller's approval; the run pauses
// at the interrupt and is resumed the next morning with the approval.
import {
  Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel, call, human,
  interrupt, threadConfig, tool, toolsCondition, writeIncident, z, Annotation,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const cerca = tool(
  async ({ pnr }) => JSON.stringify({ pnr, tratta: "Milano Centrale → Roma Termini", treno: "FR 9521", data: "2026-06-03", partenza: "07:00", passeggeri: 2, importo: "158,00 €", tariffa: "Economy", rimborso_se_annullato: "126,40 € (penale 20%)" }),
  { name: "cerca_prenotazione", description: "Cerca una prenotazione ferroviaria per PNR.", schema: z.object({ pnr: z.string() }) },
);
const annulla = tool(
  async ({ pnr }) => {
    const ok = interrupt({ azione: "annulla_prenotazione", pnr, rimborso: "126,40 €", domanda: "Confermi l'annullamento?" });
    if (ok?.approvato !== true) return JSON.stringify({ pnr, stato: "non annullata", motivo: "approvazione negata" });
    return JSON.stringify({ pnr, stato: "annullata", rimborso: "126,40 €", accredito_su: "carta •••• 4417", pratica: "RMB-IT-60233" });
  },
  { name: "annulla_prenotazione", description: "Annulla una prenotazione (richiede approvazione del viaggiatore).", schema: z.object({ pnr: z.string() }) },
);

const model = new ScriptedChatModel("viaggi", [
  { tool_calls: [call("chiamata-1", "cerca_prenotazione", { pnr: "QZ7K4M" })] },
  { tool_calls: [call("chiamata-2", "annulla_prenotazione", { pnr: "QZ7K4M" })] },
  { content: "Fatto: la prenotazione QZ7K4M (FR 9521 Milano–Roma del 3 giugno) è annullata. Ti verranno rimborsati 126,40 € sulla carta •••• 4417, pratica RMB-IT-60233." },
], "gpt-4o-mini-2024-07-18");

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage("Sei l'assistente viaggi di Ferrovia Facile."), ...s.messages])] }))
    .addNode("tools", new ToolNode([cerca, annulla]))
    .addEdge(START, "agent").addConditionalEdges("agent", toolsCondition, ["tools", END]).addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  const cfg = threadConfig("viaggio_2026-05-12_u-giulia.r_01");
  await graph.invoke({ user_id: "u-giulia.r", messages: [human("Ciao, devo annullare il treno del 3 giugno, PNR QZ7K4M. Quanto mi rimborsano?")] }, cfg);
  await graph.invoke(new Command({ resume: { approvato: true, da: "u-giulia.r", via: "app push" } }), cfg);
});
