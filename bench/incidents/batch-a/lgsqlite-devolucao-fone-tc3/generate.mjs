// Atendimento de pós-venda de um e-commerce brasileiro: devolução por defeito, com aprovação de
// supervisor (interrupt) para reembolsos acima de R$ 200.
// Real LangGraph JS graph, real SqliteSaver, scripted chat model (offline).
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-devolucao-fone-tc3/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "devolucao_BR_558203";

// --- ferramentas ----------------------------------------------------------------------------------

let tentativas = 0;
const consultarPedido = tool(
  async ({ pedido }) => {
    tentativas++;
    if (tentativas === 1) {
      throw new Error("pedidos-svc: read ECONNRESET (upstream 10.42.7.19:8443)");
    }
    return JSON.stringify({
      pedido,
      status: "entregue",
      entregue_em: "2025-06-02",
      itens: [{ sku: "JBL-T520BT-PRT", descricao: "Fone de ouvido JBL Tune 520BT Preto", qtd: 1, valor_unit: 249.9 }],
      frete: 0.0,
      frete_promocao: "FRETEGRATIS-JUN",
      desconto: 0.0,
      total_pago: 249.9,
      pagamento: "pix",
    });
  },
  { name: "consultar_pedido", description: "Consulta um pedido no OMS.", schema: z.object({ pedido: z.string() }) },
);

const politica = tool(
  async ({ categoria, motivo }) => JSON.stringify({
    categoria, motivo,
    prazo_dias: motivo === "defeito" ? 90 : 7,
    reembolso: "valor integral dos itens + frete efetivamente pago",
    forma: "mesma forma de pagamento; Pix em até 5 dias úteis após o recebimento no CD",
    coleta: "etiqueta de logística reversa dos Correios, sem custo para o cliente",
  }),
  {
    name: "politica_devolucao",
    description: "Regras de troca e devolução por categoria e motivo.",
    schema: z.object({ categoria: z.string(), motivo: z.enum(["arrependimento", "defeito"]) }),
  },
);

const abrirDevolucao = tool(
  async ({ pedido, sku, valor_reembolso }) => JSON.stringify({
    protocolo: "DEV-88412", pedido, sku, valor_reembolso, etiqueta_reversa: "BR773190245RS", postar_ate: "2025-06-13",
  }),
  {
    name: "abrir_devolucao",
    description: "Abre a devolução e gera a etiqueta reversa.",
    schema: z.object({ pedido: z.string(), sku: z.string(), motivo: z.string(), valor_reembolso: z.number() }),
  },
);

// --- grafo -----------------------------------------------------------------------------------------

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const SYSTEM = "Você é a assistente de pós-venda da Loja Vitrine. Confirme valores com o cliente antes de abrir "
  + "uma devolução. Reembolsos acima de R$ 200,00 passam por aprovação da supervisão.";

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("fc_9a1d01", "consultar_pedido", { pedido: "2025-BR-558203" })] },
  { tool_calls: [call("fc_9a1d02", "consultar_pedido", { pedido: "2025-BR-558203" })] },
  { tool_calls: [call("fc_9a1d03", "politica_devolucao", { categoria: "eletronicos", motivo: "defeito" })] },
  { content: "Encontrei seu pedido 2025-BR-558203: Fone JBL Tune 520BT Preto, R$ 249,90, entregue em 02/06. "
      + "Como é defeito, você tem até 90 dias para devolver, e a coleta é pela etiqueta reversa dos Correios, sem custo. "
      + "O frete da compra saiu por R$ 0,00 (promoção FRETEGRATIS-JUN), então não há frete a devolver: o reembolso é de "
      + "R$ 249,90, via Pix, em até 5 dias úteis depois que o fone chegar ao nosso CD. Posso abrir a devolução?" },
  { tool_calls: [call("fc_9a1d04", "abrir_devolucao", {
    pedido: "2025-BR-558203", sku: "JBL-T520BT-PRT", motivo: "defeito: chiado no fone esquerdo", valor_reembolso: 249.9 })] },
  { content: "Pronto! Devolução aberta, protocolo DEV-88412. Sua etiqueta reversa é BR773190245RS: é só postar o fone em "
      + "qualquer agência dos Correios até 13/06. Assim que ele chegar ao CD, os R$ 249,90 caem no seu Pix em até 5 dias úteis." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("atendente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("aprovacao", async (s) => {
      const pedidoCall = s.messages.at(-1).tool_calls[0];
      const decisao = interrupt({ acao: pedidoCall.name, args: pedidoCall.args, regra: "reembolso > R$ 200,00" });
      return new Command({ goto: decisao.aprovado ? "ferramentas" : END });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", new ToolNode([consultarPedido, politica, abrirDevolucao]))
    .addEdge(START, "atendente")
    .addConditionalEdges("atendente", (s) => {
      const calls = s.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls[0].name === "abrir_devolucao" && calls[0].args.valor_reembolso > 200 ? "aprovacao" : "ferramentas";
    }, ["aprovacao", "ferramentas", END])
    .addEdge("ferramentas", "atendente")
    .compile({ checkpointer: saver });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Oi! Quero devolver o fone JBL do pedido 2025-BR-558203, chegou com chiado no lado esquerdo. "
      + "Quanto eu recebo de volta?")],
    user_id: "cli_30917",
  }, cfg);
  await graph.invoke({ messages: [human("Pode abrir sim, obrigada")] }, cfg);
  // Supervisão aprova no painel 6 minutos depois; o painel retoma a execução interrompida.
  await graph.invoke(new Command({ resume: { aprovado: true, por: "sup.renata.m", em: "2025-06-05T14:22:40-03:00" } }), cfg);
});
