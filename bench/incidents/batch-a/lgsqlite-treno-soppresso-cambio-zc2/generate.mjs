// Assistente post-vendita di un operatore ferroviario: riprotezione dei viaggiatori su treni soppressi.
// Il cambio di prenotazione passa da una conferma esplicita del cliente (interrupt) prima di essere eseguito.
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-treno-soppresso-cambio-zc2/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "pv-2026-03-11-K7QW2M";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

let tentativi = 0;
const cercaSoluzioni = tool(
  async ({ pnr }) => {
    tentativi++;
    if (tentativi === 1) {
      throw new Error("HTTP 503 da disponibilita-api: upstream timeout (posti) dopo 15000 ms, riprovare");
    }
    return JSON.stringify({
      pnr,
      originale: { treno: "FR 9521", partenza: "2026-03-12 07:10 Milano Centrale", arrivo: "10:20 Roma Termini", stato: "SOPPRESSO", causa: "guasto alla linea AV tra Milano Rogoredo e Lodi" },
      soluzioni: [
        { id: "S1", treno: "FR 9525", partenza: "07:40", arrivo: "10:55", carrozza: 7, posto: "12A", livello: "Standard", supplemento_eur: 0 },
        { id: "S2", treno: "FR 9529", partenza: "08:10", arrivo: "11:20", carrozza: 3, posto: "4D", livello: "Standard", supplemento_eur: 0 },
      ],
      nota: "Riprotezione per soppressione: cambio gratuito, anche se il nuovo treno ha tariffa superiore.",
    });
  },
  { name: "cerca_soluzioni", description: "Soluzioni alternative per un PNR con treno soppresso o in ritardo.", schema: z.object({ pnr: z.string() }) },
);

const cambiaPrenotazione = tool(
  async ({ pnr, soluzione_id }) => JSON.stringify({
    pnr, soluzione_id, esito: "CONFERMATO", treno: "FR 9525", partenza: "2026-03-12 07:40", carrozza: 7, posto: "12A",
    importo_addebitato_eur: 0, biglietto: "inviato a g.ferri@example.it",
  }),
  {
    name: "cambia_prenotazione",
    description: "Sposta il PNR sulla soluzione scelta. Richiede la conferma del cliente.",
    schema: z.object({ pnr: z.string(), soluzione_id: z.string() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("tool_3f9a_01", "cerca_soluzioni", { pnr: "K7QW2M" })] },
  { tool_calls: [call("tool_3f9a_02", "cerca_soluzioni", { pnr: "K7QW2M" })] },
  { content: "Il suo Frecciarossa 9521 delle 7:10 è stato soppresso per un guasto alla linea tra Rogoredo e Lodi. "
      + "Posso spostarla sul FR 9525 delle 7:40 (arrivo a Roma Termini alle 10:55, carrozza 7 posto 12A) "
      + "oppure sul FR 9529 delle 8:10 (arrivo 11:20). Il cambio è gratuito in entrambi i casi. Quale preferisce?" },
  { tool_calls: [call("tool_3f9a_03", "cambia_prenotazione", { pnr: "K7QW2M", soluzione_id: "S1" })] },
  { content: "Fatto: il PNR K7QW2M è ora sul FR 9525 di domani, partenza 7:40 da Milano Centrale, carrozza 7 posto 12A, "
      + "arrivo a Roma Termini alle 10:55. Non le è stato addebitato nulla (0,00 €) e il nuovo biglietto è stato inviato a "
      + "g.ferri@example.it. Arriverà 35 minuti più tardi del previsto, comunque prima delle 11:30." },
]);

const graph = (checkpointer) => new StateGraph(State)
  .addNode("assistente", async (state) => ({
    messages: [await model.invoke([new SystemMessage("Sei l'assistente post-vendita. Non modificare mai una prenotazione senza la conferma del cliente."), ...state.messages])],
  }))
  .addNode("conferma_cliente", async (state) => {
    const richiesta = state.messages.at(-1).tool_calls[0];
    const risposta = interrupt({ azione: richiesta.name, argomenti: richiesta.args, domanda: "Confermi il cambio sul FR 9525 delle 7:40?" });
    return risposta.confermato ? new Command({ goto: "strumenti" }) : new Command({ goto: END });
  }, { ends: ["strumenti", END] })
  .addNode("strumenti", new ToolNode([cercaSoluzioni, cambiaPrenotazione]))
  .addEdge(START, "assistente")
  .addConditionalEdges("assistente", (s) => {
    const calls = s.messages.at(-1).tool_calls ?? [];
    if (calls.length === 0) return END;
    return calls.some((c) => c.name === "cambia_prenotazione") ? "conferma_cliente" : "strumenti";
  }, ["conferma_cliente", "strumenti", END])
  .addEdge("strumenti", "assistente")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Buonasera, mi è arrivato un SMS che il Frecciarossa 9521 di domani Milano–Roma delle 7:10 è soppresso. "
      + "PNR K7QW2M. Devo essere a Roma entro le 11:30, mi trovate un'alternativa?")],
    user_id: "cli-00482716",
  }, cfg);
  await g.invoke({ messages: [human("Va bene il 9525 delle 7:40, grazie.")] }, cfg);
  await g.invoke(new Command({ resume: { confermato: true, canale: "app", ora: "2026-03-11T19:42:07+01:00" } }), cfg);
});
