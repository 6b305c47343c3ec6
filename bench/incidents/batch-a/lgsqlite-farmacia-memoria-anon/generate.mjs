// WhatsApp assistant of a Brazilian pharmacy chain, LangGraph.js with the SQLite checkpointer and
// a long-term memory store (InMemoryStore) for customer facts. The memory tools build their
// namespace from config.configurable.user_id; the WhatsApp gateway keeps the customer id in the
// graph state and sends no user_id in the config, so every customer's memories go to the same
// namespace. Run: node generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore, getStore } from "../../harness/lgsqlite/store.mjs";

const MARIA = "wa-5511987650001-20260412";
const CARLOS = "wa-5521996660042-20260412";

function memoryNamespace(config) {
  return ["memorias", String(config?.configurable?.user_id ?? "anon")];
}

const salvarMemoria = tool(
  async ({ fato, categoria }, config) => {
    const store = getStore();
    const key = `mem-${categoria}-${Date.parse("2026-04-12T14:03:00Z").toString(36)}`;
    await store.put(memoryNamespace(config), key, { fato, categoria });
    return JSON.stringify({ ok: true, namespace: memoryNamespace(config), key });
  },
  {
    name: "salvar_memoria",
    description: "Guarda um fato duradouro sobre o cliente (medicamentos em uso, alergias, condições).",
    schema: z.object({ fato: z.string(), categoria: z.enum(["medicamento", "alergia", "condicao", "preferencia"]) }),
  },
);

const buscarMemorias = tool(
  async ({ consulta }, config) => {
    const store = getStore();
    const items = await store.search(memoryNamespace(config), { limit: 10 });
    return JSON.stringify({
      consulta,
      memorias: items.map((i) => ({ namespace: i.namespace, key: i.key, ...i.value })),
    });
  },
  {
    name: "buscar_memorias",
    description: "Busca os fatos guardados sobre o cliente antes de orientar sobre medicamentos.",
    schema: z.object({ consulta: z.string() }),
  },
);

const consultarEstoque = tool(
  async ({ produto, loja }) => JSON.stringify({
    produto, loja, disponivel: true, preco_brl: produto.toLowerCase().includes("paracetamol") ? 8.49 : 12.9,
  }),
  {
    name: "consultar_estoque",
    description: "Consulta estoque e preço de um produto numa loja.",
    schema: z.object({ produto: z.string(), loja: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), loja: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const store = new InMemoryStore();
  const SYSTEM = "Você é a assistente virtual da Drogaria Bom Jesus no WhatsApp. Antes de orientar sobre "
    + "medicamentos, consulte as memórias do cliente. Guarde medicamentos de uso contínuo e alergias.";

  function build(model) {
    return new StateGraph(State)
      .addNode("assistente", async (state) => ({
        messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
      }))
      .addNode("ferramentas", new ToolNode([salvarMemoria, buscarMemorias, consultarEstoque]))
      .addEdge(START, "assistente")
      .addConditionalEdges("assistente", toolsCondition, { tools: "ferramentas", [END]: END })
      .addEdge("ferramentas", "assistente")
      .compile({ checkpointer, store });
  }

  // Maria, in the morning.
  const maria = build(new ScriptedChatModel(MARIA, [
    { tool_calls: [
      call("call_m1Ab", "salvar_memoria", { fato: "Usa varfarina 5 mg uma vez ao dia (anticoagulante), prescrita pela "
        + "cardiologista.", categoria: "medicamento" }),
      call("call_m1Ac", "salvar_memoria", { fato: "Alérgica a dipirona (teve urticária).", categoria: "alergia" }),
    ] },
    { tool_calls: [call("call_m2Xe", "consultar_estoque", { produto: "Marevan 5 mg (varfarina) 30 comprimidos",
      loja: "Loja 042 – Moema" })] },
    { content: "Anotado, Maria: varfarina 5 mg de uso contínuo e alergia a dipirona. O Marevan 5 mg está disponível na "
        + "Loja 042 – Moema por R$ 12,90. Quer que eu separe uma caixa para retirada?" },
    { content: "Combinado! Separei uma caixa de Marevan 5 mg na Loja 042 – Moema, no seu nome, para retirada hoje até "
        + "as 22h. Lembre de levar a receita." },
  ], "gpt-4o-mini-2024-07-18"));
  const mCfg = threadConfig(MARIA);
  await maria.invoke({
    messages: [human("Oi! Preciso comprar meu Marevan 5 mg, tomo um por dia. Ah, e sou alérgica a dipirona, "
      + "sempre esqueço de avisar.")],
    user_id: "cli-55190",
    loja: "Loja 042 – Moema",
  }, mCfg);
  await maria.invoke({ messages: [human("Pode separar sim, obrigada!")] }, mCfg);

  // Carlos, in the afternoon, on another phone and another thread.
  const carlos = build(new ScriptedChatModel(CARLOS, [
    { tool_calls: [call("call_c1Qr", "buscar_memorias", { consulta: "medicamentos em uso e alergias" })] },
    { tool_calls: [call("call_c2Tt", "consultar_estoque", { produto: "Paracetamol 750 mg 20 comprimidos",
      loja: "Loja 117 – Tijuca" })] },
    { content: "Carlos, como você faz uso contínuo de varfarina, não recomendo ibuprofeno: ele aumenta o risco de "
        + "sangramento junto com o anticoagulante. E como você tem alergia a dipirona, evite também Novalgina e "
        + "Dorflex. Para a dor de cabeça, o mais seguro é paracetamol 750 mg, 1 comprimido a cada 6 horas se precisar "
        + "(máximo 4 por dia). Tem na Loja 117 – Tijuca por R$ 8,49." },
  ], "gpt-4o-mini-2024-07-18"));
  await carlos.invoke({
    messages: [human("Boa tarde, tô com uma dor de cabeça forte. Posso tomar ibuprofeno 600?")],
    user_id: "cli-60233",
    loja: "Loja 117 – Tijuca",
  }, threadConfig(CARLOS));
});
