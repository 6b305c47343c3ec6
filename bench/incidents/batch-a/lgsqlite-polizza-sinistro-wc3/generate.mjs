// Italian car-insurance claims assistant (LangGraph.js, SQLite checkpointer, scripted model).
// Two turns on one thread: the first lookup finds nothing and the agent asks the customer back.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), canale: Annotation() });

const POLIZZE = {
  "RCA-0048812-MI": {
    numero: "RCA-0048812-MI", intestatario: "Giulia Ferraro", targa: "GK 418 TZ", stato: "attiva",
    scadenza: "2026-11-30", garanzie: ["RC auto", "cristalli", "assistenza stradale"], franchigia_cristalli_eur: 150,
  },
};

const cercaPolizza = tool(
  async ({ numero_polizza }) => {
    const p = POLIZZE[numero_polizza];
    return JSON.stringify(p ? { trovate: 1, polizze: [p] } : { trovate: 0, polizze: [] });
  },
  {
    name: "cerca_polizza",
    description: "Cerca una polizza nell'archivio contratti per numero.",
    schema: z.object({ numero_polizza: z.string() }),
  },
);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "wa-393471198820-20260417";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("fc_9d1e0a", "cerca_polizza", { numero_polizza: "RCA-0048821-MI" })] },
    { content: "Non ho trovato nessuna polizza con il numero RCA-0048821-MI. Potrebbe ricontrollarlo sul "
      + "certificato o indicarmi la targa del veicolo? Così verifico subito le garanzie attive." },
    { tool_calls: [call("fc_a07c3b", "cerca_polizza", { numero_polizza: "RCA-0048812-MI" })] },
    { content: "Trovata: la polizza RCA-0048812-MI (targa GK 418 TZ) è attiva fino al 30/11/2026 e include la "
      + "garanzia cristalli, con una franchigia di 150 €. Per il parabrezza può aprire il sinistro da questa chat." },
  ], "gemini-1.5-pro-002");
  const graph = new StateGraph(State)
    .addNode("assistente_sinistri", async (s) => ({
      messages: [await model.invoke([new SystemMessage(
        "Sei l'assistente sinistri. Rispondi solo con dati presi dall'archivio contratti."), ...s.messages])],
    }))
    .addNode("tools", new ToolNode([cercaPolizza]))
    .addEdge(START, "assistente_sinistri")
    .addConditionalEdges("assistente_sinistri", toolsCondition, ["tools", END])
    .addEdge("tools", "assistente_sinistri")
    .compile({ checkpointer });
  const cfg = threadConfig(thread);
  await graph.invoke({
    messages: [human("Buongiorno, mi si è crepato il parabrezza. La mia polizza RCA-0048821-MI copre i cristalli? E con quale franchigia?")],
    user_id: "cliente-7731-ferraro", canale: "whatsapp",
  }, cfg);
  await graph.invoke({ messages: [human("Scusi, ho invertito due cifre: è RCA-0048812-MI.")] }, cfg);
});
