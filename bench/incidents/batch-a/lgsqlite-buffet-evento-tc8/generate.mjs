// Event-catering assistant (pt-BR): an intake agent talks to the client, then hands the order to a
// purchasing sub-agent (a subgraph run inside the "compras" node, checkpointed in its own namespace).
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-buffet-evento-tc8/generate.mjs
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "0b9e6c3a-41d2-4f7e-9a55-evt-casamento-2605";

const consultarCardapio = tool(
  async ({ tipo }) => JSON.stringify({
    tipo,
    opcoes: [
      { sku: "BUF-TRAD-01", nome: "Buffet Tradicional", inclui: "frango ao molho de amendoim, arroz, salpicão, farofa", preco_pessoa: 89 },
      { sku: "BUF-VEG-02", nome: "Buffet Vegano", inclui: "moqueca de banana-da-terra, arroz, salada", preco_pessoa: 94 },
      { sku: "BUF-SA-03", nome: "Buffet Sem Amendoim", inclui: "frango grelhado, arroz, salpicão sem castanhas", preco_pessoa: 92 },
    ],
  }),
  { name: "consultar_cardapio", description: "Lista os buffets do fornecedor.", schema: z.object({ tipo: z.string() }) },
);

const fazerPedido = tool(
  async ({ data_evento, itens }) => JSON.stringify({
    pedido: "PF-2026/05-0338", data_evento, itens,
    total_brl: itens.reduce((t, i) => t + i.quantidade * (i.sku === "BUF-TRAD-01" ? 89 : i.sku === "BUF-VEG-02" ? 94 : 92), 0),
    status: "confirmado pelo fornecedor",
  }),
  {
    name: "fazer_pedido_fornecedor",
    description: "Envia o pedido ao fornecedor de buffet.",
    schema: z.object({ data_evento: z.string(), itens: z.array(z.object({ sku: z.string(), quantidade: z.number() })) }),
  },
);

const Principal = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  evento: Annotation(),
});

await writeIncident(import.meta.url, async (checkpointer) => {
  const atendente = new ScriptedChatModel("atendimento", [
    { content: "Perfeito, Mariana! Anotei: casamento em 16/05/2026, 40 convidados, dos quais 6 veganos, e nenhum prato "
        + "com amendoim por causa da alergia grave do noivo. Vou passar para o setor de compras fechar o buffet." },
  ]);
  const compras = new ScriptedChatModel("compras", [
    { tool_calls: [call("cmp-001", "consultar_cardapio", { tipo: "casamento" })] },
    { tool_calls: [call("cmp-002", "fazer_pedido_fornecedor", {
      data_evento: "2026-05-16", itens: [{ sku: "BUF-TRAD-01", quantidade: 40 }] })] },
    { content: "Pedido PF-2026/05-0338 confirmado: 40 x Buffet Tradicional para 16/05/2026, total R$ 3.560,00." },
  ]);

  const subCompras = new StateGraph(MessagesAnnotation)
    .addNode("comprador", async (state) => ({
      messages: [await compras.invoke([new SystemMessage("Você é o agente de compras da Festa & Cia. Feche o pedido do buffet."), ...state.messages])],
    }))
    .addNode("ferramentas", new ToolNode([consultarCardapio, fazerPedido]))
    .addEdge(START, "comprador")
    .addConditionalEdges("comprador", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "comprador")
    .compile();

  const graph = new StateGraph(Principal)
    .addNode("atendimento", async (state) => {
      const reply = await atendente.invoke([new SystemMessage("Você é a atendente da Festa & Cia."), ...state.messages]);
      return {
        messages: [reply],
        evento: { tipo: "casamento", data: "2026-05-16", convidados: 40, veganos: 6, restricao: "alergia grave a amendoim (noivo)" },
      };
    })
    .addNode("compras", async (state, config) => {
      const e = state.evento;
      const briefing = `Fechar buffet para ${e.tipo} em ${e.data}, ${e.convidados} convidados.`;
      const out = await subCompras.invoke({ messages: [new HumanMessage(briefing)] }, config);
      return { messages: [new AIMessage(out.messages.at(-1).content)] };
    })
    .addEdge(START, "atendimento")
    .addEdge("atendimento", "compras")
    .addEdge("compras", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Oi! Queria fechar o buffet do meu casamento dia 16 de maio. Serão 40 convidados, 6 são veganos. "
      + "E importante: o noivo tem alergia grave a amendoim, então nada com amendoim, por favor.")],
    user_id: "cliente-mariana.lopes",
  }, threadConfig(THREAD));
});
