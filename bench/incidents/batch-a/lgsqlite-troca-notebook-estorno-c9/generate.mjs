// Loja Vértice Eletrônicos: atendente virtual de trocas e devoluções. Estornos passam por aprovação
// humana (interrupt) antes de a ferramenta ser executada.
// LangGraph.js com SqliteSaver; modelo de chat roteirizado (sem rede, sem chaves).
//
//   node bench/incidents/batch-a/lgsqlite-troca-notebook-estorno-c9/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "atd-2026-0412-77f3c1";

// ------------------------------------------------------------------ ferramentas (simuladas)

let falhasPedidos = 1;
const consultarPedido = tool(
  async ({ numero_pedido }) => {
    if (falhasPedidos-- > 0) {
      throw new Error("pedidos-api: 504 Gateway Timeout após 10000 ms (GET /v2/pedidos/" + numero_pedido + ")");
    }
    return JSON.stringify({
      numero_pedido,
      cliente: "Rafael Nogueira",
      item: "Notebook Aurora 14 i5 16GB/512GB",
      sku: "NB-AUR14-I5-512",
      valor_pago: "R$ 1.299,90",
      forma_pagamento: "cartão de crédito final 4471, 1x",
      entregue_em: "2026-04-05",
      status: "entregue",
      prazo_arrependimento_ate: "2026-04-12",
    });
  },
  {
    name: "consultar_pedido",
    description: "Consulta um pedido pelo número.",
    schema: z.object({ numero_pedido: z.string() }),
  },
);

const estornarPagamento = tool(
  async ({ numero_pedido, valor_centavos, motivo }) => JSON.stringify({
    estorno: "EST-0093412", numero_pedido, valor_centavos, valor_formatado: (valor_centavos / 100).toLocaleString("pt-BR", { style: "currency", currency: "BRL" }), motivo,
    status: "enviado à adquirente", previsao: "até 2 faturas do cartão",
  }),
  {
    name: "estornar_pagamento",
    description: "Estorna um pagamento. Valor em centavos de real (ex.: R$ 10,50 = 1050).",
    schema: z.object({ numero_pedido: z.string(), valor_centavos: z.number().int(), motivo: z.string() }),
  },
);

// ------------------------------------------------------------------ grafo

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  reembolso: Annotation(),
});

/** "R$ 1.299,90" -> 129990 */
function centavosBRL(texto) {
  const limpo = texto.replace(/[^\d,]/g, "");
  const [reais, cent = "00"] = limpo.split(",");
  return Number(reais) * 100 + Number(cent.padEnd(2, "0").slice(0, 2));
}

const SISTEMA = "Você é o atendente de trocas e devoluções da Vértice Eletrônicos. Dentro do prazo de "
  + "arrependimento de 7 dias o estorno é integral.";

function grafo(checkpointer, model) {
  return new StateGraph(State)
    .addNode("atendente", async (state) => {
      const r = state.reembolso ? `\nDados do reembolso: ${JSON.stringify(state.reembolso)}` : "";
      return { messages: [await model.invoke([new SystemMessage(SISTEMA + r), ...state.messages])] };
    })
    .addNode("aprovacao", async (state) => {
      const pedido = state.messages.at(-1).tool_calls[0];
      const resposta = interrupt({ acao: pedido.name, argumentos: pedido.args, fila: "supervisao-trocas" });
      return new Command({ goto: resposta.aprovado ? "ferramentas" : END });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", new ToolNode([consultarPedido, estornarPagamento]))
    .addNode("normalizar", async (state) => {
      const ultimo = state.messages.at(-1);
      if (ultimo.name !== "consultar_pedido" || ultimo.status === "error") return {};
      const p = JSON.parse(ultimo.content);
      return { reembolso: { numero_pedido: p.numero_pedido, valor_centavos: centavosBRL(p.valor_pago),
        moeda: "BRL", forma: p.forma_pagamento } };
    })
    .addEdge(START, "atendente")
    .addConditionalEdges("atendente", (s) => {
      const calls = s.messages.at(-1).tool_calls ?? [];
      if (!calls.length) return END;
      return calls.some((c) => c.name === "estornar_pagamento") ? "aprovacao" : "ferramentas";
    }, ["aprovacao", "ferramentas", END])
    .addEdge("ferramentas", "normalizar")
    .addEdge("normalizar", "atendente")
    .compile({ checkpointer });
}

// ------------------------------------------------------------------ roteiro do modelo

const dados = (messages) => JSON.parse(messages[0].content.split("Dados do reembolso: ")[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call-atd-01", "consultar_pedido", { numero_pedido: "VRT-5518302" })] },
  // a consulta falhou: tenta de novo
  { tool_calls: [call("call-atd-02", "consultar_pedido", { numero_pedido: "VRT-5518302" })] },
  (messages) => ({ content: "Encontrei o pedido VRT-5518302 (Notebook Aurora 14), entregue em 05/04. Você ainda está "
      + "dentro do prazo de arrependimento (até hoje, 12/04), então o estorno é integral. Vou solicitar agora.",
    tool_calls: [call("call-atd-03", "estornar_pagamento", {
      numero_pedido: "VRT-5518302", valor_centavos: dados(messages).valor_centavos,
      motivo: "direito de arrependimento (CDC art. 49)" })] }),
  { content: "Pronto, Rafael! O estorno EST-0093412 de R$ 1.299,90 foi aprovado e enviado à operadora do cartão "
      + "final 4471. Ele aparece em até 2 faturas. Para a coleta do notebook, enviaremos a etiqueta dos Correios "
      + "por e-mail em até 24 horas." },
]);

await writeIncident(import.meta.url, async (saver) => {
  const app = grafo(saver, model);
  const cfg = threadConfig(THREAD);
  await app.invoke({
    messages: [human("Oi, comprei um notebook no pedido VRT-5518302, chegou dia 5 e não é o que eu esperava. "
      + "Quero devolver e ter o dinheiro de volta, R$ 1.299,90.")],
    user_id: "cpf:***.418.207-**",
  }, cfg);
  // a supervisora aprova o estorno na fila de supervisão
  await app.invoke(new Command({ resume: { aprovado: true, por: "ana.beatriz.souza", em: "2026-04-12T15:42:10-03:00" } }),
    cfg);
});
