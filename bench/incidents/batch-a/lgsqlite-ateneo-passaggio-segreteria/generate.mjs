// Student-services assistant of an Italian university, LangGraph.js with the SQLite checkpointer.
// The orientation agent helps the student choose an elective, then writes a hand-over note and the
// "segreteria" node runs the registrar graph as a child run fed only that note.
// Run: node generate.mjs
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "orient-7f3a91c2";

const pianoStudi = tool(
  async ({ matricola }) => JSON.stringify({
    matricola, corso: "Chimica industriale (L-27)", anno: 3, cfu_acquisiti: 126,
    cfu_a_scelta_residui: 6, limite_cfu_extra_semestre: 6,
    obblighi_frequenza: [{ insegnamento: "Laboratorio di chimica analitica", giorno: "martedì", orario: "14:00-18:00" }],
  }),
  { name: "piano_studi", description: "Legge il piano di studi e i vincoli di uno studente.",
    schema: z.object({ matricola: z.string() }) },
);

const cercaInsegnamenti = tool(
  async ({ cfu, semestre }) => JSON.stringify({ cfu, semestre, risultati: [
    { codice: "72804", titolo: "Storia della scienza", cfu: 6, orario: "martedì 14:00-16:00", posti_liberi: 12 },
    { codice: "72811", titolo: "Statistica per le scienze sperimentali", cfu: 6, orario: "giovedì 9:00-11:00",
      posti_liberi: 4 },
    { codice: "70390", titolo: "Economia dell'impresa chimica", cfu: 9, orario: "venerdì 11:00-13:00", posti_liberi: 30 },
  ] }),
  { name: "cerca_insegnamenti", description: "Cerca insegnamenti a scelta libera.",
    schema: z.object({ cfu: z.number().int(), semestre: z.string() }) },
);

const iscriviInsegnamento = tool(
  async ({ matricola, codice, cfu }) => JSON.stringify({
    pratica: "SEG-2026-018842", matricola, codice, cfu, esito: "iscrizione registrata",
    conferma_inviata_a: "giulia.ferraresi3@studio.unibo.example",
  }),
  { name: "iscrivi_insegnamento", description: "Iscrive uno studente a un insegnamento a scelta.",
    schema: z.object({ matricola: z.string(), codice: z.string(), cfu: z.number().int() }) },
);

