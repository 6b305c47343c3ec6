// Assistente de uma operadora de planos de saúde (português do Brasil), pelo WhatsApp. Searches the
// coverage tables; when the search finds nothing it asks the member which plan they have, then
// answers from the document it found. Real LangGraph.js + SqliteSaver, scripted model.
//   node bench/incidents/batch-a/lgsqlite-plano-saude-pergunta/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ScriptedChatModel, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "wa-5511987650042-20260507";

const DOCS = {
  "ESSENCIAL 200": [{
    doc: "TAB-COB-ESS200-2026 §4.2",
    trecho: "Consultas eletivas em dermatologia: cobertura integral na rede referenciada, sem coparticipação. "
      + "Fora da rede: reembolso limitado a R$ 180,00 por consulta, em até 30 dias após o envio do recibo.",
  }],
};

const buscarCobertura = tool(
  async ({ consulta, plano }) => {
    const hits = plano ? (DOCS[plano.toUpperCase()] ?? []) : [];
    return JSON.stringify({ consulta, plano: plano ?? null, total: hits.length, documentos: hits });
  },
  {
    name: "buscar_cobertura",
    description: "Busca nas tabelas de cobertura e reembolso. Informe o plano quando souber.",
    schema: z.object({ consulta: z.string(), plano: z.string().nullable() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_cob_11", "buscar_cobertura", { consulta: "reembolso consulta dermatologia", plano: null })] },
  { content: "Não encontrei a regra de reembolso sem saber o seu plano, e não quero te passar um valor errado. "
      + "Qual é o nome do seu plano? Ele aparece na carteirinha, acima do número de beneficiário." },
  { tool_calls: [call("call_cob_12", "buscar_cobertura", {
    consulta: "reembolso consulta dermatologia", plano: "Essencial 200" })] },
  { content: "No plano Essencial 200, a consulta com dermatologista da rede referenciada tem cobertura integral, sem "
      + "coparticipação. Se for fora da rede, o reembolso é de até R$ 180,00 por consulta, pago em até 30 dias após "
      + "o envio do recibo (tabela de cobertura 2026, item 4.2)." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Você é o assistente de atendimento da operadora. Responda só com base nas tabelas de "
          + "cobertura encontradas."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([buscarCobertura]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("oi, quanto o plano reembolsa de uma consulta com dermatologista particular?")],
    user_id: "benef-0042-7781-3",
  }, cfg);
  await graph.invoke({ messages: [human("é o Essencial 200")] }, cfg);
});
