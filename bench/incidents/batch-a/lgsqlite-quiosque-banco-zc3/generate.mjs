// Bank branch kiosk (Portuguese). One kiosk, one thread: customers identify with their card and the
// kiosk reuses its thread. A "sessao" node clears the previous customer's messages (RemoveMessage)
// whenever the identified customer changes, so the second customer's model calls only see their own
// turn. The first balance lookup times out and is retried successfully.
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let saldoFalhas = 1;
const consultarSaldo = tool(
  async ({ conta }) => {
    if (saldoFalhas-- > 0) throw new Error("core bancário: tempo esgotado (8000 ms) ao consultar conta");
    return JSON.stringify({ conta, titular: "Marina Tavares", saldo_disponivel: 3184.27, moeda: "BRL", em: "2026-04-13T10:02:55-03:00" });
  },
  { name: "consultar_saldo", description: "Saldo disponível de uma conta.", schema: z.object({ conta: z.string() }) },
);

const consultarLimite = tool(
  async ({ cartao_final }) => JSON.stringify({ cartao_final, titular: "Rafael Nogueira", limite_total: 6000, limite_disponivel: 4375.5, moeda: "BRL" }),
  { name: "consultar_limite", description: "Limite do cartão de crédito.", schema: z.object({ cartao_final: z.string() }) },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  sessao_de: Annotation(),
});

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("quiosque", [
    { tool_calls: [call("q7-000114", "consultar_saldo", { conta: "0317/44781-9" })] },
    { tool_calls: [call("q7-000115", "consultar_saldo", { conta: "0317/44781-9" })] },
    { content: "Marina, o saldo disponível da conta 0317/44781-9 é R$ 3.184,27 (consulta às 10:02)." },
    { tool_calls: [call("q7-000116", "consultar_limite", { cartao_final: "8830" })] },
    (messages) => {
      if (messages.some((m) => String(m.content).includes("44781"))) throw new Error("kiosk model saw a previous customer");
      return { content: "Rafael, do limite de R$ 6.000,00 do cartão final 8830 estão disponíveis R$ 4.375,50." };
    },
  ]);
  const graph = new StateGraph(State)
    .addNode("sessao", async (s) => {
      if (s.sessao_de === s.user_id) return {};
      const anteriores = s.messages.slice(0, -1).map((m) => new RemoveMessage({ id: m.id }));
      return { messages: anteriores, sessao_de: s.user_id };
    })
    .addNode("atendente", async (s) => ({
      messages: [await model.invoke([new SystemMessage("Você é o atendente virtual do quiosque da agência 0317."), ...s.messages])],
    }))
    .addNode("ferramentas", new ToolNode([consultarSaldo, consultarLimite]))
    .addEdge(START, "sessao")
    .addEdge("sessao", "atendente")
    .addConditionalEdges("atendente", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "atendente")
    .compile({ checkpointer: saver });
  const thread = threadConfig("kiosk-ag0317-07");
  await graph.invoke({ messages: [human("Quero ver o saldo da minha conta corrente.")], user_id: "cli-40912" }, thread);
  await graph.invoke({ messages: [human("Qual é o limite disponível do meu cartão final 8830?")], user_id: "cli-51877" }, thread);
});
