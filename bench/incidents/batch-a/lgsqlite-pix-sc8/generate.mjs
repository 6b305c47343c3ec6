// Bank transfer assistant (Brazilian Portuguese). The first PIX submission times out; the agent
// checks the transaction by its idempotency key, sees it was never settled, and resubmits.
import {
  Annotation, MessagesAnnotation, START, END, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "cx:3318820-0001:2026-05-22T14";
const State = Annotation.Root({ ...MessagesAnnotation.spec, cliente: Annotation() });

let tentativas = 0;
const enviarPix = tool(async ({ chave, valor_brl, id_idempotencia }) => {
  tentativas++;
  if (tentativas === 1) throw new Error("SPI gateway: ETIMEDOUT após 15000 ms (id_idempotencia " + id_idempotencia + ")");
  return JSON.stringify({ e2e_id: "E60701190202605221412s0A9hQ3kLm", chave, valor_brl, status: "LIQUIDADA", liquidada_em: "2026-05-22T14:12:51-03:00" });
}, {
  name: "enviar_pix", description: "Envia um PIX.",
  schema: z.object({ chave: z.string(), valor_brl: z.number(), id_idempotencia: z.string() }),
});

const consultarTransacao = tool(async ({ id_idempotencia }) => JSON.stringify({
  id_idempotencia, status: "NAO_ENCONTRADA", debitos_pendentes: 0, saldo_disponivel_brl: 4210.37,
}), {
  name: "consultar_transacao", description: "Consulta uma transação pelo id de idempotência.",
  schema: z.object({ id_idempotencia: z.string() }),
});

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("fc_7Yt2a", "enviar_pix", { chave: "contato@marcenariaribeiro.com.br", valor_brl: 1850.0, id_idempotencia: "idem-7c1e-40b2" })] },
    { tool_calls: [call("fc_7Yt2b", "consultar_transacao", { id_idempotencia: "idem-7c1e-40b2" })] },
    { tool_calls: [call("fc_7Yt2c", "enviar_pix", { chave: "contato@marcenariaribeiro.com.br", valor_brl: 1850.0, id_idempotencia: "idem-7c1e-40b2" })] },
    { content: "Pronto, Sra. Beatriz! A primeira tentativa expirou sem chegar ao SPI (confirmei que nada foi debitado), e reenviei com a mesma chave de idempotência. O PIX de R$ 1.850,00 para Marcenaria Ribeiro foi liquidado às 14:12. ID da transação: E60701190202605221412s0A9hQ3kLm." },
  ], "gemini-2.0-flash-001");
  const g = new StateGraph(State)
    .addNode("atendente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Você é o assistente do Banco Cerrado. Nunca envie um PIX duas vezes: antes de reenviar, consulte a transação."),
      ...s.messages])] }))
    .addNode("ferramentas", new ToolNode([enviarPix, consultarTransacao]))
    .addEdge(START, "atendente")
    .addConditionalEdges("atendente", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "atendente")
    .compile({ checkpointer: saver });
  await g.invoke({ cliente: "3318820-0001", messages: [human("Oi, preciso pagar R$ 1.850,00 pra Marcenaria Ribeiro pelo armário. A chave PIX é contato@marcenariaribeiro.com.br.")] }, threadConfig(THREAD));
});