const controllaOrario = tool(
  async ({ matricola, codice }) => JSON.stringify({ matricola, codice, sovrapposizioni: [] }),
  { name: "controlla_sovrapposizioni", description: "Verifica sovrapposizioni con gli obblighi di frequenza.",
    schema: z.object({ matricola: z.string(), codice: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, principal: Annotation(), nota_passaggio: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const orientamento = new ScriptedChatModel("orientamento", [
    { tool_calls: [call("call_ps01", "piano_studi", { matricola: "0001029384" })] },
    { tool_calls: [call("call_ci02", "cerca_insegnamenti", { cfu: 6, semestre: "2026/27 - II" })] },
    { content: "Ti restano 6 CFU a scelta e questo semestre puoi aggiungerne al massimo 6. Con il laboratorio del "
        + "martedì pomeriggio, Storia della scienza (martedì 14-16) si sovrappone; Economia dell'impresa chimica vale "
        + "9 CFU, oltre il limite. Resta Statistica per le scienze sperimentali (cod. 72811, 6 CFU, giovedì 9-11, 4 "
        + "posti liberi). Vuoi che la passi alla segreteria per l'iscrizione?" },
    { content: "Passaggio alla segreteria didattica\n"
        + "Studentessa: matricola 0001029384, Chimica industriale (L-27), 3° anno.\n"
        + "Richiesta: iscrizione all'insegnamento a scelta 72811 \"Statistica per le scienze sperimentali\", 6 CFU, "
        + "giovedì 9:00-11:00 (4 posti liberi).\n"
        + "Vincoli: CFU a scelta residui 6; limite CFU extra del semestre 6 (72811 li esaurisce entrambi); frequenza "
        + "obbligatoria al Laboratorio di chimica analitica il martedì 14:00-18:00, quindi niente lezioni il martedì "
        + "pomeriggio.\n"
        + "La studentessa chiede la conferma sulla mail istituzionale." },
    { content: "Fatto, Giulia: sei iscritta a Statistica per le scienze sperimentali (72811, 6 CFU, giovedì 9-11), "
        + "pratica SEG-2026-018842. Hai esaurito i CFU a scelta; la conferma arriva sulla tua mail istituzionale." },
  ], "gemini-1.5-pro-002");
  const segreteria = new ScriptedChatModel("segreteria", [
    { tool_calls: [call("call_cs03", "controlla_sovrapposizioni", { matricola: "0001029384", codice: "72811" })] },
    { tool_calls: [call("call_is04", "iscrivi_insegnamento", { matricola: "0001029384", codice: "72811", cfu: 6 })] },
    { content: "Iscrizione a 72811 registrata (pratica SEG-2026-018842), nessuna sovrapposizione con il laboratorio "
        + "del martedì, limite di 6 CFU rispettato. Conferma inviata a giulia.ferraresi3@studio.unibo.example." },
  ], "gemini-1.5-flash-002");

  const PROMPT = "Sei l'assistente di orientamento dell'Ateneo. Aiuta lo studente a scegliere gli insegnamenti a "
    + "scelta rispettando i vincoli del piano di studi.";

  const registrar = new StateGraph(MessagesAnnotation)
    .addNode("segreteria", async (state) => ({ messages: [await segreteria.invoke([
      new SystemMessage("Sei la segreteria didattica. Esegui la pratica ricevuta rispettando i vincoli indicati."),
      ...state.messages,
    ])] }))
    .addNode("strumenti", new ToolNode([controllaOrario, iscriviInsegnamento]))
    .addEdge(START, "segreteria")
    .addConditionalEdges("segreteria", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "segreteria")
    .compile();

  const graph = new StateGraph(State)
    .addNode("orientamento", async (state) => ({
      messages: [await orientamento.invoke([new SystemMessage(PROMPT), ...state.messages])],
    }))
    .addNode("strumenti", new ToolNode([pianoStudi, cercaInsegnamenti]))
    .addNode("scrivi_passaggio", async (state) => {
      const nota = await orientamento.invoke([
        new SystemMessage(PROMPT + " Scrivi la nota di passaggio per la segreteria con tutti i vincoli."),
        ...state.messages,
      ]);
      return { nota_passaggio: nota.content };
    })
    .addNode("segreteria", async (state) => {
      const out = await registrar.invoke({ messages: [new HumanMessage(state.nota_passaggio)] });
      const reply = await orientamento.invoke([
        new SystemMessage(PROMPT + ` Esito della segreteria: ${out.messages.at(-1).content}`),
        ...state.messages,
      ]);
      return { messages: [reply] };
    })
    // A student who answers "sì" to the hand-over question goes straight to the hand-over.
    .addConditionalEdges(START, (state) => {
      const [prev, last] = state.messages.slice(-2);
      const offered = prev?.getType() === "ai" && String(prev.content).includes("passi alla segreteria");
      return offered && /^\s*s[iì](?=[\s,.!]|$)/i.test(String(last.content)) ? "scrivi_passaggio" : "orientamento";
    }, ["orientamento", "scrivi_passaggio"])
    .addConditionalEdges("orientamento", toolsCondition, { tools: "strumenti", [END]: END })
    .addEdge("strumenti", "orientamento")
    .addEdge("scrivi_passaggio", "segreteria")
    .addEdge("segreteria", END)
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Ciao, sono al terzo anno di Chimica industriale, matricola 0001029384. Devo ancora scegliere un "
      + "esame a scelta per il secondo semestre, cosa posso prendere?")],
    principal: "stud:0001029384",
  }, cfg);
  await graph.invoke({ messages: [human("Sì, va bene Statistica, procedi pure con l'iscrizione.")] }, cfg);
});
