// Banking assistant (pt-BR) for branch 0417. Favourite PIX keys are kept in a LangGraph store whose
// namespace is the branch ("agencia", "0417", "favoritos"), shared by every customer of the branch.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, toolsCondition, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), agencia: Annotation() });
const NS = ["agencia", "0417", "favoritos"];

const salvarFavorito = tool(
  async ({ cliente, chave_pix, apelido }) => {
    await getStore().put(NS, "chave_favorita", { cliente, chave_pix, apelido, atualizado_em: "2026-03-12T09:41:07-03:00" });
    return JSON.stringify({ ok: true, cliente, chave_pix, apelido });
  },
  {
    name: "salvar_favorito",
    description: "Salva a chave PIX favorita do cliente.",
    schema: z.object({ cliente: z.string(), chave_pix: z.string(), apelido: z.string() }),
  },
);
const consultarFavorito = tool(
  async ({ cliente }) => {
    const item = await getStore().get(NS, "chave_favorita");
    return JSON.stringify(item ? item.value : { encontrado: false, cliente });
  },
  { name: "consultar_favorito", description: "Consulta a chave PIX favorita do cliente.", schema: z.object({ cliente: z.string() }) },
);
const enviarPix = tool(
  async ({ conta_origem, chave_destino, valor_brl }) => JSON.stringify({
    e2e_id: "E04170000202603121502s7Kq9XbT2w", conta_origem, chave_destino, valor_brl, situacao: "LIQUIDADO",
  }),
  {
    name: "enviar_pix",
    description: "Envia um PIX.",
    schema: z.object({ conta_origem: z.string(), chave_destino: z.string(), valor_brl: z.number() }),
  },
);
const tools = [salvarFavorito, consultarFavorito, enviarPix];

const model = new ScriptedChatModel("pix", [
  // atendimento da Ana
  { tool_calls: [call("call_Qm3x", "salvar_favorito", { cliente: "CLI-0417-10554", chave_pix: "ana.ribeiro.92@gmail.com", apelido: "minha poupança Nubank" })] },
  { content: "Pronto, Ana! A chave ana.ribeiro.92@gmail.com foi salva como favorita (\"minha poupança Nubank\")." },
  // atendimento do Bruno
  { tool_calls: [call("call_Vz81", "consultar_favorito", { cliente: "CLI-0417-22981" })] },
  (messages) => {
    const fav = JSON.parse(messages[messages.length - 1].content);
    return { tool_calls: [call("call_Vz82", "enviar_pix", { conta_origem: "CLI-0417-22981", chave_destino: fav.chave_pix, valor_brl: 800 })] };
  },
  { content: "Feito, Bruno! Enviei R$ 800,00 para a sua chave favorita ana.ribeiro.92@gmail.com (\"minha poupança Nubank\"). "
      + "Comprovante: E04170000202603121502s7Kq9XbT2w." },
]);

const store = new InMemoryStore();
const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (s) => ({
    messages: [await model.invoke([new SystemMessage(`Assistente do Banco Aurora, agência ${s.agencia}. Cliente: ${s.user_id}.`), ...s.messages])],
  }))
  .addNode("tools", new ToolNode(tools))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile({ checkpointer, store });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({
    messages: [human("Oi, quero cadastrar minha chave ana.ribeiro.92@gmail.com como favorita, é minha poupança no Nubank.")],
    user_id: "CLI-0417-10554", agencia: "0417",
  }, threadConfig("atd_20260312_0941_10554"));
  await g.invoke({
    messages: [human("Boa tarde. Manda R$ 800 pra minha chave favorita, por favor, a da minha poupança.")],
    user_id: "CLI-0417-22981", agencia: "0417",
  }, threadConfig("atd_20260312_1502_22981"));
});
