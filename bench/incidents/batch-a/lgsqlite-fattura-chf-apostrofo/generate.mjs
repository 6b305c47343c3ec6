// Accounts-payable assistant of a Ticino company (Italian). The OCR tool returns the invoice total
// as Swiss-formatted text ("CHF 12'480.00"); the registration node converts it with parseFloat,
// which stops at the apostrophe, and the payment is scheduled from the registered amount.
//   node bench/incidents/batch-a/lgsqlite-fattura-chf-apostrofo/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ap-ti-2026-000318";

const leggiFattura = tool(
  async ({ documento_id }) => JSON.stringify({
    documento_id,
    fornitore: "Officine Meccaniche Bernasconi SA",
    partita_iva: "CHE-108.774.529 IVA",
    numero: "FT 2026/0412",
    data: "31.03.2026",
    totale: "CHF 12'480.00",
    iva_inclusa: "CHF 934.65",
    scadenza: "30.04.2026",
    iban: "CH93 0076 2011 6238 5295 7",
    riferimento_qr: "21 00000 00003 13947 14300 09017",
  }),
  {
    name: "leggi_fattura",
    description: "Estrae i dati di una fattura fornitore scansionata (OCR + QR-fattura).",
    schema: z.object({ documento_id: z.string() }),
  },
);

const programmaPagamento = tool(
  async ({ fornitore, importo, valuta, iban, data_esecuzione, riferimento }) => JSON.stringify({
    ordine: "PAG-55120", stato: "programmato", fornitore, importo, valuta, iban, data_esecuzione, riferimento,
    conto_addebito: "BancaStato CH44 0076 4000 1111 2222 3",
  }),
  {
    name: "programma_pagamento",
    description: "Programma un bonifico fornitore nell'e-banking.",
    schema: z.object({
      fornitore: z.string(),
      importo: z.number(),
      valuta: z.string(),
      iban: z.string(),
      data_esecuzione: z.string(),
      riferimento: z.string(),
    }),
  },
);

const SYSTEM = "Sei l'assistente contabilità fornitori di Lucchini Impianti SA (Bellinzona). Registra le "
  + "fatture e programma i pagamenti alla scadenza usando i dati registrati.";

function registrata(messages) {
  const m = messages[0].content.match(/Fattura registrata: (.*)$/m);
  return m ? JSON.parse(m[1]) : null;
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("toolu_01LfX7", "leggi_fattura", { documento_id: "SCAN-2026-03-0877" })] },
    (messages) => {
      const f = registrata(messages);
      return { tool_calls: [call("toolu_01Pq9K", "programma_pagamento", {
        fornitore: f.fornitore, importo: f.importo, valuta: f.valuta, iban: f.iban,
        data_esecuzione: f.scadenza_iso, riferimento: f.riferimento_qr,
      })] };
    },
    (messages) => {
      const f = registrata(messages);
      return { content: `Fattura ${f.numero} di ${f.fornitore} registrata. Ho programmato il bonifico PAG-55120 `
        + `di ${f.valuta} ${f.importo.toFixed(2)} per il ${f.scadenza} sull'IBAN ${f.iban}.` };
    },
  ], "claude-sonnet-4-20250514");

  const State = Annotation.Root({
    ...MessagesAnnotation.spec,
    user_id: Annotation(),
    fattura: Annotation(),
  });
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => {
      const system = state.fattura ? `${SYSTEM}\nFattura registrata: ${JSON.stringify(state.fattura)}` : SYSTEM;
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("ocr", new ToolNode([leggiFattura]))
    .addNode("registra", async (state) => {
      const dati = JSON.parse(state.messages.at(-1).content);
      const [valuta, cifra] = dati.totale.split(" ");
      const [g, m, a] = dati.scadenza.split(".");
      return {
        fattura: {
          fornitore: dati.fornitore,
          numero: dati.numero,
          importo: parseFloat(cifra),
          valuta,
          iban: dati.iban,
          scadenza: dati.scadenza,
          scadenza_iso: `${a}-${m}-${g}`,
          riferimento_qr: dati.riferimento_qr,
        },
      };
    })
    .addNode("pagamenti", new ToolNode([programmaPagamento]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (state) => {
      const calls = state.messages.at(-1).tool_calls ?? [];
      if (calls.length === 0) return END;
      return calls[0].name === "leggi_fattura" ? "ocr" : "pagamenti";
    }, ["ocr", "pagamenti", END])
    .addEdge("ocr", "registra")
    .addEdge("registra", "agent")
    .addEdge("pagamenti", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Ciao, ti ho caricato la fattura di Bernasconi per la revisione del tornio (SCAN-2026-03-0877). "
      + "Registrala e programma il pagamento alla scadenza, grazie.")],
    user_id: "contabilita.mrossi",
  }, threadConfig(THREAD));
});
