// Italian electronics shop support bot: warranty/returns question answered from the knowledge base.
// Run from /work/main: node bench/incidents/batch-a/lgsqlite-resi-garanzia-nc8/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "wa-393471120558-20260417";

const KB = [
  { doc: "KB-IT-0207", titolo: "Resi prodotti ricondizionati (grado A/B)", testo:
    "I prodotti ricondizionati possono essere resi entro 14 giorni dalla consegna. La garanzia convenzionale è di 12 mesi. "
    + "Il ritiro tramite corriere costa 6,90 € ed è gratuito se il difetto è confermato dal laboratorio." },
];

const cercaKb = tool(
  async ({ query }) => {
    const hits = KB.filter((d) => /ricondizionat/i.test(query));
    return JSON.stringify({ query, hits });
  },
  { name: "kb_search", description: "Cerca nella base di conoscenza del negozio.", schema: z.object({ query: z.string() }) },
);

const model = new ScriptedChatModel("assistenza", [
  { tool_calls: [call("srch-a91", "kb_search", { query: "reso tablet schermo difettoso garanzia" })] },
  { content: "Non ho trovato nulla nella nostra base di conoscenza per questo caso e non voglio darti indicazioni sbagliate. "
      + "Il tablet l'hai acquistato nuovo o ricondizionato? E hai il numero d'ordine?" },
  { tool_calls: [call("srch-a92", "kb_search", { query: "reso prodotto ricondizionato difetto schermo" })] },
  { content: "Grazie. Per i ricondizionati (ordine ORD-IT-448120) puoi fare il reso entro 14 giorni dalla consegna e hai comunque "
      + "12 mesi di garanzia convenzionale. Il ritiro con corriere costa 6,90 €, ma è gratuito se il laboratorio conferma il difetto "
      + "allo schermo (fonte: KB-IT-0207). Vuoi che apra la pratica?" },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("assistente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Sei l'assistente clienti. Rispondi solo con quanto trovi nella base di conoscenza."), ...state.messages])],
  }))
  .addNode("strumenti", new ToolNode([cercaKb]))
  .addEdge(START, "assistente")
  .addConditionalEdges("assistente", toolsCondition, { tools: "strumenti", [END]: END })
  .addEdge("strumenti", "assistente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({ user_id: "+39 347 112 0558",
    messages: [human("Ciao, il tablet che mi è arrivato martedì ha una riga verde sullo schermo. Posso renderlo? Quanto mi costa?")] },
  threadConfig(THREAD));
  await g.invoke({ messages: [human("Ricondizionato grado A, ordine ORD-IT-448120.")] }, threadConfig(THREAD));
});
