// Segreteria studenti di un ateneo: l'assistente verifica la posizione contributiva di uno studente
// sul gestionale della carriera e prepara le attestazioni di pagamento, che un operatore della
// segreteria deve approvare (interrupt) prima dell'emissione. LangGraph reale, SqliteSaver reale,
// modello scriptato (nessuna rete).
//   node bench/incidents/batch-a/lgsqlite-seconda-rata-gia-pagata-sc3/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sportello-tasse/284511/2026-05-12";

let chiamate = 0;
const posizioneContributiva = tool(
  async ({ matricola, anno_accademico }) => {
    chiamate++;
    if (chiamate === 1) {
      throw new Error("HTTP 503 dal web service carriere (upstream timeout dopo 20000 ms), riprovare");
    }
    return JSON.stringify({
      matricola,
      anno_accademico,
      fascia_isee: "F4",
      rate: [
        { rata: 1, importo: 156.0, scadenza: "2025-11-05", stato: "pagata", pagata_il: "2025-10-28", iuv: "RF18000000002841150001" },
        { rata: 2, importo: 1250.0, scadenza: "2026-05-31", stato: "pagata", pagata_il: "2026-03-02", iuv: "RF18000000002841150002" },
      ],
      mora: 0.0,
      residuo_da_pagare: 0.0,
    });
  },
  {
    name: "posizione_contributiva",
    description: "Rate, pagamenti e residuo delle tasse universitarie di uno studente.",
    schema: z.object({ matricola: z.string(), anno_accademico: z.string() }),
  },
);

const emettiAttestazione = tool(
  async ({ matricola, anno_accademico, destinatario }) => JSON.stringify({
    protocollo: "ATT-2026-031877", matricola, anno_accademico, destinatario,
    totale_versato: 1406.0, formato: "PDF firmato", inviata_a: "s284511@studenti.unive-demo.it",
  }),
  {
    name: "emetti_attestazione",
    description: "Emette l'attestazione dei contributi versati in un anno accademico.",
    schema: z.object({ matricola: z.string(), anno_accademico: z.string(), destinatario: z.string() }),
  },
);

const SYSTEM = "Sei l'assistente dello sportello tasse della segreteria studenti. Dai del tu. Non inventare "
  + "importi: usa solo i dati del gestionale.";

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("c-01", "posizione_contributiva", { matricola: "284511", anno_accademico: "2025/26" })] },
  { tool_calls: [call("c-02", "posizione_contributiva", { matricola: "284511", anno_accademico: "2025/26" })] },
  { content: "Buone notizie: non devi pagare niente. La seconda rata dell'a.a. 2025/26 (1.250,00 €) risulta già "
      + "pagata il 2 marzo 2026 (IUV RF18000000002841150002), e anche la prima rata da 156,00 € è saldata dal "
      + "28 ottobre. Il residuo è 0,00 € e non c'è alcuna mora. La mail che hai ricevuto non corrisponde alla tua "
      + "posizione: non pagare avvisi arrivati per mail senza verificarli sul portale." },
  { tool_calls: [call("c-03", "emetti_attestazione", {
    matricola: "284511", anno_accademico: "2025/26", destinatario: "Ente regionale per il diritto allo studio",
  })] },
  { content: "Fatto: l'attestazione dei contributi versati per il 2025/26 (totale 1.406,00 €) è stata emessa "
      + "con protocollo ATT-2026-031877 e inviata in PDF firmato alla tua casella istituzionale. Puoi allegarla "
      + "direttamente alla domanda per la borsa di studio." },
], "gemini-2.0-flash-001");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("assistente", async (state) => ({
    messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
  }))
  .addNode("approvazione", async (state) => {
    const richiesta = state.messages.at(-1).tool_calls[0];
    const esito = interrupt({ azione: richiesta.name, argomenti: richiesta.args, coda: "segreteria-tasse" });
    return esito.approvato ? new Command({ goto: "strumenti" }) : new Command({ goto: END });
  }, { ends: ["strumenti", END] })
  .addNode("strumenti", new ToolNode([posizioneContributiva, emettiAttestazione]))
  .addEdge(START, "assistente")
  .addConditionalEdges("assistente", (s) => {
    const calls = s.messages.at(-1).tool_calls ?? [];
    if (calls.some((c) => c.name === "emetti_attestazione")) return "approvazione";
    return calls.length ? "strumenti" : END;
  }, ["strumenti", "approvazione", END])
  .addEdge("strumenti", "assistente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Ciao, mi è arrivata una mail che dice che devo ancora pagare la seconda rata (1.250 €) "
      + "entro il 31 maggio, se no scatta la mora. Ma io pensavo di averla già pagata... Matricola 284511.")],
    user_id: "s284511",
  }, cfg);
  await g.invoke({ messages: [human("Perfetto, grazie! Mi serve anche l'attestazione dei pagamenti di "
    + "quest'anno per la domanda di borsa di studio all'ente regionale.")] }, cfg);
  // Un operatore della segreteria approva l'emissione dalla sua coda, qualche minuto dopo.
  await g.invoke(new Command({ resume: { approvato: true, operatore: "m.rossi@segreteria" } }), cfg);
});
