// Assistente de pagamentos de um banco digital no WhatsApp. O cliente manda a linha digitável de um
// boleto; o assistente lê o boleto, confere o saldo e agenda o pagamento.
//   node bench/incidents/batch-a/lgsqlite-boleto-luz-curitiba-xc1/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, lastText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "wa:5541998170326:20260403";
const LINHA = "83660000018 4 47300109000 5 00000000000 0 41260331215 7";

// ------------------------------------------------------------ APIs do banco (stubs)

const lerBoleto = tool(
  async ({ linha_digitavel }) => JSON.stringify({
    linha_digitavel,
    tipo: "convenio",
    beneficiario: "COPEL DISTRIBUICAO S.A.",
    cnpj_beneficiario: "04.368.898/0001-06",
    vencimento: "10/04/2026",
    valor: "1.847,30",
    referencia: "Conta de energia 03/2026 - UC 48215573",
  }),
  {
    name: "ler_boleto",
    description: "Decodifica a linha digitável e consulta os dados do boleto na CIP.",
    schema: z.object({ linha_digitavel: z.string() }),
  },
);

const consultarSaldo = tool(
  async ({ conta }) => JSON.stringify({ conta, saldo_disponivel: 2310.55, limite_cheque_especial: 0, moeda: "BRL" }),
  { name: "consultar_saldo", description: "Saldo disponível da conta.", schema: z.object({ conta: z.string() }) },
);

const agendarPagamento = tool(
  async ({ conta, linha_digitavel, valor, data_pagamento }) => JSON.stringify({
    protocolo: "AGD8F21C07Q", conta, linha_digitavel, valor, data_pagamento, status: "AGENDADO",
  }),
  {
    name: "agendar_pagamento",
    description: "Agenda o pagamento de um boleto de consumo (valor em reais).",
    schema: z.object({
      conta: z.string(), linha_digitavel: z.string(), valor: z.number(), data_pagamento: z.string(),
    }),
  },
);

// ------------------------------------------------------------ grafo

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  cliente: Annotation(),
  conta: Annotation(),
  boleto: Annotation(),
});

const SYSTEM = "Você é a Lia, assistente de pagamentos do Banco Araucária no WhatsApp. Seja breve e cordial. "
  + "Antes de agendar, confira o saldo. Use os dados do boleto que estão no estado.";

// Normaliza o retorno da CIP para o formato interno do boleto.
function normalizarBoleto(bruto) {
  const [d, m, a] = bruto.vencimento.split("/");
  return {
    beneficiario: bruto.beneficiario,
    vencimento: `${a}-${m}-${d}`,
    valor: Number(parseFloat(bruto.valor.replace(",", ".")).toFixed(2)),
    linha_digitavel: bruto.linha_digitavel,
    referencia: bruto.referencia,
  };
}

function grafo(checkpointer, model) {
  return new StateGraph(State)
    .addNode("lia", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage(`${SYSTEM}\nConta: ${state.conta}\nBoleto: ${JSON.stringify(state.boleto ?? null)}`),
        ...state.messages,
      ])],
    }))
    .addNode("ferramentas", new ToolNode([lerBoleto, consultarSaldo, agendarPagamento]))
    .addNode("pos_ferramenta", async (state) => {
      const r = state.messages.at(-1);
      if (r.name !== "ler_boleto") return {};
      return { boleto: normalizarBoleto(JSON.parse(r.content)) };
    })
    .addEdge(START, "lia")
    .addConditionalEdges("lia", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "pos_ferramenta")
    .addEdge("pos_ferramenta", "lia")
    .compile({ checkpointer });
}

const boletoDoPrompt = (messages) => JSON.parse(messages[0].content.split("Boleto: ")[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("c1a7e0b2", "ler_boleto", { linha_digitavel: LINHA })] },
  { tool_calls: [call("c1a7e0b3", "consultar_saldo", { conta: "0001/7734521-9" })] },
  (messages) => {
    const b = boletoDoPrompt(messages);
    return { content: `Achei o boleto da ${b.beneficiario} (conta de energia de março), com vencimento em 10/04. `
        + "Seu saldo cobre o pagamento. Quer que eu agende para o dia do vencimento?" };
  },
  (messages) => {
    const b = boletoDoPrompt(messages);
    return { tool_calls: [call("c1a7e0b4", "agendar_pagamento",
      { conta: "0001/7734521-9", linha_digitavel: b.linha_digitavel, valor: b.valor, data_pagamento: b.vencimento })] };
  },
  (messages) => {
    const r = JSON.parse(lastText(messages, "tool"));
    return { content: `Prontinho! Pagamento da COPEL agendado para 10/04/2026. Protocolo ${r.protocolo}. `
        + "O comprovante fica disponível no app no dia do débito. 💡" };
  },
]);

await writeIncident(import.meta.url, async (saver) => {
  const g = grafo(saver, model);
  await g.invoke({
    messages: [human(`oi, paga essa conta de luz pra mim? ${LINHA}`)],
    cliente: "cli_0093318",
    conta: "0001/7734521-9",
  }, threadConfig(THREAD));
  await g.invoke({ messages: [human("isso, pode agendar")] }, threadConfig(THREAD));
});
