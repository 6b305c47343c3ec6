// Assistente da secretaria escolar: encarregada de educação pergunta pelas faltas do filho.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "esc-sec:2026:EE-55120";
let pedidos = 0;
const consultarAssiduidade = tool(
  async ({ numero_aluno, periodo }) => {
    pedidos++;
    if (pedidos === 1) throw new Error("GIAE: tempo limite excedido ao contactar o servidor da escola (HTTP 504)");
    return JSON.stringify({ numero_aluno, nome: "Tiago Ferreira", turma: "9.º B", periodo,
      faltas_injustificadas: 0, faltas_justificadas: 2, atrasos: 1, atualizado_em: "2026-03-27T16:40:00Z" });
  },
  { name: "consultar_assiduidade", description: "Faltas e atrasos de um aluno num período letivo.",
    schema: z.object({ numero_aluno: z.string(), periodo: z.string() }) },
);

const model = new ScriptedChatModel("secretaria", [
  { tool_calls: [call("call_pt71a", "consultar_assiduidade", { numero_aluno: "3317", periodo: "2.º período" })] },
  { tool_calls: [call("call_pt71b", "consultar_assiduidade", { numero_aluno: "3317", periodo: "2.º período" })] },
  { content: "Boa tarde. Consegui consultar o registo do Tiago (9.º B) no 2.º período: não tem nenhuma falta injustificada. Tem 2 faltas justificadas e 1 atraso. Os dados foram atualizados a 27 de março." },
], "gpt-4o-mini");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const graph = (checkpointer) => new StateGraph(State)
  .addNode("assistente", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("És o assistente da secretaria. Se uma consulta falhar, tenta de novo antes de responder."), ...s.messages])] }))
  .addNode("tools", new ToolNode([consultarAssiduidade]))
  .addEdge(START, "assistente").addConditionalEdges("assistente", toolsCondition, ["tools", END])
  .addEdge("tools", "assistente").compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({ user_id: "EE-55120", messages: [human(
    "Boa tarde, sou a mãe do Tiago Ferreira, aluno nº 3317 do 9.º B. Ele tem faltas por justificar neste 2.º período? Tenho reunião com a diretora de turma amanhã.")] },
    threadConfig(THREAD));
});
