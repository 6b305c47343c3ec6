// Assistente home banking: bonifico a un beneficiario non in rubrica, con approvazione (LangGraph.js, SqliteSaver).
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), esito_sca: Annotation() });

const cercaBeneficiario = tool(
  async ({ nome }) => JSON.stringify({ nome, corrispondenze: [], rubrica_voci: 14 }),
  { name: "cerca_beneficiario", description: "Cerca un beneficiario nella rubrica del cliente.", schema: z.object({ nome: z.string() }) },
);
const bonifico = tool(
  async ({ iban, importo_eur, causale }) => JSON.stringify({ cro: "0306909606-2026041400381", iban, importo_eur, causale, data_esecuzione: "2026-04-14", stato: "eseguito" }),
  { name: "esegui_bonifico", description: "Esegue un bonifico SEPA.", schema: z.object({ iban: z.string(), importo_eur: z.number(), causale: z.string() }) },
);

const model = new ScriptedChatModel("banca", [
  { content: "", tool_calls: [call("bnf-0001", "cerca_beneficiario", { nome: "Studio Dentistico Ferri" })] },
  { content: "Non trovo \"Studio Dentistico Ferri\" tra i beneficiari salvati in rubrica. Mi può indicare l'IBAN riportato sulla fattura? Non procedo senza." },
  { content: "", tool_calls: [call("bnf-0002", "esegui_bonifico", { iban: "IT60X0542811101000000123456", importo_eur: 380, causale: "Saldo fattura 112/2026 Studio Dentistico Ferri" })] },
  { content: "Bonifico eseguito: 380,00 € a IT60X0542811101000000123456, causale \"Saldo fattura 112/2026 Studio Dentistico Ferri\", CRO 0306909606-2026041400381, data esecuzione 14/04/2026." },
], "gemini-2.5-flash");

function routeAfterAgent(s) {
  const last = s.messages[s.messages.length - 1];
  if (!last.tool_calls?.length) return END;
  return last.tool_calls.some((c) => c.name === "esegui_bonifico") ? "conferma_sca" : "strumenti";
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke([new SystemMessage("Sei l'assistente di home banking. Ogni bonifico richiede la conferma del cliente."), ...s.messages])] }))
    .addNode("conferma_sca", async (s) => {
      const last = s.messages[s.messages.length - 1];
      const risposta = interrupt({ tipo: "conferma_bonifico", dettaglio: last.tool_calls[0].args });
      return { esito_sca: risposta };
    })
    .addNode("strumenti", new ToolNode([cercaBeneficiario, bonifico]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", routeAfterAgent, ["conferma_sca", "strumenti", END])
    .addEdge("conferma_sca", "strumenti")
    .addEdge("strumenti", "assistente")
    .compile({ checkpointer });

  const cfg = threadConfig("9c1f6e2a-4b7d-4e0a-8f3c-2d5b7a1e6c90");
  await graph.invoke({
    user_id: "cliente-00481927",
    messages: [human("Devo pagare 380 euro allo Studio Dentistico Ferri, fattura 112/2026. Fai tu il bonifico?")],
  }, cfg);
  await graph.invoke({ messages: [human("L'IBAN è IT60X0542811101000000123456")] }, cfg);
  await graph.invoke(new Command({ resume: { approvato: true, metodo: "push-app", ts: "2026-04-14T09:41:07+02:00" } }), cfg);
});
