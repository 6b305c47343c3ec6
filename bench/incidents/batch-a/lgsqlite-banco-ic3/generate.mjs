// Assistente do app de um banco: consulta saldo e paga um boleto para o cliente.
import {
  Annotation, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let tentativas = 0;
const consultarSaldo = tool(async ({ conta }) => {
  tentativas += 1;
  if (tentativas === 1) throw new Error("core-banking gateway: ETIMEDOUT after 8000 ms (saldo indisponível)");
  return JSON.stringify({ conta, saldo_disponivel: 3482.17, moeda: "BRL", atualizado_em: "2025-06-02T09:14:51-03:00" });
}, { name: "consultar_saldo", description: "Saldo disponível da conta", schema: z.object({ conta: z.string() }) });
const pagarBoleto = tool(async ({ conta, linha_digitavel, valor }) => JSON.stringify({
  comprovante: "PG-7731-0602-55810", conta, valor, beneficiario: "CONDOMINIO EDIFICIO IPE AMARELO", status: "LIQUIDADO" }),
{ name: "pagar_boleto", description: "Paga um boleto. valor em reais, número decimal",
  schema: z.object({ conta: z.string(), linha_digitavel: z.string(), valor: z.number() }) });

const LINHA = "34191.79001 01043.510047 91020.150008 1 10470000125000";
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const model = new ScriptedChatModel("banco", [
  { tool_calls: [call("sld-1", "consultar_saldo", { conta: "0341-88213-7" })] },
  { tool_calls: [call("sld-2", "consultar_saldo", { conta: "0341-88213-7" })] },
  { content: "Seu saldo disponível agora é de R$ 3.482,17, suficiente para o boleto do condomínio de R$ 1.250,00. Posso pagar?" },
  { tool_calls: [call("pgt-1", "pagar_boleto", { conta: "0341-88213-7", linha_digitavel: LINHA, valor: 1250.0 })] },
  { content: "Pronto! Boleto do Condomínio Edifício Ipê Amarelo pago: R$ 1.250,00, comprovante PG-7731-0602-55810. Saldo restante aproximado: R$ 2.232,17." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke(s.messages)] }))
    .addNode("ferramentas", new ToolNode([consultarSaldo, pagarBoleto]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "ferramentas", __end__: "__end__" })
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer: saver });
  const cfg = threadConfig("b8d1f0e2-6a4c-4f55-9b1e-2c7d0a93e611");
  await g.invoke({ user_id: "cpf:***.412.087-**", messages: [human(`Oi! Tenho saldo pra pagar o boleto do condomínio de R$ 1.250,00? Linha digitável ${LINHA}`)] }, cfg);
  await g.invoke({ messages: [human("Sim, pode pagar.")] }, cfg);
});
