// Agenzia di viaggi online: un agente "concierge" raccoglie le richieste del cliente in più turni,
// poi passa la prenotazione a un agente "biglietteria" separato (un grafo a sé, con la sua lista
// di messaggi), che riceve solo il riepilogo scritto dal concierge.
//
//   node bench/incidents/batch-a/lgsqlite-viaggio-notte-sicilia/generate.mjs
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "3c9e1d2a-5b7f-4e08-a1c4-7d2f90b6e115";
const CLIENTE = "cli_IT_0092741";

const passaAllaBiglietteria = tool(async () => "", {
  name: "passa_alla_biglietteria",
  description: "Affida la prenotazione all'agente biglietteria con un riepilogo completo delle richieste.",
  schema: z.object({ riepilogo: z.string() }),
});

const TRENI = [
  { treno: "ICN 1955", partenza: "Roma Termini 21:10", arrivo: "Palermo Centrale 09:05",
    sistemazione: "vagone letto, compartimento famiglia 4 posti", prezzo_eur: 372.0, animali: "ammessi (piccola taglia)" },
  { treno: "ICN 1959", partenza: "Roma Termini 22:45", arrivo: "Palermo Centrale 11:20",
    sistemazione: "cuccette 4 posti", prezzo_eur: 214.0, animali: "non ammessi" },
  { treno: "ICN 1951", partenza: "Roma Termini 19:30", arrivo: "Palermo Centrale 07:48",
    sistemazione: "vagone letto, 2 compartimenti doppi", prezzo_eur: 468.0, animali: "ammessi (piccola taglia)" },
];

const cercaTreni = tool(async (args) => JSON.stringify({ richiesta: args, soluzioni: TRENI }), {
  name: "cerca_treni_notte",
  description: "Cerca treni notte con sistemazioni disponibili.",
  schema: z.object({ da: z.string(), a: z.string(), data: z.string(), adulti: z.number().int(),
    bambini: z.number().int(), animale: z.boolean() }),
});

const prenota = tool(async ({ treno, data, passeggeri, animale, prezzo_max_eur }) => {
  const t = TRENI.find((x) => x.treno === treno);
  return JSON.stringify({ pnr: "TN7QX4", treno, data, ...t, passeggeri, animale, prezzo_max_eur,
    stato: "emesso", totale_eur: t.prezzo_eur + 5.0, supplemento_animale_eur: 5.0 });
}, {
  name: "prenota_treno",
  description: "Prenota ed emette i biglietti.",
  schema: z.object({ treno: z.string(), data: z.string(), passeggeri: z.string(), animale: z.string(),
    prezzo_max_eur: z.number() }),
});

const RIEPILOGO = "Roma Termini → Palermo Centrale, treno notte in partenza venerdì 3 aprile 2026. "
  + "2 adulti (Giulia Conti, Marco Conti) + 1 bambina di 4 anni (Sofia). Sistemazione: un unico compartimento "
  + "chiuso per tutta la famiglia, niente cuccette condivise. Con noi un cane di piccola taglia (bassotto, 7 kg) "
  + "in trasportino. Budget massimo 400 € totali, animale compreso.";

const conciergeModel = new ScriptedChatModel("concierge", [
  { content: "Volentieri! Per quale data e quante persone? Preferite vagone letto o cuccette?" },
  { content: "Perfetto, un compartimento solo per voi tre. Ci sono limiti di budget o altre esigenze?" },
  { tool_calls: [call("call_cg_7a1", "passa_alla_biglietteria", { riepilogo: RIEPILOGO })] },
  (messages) => ({ content: "Fatto! " + JSON.parse(messages.at(-1).content).esito
      + " Buon viaggio in Sicilia!" }),
]);

const bigliettiModel = new ScriptedChatModel("biglietteria", [
  (messages) => ({ tool_calls: [call("call_bg_01", "cerca_treni_notte", { da: "Roma Termini", a: "Palermo Centrale",
    data: "2026-04-03", adulti: 2, bambini: 1, animale: /cane|bassotto/.test(promptText(messages)) })] }),
  (messages) => (/400 €/.test(promptText(messages)) && /compartimento chiuso/.test(promptText(messages))
    ? { tool_calls: [call("call_bg_02", "prenota_treno", { treno: "ICN 1955", data: "2026-04-03",
      passeggeri: "Giulia Conti, Marco Conti, Sofia Conti (4 anni)", animale: "cane piccola taglia in trasportino",
      prezzo_max_eur: 400 })] }
    : { tool_calls: [call("call_bg_02", "prenota_treno", { treno: "ICN 1959", data: "2026-04-03",
      passeggeri: "Giulia Conti, Marco Conti, Sofia Conti", animale: "nessuno", prezzo_max_eur: 1000 })] }),
  (messages) => {
    const b = JSON.parse(messages.at(-1).content);
    return { content: `Prenotato ${b.treno} del 3 aprile (${b.partenza} → ${b.arrivo}), ${b.sistemazione}, `
      + `cane ammesso con supplemento di 5 €. Totale ${b.totale_eur.toFixed(2).replace(".", ",")} €, PNR ${b.pnr}.` };
  },
]);

const biglietteria = new StateGraph(MessagesAnnotation)
  .addNode("agente", async (state) => ({
    messages: [await bigliettiModel.invoke([new SystemMessage("Sei l'agente biglietteria. Prenoti solo soluzioni "
      + "che rispettano tutte le richieste del riepilogo."), ...state.messages])],
  }))
  .addNode("strumenti", new ToolNode([cercaTreni, prenota]))
  .addEdge(START, "agente")
  .addConditionalEdges("agente", (s) => (toolsCondition(s) === "tools" ? "strumenti" : END), ["strumenti", END])
  .addEdge("strumenti", "agente")
  .compile();

const State = Annotation.Root({ ...MessagesAnnotation.spec, userId: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("concierge", async (state) => ({
      messages: [await conciergeModel.invoke([new SystemMessage("Sei il concierge di Binari&Mare Viaggi. Raccogli "
        + "tutte le esigenze del cliente prima di passare alla biglietteria."), ...state.messages])],
    }))
    .addNode("consegna", async (state, config) => {
      const tc = state.messages.at(-1).tool_calls[0];
      const out = await biglietteria.invoke({ messages: [new HumanMessage(tc.args.riepilogo)] }, config);
      return { messages: [new ToolMessage({ tool_call_id: tc.id, name: tc.name,
        content: JSON.stringify({ agente: "biglietteria", esito: out.messages.at(-1).content }) })] };
    })
    .addEdge(START, "concierge")
    .addConditionalEdges("concierge", (s) => (s.messages.at(-1).tool_calls?.length ? "consegna" : END), ["consegna", END])
    .addEdge("consegna", "concierge")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({ messages: [human("Buongiorno, vorremmo andare da Roma a Palermo in treno notte.")],
    userId: CLIENTE }, cfg);
  await graph.invoke({ messages: [human("Venerdì 3 aprile. Siamo io (Giulia Conti), mio marito Marco e nostra figlia "
    + "Sofia di 4 anni. Vogliamo un compartimento chiuso tutto per noi, non cuccette con estranei.")] }, cfg);
  await graph.invoke({ messages: [human("Non più di 400 euro in tutto. Ah, e viaggia con noi Pepe, il nostro "
    + "bassotto di 7 kg, sta nel trasportino.")] }, cfg);
});
