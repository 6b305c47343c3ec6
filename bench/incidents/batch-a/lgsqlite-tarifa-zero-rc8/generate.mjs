// Retail-bank chat assistant (Brazilian Portuguese) answering a question about the monthly fee.
// Offline: real LangGraph + SqliteSaver, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "atd.20260611.93c1e7";

let falhas = 1;
const consultarTarifas = tool(
  async ({ conta }) => {
    if (falhas-- > 0) throw new Error("core-bancario: ECONNRESET em /v2/contas/tarifas (upstream fechou a conexão após 10012 ms)");
    return JSON.stringify({
      conta, pacote: "Universitário Digital", tarifa_mensal_brl: 0.0, isenta: true,
      motivo_isencao: "matrícula ativa comprovada (UFMG, válida até 2026-12-31)",
      proxima_revisao: "2027-01-05", tarifa_apos_isencao_brl: 19.9,
    });
  },
  { name: "consultar_tarifas", description: "Consulta o pacote de serviços e as tarifas de uma conta.", schema: z.object({ conta: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const model = new ScriptedChatModel("banco", [
  { tool_calls: [call("call_Tf01ck9", "consultar_tarifas", { conta: "0012/44719-3" })] },
  { tool_calls: [call("call_Tf02ck9", "consultar_tarifas", { conta: "0012/44719-3" })] },
  { content: "Consegui consultar agora. Sua conta 0012/44719-3 está no pacote Universitário Digital e a tarifa mensal é "
      + "R$ 0,00: ela está isenta porque sua matrícula na UFMG está comprovada até 31/12/2026. A próxima revisão é em "
      + "05/01/2027; sem nova comprovação, a tarifa passaria a R$ 19,90 por mês." },
], "gpt-4o-2024-11-20");

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({
      messages: [await model.invoke([new SystemMessage("Você é o assistente do banco. Só informe valores confirmados pelos sistemas."), ...s.messages])],
    }))
    .addNode("ferramentas", new ToolNode([consultarTarifas]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "ferramentas", [END]: END })
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Oi! Vou pagar alguma tarifa mensal na minha conta 0012/44719-3? Não quero surpresa no extrato.")],
    user_id: "cpf-hash:9b1e04",
  }, threadConfig(THREAD));
});
