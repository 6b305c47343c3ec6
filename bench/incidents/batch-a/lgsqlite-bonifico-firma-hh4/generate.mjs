// Assistente home banking per PMI: LangGraph.js + SqliteSaver, modello scriptato, offline.
// Il bonifico passa da un nodo di approvazione (doppia firma) prima di essere eseguito.
// Run from the repo root: node bench/incidents/batch-a/lgsqlite-bonifico-firma-hh4/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), firma: Annotation() });

const anagrafica = tool(
  async ({ nome }) => JSON.stringify({ nome, beneficiario_id: "BEN-00931", ragione_sociale: "Tipografia Brembana S.r.l.",
    iban: "IT60X0542811101000000123456", ultimo_pagamento: { data: "2026-03-12", importo_eur: 3480.0 } }),
  { name: "cerca_beneficiario", description: "Cerca un beneficiario in rubrica.", schema: z.object({ nome: z.string() }) },
);

const fattura = tool(
  async ({ numero }) => JSON.stringify({ numero, fornitore: "Tipografia Brembana S.r.l.", imponibile_eur: 3120.0, iva_eur: 686.4, totale_eur: 3806.4, scadenza: "2026-05-15" }),
  { name: "leggi_fattura_passiva", description: "Legge una fattura passiva dal cassetto fiscale.", schema: z.object({ numero: z.string() }) },
);

const bonifico = tool(
  async ({ beneficiario_id, importo_eur, causale, data_esecuzione }) => JSON.stringify({
    cro: "0306909606100000061234", beneficiario_id, importo_eur, causale, data_esecuzione, stato: "eseguito" }),
  { name: "disponi_bonifico", description: "Dispone un bonifico SEPA dal conto aziendale.",
    schema: z.object({ beneficiario_id: z.string(), importo_eur: z.number(), causale: z.string(), data_esecuzione: z.string() }) },
);

const thread = "hb-pmi_88214_c7";
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("call_7Hq0", "leggi_fattura_passiva", { numero: "FPR 214/2026" })] },
  { tool_calls: [call("call_7Hq1", "cerca_beneficiario", { nome: "Tipografia Brembana" })] },
  { tool_calls: [call("call_7Hq2", "disponi_bonifico", { beneficiario_id: "BEN-00931", importo_eur: 3806.4,
    causale: "Saldo fattura FPR 214/2026", data_esecuzione: "2026-05-14" })] },
  { content: "Bonifico eseguito: 3.806,40 € a Tipografia Brembana S.r.l. (IBAN IT60 X054 2811 1010 0000 0123 456), causale \"Saldo fattura FPR 214/2026\", "
      + "data esecuzione 14/05/2026, CRO 0306909606100000061234. È stato autorizzato da G. Ferrari come seconda firma." },
], "gpt-4o-2024-11-20");

const graph = new StateGraph(State)
  .addNode("assistente", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("Sei l'assistente di home banking di Banca Valtellinese Digitale per clienti business."), ...s.messages])] }))
  .addNode("seconda_firma", async (s) => {
    const ultima = s.messages[s.messages.length - 1];
    const esito = interrupt({ richiesta: "seconda firma", operazioni: ultima.tool_calls.map((c) => c.args) });
    return { firma: esito };
  })
  .addNode("strumenti", new ToolNode([anagrafica, fattura, bonifico]))
  .addEdge(START, "assistente")
  .addConditionalEdges("assistente", (s) => {
    const calls = s.messages[s.messages.length - 1].tool_calls ?? [];
    if (calls.length === 0) return END;
    return calls.some((c) => c.name === "disponi_bonifico") ? "seconda_firma" : "strumenti";
  }, ["seconda_firma", "strumenti", END])
  .addConditionalEdges("seconda_firma", (s) => (s.firma?.esito === "approvato" ? "strumenti" : END), ["strumenti", END])
  .addEdge("strumenti", "assistente");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await app.invoke({ messages: [human("Paga la fattura FPR 214/2026 della tipografia, con esecuzione il giorno prima della scadenza.")],
    user_id: "pmi88214.lrossi" }, cfg);
  // la seconda firmataria approva dall'app il mattino dopo
  await app.invoke(new Command({ resume: { esito: "approvato", firmatario: "pmi88214.gferrari", otp_verificato: true } }), cfg);
});
