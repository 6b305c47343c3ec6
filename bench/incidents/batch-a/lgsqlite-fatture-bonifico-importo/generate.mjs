// Agente contabilità fornitori (italiano). Reads the supplier invoices due this week, a
// deterministic "normalizza" node turns each invoice's total into the numeric amount kept in state,
// and the agent orders the SEPA transfers from that state. Real LangGraph.js + SqliteSaver, scripted model.
//   node bench/incidents/batch-a/lgsqlite-fatture-bonifico-importo/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ScriptedChatModel, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "cp-2026w19-lotto-03";

const FATTURE = [
  { numero: "FT 2026/0412", fornitore: "Cartotecnica Brembo S.r.l.", iban: "IT60X0542811101000000123456",
    totale: "845,00 €", scadenza: "2026-05-08" },
  { numero: "118/E", fornitore: "Idraulica F.lli Rota s.n.c.", iban: "IT02L1234512345123456789012",
    totale: "1.249,90 €", scadenza: "2026-05-08" },
  { numero: "A-2026-0077", fornitore: "Studio Ing. Ferretti", iban: "IT40S0542811101000000654321",
    totale: "392,40 €", scadenza: "2026-05-09" },
];

const elencoFatture = tool(
  async ({ settimana }) => JSON.stringify({ settimana, fatture: FATTURE }),
  {
    name: "elenco_fatture_in_scadenza",
    description: "Elenca le fatture passive in scadenza nella settimana indicata.",
    schema: z.object({ settimana: z.string() }),
  },
);

let cro = 66120;
const disponiBonifico = tool(
  async ({ iban, importo_eur, causale }) => JSON.stringify({
    cro: `0306${cro++}0409`, iban, importo_eur, causale, data_esecuzione: "2026-05-08", esito: "ESEGUITO",
  }),
  {
    name: "disponi_bonifico",
    description: "Dispone un bonifico SEPA dal conto operativo.",
    schema: z.object({ iban: z.string(), importo_eur: z.number(), causale: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  pagamenti: Annotation(),
});

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_fx_01", "elenco_fatture_in_scadenza", { settimana: "2026-W19" })] },
  (m) => {
    const sys = m[0].content;
    const righe = JSON.parse(sys.slice(sys.indexOf("["), sys.lastIndexOf("]") + 1));
    return { tool_calls: righe.map((p, i) => call(`call_bon_0${i + 2}`, "disponi_bonifico", {
      iban: p.iban, importo_eur: p.importo_eur, causale: `Saldo fattura ${p.numero}`,
    })) };
  },
  { content: "Bonifici disposti per le 3 fatture in scadenza: Cartotecnica Brembo € 845,00 (FT 2026/0412), "
      + "Idraulica F.lli Rota € 1.249 (118/E), Studio Ing. Ferretti € 392,40 (A-2026-0077). Tutti eseguiti con "
      + "data 8 maggio." },
]);

function importo(totale) {
  return parseFloat(totale.replace("€", "").trim().replace(",", "."));
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => {
      const extra = state.pagamenti ? `\nPagamenti da disporre: ${JSON.stringify(state.pagamenti)}` : "";
      return { messages: [await model.invoke([
        new SystemMessage(`Sei l'agente della contabilità fornitori. Paga le fatture in scadenza.${extra}`),
        ...state.messages,
      ])] };
    })
    .addNode("tools", new ToolNode([elencoFatture, disponiBonifico]))
    .addNode("normalizza", async (state) => {
      const last = state.messages.at(-1);
      if (last.name !== "elenco_fatture_in_scadenza") return {};
      const { fatture } = JSON.parse(last.content);
      return { pagamenti: fatture.map((f) => ({ numero: f.numero, iban: f.iban, importo_eur: importo(f.totale) })) };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "normalizza")
    .addEdge("normalizza", "agent")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Ciao, procedi con i pagamenti delle fatture fornitori in scadenza questa settimana (W19).")],
    user_id: "op.contabilita.fbianchi",
  }, threadConfig(THREAD));
});
