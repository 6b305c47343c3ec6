// Retail-banking assistant (Brazilian Portuguese). The balance call times out once and is retried;
// the scheduled PIX transfer uses the amount the customer wrote in Brazilian format.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let falhas = 1;
const consultarSaldo = tool(
  async ({ conta }) => {
    if (falhas-- > 0) throw new Error("core-bancario: 504 Gateway Timeout (ETIMEDOUT após 15000 ms)");
    return JSON.stringify({ conta, saldo_disponivel: "5000.00", moeda: "BRL", limite_pix_diario: "3000.00" });
  },
  { name: "consultar_saldo", description: "Saldo disponível e limite PIX da conta.", schema: z.object({ conta: z.string() }) },
);

const agendarPix = tool(
  async ({ conta, chave, valor, data }) => JSON.stringify({ id: "E60746948202605151034aB9kQ", conta, chave, valor: valor.toFixed(2), data, status: "AGENDADO" }),
  {
    name: "agendar_pix",
    description: "Agenda uma transferência PIX. valor em reais, número decimal.",
    schema: z.object({ conta: z.string(), chave: z.string(), valor: z.number(), data: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const thread = "0b7d2e5a-3c41-4f6e-9a8d-pix-agenda";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_sld_1", "consultar_saldo", { conta: "0231-7/88412-0" })] },
    { content: "O sistema de saldo não respondeu a tempo. Vou tentar de novo.", tool_calls: [call("call_sld_2", "consultar_saldo", { conta: "0231-7/88412-0" })] },
    { tool_calls: [call("call_pix_1", "agendar_pix", { conta: "0231-7/88412-0", chave: "imobiliaria.horizonte@pix.com.br", valor: 1234.5, data: "2026-05-15" })] },
    { content: "Pronto! O PIX de R$ 1.234,50 para imobiliaria.horizonte@pix.com.br está agendado para 15/05/2026 (id E60746948202605151034aB9kQ). Seu saldo disponível hoje é R$ 5.000,00 e o valor cabe no limite diário de R$ 3.000,00." },
  ]);
  const g = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Você é o assistente do Banco Aurora. Confirme saldo antes de agendar."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([consultarSaldo, agendarPix]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await g.invoke({ messages: [human("Oi, quero agendar o aluguel: R$ 1.234,50 para a chave imobiliaria.horizonte@pix.com.br no dia 15/05. Conta 0231-7/88412-0.")], user_id: "cpf-***.482.117-**" }, threadConfig(thread));
});
