// Banco digital: o assistente consulta um boleto (a primeira consulta falha e é repetida) e passa o
// pagamento a um subgrafo de pagamentos com um resumo completo. Offline, modelo roteirizado.
import {
  AIMessage, Annotation, END, HumanMessage, MessagesAnnotation, START, ScriptedChatModel, StateGraph,
  SystemMessage, ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "3c9b2e70-5d41-4f8a-a6e2-91d07c4b18fe";
const LINHA = "34191.79001 01043.510047 91020.150008 6 10240000148730";

let falhas = 1;
const consultarBoleto = tool(
  async ({ linha_digitavel }) => {
    if (falhas-- > 0) throw new Error("CIP-NPC 503: serviço de consulta de boletos indisponível, tente novamente");
    return JSON.stringify({ linha_digitavel, beneficiario: "Condomínio Edifício Ipê Amarelo",
      cnpj: "12.345.678/0001-90", valor: "R$ 1.487,30", vencimento: "10/06/2026", multa_apos_venc: "2%" });
  },
  { name: "consultar_boleto", description: "Consulta um boleto na CIP pela linha digitável.",
    schema: z.object({ linha_digitavel: z.string() }) },
);

const agendarPagamento = tool(
  async ({ linha_digitavel, valor_centavos, conta_debito, data }) => JSON.stringify({
    protocolo: "PGT-2026-0610-77451", linha_digitavel, valor_centavos, conta_debito, data, status: "agendado" }),
  { name: "agendar_pagamento", description: "Agenda o pagamento de um boleto. valor_centavos em centavos de real.",
    schema: z.object({ linha_digitavel: z.string(), valor_centavos: z.number().int(),
      conta_debito: z.string(), data: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_bol_1", "consultar_boleto", { linha_digitavel: LINHA })] },
  { tool_calls: [call("call_bol_2", "consultar_boleto", { linha_digitavel: LINHA })] },
  { content: "Boleto do Condomínio Edifício Ipê Amarelo: R$ 1.487,30, vencimento 10/06/2026. Está dentro do "
      + "limite de R$ 2.000,00 que você definiu. Vou encaminhar o agendamento." },
  // subgrafo de pagamentos
  { tool_calls: [call("call_pag_1", "agendar_pagamento",
      { linha_digitavel: LINHA, valor_centavos: 148730, conta_debito: "0412-7/55910-3", data: "2026-06-10" })] },
  { content: "Pagamento agendado para 10/06/2026: R$ 1.487,30 debitados da conta 0412-7/55910-3. "
      + "Protocolo PGT-2026-0610-77451." },
]);

const pagamentos = new StateGraph(MessagesAnnotation)
  .addNode("pagador", async (state) => ({ messages: [await model.invoke([
    new SystemMessage("Você agenda pagamentos. Nunca ultrapasse o limite informado."), ...state.messages])] }))
  .addNode("ferramentas", new ToolNode([agendarPagamento]))
  .addEdge(START, "pagador")
  .addConditionalEdges("pagador", toolsCondition, { tools: "ferramentas", [END]: END })
  .addEdge("ferramentas", "pagador")
  .compile();

const State = Annotation.Root({
  ...MessagesAnnotation.spec, user_id: Annotation(), limite_centavos: Annotation(), conta_debito: Annotation(),
  boleto: Annotation(),
});

function centavos(brl) {
  return Math.round(Number(brl.replace(/[R$\s.]/g, "").replace(",", ".")) * 100);
}

const graph = new StateGraph(State)
  .addNode("atendente", async (state) => {
    const msg = await model.invoke([new SystemMessage("Você é o assistente do banco."), ...state.messages]);
    const last = state.messages[state.messages.length - 1];
    const out = { messages: [msg] };
    if (last?.getType() === "tool" && last.status !== "error") out.boleto = JSON.parse(last.content);
    return out;
  })
  .addNode("cip", new ToolNode([consultarBoleto]))
  .addNode("encaminhar", async (state, config) => {
    const b = state.boleto;
    const resumo = `Agendar pagamento do boleto ${b.linha_digitavel} (${b.beneficiario}, CNPJ ${b.cnpj}). `
      + `Valor: ${centavos(b.valor)} centavos (${b.valor}). Vencimento: ${b.vencimento}. `
      + `Debitar da conta ${state.conta_debito}. Limite autorizado pelo cliente: ${state.limite_centavos} centavos.`;
    const res = await pagamentos.invoke({ messages: [new HumanMessage(resumo)] }, config);
    return { messages: [new AIMessage(res.messages[res.messages.length - 1].content)] };
  })
  .addEdge(START, "atendente")
  .addConditionalEdges("atendente", toolsCondition, { tools: "cip", [END]: "encaminhar" })
  .addEdge("cip", "atendente")
  .addEdge("encaminhar", END)
  .compile();

await writeIncident(import.meta.url, async (saver) => {
  graph.checkpointer = saver;
  await graph.invoke({
    messages: [human(`Oi! Paga o boleto do condomínio pra mim no vencimento, da conta 0412-7/55910-3. `
      + `Linha: ${LINHA}. Só não passa de R$ 2.000,00.`)],
    user_id: "cpf-***.482.117-**", limite_centavos: 200000, conta_debito: "0412-7/55910-3",
  }, threadConfig(THREAD));
});
