// Assistente jurídico interno (pt-BR): busca de cláusulas contratuais; a primeira busca não retorna nada,
// o agente pergunta o número do contrato e responde só com o que a segunda busca trouxe
// (LangGraph.js, SQLite checkpointer, modelo roteirizado).
import {
  ScriptedChatModel, StateGraph, Annotation, MessagesAnnotation, START, END, ToolNode, toolsCondition,
  SystemMessage, tool, z, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), area: Annotation() });

const CLAUSULAS = [
  { doc: "CTR-2024/0931", secao: "12.3", titulo: "Rescisão imotivada",
    texto: "Qualquer das partes poderá rescindir o presente contrato, sem justa causa, mediante aviso prévio "
      + "por escrito de 90 (noventa) dias. A rescisão nos primeiros 24 meses sujeita a parte denunciante a "
      + "multa compensatória de 20% sobre o saldo remanescente do contrato." },
  { doc: "CTR-2024/0931", secao: "12.5", titulo: "Devolução de equipamentos",
    texto: "Os equipamentos em comodato serão devolvidos em até 15 (quinze) dias úteis após o término." },
];

const buscar = tool(
  async ({ consulta, contrato }) => {
    const hits = contrato ? CLAUSULAS.filter((c) => c.doc === contrato) : [];
    return JSON.stringify({ consulta, filtro_contrato: contrato ?? null, total: hits.length, resultados: hits });
  },
  { name: "buscar_clausulas", description: "Busca semântica no acervo de contratos assinados.",
    schema: z.object({ consulta: z.string(), contrato: z.string().nullable() }) },
);

const thread = "jur#8842-b7";
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("q-0001", "buscar_clausulas", { consulta: "prazo aviso prévio rescisão multa fornecedor Vértice Telecom", contrato: null })] },
  { content: "Não encontrei nenhuma cláusula no acervo para essa busca, então não consigo afirmar prazo nem multa "
      + "sem o documento. Você pode me passar o número do contrato com a Vértice Telecom (formato CTR-AAAA/NNNN)?" },
  { tool_calls: [call("q-0002", "buscar_clausulas", { consulta: "aviso prévio rescisão multa", contrato: "CTR-2024/0931" })] },
  { content: "No contrato CTR-2024/0931, cláusula 12.3: a rescisão sem justa causa exige aviso prévio por escrito "
      + "de 90 dias, e, se ocorrer nos primeiros 24 meses, há multa de 20% sobre o saldo remanescente. Pela "
      + "cláusula 12.5, os equipamentos em comodato devem ser devolvidos em até 15 dias úteis após o término." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistente_juridico", async (s) => ({
      messages: [await model.invoke([
        new SystemMessage("Você é o assistente do jurídico. Cite somente cláusulas encontradas no acervo."),
        ...s.messages,
      ])],
    }))
    .addNode("ferramentas", new ToolNode([buscar]))
    .addEdge(START, "assistente_juridico")
    .addConditionalEdges("assistente_juridico", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "assistente_juridico")
    .compile({ checkpointer });
  const cfg = threadConfig(thread);
  await graph.invoke({
    messages: [human("Qual é o aviso prévio e a multa para rescindirmos o contrato com a Vértice Telecom?")],
    user_id: "adv.rafaela.moura", area: "contratos-ti",
  }, cfg);
  await graph.invoke({ messages: [human("É o CTR-2024/0931.")] }, cfg);
});
