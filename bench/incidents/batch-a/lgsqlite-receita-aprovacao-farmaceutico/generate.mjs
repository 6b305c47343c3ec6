// Pharmacy-refill assistant (Brazilian Portuguese). The agent proposes dispensing a controlled-drug
// refill; the graph pauses at a pharmacist-approval interrupt with the tool call still pending, and
// the next morning the pharmacist resumes the same run with Command({ resume }) and the refill goes out.
import {
  AIMessage, Command, END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  interrupt, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), aprovacao: Annotation() });

const consultarReceita = tool(
  async ({ receita }) => JSON.stringify({ receita, paciente: "pac-0073315", medicamento: "Clonazepam 2 mg", quantidade: 30,
    tipo: "controle especial (B1)", validade: "2026-07-02", dispensacoes_restantes: 1 }),
  { name: "consultar_receita", description: "Consulta uma receita digital.", schema: z.object({ receita: z.string() }) },
);

const dispensar = tool(
  async ({ receita, quantidade, unidade }) => JSON.stringify({ receita, quantidade, unidade, pedido: "DSP-2026-0611-884",
    status: "separado para retirada", retirada_a_partir_de: "2026-06-11 10:00" }),
  { name: "dispensar_medicamento", description: "Registra a dispensação e separa o medicamento.",
    schema: z.object({ receita: z.string(), quantidade: z.number(), unidade: z.string() }) },
);
const tools = new ToolNode([consultarReceita, dispensar]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "rx-pac-0073315-c9e1";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_rx_q1", "consultar_receita", { receita: "RX-SP-2026-559201" })] },
    { content: "Sua receita RX-SP-2026-559201 de Clonazepam 2 mg (30 comprimidos) ainda tem uma dispensação. "
        + "Por ser medicamento controlado, o pedido precisa ser aprovado pelo farmacêutico responsável.",
      tool_calls: [call("call_rx_d1", "dispensar_medicamento", { receita: "RX-SP-2026-559201", quantidade: 30, unidade: "Pinheiros" })] },
    { content: "Pronto! O farmacêutico aprovou e o pedido DSP-2026-0611-884 (Clonazepam 2 mg, 30 comprimidos) está "
        + "separado para retirada na unidade Pinheiros a partir de 11/06 às 10h. Leve um documento com foto." },
  ]);
  const graph = new StateGraph(State)
    .addNode("assistente", async (s) => ({ messages: [await model.invoke([
      new SystemMessage("Você é o assistente de renovação de receitas da Drogaria Vila Nova. Responda em português."),
      ...s.messages])] }))
    .addNode("aprovacao_farmaceutico", async (s) => {
      const pending = s.messages[s.messages.length - 1].tool_calls;
      const decisao = interrupt({ tipo: "aprovacao_farmaceutico", chamadas: pending });
      if (decisao.aprovado) return new Command({ goto: "ferramentas", update: { aprovacao: decisao } });
      return new Command({ goto: END, update: { aprovacao: decisao, messages: pending.map((c) => new ToolMessage({
        tool_call_id: c.id, content: "Recusado pelo farmacêutico.", name: c.name })) } });
    }, { ends: ["ferramentas", END] })
    .addNode("ferramentas", tools)
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", (s) => {
      const calls = s.messages[s.messages.length - 1].tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls.some((c) => c.name === "dispensar_medicamento") ? "aprovacao_farmaceutico" : "ferramentas";
    }, ["ferramentas", "aprovacao_farmaceutico", END])
    .addEdge("ferramentas", "assistente")
    .compile({ checkpointer });

  await graph.invoke({ messages: [human("Oi, quero renovar meu clonazepam, receita RX-SP-2026-559201, retiro na unidade Pinheiros.")],
    user_id: "pac-0073315", aprovacao: null }, threadConfig(thread));
  await graph.invoke(new Command({ resume: { aprovado: true, farmaceutico: "CRF-SP 48213", observacao: "conferido SNGPC" } }),
    threadConfig(thread));
});
