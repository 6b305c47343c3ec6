// Banco digital: o agente de atendimento conversa com o cliente e, para executar pagamentos,
// encaminha um resumo para o agente de pagamentos (um subgrafo com as suas próprias ferramentas).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, SystemMessage, ToolMessage, HumanMessage,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "atd-7d5e-4410-b2c9";
const HOJE = "03/06/2026";
const LINHA = "23793.38128 60000.000003 00000.000400 1 96420000198000";

const consultarBoleto = tool(
  async ({ linha_digitavel }) => JSON.stringify({
    linha_digitavel, beneficiario: "Condomínio Edifício Solar das Palmeiras", cnpj: "12.345.678/0001-90",
    valor: 1980.0, vencimento: "2026-06-10", multa_apos_vencimento: "2%", situacao: "em aberto",
  }),
  { name: "consultar_boleto", description: "Consulta os dados de um boleto pela linha digitável.",
    schema: z.object({ linha_digitavel: z.string() }) },
);

const consultarSaldo = tool(
  async ({ conta }) => JSON.stringify({ conta, saldo_disponivel: 1567.63, limite_cheque_especial: 2000.0,
    proximos_creditos: [{ data: "2026-06-10", descricao: "SALARIO ACME LOGISTICA LTDA", valor: 6240.0 }] }),
  { name: "consultar_saldo", description: "Saldo e limite da conta corrente.", schema: z.object({ conta: z.string() }) },
);

const pagarBoleto = tool(
  async ({ conta, linha_digitavel, valor, data_pagamento }) => JSON.stringify({
    comprovante: "PGT-20260603-558104", conta, linha_digitavel, valor, data_pagamento,
    status: data_pagamento === "2026-06-03" ? "liquidado" : "agendado",
    saldo_apos: data_pagamento === "2026-06-03" ? -412.37 : 1567.63,
  }),
  { name: "pagar_boleto", description: "Paga ou agenda o pagamento de um boleto. data_pagamento no formato AAAA-MM-DD.",
    schema: z.object({ conta: z.string(), linha_digitavel: z.string(), valor: z.number(), data_pagamento: z.string() }) },
);

const encaminhar = tool(async () => "", {
  name: "encaminhar_pagamentos",
  description: "Encaminha a execução de um pagamento para o agente de pagamentos.",
  schema: z.object({ conta: z.string(), resumo: z.string() }),
});

// ---- agente de pagamentos (subgrafo)
const modeloPagamentos = new ScriptedChatModel("pagamentos", [
  { tool_calls: [call("pg-01", "consultar_saldo", { conta: "0341-7/28850-3" })] },
  (messages) => {
    const pedido = promptText(messages.filter((m) => m.getType() === "human"));
    const agendar = /10\/06|2026-06-10|dia 10/.test(pedido);
    return { tool_calls: [call("pg-02", "pagar_boleto", {
      conta: "0341-7/28850-3", linha_digitavel: LINHA, valor: 1980.0,
      data_pagamento: agendar ? "2026-06-10" : "2026-06-03" })] };
  },
  { content: "Boleto do Condomínio Edifício Solar das Palmeiras pago hoje (03/06/2026), R$ 1.980,00, comprovante "
      + "PGT-20260603-558104. Saldo após o pagamento: -R$ 412,37 (limite da conta em uso)." },
]);

const pagamentos = new StateGraph(MessagesAnnotation)
  .addNode("agente_pagamentos", async (state) => ({ messages: [await modeloPagamentos.invoke([
    new SystemMessage(`Você é o agente de pagamentos do Banco Aurora. Data de hoje: ${HOJE}. Execute o pedido recebido.`),
    ...state.messages])] }))
  .addNode("ferramentas", new ToolNode([consultarSaldo, pagarBoleto]))
  .addEdge(START, "agente_pagamentos")
  .addConditionalEdges("agente_pagamentos", (s) => (s.messages.at(-1).tool_calls?.length ? "ferramentas" : END),
    ["ferramentas", END])
  .addEdge("ferramentas", "agente_pagamentos")
  .compile();

// ---- agente de atendimento (grafo principal)
const modeloAtendimento = new ScriptedChatModel("atendimento", [
  { tool_calls: [call("at-01", "consultar_boleto", { linha_digitavel: LINHA })] },
  { content: "Encontrei: boleto do Condomínio Edifício Solar das Palmeiras, R$ 1.980,00, vencimento 10/06/2026. "
      + "Posso agendar o pagamento para o dia 10/06, como você pediu?" },
  { tool_calls: [call("at-02", "encaminhar_pagamentos", {
    conta: "0341-7/28850-3",
    resumo: "Cliente Marcos Vinícius Teixeira (conta 0341-7/28850-3) solicita o pagamento do boleto do Condomínio "
      + `Edifício Solar das Palmeiras, linha digitável ${LINHA}, valor R$ 1.980,00. Cliente confirmou.` })] },
  (messages) => ({ content: `Prontinho, Marcos! ${/pago hoje/.test(messages.at(-1).content)
    ? "O pagamento do condomínio foi efetuado, comprovante PGT-20260603-558104."
    : "O pagamento do condomínio ficou agendado para 10/06, comprovante PGT-20260603-558104."} Posso ajudar em algo mais?` }),
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("atendimento", async (state) => ({ messages: [await modeloAtendimento.invoke([
    new SystemMessage("Você é o assistente de atendimento do Banco Aurora. Para executar pagamentos, use encaminhar_pagamentos."),
    ...state.messages])] }))
  .addNode("consultas", new ToolNode([consultarBoleto]))
  .addNode("pagamentos", async (state) => {
    const pedido = state.messages.at(-1).tool_calls[0];
    const out = await pagamentos.invoke({ messages: [new HumanMessage(pedido.args.resumo)] });
    return { messages: [new ToolMessage({ tool_call_id: pedido.id, name: pedido.name, content: out.messages.at(-1).content })] };
  })
  .addEdge(START, "atendimento")
  .addConditionalEdges("atendimento", (s) => {
    const c = s.messages.at(-1).tool_calls ?? [];
    if (!c.length) return END;
    return c[0].name === "encaminhar_pagamentos" ? "pagamentos" : "consultas";
  }, ["consultas", "pagamentos", END])
  .addEdge("consultas", "atendimento")
  .addEdge("pagamentos", "atendimento")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  const g = graph(checkpointer);
  const cfg = threadConfig(THREAD);
  await g.invoke({ messages: [human(`Oi! Quero agendar o boleto do condomínio para o dia 10/06, que é quando cai meu salário. `
    + `Linha digitável: ${LINHA}`)], user_id: "cli-00928114" }, cfg);
  await g.invoke({ messages: [human("Isso, pode agendar. Obrigado!")] }, cfg);
});
