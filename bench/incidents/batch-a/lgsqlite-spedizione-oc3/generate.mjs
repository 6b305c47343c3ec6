// Courier customer care (Italian). The tracking call times out once, is retried and succeeds; the
// reschedule of the delivery waits at a human-approval interrupt and is resumed after approval.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  toolsCondition, ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let timeouts = 1;
const tracciaSpedizione = tool(
  async ({ lettera_vettura }) => {
    if (timeouts-- > 0) throw new Error("ETIMEDOUT: hub-tracking.mi.internal:8443 nessuna risposta entro 15000 ms");
    return JSON.stringify({
      lettera_vettura, stato: "in giacenza", filiale: "Bologna Interporto",
      motivo: "destinatario assente", tentativi: 1, giacenza_fino_al: "2026-04-24",
    });
  },
  {
    name: "traccia_spedizione",
    description: "Stato di una spedizione dato il numero di lettera di vettura.",
    schema: z.object({ lettera_vettura: z.string() }),
  },
);

const riprogrammaConsegna = tool(
  async ({ lettera_vettura, data, fascia }) => JSON.stringify({
    lettera_vettura, data, fascia, pratica: "RPG/26/004417", esito: "riprogrammata",
  }),
  {
    name: "riprogramma_consegna",
    description: "Fissa un nuovo tentativo di consegna (richiede approvazione dell'operatore).",
    schema: z.object({ lettera_vettura: z.string(), data: z.string(), fascia: z.enum(["mattina", "pomeriggio"]) }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const thread = "cc-IT-7d2e41b0";

const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("fc_01", "traccia_spedizione", { lettera_vettura: "BO2604-118273" })] },
  { tool_calls: [call("fc_02", "traccia_spedizione", { lettera_vettura: "BO2604-118273" })] },
  { content: "La spedizione BO2604-118273 è in giacenza presso la filiale Bologna Interporto: il corriere non ha "
      + "trovato nessuno al primo tentativo. Resta in giacenza fino al 24/04/2026.",
    tool_calls: [call("fc_03", "riprogramma_consegna",
      { lettera_vettura: "BO2604-118273", data: "2026-04-22", fascia: "pomeriggio" })] },
  (m) => ({ content: `Fatto: nuova consegna il 22/04/2026 di pomeriggio (pratica ${JSON.parse(lastText(m, "tool")).pratica}).` }),
], "gemini-2.0-flash-001");

const graph = new StateGraph(State)
  .addNode("operatore_ai", async (state) => ({
    messages: [await model.invoke([
      new SystemMessage("Sei l'assistente clienti di Corriere Emilia. Ogni riprogrammazione va approvata."),
      ...state.messages])],
  }))
  .addNode("approvazione", async (state) => {
    const richiesta = state.messages.at(-1).tool_calls.find((c) => c.name === "riprogramma_consegna");
    const decisione = interrupt({ azione: "riprogramma_consegna", argomenti: richiesta.args });
    if (decisione !== "approvata") throw new Error("riprogrammazione non approvata");
    return {};
  })
  .addNode("strumenti", new ToolNode([tracciaSpedizione, riprogrammaConsegna]))
  .addEdge(START, "operatore_ai")
  .addConditionalEdges("operatore_ai", (s) => {
    const calls = s.messages.at(-1).tool_calls ?? [];
    if (calls.some((c) => c.name === "riprogramma_consegna")) return "approvazione";
    return calls.length ? "strumenti" : END;
  })
  .addEdge("approvazione", "strumenti")
  .addEdge("strumenti", "operatore_ai");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await app.invoke({
    messages: [human("Buongiorno, il pacco BO2604-118273 doveva arrivare ieri ma non è arrivato niente. "
      + "Potete riconsegnarlo mercoledì 22 aprile di pomeriggio?")],
    user_id: "CLI-IT-0093318",
  }, cfg);
  // operator approves from the back-office console
  await app.invoke(new Command({ resume: "approvata" }), cfg);
});
