// Assistente de atendimento de uma empresa municipal de águas: um cliente que vai mudar de casa
// pede o encerramento do contrato. A primeira consulta de saldo falha por timeout e é repetida.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  contrato: Annotation(),
});

const SYSTEM = "És o assistente digital das Águas do Vale do Sousa. Só podes encerrar um contrato depois de confirmares no sistema comercial que não há valores em dívida.";

let falhasSaldo = 1;
const consultarSaldo = tool(
  async ({ contrato }) => {
    if (falhasSaldo > 0) {
      falhasSaldo--;
      throw new Error("sistema comercial SGC: ETIMEDOUT após 20000 ms (pedido GET /contratos/" + contrato + "/conta-corrente)");
    }
    return JSON.stringify({
      contrato, titular: "Rui Manuel Pinto Caldas", saldo_em_aberto: 0.0, moeda: "EUR", faturas_em_divida: [],
      ultima_fatura: { numero: "FT 2026/118734", periodo: "2026-10-01 a 2026-10-31", valor: 41.87, estado: "paga", pago_em: "2026-11-28", meio: "débito direto" },
    });
  },
  { name: "consultar_saldo", description: "Conta-corrente do contrato: saldo e faturas em dívida.", schema: z.object({ contrato: z.string() }) },
);

const encerrarContrato = tool(
  async ({ contrato, leitura_final_m3, data_saida, iban_reembolso_caucao }) => JSON.stringify({
    contrato, pedido: "ENC-2026-0031877", estado: "registado", leitura_final_m3, data_saida,
    fatura_final: "emitida após validação da leitura, prazo até 10 dias úteis", caucao: { valor: 25.0, reembolso_para: iban_reembolso_caucao },
  }),
  {
    name: "encerrar_contrato",
    description: "Regista o pedido de encerramento do contrato com a leitura final do contador.",
    schema: z.object({ contrato: z.string(), leitura_final_m3: z.number(), data_saida: z.string(), iban_reembolso_caucao: z.string() }),
  },
);

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("aguas", [
    { tool_calls: [call("call_sld_1", "consultar_saldo", { contrato: "300418827" })] },
    { content: "O sistema comercial não respondeu a tempo. Vou tentar de novo antes de avançar.", tool_calls: [call("call_sld_2", "consultar_saldo", { contrato: "300418827" })] },
    { tool_calls: [call("call_enc_1", "encerrar_contrato", {
      contrato: "300418827", leitura_final_m3: 1873, data_saida: "2026-12-15", iban_reembolso_caucao: "PT50 0035 0651 0001 2345 6789 0",
    })] },
    { content: "Pronto, Sr. Rui. Confirmei no sistema comercial (à segunda tentativa) que não tem valores em dívida: a última fatura, FT 2026/118734 de 41,87 €, foi paga por débito direto a 28/11.\n\nRegistei o encerramento do contrato 300418827 com saída a 15/12/2026 e leitura final de 1873 m³ (pedido ENC-2026-0031877). A fatura final será emitida depois de validarmos a leitura, no prazo de 10 dias úteis, e a caução de 25,00 € será devolvida para o IBAN que indicou." },
  ]);
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("ferramentas", new ToolNode([consultarSaldo, encerrarContrato]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer: saver });
  await graph.invoke({
    user_id: "nif-219884530", contrato: "300418827",
    messages: [human("Boa tarde. Vou mudar de casa e quero encerrar o contrato da água (nº 300418827). Saio no dia 15 de dezembro, o contador marca hoje 1873 m³. A caução pode ser devolvida para o IBAN PT50 0035 0651 0001 2345 6789 0. Tenho alguma coisa por pagar?")],
  }, threadConfig("atd-aguas-20261204-88f3"));
});
