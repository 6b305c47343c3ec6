// Bank card-support assistant (Italian). The first transaction search comes back empty because the
// charge was posted (contabilizzato) days after the purchase; the assistant widens the window, finds
// it, and opens a dispute with the values the search returned.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const MOVIMENTI = [
  { id_mov: "MV20260311-004417", data_contabile: "2026-03-11", data_operazione: "2026-03-06",
    esercente: "SKYTRAVEL*BKG 8841 AMSTERDAM NL", importo: -389.9, valuta: "EUR", stato: "contabilizzato" },
  { id_mov: "MV20260309-001202", data_contabile: "2026-03-09", data_operazione: "2026-03-09",
    esercente: "ESSELUNGA MILANO", importo: -64.12, valuta: "EUR", stato: "contabilizzato" },
];

const cercaMovimenti = tool(
  async ({ carta, dal, al, testo }) => {
    const hits = MOVIMENTI.filter((m) => m.data_contabile >= dal && m.data_contabile <= al
      && (!testo || m.esercente.toLowerCase().includes(testo.toLowerCase())));
    return JSON.stringify({ carta, dal, al, movimenti: hits, totale: hits.length });
  },
  {
    name: "cerca_movimenti",
    description: "Cerca i movimenti della carta per data contabile.",
    schema: z.object({ carta: z.string(), dal: z.string(), al: z.string(), testo: z.string().nullable() }),
  },
);

const apriContestazione = tool(
  async ({ id_mov, importo, motivo }) => JSON.stringify({
    pratica: "CTZ/2026/0031877", id_mov, importo, motivo, stato: "aperta", esito_previsto_entro: "2026-04-24",
  }),
  {
    name: "apri_contestazione",
    description: "Apre una contestazione (chargeback) su un movimento.",
    schema: z.object({ id_mov: z.string(), importo: z.number(), motivo: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "cs-it-000000918274";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("tc_a91f", "cerca_movimenti", { carta: "****7702", dal: "2026-03-06", al: "2026-03-06", testo: "skytravel" })] },
    { tool_calls: [call("tc_a920", "cerca_movimenti", { carta: "****7702", dal: "2026-03-06", al: "2026-03-16", testo: "skytravel" })] },
    { content: "Non risultava nulla il 6 marzo perché l'addebito è stato contabilizzato l'11 marzo: "
        + "SKYTRAVEL*BKG 8841 AMSTERDAM NL, 389,90 EUR (operazione del 6 marzo). Vuole che apra una contestazione "
        + "per servizio non ricevuto?" },
    { tool_calls: [call("tc_a93c", "apri_contestazione", { id_mov: "MV20260311-004417", importo: 389.9, motivo: "servizio non ricevuto: volo cancellato, rimborso negato" })] },
    { content: "Ho aperto la pratica CTZ/2026/0031877 per 389,90 EUR sul movimento dell'11 marzo. "
        + "L'esito è previsto entro il 24 aprile 2026." },
  ], "claude-sonnet-4-20250514");
  const graph = new StateGraph(State)
    .addNode("assistente", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Assistente carte di Banca Lariana."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([cercaMovimenti, apriContestazione]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, ["tools", END])
    .addEdge("tools", "assistente")
    .compile({ checkpointer });
  const cfg = threadConfig(thread);
  await graph.invoke({
    messages: [human("Buongiorno, il 6 marzo ho prenotato un volo con SkyTravel sulla carta che finisce con 7702, "
      + "poi il volo è stato cancellato e non mi rimborsano. Potete verificare l'addebito?")],
    user_id: "cli-IT-55120934",
  }, cfg);
  await graph.invoke({ messages: [human("Sì, la apra per favore.")] }, cfg);
});
