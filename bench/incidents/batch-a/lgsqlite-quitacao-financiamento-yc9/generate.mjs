// Assistente de atendimento de uma financeira de veículos (LangGraph.js, SqliteSaver, modelo de chat
// roteirizado). Um cliente pede a carta de quitação do financiamento e a baixa do gravame. A emissão
// da carta passa por aprovação humana (interrupt) de uma supervisora antes de a ferramenta rodar.
//
//   node bench/incidents/batch-a/lgsqlite-quitacao-financiamento-yc9/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "atd_20251107_113045_cli88231";

let falhasCore = 1; // o core financeiro estava lento nessa manhã
const consultarContrato = tool(
  async ({ cpf }) => {
    if (falhasCore > 0) {
      falhasCore--;
      throw new Error("ETIMEDOUT core-financeiro.interno:8443 (15000 ms)");
    }
    return JSON.stringify({
      cpf,
      contratos: [{
        contrato: "CDC-0048813-7",
        produto: "CDC Veículo",
        veiculo: "Onix LT 1.0 2021, placa RTA-4C17",
        valor_financiado: 52900.0,
        parcelas: 48,
        inicio: "2021-11-05",
      }],
    });
  },
  {
    name: "consultar_contrato",
    description: "Lista os contratos de financiamento de um CPF.",
    schema: z.object({ cpf: z.string() }),
  },
);

const consultarSaldo = tool(
  async ({ contrato }) => JSON.stringify({
    contrato,
    saldo_devedor: 0.0,
    parcelas_pagas: 48,
    parcelas_em_aberto: 0,
    ultimo_pagamento: { parcela: "48/48", valor: 1498.37, data: "2025-10-06", canal: "boleto" },
    situacao: "LIQUIDADO",
    data_liquidacao: "2025-10-08",
  }),
  {
    name: "consultar_saldo_devedor",
    description: "Saldo devedor e situação de um contrato.",
    schema: z.object({ contrato: z.string() }),
  },
);

const emitirCarta = tool(
  async ({ contrato, email }) => JSON.stringify({
    protocolo: "QT-2025-000913", contrato, enviado_para: email, formato: "PDF assinado digitalmente",
    status: "EMITIDA",
  }),
  {
    name: "emitir_carta_quitacao",
    description: "Emite a carta de quitação de um contrato liquidado.",
    schema: z.object({ contrato: z.string(), email: z.string() }),
  },
);

const baixaGravame = tool(
  async ({ contrato, placa }) => JSON.stringify({
    solicitacao: "GRV-SP-7718204", contrato, placa, sistema: "SNG/B3", status: "ENVIADA",
    prazo_orgao: "até 10 dias úteis para constar no DETRAN-SP",
  }),
  {
    name: "solicitar_baixa_gravame",
    description: "Solicita a baixa do gravame (alienação fiduciária) no SNG.",
    schema: z.object({ contrato: z.string(), placa: z.string() }),
  },
);

const SENSIVEIS = new Set(["emitir_carta_quitacao"]);

const SYSTEM = "Você é o assistente de atendimento da Vale Sul Financeira. Responda em português do Brasil. "
  + "Só emita carta de quitação para contrato com situação LIQUIDADO.";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  email_cadastro: Annotation(),
});

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01A8sPq", "consultar_contrato", { cpf: "318.482.117-09" })] },
  { tool_calls: [call("toolu_01A8sQx", "consultar_contrato", { cpf: "318.482.117-09" })] },
  { tool_calls: [call("toolu_01A8sRf", "consultar_saldo_devedor", { contrato: "CDC-0048813-7" })] },
  {
    content: "Encontrei seu contrato CDC-0048813-7 (Onix LT 2021, placa RTA-4C17). As 48 parcelas estão pagas — "
      + "a última, de R$ 1.498,37, em 06/10/2025 — e o contrato consta como liquidado desde 08/10/2025, com saldo "
      + "devedor de R$ 0,00. Vou emitir a carta de quitação e pedir a baixa do gravame.",
    tool_calls: [call("toolu_01A8sTm", "emitir_carta_quitacao", { contrato: "CDC-0048813-7", email: "r.tavares82@provedor.com.br" })],
  },
  { tool_calls: [call("toolu_01A8sVb", "solicitar_baixa_gravame", { contrato: "CDC-0048813-7", placa: "RTA-4C17" })] },
  {
    content: "Pronto! A carta de quitação (protocolo QT-2025-000913) foi enviada em PDF assinado para "
      + "r.tavares82@provedor.com.br, e a baixa do gravame foi solicitada no SNG (solicitação GRV-SP-7718204).",
  },
  {
    content: "O prazo informado pelo sistema é de até 10 dias úteis para a baixa constar no DETRAN-SP. Depois "
      + "disso você já pode fazer a transferência ou o licenciamento sem a restrição.",
  },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("atendente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("aprovacao", async (state) => {
      const pedido = state.messages.at(-1).tool_calls.find((c) => SENSIVEIS.has(c.name));
      const decisao = interrupt({ acao: pedido.name, argumentos: pedido.args, fila: "backoffice-quitacao" });
      return decisao.aprovado ? new Command({ goto: "ferramentas" }) : new Command({ goto: END });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", new ToolNode([consultarContrato, consultarSaldo, emitirCarta, baixaGravame]))
    .addEdge(START, "atendente")
    .addConditionalEdges("atendente", (state) => {
      const calls = state.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls.some((c) => SENSIVEIS.has(c.name)) ? "aprovacao" : "ferramentas";
    }, ["aprovacao", "ferramentas", END])
    .addEdge("ferramentas", "atendente")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Boa tarde. Paguei a última parcela do financiamento do meu carro mês passado e preciso da "
      + "carta de quitação e da baixa do gravame. Meu CPF é 318.482.117-09.")],
    user_id: "cli_88231",
    email_cadastro: "r.tavares82@provedor.com.br",
  }, cfg);

  // A supervisora do backoffice confere o contrato e aprova a emissão.
  await graph.invoke(new Command({ resume: { aprovado: true, operador: "sup.marcia.lopes" } }), cfg);

  await graph.invoke({ messages: [human("Obrigado! Em quanto tempo o DETRAN atualiza?")] }, cfg);
});
