// Assistenza resi di un e-commerce di arredamento: il servizio ordini risponde 503 al primo tentativo.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let tentativi = 0;
const verificaOrdine = tool(async ({ ordine }) => {
  tentativi += 1;
  if (tentativi === 1) {
    throw new Error("HTTP 503 Service Unavailable: ordini-api.casaluce.it upstream timeout after 8000 ms");
  }
  return JSON.stringify({
    ordine, data_consegna: "2025-03-21", articolo: "Lampada da terra OTTONE 160 cm", sku: "LMP-OT160-BR",
    prezzo: 189.0, valuta: "EUR", reso_entro: "2025-04-20", stato: "consegnato",
  });
}, {
  name: "verifica_ordine", description: "Recupera i dati di un ordine e la scadenza del diritto di reso.",
  schema: z.object({ ordine: z.string() }),
});

const creaReso = tool(async ({ ordine, sku, motivo }) => JSON.stringify({
  reso: "RMA-IT-58213", ordine, sku, motivo, etichetta: "https://resi.casaluce.it/etichette/RMA-IT-58213.pdf",
  rimborso_previsto: 189.0, valuta: "EUR",
}), {
  name: "crea_reso", description: "Apre una pratica di reso e genera l'etichetta di spedizione.",
  schema: z.object({ ordine: z.string(), sku: z.string(), motivo: z.string() }),
});

const model = new ScriptedChatModel("resi", [
  { tool_calls: [call("chiamata-3f01", "verifica_ordine", { ordine: "CL-2025-031977" })] },
  { content: "", tool_calls: [call("chiamata-3f02", "verifica_ordine", { ordine: "CL-2025-031977" })] },
  { tool_calls: [call("chiamata-3f03", "crea_reso", { ordine: "CL-2025-031977", sku: "LMP-OT160-BR", motivo: "paralume incrinato alla consegna" })] },
  { content: "Ho aperto il reso RMA-IT-58213 per la lampada OTTONE (ordine CL-2025-031977, consegnato il 21/03): è ancora nei termini, che scadono il 20/04. L'etichetta è qui: https://resi.casaluce.it/etichette/RMA-IT-58213.pdf. Il rimborso previsto è di 189,00 € a rientro verificato." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const State = Annotation.Root({ ...MessagesAnnotation.spec, cliente: Annotation() });
  const graph = new StateGraph(State)
    .addNode("operatore", async (s) => ({ messages: [await model.invoke([new SystemMessage("Sei l'assistente resi di CasaLuce. Se un servizio non risponde, riprova prima di concludere."), ...s.messages])] }))
    .addNode("strumenti", new ToolNode([verificaOrdine, creaReso]))
    .addEdge(START, "operatore")
    .addConditionalEdges("operatore", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "operatore")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Salve, la lampada dell'ordine CL-2025-031977 è arrivata con il paralume incrinato. Posso ancora renderla?")],
    cliente: "cli_7Qm2Zr",
  }, threadConfig("7c0e4a92-5b1d-4f7e-9a3c-2d8b61f0e455"));
});
