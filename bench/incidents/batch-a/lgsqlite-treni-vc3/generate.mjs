// Assistente viaggi aziendale: cerca treni, il primo tentativo va in timeout e viene ripetuto; la
// prenotazione passa da un'approvazione del travel manager (interrupt) e riprende dopo il sì.
// LangGraph.js + SqliteSaver, modello scriptato.
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, interrupt, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "trasferta-0b9d44a1-5e2c";

let tentativi = 0;
const cercaTreni = tool(
  async ({ da, a, data, entro_ore }) => {
    tentativi++;
    if (tentativi === 1) throw new Error("504 Gateway Timeout: il fornitore Trenitalia-B2B non ha risposto entro 20 s");
    return JSON.stringify({
      da, a, data,
      soluzioni: [
        { codice: "FR 9517", partenza: "07:00", arrivo: "09:59", classe: "Business", prezzo_eur: 119.9 },
        { codice: "FR 9521", partenza: "08:00", arrivo: "10:59", classe: "Business", prezzo_eur: 104.9 },
        { codice: "IC 35", partenza: "06:10", arrivo: "12:02", classe: "2ª", prezzo_eur: 46.5 },
      ].filter((s) => s.arrivo <= entro_ore),
    });
  },
  {
    name: "cerca_treni",
    description: "Cerca soluzioni ferroviarie.",
    schema: z.object({ da: z.string(), a: z.string(), data: z.string(), entro_ore: z.string() }),
  },
);

const prenota = tool(
  async ({ codice, data, prezzo_eur }) => JSON.stringify({ pnr: "PNR-X7KQ2M", codice, data, prezzo_eur, stato: "emesso" }),
  {
    name: "prenota_biglietto",
    description: "Emette il biglietto (richiede approvazione).",
    schema: z.object({ codice: z.string(), data: z.string(), prezzo_eur: z.number() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_tr_a1", "cerca_treni", { da: "Milano Centrale", a: "Roma Termini", data: "2026-05-14", entro_ore: "11:00" })] },
  { tool_calls: [call("call_tr_a2", "cerca_treni", { da: "Milano Centrale", a: "Roma Termini", data: "2026-05-14", entro_ore: "11:00" })] },
  { tool_calls: [call("call_tr_b1", "prenota_biglietto", { codice: "FR 9521", data: "2026-05-14", prezzo_eur: 104.9 })] },
  { content: "Fatto: Frecciarossa FR 9521 del 14/05, partenza 08:00 da Milano Centrale, arrivo 10:59 a Roma Termini, "
      + "Business a 104,90 € (sotto il tetto di 120 €). PNR-X7KQ2M, approvato dal travel manager." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("agente", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Sei l'assistente trasferte. Tetto per tratta: 120 €."), ...state.messages])],
    }))
    .addNode("approvazione", async (state) => {
      const richiesta = state.messages.at(-1).tool_calls[0];
      if (richiesta.name !== "prenota_biglietto") return new Command({ goto: "strumenti" });
      const esito = interrupt({ azione: richiesta.name, argomenti: richiesta.args, approvatore: "travel.manager@acme-it" });
      return new Command({ goto: esito.approvato ? "strumenti" : END });
    }, { ends: ["strumenti", END] })
    .addNode("strumenti", new ToolNode([cercaTreni, prenota]))
    .addEdge(START, "agente")
    .addConditionalEdges("agente", (s) => (s.messages.at(-1).tool_calls?.length ? "approvazione" : END), ["approvazione", END])
    .addEdge("strumenti", "agente")
    .compile({ checkpointer: saver });

  await graph.invoke({
    user_id: "dip-IT-20558",
    messages: [human("Ciao, mi serve un treno Milano → Roma giovedì 14 maggio, devo essere a Termini entro le 11. Business va bene se sta nel tetto aziendale di 120 € a tratta.")],
  }, threadConfig(THREAD));
  await graph.invoke(new Command({ resume: { approvato: true, nota: "ok, entro policy" } }), threadConfig(THREAD));
});
