// Freight booking agent of a Brazilian distributor (Portuguese). The ERP returns weights as
// formatted text; the freight API takes kilograms as a number.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), filial: Annotation() });

const consultarPedido = tool(
  async ({ pedido }) => JSON.stringify({ pedido, cliente: "Distribuidora Rio Negro Ltda", cep_destino: "69005-010",
    volumes: 3, peso_bruto: "1.250,0 kg", cubagem: "2,40 m³", valor_nf: "R$ 48.730,00", nf: "000.184.552" }),
  { name: "erp_consultar_pedido", description: "Dados logísticos de um pedido no ERP.",
    schema: z.object({ pedido: z.string() }) },
);
const cotarFrete = tool(
  async ({ cep_destino, peso_kg, volumes }) => {
    const faixa = peso_kg <= 30 ? { modalidade: "Expresso encomenda", transportadora: "RapidLog", valor: 189.4, prazo_dias: 4 }
      : { modalidade: "Carga fracionada", transportadora: "TransAmazonas", valor: 3120.0, prazo_dias: 9 };
    return JSON.stringify({ cotacao: "CT-88412", cep_destino, peso_kg, volumes, ...faixa });
  },
  { name: "cotar_frete", description: "Cotação de frete. peso_kg em quilogramas.",
    schema: z.object({ cep_destino: z.string(), peso_kg: z.number(), volumes: z.number().int() }) },
);
const contratarFrete = tool(
  async ({ cotacao, pedido }) => JSON.stringify({ coleta: "COL-55091", cotacao, pedido, status: "agendada",
    janela_coleta: "2026-05-13 08:00-12:00" }),
  { name: "contratar_frete", description: "Contrata a cotação e agenda a coleta.",
    schema: z.object({ cotacao: z.string(), pedido: z.string() }) },
);

const SYSTEM = "Você é o agente de expedição da filial Campinas. Cote e contrate o frete mais barato.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("expedicao", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([consultarPedido, cotarFrete, contratarFrete]))
    .addEdge(START, "expedicao")
    .addConditionalEdges("expedicao", toolsCondition, ["tools", END])
    .addEdge("tools", "expedicao")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const thread = "exp-cps-2026-05-12-0417";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_h1K0", "erp_consultar_pedido", { pedido: "PV-310774" })] },
    (messages) => {
      const p = JSON.parse(messages[messages.length - 1].content);
      const kg = parseFloat(p.peso_bruto.replace(",", "."));
      return { tool_calls: [call("call_h1K1", "cotar_frete", { cep_destino: p.cep_destino, peso_kg: kg, volumes: p.volumes })] };
    },
    { tool_calls: [call("call_h1K2", "contratar_frete", { cotacao: "CT-88412", pedido: "PV-310774" })] },
    { content: "Frete contratado: pedido PV-310774 (3 volumes) vai por RapidLog, Expresso encomenda, R$ 189,40, "
        + "prazo de 4 dias para Manaus. Coleta COL-55091 agendada para amanhã, 08:00-12:00." },
  ]);
  await graph(saver, model).invoke({ messages: [human("Preciso despachar o pedido PV-310774 para Manaus hoje ainda. "
      + "Pode cotar e contratar o frete?")], user_id: "op.luciana.m", filial: "CPS" }, threadConfig(thread));
});
