// Retail banking (Italian): a customer schedules a transfer; the payments gateway answers 503 on the
// first attempt, the agent retries with the same idempotency key and the second attempt is executed.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sess_IT60X0542811101000000123456_0331";

const saldo = tool(
  async ({ conto }) => JSON.stringify({ conto, saldo_disponibile: "4.812,37", valuta: "EUR", aggiornato: "2026-03-31T09:12:04+02:00" }),
  { name: "saldo_conto", description: "Saldo disponibile del conto.", schema: z.object({ conto: z.string() }) },
);
let tentativi = 0;
const bonifico = tool(
  async ({ conto_addebito, iban_beneficiario, importo_centesimi, causale, chiave_idempotenza }) => {
    tentativi++;
    if (tentativi === 1) {
      throw new Error("HTTP 503 Service Unavailable: gateway SCT temporaneamente non disponibile, riprovare");
    }
    return JSON.stringify({
      esito: "ESEGUITO", cro: "0306912345678901234560", conto_addebito, iban_beneficiario,
      importo_centesimi, causale, chiave_idempotenza, data_valuta: "2026-04-01",
    });
  },
  {
    name: "esegui_bonifico",
    description: "Dispone un bonifico SEPA.",
    schema: z.object({
      conto_addebito: z.string(), iban_beneficiario: z.string(), importo_centesimi: z.number().int(),
      causale: z.string(), chiave_idempotenza: z.string(),
    }),
  },
);

const args = {
  conto_addebito: "IT60X0542811101000000123456", iban_beneficiario: "IT02L1234512345123456789012",
  importo_centesimi: 125000, causale: "Affitto aprile 2026 - via Nizza 14 int. 3", chiave_idempotenza: "bnf-7f3a19c2",
};
const model = new ScriptedChatModel("banca", [
  { tool_calls: [call("call_b01", "saldo_conto", { conto: args.conto_addebito })] },
  { tool_calls: [call("call_b02", "esegui_bonifico", args)] },
  { content: "Il circuito dei bonifici non ha risposto (errore 503). Riprovo con la stessa chiave, così non rischi un doppio addebito.", tool_calls: [call("call_b03", "esegui_bonifico", args)] },
  { content: "Fatto: bonifico di 1.250,00 € a favore di IT02L1234512345123456789012, causale \"Affitto aprile 2026 - via Nizza 14 int. 3\", eseguito con CRO 0306912345678901234560 e data valuta 1° aprile. Il primo tentativo non era andato a buon fine, quindi è stato addebitato una sola volta." },
], "gpt-4o-2024-11-20");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({
      messages: [await model.invoke([new SystemMessage("Sei l'assistente di home banking di Banca Subalpina."), ...s.messages])],
    }))
    .addNode("strumenti", new ToolNode([saldo, bonifico], { handleToolErrors: true }))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "assistente")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Ciao, mi fai il bonifico dell'affitto? 1.250 € a IT02L1234512345123456789012, causale \"Affitto aprile 2026 - via Nizza 14 int. 3\".")],
    user_id: "cli-00981457",
  }, threadConfig(THREAD));
});
