// Assistente virtuale della segreteria studenti di un ateneo: consulta la carriera dello studente nel
// gestionale di ateneo e cerca nei bandi pubblicati (mobilità, borse, tirocini).
// LangGraph.js + SqliteSaver, modello scriptato, offline. Dalla radice del repository:
//   node bench/incidents/batch-a/lgsqlite-segreteria-esonero-h5/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "seg-studenti:7d1e90b2";
const anno = new Date().getUTCFullYear();
const aa = `${anno}/${String((anno + 1) % 100).padStart(2, "0")}`;

// Il gestionale di carriera era in finestra di manutenzione: la prima chiamata fallisce.
let guasti = 1;
const statoCarriera = tool(
  async ({ matricola }) => {
    if (guasti-- > 0) {
      throw new Error("503 Service Unavailable: servizio carriere temporaneamente non disponibile, riprovare");
    }
    return JSON.stringify({
      matricola, corso: "Ingegneria Gestionale (L-9)", anno_accademico: aa, anno_di_corso: 2,
      iscrizione: "ATTIVA",
      tasse: {
        prima_rata: { importo_eur: 156.0, pagata: true },
        seconda_rata: { importo_eur: 0.0, motivo: "esonero totale: ISEE in fascia 1", scadenza: null },
      },
    });
  },
  {
    name: "stato_carriera",
    description: "Stato dell'iscrizione e situazione tasse di uno studente.",
    schema: z.object({ matricola: z.string() }),
  },
);

const BANDI = [
  {
    codice: `ERA-TR-${anno + 1}-ING`, titolo: `Erasmus+ Traineeship ${aa} – Dipartimento di Ingegneria`,
    scadenza_domanda: `${anno + 1}-02-27T12:00:00+01:00`, durata: "da 2 a 6 mesi",
    contributo_mensile_eur: "350-450 in base al paese", dipartimento: "ingegneria", programma: "traineeship",
  },
];

const cercaBandi = tool(
  async ({ testo, dipartimento }) => {
    const t = testo.toLowerCase();
    const risultati = BANDI.filter((b) => dipartimento && b.dipartimento === dipartimento.toLowerCase()
      && t.includes(b.programma));
    return JSON.stringify({ testo, dipartimento: dipartimento ?? null, risultati });
  },
  {
    name: "cerca_bandi",
    description: "Cerca tra i bandi pubblicati dall'ateneo. Il dipartimento restringe la ricerca.",
    schema: z.object({ testo: z.string(), dipartimento: z.string().optional() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
});

const SYSTEM = "Sei l'assistente virtuale della Segreteria Studenti. Rispondi solo con informazioni ottenute "
  + "dagli strumenti; se non trovi qualcosa, dillo e chiedi chiarimenti.";

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("fc_9e1a07d3", "stato_carriera", { matricola: "0001088213" })] },
  { tool_calls: [call("fc_9e1a07d4", "stato_carriera", { matricola: "0001088213" })] },
  { content: `Sì, la tua iscrizione al 2° anno di Ingegneria Gestionale per l'a.a. ${aa} è attiva. `
      + "La prima rata (156,00 €) risulta pagata. Per la seconda rata l'importo è 0,00 €: hai l'esonero totale "
      + "perché il tuo ISEE rientra nella fascia 1, quindi non c'è nessun pagamento né scadenza da rispettare." },
  { tool_calls: [call("fc_9e1a07d5", "cerca_bandi", { testo: "Erasmus tirocinio estero scadenza" })] },
  { content: "Non ho trovato bandi pubblicati che corrispondano a \"Erasmus tirocinio\" senza indicare il "
      + "dipartimento, quindi non posso darti una scadenza. Ti riferisci all'Erasmus+ Traineeship (tirocinio) o "
      + "all'Erasmus+ per studio? E per quale dipartimento? Così ripeto la ricerca." },
  { tool_calls: [call("fc_9e1a07d6", "cerca_bandi", { testo: "Erasmus+ traineeship", dipartimento: "Ingegneria" })] },
  { content: `Trovato: bando ERA-TR-${anno + 1}-ING, "Erasmus+ Traineeship ${aa} – Dipartimento di Ingegneria". `
      + `La domanda va presentata entro il 27/02/${anno + 1} alle 12:00. Il tirocinio può durare da 2 a 6 mesi e `
      + "il contributo mensile è di 350-450 € a seconda del paese di destinazione." },
], "gemini-1.5-pro-002");

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("assistente", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("strumenti", new ToolNode([statoCarriera, cercaBandi]))
    .addEdge(START, "assistente")
    .addConditionalEdges("assistente", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "assistente")
    .compile({ checkpointer: saver });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Buongiorno, matricola 0001088213. Mi confermate che l'iscrizione al secondo anno è andata "
      + "a buon fine? E quanto devo pagare per la seconda rata?")],
    user_id: "0001088213",
  }, cfg);
  await graph.invoke({ messages: [human("Perfetto, grazie! Un'altra cosa: entro quando devo fare domanda per "
    + "l'Erasmus per il tirocinio all'estero?")] }, cfg);
  await graph.invoke({ messages: [human("Il Traineeship, Dipartimento di Ingegneria.")] }, cfg);
});
