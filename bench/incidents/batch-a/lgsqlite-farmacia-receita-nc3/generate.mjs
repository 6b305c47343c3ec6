// Pharmacy chain assistant (Portuguese). The home branch has 0 units of the prescribed medicine;
// the agent checks another branch, proposes a reservation there, and the reservation waits at a
// pharmacist-approval interrupt until the pharmacist resumes it.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ph-lx-3b9e0d4c";

const receita = tool(
  async ({ codigo }) => JSON.stringify({ codigo, utente: "SNS 284 117 905", medicamento: "Levotiroxina 88 µg, 50 comp.", cnpem: "50054921", validade: "2025-09-30", embalagens_por_dispensar: 1 }),
  { name: "ler_receita", description: "Lê uma receita eletrónica.", schema: z.object({ codigo: z.string() }) },
);
const stock = tool(
  async ({ loja, cnpem }) => JSON.stringify(loja === "LX-ALV"
    ? { loja, cnpem, unidades: 0, proxima_entrega: "2025-03-14" }
    : { loja, cnpem, unidades: 7, proxima_entrega: null }),
  { name: "stock_loja", description: "Unidades em stock numa loja.", schema: z.object({ loja: z.string(), cnpem: z.string() }) },
);
const reservar = tool(
  async ({ loja, codigo }) => JSON.stringify({ reserva: "RSV-LX-00831", loja, codigo, levantamento_ate: "2025-03-12T20:00", estado: "reservado" }),
  { name: "reservar_dispensa", description: "Reserva a dispensa de uma receita numa loja.", schema: z.object({ loja: z.string(), codigo: z.string() }) },
);

const S = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const model = new ScriptedChatModel("farmacia", [
  { tool_calls: [call("fc-01", "ler_receita", { codigo: "1011 0000 4471 2093 118" })] },
  { tool_calls: [call("fc-02", "stock_loja", { loja: "LX-ALV", cnpem: "50054921" })] },
  { tool_calls: [call("fc-03", "stock_loja", { loja: "LX-CMP", cnpem: "50054921" })] },
  { tool_calls: [call("fc-04", "reservar_dispensa", { loja: "LX-CMP", codigo: "1011 0000 4471 2093 118" })] },
  { content: "A loja de Alvalade não tem a Levotiroxina 88 µg neste momento (0 unidades, próxima entrega a 14/03). A loja do Campo Pequeno tem 7 embalagens e a farmacêutica aprovou a reserva: RSV-LX-00831, pode levantar até 12/03 às 20h00 com o código da receita." },
], "scripted-chat-pt");

const TOOLS = new ToolNode([receita, stock, reservar]);
const g = (checkpointer) => new StateGraph(S)
  .addNode("agente", async (s) => ({
    messages: [await model.invoke([new SystemMessage("Assistente da rede de farmácias. Reservas exigem aprovação da farmacêutica."), ...s.messages])],
  }))
  .addNode("aprovacao", async (s) => {
    const pedido = s.messages[s.messages.length - 1].tool_calls[0];
    const decisao = interrupt({ acao: pedido.name, argumentos: pedido.args, pede: "aprovação da farmacêutica de serviço" });
    return new Command({ goto: decisao.aprovado ? "ferramentas" : END });
  }, { ends: ["ferramentas", END] })
  .addNode("ferramentas", TOOLS)
  .addEdge(START, "agente")
  .addConditionalEdges("agente", (s) => {
    const last = s.messages[s.messages.length - 1];
    if (!last.tool_calls?.length) return END;
    return last.tool_calls[0].name === "reservar_dispensa" ? "aprovacao" : "ferramentas";
  }, ["aprovacao", "ferramentas", END])
  .addEdge("ferramentas", "agente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const graph = g(saver);
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    user_id: "utente-284117905",
    messages: [human("Boa tarde, tenho a receita 1011 0000 4471 2093 118. Dá para levantar hoje em Alvalade? Já só tenho comprimidos para dois dias.")],
  }, cfg);
  await graph.invoke(new Command({ resume: { aprovado: true, farmaceutica: "Dra. Inês Valente (CP 21834)" } }), cfg);
});
