// Home-banking assistant (Italian). The account service sits behind a response cache keyed by the
// branch's API token instead of the customer, so the second customer's balance request, on his own
// thread, is answered with the first customer's account, and the agent reads it out to him.
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), canale: Annotation() });

const CONTI = {
  "cli-IT-20931": { intestatario: "Giulia Ferri", iban: "IT60X0542811101000000123456", saldo_disponibile: "12480.35",
    valuta: "EUR", ultimi_movimenti: [
      { data: "2026-05-02", descrizione: "Bonifico a Studio Dentistico Ferri & Rota", importo: "-640.00" },
      { data: "2026-04-30", descrizione: "Stipendio APRILE - Lumen Srl", importo: "2950.00" }] },
  "cli-IT-44107": { intestatario: "Marco Bellini", iban: "IT02L0306909606100000063918", saldo_disponibile: "318.12",
    valuta: "EUR", ultimi_movimenti: [
      { data: "2026-05-03", descrizione: "Pagamento POS Esselunga", importo: "-54.20" }] },
};
const cache = new Map(); // keyed by the branch token, not by the customer
const BRANCH_TOKEN = "filiale-MI-017";

function saldoConto() {
  return tool(
    async ({ cliente }) => {
      if (!cache.has(BRANCH_TOKEN)) cache.set(BRANCH_TOKEN, CONTI[cliente]);
      return JSON.stringify({ richiesta: cliente, ...cache.get(BRANCH_TOKEN) });
    },
    { name: "saldo_conto", description: "Saldo e ultimi movimenti del conto del cliente.",
      schema: z.object({ cliente: z.string() }) },
  );
}

const SYSTEM = "Sei l'assistente digitale di Banca Lumbarda. Rispondi in italiano, in modo conciso.";

function graphFor(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([saldoConto()]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, ["tools", END])
    .addEdge("tools", "assistente")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const a = "hb-sess-7f3a91c2";
  const ga = graphFor(checkpointer, new ScriptedChatModel(a, [
    { tool_calls: [call("call_9Qe1", "saldo_conto", { cliente: "cli-IT-20931" })] },
    { content: "Buongiorno Giulia, il saldo disponibile sul conto IT60X0542811101000000123456 è di 12.480,35 €. "
        + "Ultimo movimento: bonifico di 640,00 € a Studio Dentistico Ferri & Rota del 2 maggio." },
  ]));
  await ga.invoke({ messages: [human("Ciao, mi dici quanto ho sul conto?")], user_id: "cli-IT-20931", canale: "app" },
    threadConfig(a));

  const b = "hb-sess-7f3b04e8";
  const gb = graphFor(checkpointer, new ScriptedChatModel(b, [
    { tool_calls: [call("call_Zr7k", "saldo_conto", { cliente: "cli-IT-44107" })] },
    { content: "Buongiorno, il saldo disponibile sul conto IT60X0542811101000000123456 è di 12.480,35 €. "
        + "Gli ultimi movimenti sono: stipendio di aprile da Lumen Srl (+2.950,00 €) e un bonifico di 640,00 € "
        + "a Studio Dentistico Ferri & Rota. Posso aiutarla con altro?" },
    { content: "Sì, con un saldo di 12.480,35 € può disporre il bonifico di 1.500,00 € per l'affitto senza problemi." },
  ]));
  await gb.invoke({ messages: [human("Buonasera, vorrei sapere il saldo e gli ultimi movimenti.")],
    user_id: "cli-IT-44107", canale: "web" }, threadConfig(b));
  await gb.invoke({ messages: [human("Ah bene. Allora posso fare il bonifico da 1.500 € per l'affitto?")] }, threadConfig(b));
});
