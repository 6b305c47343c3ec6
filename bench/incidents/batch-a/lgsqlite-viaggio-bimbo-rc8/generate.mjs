// Travel agency (Italian): an intake agent collects the family's constraints and hands the job to a
// booking subgraph; bookings wait for a human operator's approval (interrupt) and are then resumed.
// Offline: real LangGraph + SqliteSaver, scripted model.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, interrupt,
  AIMessage, SystemMessage, ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "viaggio.BLQ.2291-fam";

const cercaVoli = tool(
  async ({ da, a, andata, ritorno, passeggeri, arrivo_entro, budget_eur }) => {
    const voli = [
      { offerta: "OF-BLQ-PMO-7731", vettore: "ITA Airways", partenza: "19:05", arrivo: "20:35", totale_eur: 812, bagaglio: "1×23 kg" },
      { offerta: "OF-BLQ-PMO-7740", vettore: "Ryanair", partenza: "21:40", arrivo: "23:10", totale_eur: 486, bagaglio: "solo a mano" },
      { offerta: "OF-BLQ-PMO-7745", vettore: "Volotea", partenza: "14:20", arrivo: "15:50", totale_eur: 944, bagaglio: "1×20 kg" },
    ].filter((v) => (!arrivo_entro || v.arrivo <= arrivo_entro) && (!budget_eur || v.totale_eur <= budget_eur));
    return JSON.stringify({ da, a, andata, ritorno, passeggeri, risultati: voli });
  },
  {
    name: "cerca_voli", description: "Cerca voli A/R.",
    schema: z.object({
      da: z.string(), a: z.string(), andata: z.string(), ritorno: z.string(),
      passeggeri: z.object({ adulti: z.number(), bambini: z.array(z.number()) }),
      arrivo_entro: z.string().nullable(), budget_eur: z.number().nullable(),
    }),
  },
);

const prenotaVolo = tool(
  async ({ offerta }) => JSON.stringify({ pnr: "Q7XK2M", offerta, stato: "emesso", totale_eur: 812 }),
  { name: "prenota_volo", description: "Prenota ed emette i biglietti.", schema: z.object({ offerta: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const intakeModel = new ScriptedChatModel("accoglienza", [
  { content: "Passaggio all'ufficio prenotazioni — Famiglia Ferri: volo A/R Bologna → Palermo, andata 02/08/2026, "
      + "ritorno 16/08/2026; 2 adulti + 1 bambina di 4 anni; budget massimo 900 € complessivi; arrivo a Palermo "
      + "entro le 21:00 (la bambina non regge voli serali tardi); almeno un bagaglio da stiva (passeggino)." },
], "gpt-4o-2024-08-06");

const bookingModel = new ScriptedChatModel("prenotazioni", [
  (messages) => {
    const brief = lastText(messages, "human");
    return {
      tool_calls: [call("call_vB1x", "cerca_voli", {
        da: "BLQ", a: "PMO", andata: "2026-08-02", ritorno: "2026-08-16", passeggeri: { adulti: 2, bambini: [4] },
        arrivo_entro: /entro le 21:00/.test(brief) ? "21:00" : null, budget_eur: /900/.test(brief) ? 900 : null,
      })],
    };
  },
  { tool_calls: [call("call_vB2x", "prenota_volo", { offerta: "OF-BLQ-PMO-7731" })] },
  { content: "Biglietti emessi: PNR Q7XK2M, ITA Airways, andata 02/08 partenza 19:05 arrivo a Palermo 20:35, "
      + "totale 812 € per 2 adulti e 1 bambina, 1 bagaglio da 23 kg incluso. Restano 88 € sul budget." },
], "gpt-4o-mini-2024-07-18");

const booking = new StateGraph(State)
  .addNode("prenotazioni", async (s) => ({
    messages: [await bookingModel.invoke([new SystemMessage("Prenota rispettando tutti i vincoli del passaggio."), ...s.messages])],
  }))
  .addNode("conferma_operatore", async (s) => {
    const c = s.messages[s.messages.length - 1].tool_calls[0];
    const ok = interrupt({ richiesta: "approvazione emissione", offerta: c.args.offerta });
    return ok === "approvato" ? {} : { messages: [] };
  })
  .addNode("strumenti", new ToolNode([cercaVoli, prenotaVolo]))
  .addEdge(START, "prenotazioni")
  .addConditionalEdges("prenotazioni", (s) => {
    const last = s.messages[s.messages.length - 1];
    if (!last.tool_calls?.length) return END;
    return last.tool_calls[0].name === "prenota_volo" ? "conferma_operatore" : "strumenti";
  }, ["conferma_operatore", "strumenti", END])
  .addEdge("conferma_operatore", "strumenti")
  .addEdge("strumenti", "prenotazioni")
  .compile();

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("accoglienza", async (s) => ({
      messages: [await intakeModel.invoke([new SystemMessage("Raccogli le esigenze del cliente e passa la pratica all'ufficio prenotazioni."), ...s.messages])],
    }))
    .addNode("passaggio", async (s, config) => {
      const out = await booking.invoke({ messages: [human(lastText(s.messages, "ai"))], user_id: s.user_id }, config);
      const last = out.messages[out.messages.length - 1];
      return { messages: [new AIMessage({ content: last.content, name: "prenotazioni" })] };
    })
    .addEdge(START, "accoglienza")
    .addEdge("accoglienza", "passaggio")
    .addEdge("passaggio", END)
    .compile({ checkpointer: saver });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Buongiorno, siamo in tre: io, mio marito e nostra figlia di 4 anni. Bologna–Palermo dal 2 al 16 agosto, "
      + "massimo 900 euro in tutto. Non vogliamo arrivare dopo le 21, e ci serve una valigia in stiva per il passeggino.")],
    user_id: "cli-FERRI-0817",
  }, cfg);
  await graph.invoke(new Command({ resume: "approvato" }), cfg);
});
