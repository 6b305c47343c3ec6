// Pharmacy chain counter assistant (São Paulo). A customer wants her blood-pressure medicine. The
// stock API drops the first connection; the agent retries, gets a real zero for the store with a
// restock date, checks a nearby store and reserves a box there. Offline, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const STOCK = {
  "SP-PIN": { loja: "SP-PIN", nome_loja: "Pinheiros - R. Teodoro Sampaio", disponivel: 0, reservado: 0,
    proxima_reposicao: "2026-12-09", motivo: "ruptura no distribuidor" },
  "SP-VMD": { loja: "SP-VMD", nome_loja: "Vila Madalena - R. Harmonia", disponivel: 14, reservado: 2, proxima_reposicao: null },
};
let dropped = 1;

const consultarEstoque = tool(
  async ({ ean, loja }) => {
    if (dropped > 0) {
      dropped--;
      throw new Error("estoque-api: socket hang up (ECONNRESET) após 8012 ms");
    }
    return JSON.stringify({ ean, produto: "Losartana Potássica 50 mg, 30 comprimidos", ...STOCK[loja] });
  },
  { name: "consultar_estoque", description: "Estoque de um produto (EAN) numa loja.",
    schema: z.object({ ean: z.string(), loja: z.string() }) },
);

const reservar = tool(
  async ({ ean, loja, quantidade, cpf_final }) => JSON.stringify({
    reserva: "RSV-4Q7-5510", ean, loja, quantidade, cpf_final, valida_ate: "2026-12-05T22:00:00-03:00", status: "confirmada",
  }),
  { name: "reservar_produto", description: "Reserva unidades para retirada na loja.",
    schema: z.object({ ean: z.string(), loja: z.string(), quantidade: z.number(), cpf_final: z.string() }) },
);

const SYSTEM = "Você é o assistente do balcão da rede. Loja atual: SP-PIN. Loja vizinha: SP-VMD.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "balcao-SP-PIN-0021_b6d2";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("fc_91a0c3", "consultar_estoque", { ean: "7896004713205", loja: "SP-PIN" })] },
    { tool_calls: [call("fc_91a0c4", "consultar_estoque", { ean: "7896004713205", loja: "SP-PIN" })] },
    { tool_calls: [call("fc_91a0c5", "consultar_estoque", { ean: "7896004713205", loja: "SP-VMD" })] },
    { content: "Aqui em Pinheiros a Losartana 50 mg (30 comp.) está zerada: o sistema mostra 0 unidades, por ruptura no "
        + "distribuidor, com reposição prevista para 09/12. Na loja da Vila Madalena (R. Harmonia) há 14 caixas. "
        + "Quer que eu reserve uma caixa lá para a senhora?" },
    { tool_calls: [call("fc_91a0c6", "reservar_produto", { ean: "7896004713205", loja: "SP-VMD", quantidade: 1, cpf_final: "07" })] },
    { content: "Pronto! Reserva RSV-4Q7-5510 confirmada: 1 caixa de Losartana 50 mg na Vila Madalena, válida até amanhã (05/12) às 22h. "
        + "É só levar a receita e informar o final do CPF 07." },
  ], "gemini-2.5-flash");
  const graph = new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([consultarEstoque, reservar]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Boa tarde, vocês têm Losartana 50 mg, caixa com 30? Código de barras 7896004713205.")],
    user_id: "cli-cpf-xxx.xxx.xxx-07",
  }, threadConfig(thread));
  await graph.invoke({
    messages: [human("Sim, por favor, reserva uma caixa. Final do CPF 07.")],
  }, threadConfig(thread));
});
