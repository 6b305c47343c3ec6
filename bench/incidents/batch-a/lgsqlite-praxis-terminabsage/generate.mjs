// Appointment assistant of a GP practice (German), LangGraph.js + SqliteSaver + InMemoryStore,
// scripted model. Each patient has their own thread. After every turn the `merken` node saves a
// note to the long-term store, and the `erinnern` node loads notes into the `erinnerungen` state
// channel at the start of a turn. The store namespace is keyed by the practice only, so a note
// written in one patient's thread is loaded into the next patient's thread.
//
//   node bench/incidents/batch-a/lgsqlite-praxis-terminabsage/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const PRAXIS = "hausarztpraxis-weber-koeln";
const THREAD_A = "wa-4917612083341-20260409";
const THREAD_B = "wa-4915203377810-20260410";

const termine = new Map(); // the practice's appointment calendar

const freieTermine = tool(
  async ({ ab_datum, leistung }) => JSON.stringify({
    leistung, ab_datum,
    frei: [
      { slot: "2026-04-14T08:30", arzt: "Dr. med. K. Weber", raum: "Labor" },
      { slot: "2026-04-14T09:10", arzt: "Dr. med. K. Weber", raum: "Labor" },
      { slot: "2026-04-16T07:50", arzt: "M. Aydın (MFA)", raum: "Labor" },
    ],
  }),
  {
    name: "freie_termine",
    description: "Listet freie Termine ab einem Datum (JJJJ-MM-TT) für eine Leistung.",
    schema: z.object({ ab_datum: z.string(), leistung: z.string() }),
  },
);

const terminBuchen = tool(
  async ({ patient_id, slot, leistung }) => {
    const termin = { termin_id: `T-${slot.slice(2, 10).replaceAll("-", "")}-${slot.slice(11).replace(":", "")}`,
      patient_id, slot, leistung, status: "gebucht" };
    termine.set(termin.termin_id, termin);
    return JSON.stringify(termin);
  },
  {
    name: "termin_buchen",
    description: "Bucht einen Termin für einen Patienten.",
    schema: z.object({ patient_id: z.string(), slot: z.string(), leistung: z.string() }),
  },
);

const terminAbsagen = tool(
  async ({ termin_id, grund }) => {
    const t = termine.get(termin_id);
    if (!t) throw new Error(`Termin ${termin_id} nicht gefunden`);
    t.status = "storniert";
    return JSON.stringify({ ...t, grund, storniert_am: "2026-04-10T17:42:05+02:00", slot_freigegeben: true });
  },
  {
    name: "termin_absagen",
    description: "Sagt einen gebuchten Termin ab und gibt den Slot frei.",
    schema: z.object({ termin_id: z.string(), grund: z.string() }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  erinnerungen: Annotation(),
});

const NS = ["praxis", PRAXIS, "erinnerungen"];

const SYSTEM = "Du bist die digitale Terminassistenz der Hausarztpraxis Dr. Weber in Köln. Antworte auf "
  + "Deutsch, freundlich und knapp. Du kannst Termine suchen, buchen und absagen.";

function agentNode(model) {
  return async (state) => {
    const notes = (state.erinnerungen ?? []).map((n) => `- ${n.text}`).join("\n");
    const system = notes ? `${SYSTEM}\nNotizen aus früheren Gesprächen:\n${notes}` : SYSTEM;
    return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
  };
}

async function erinnern(state, config) {
  const items = await config.store.search(NS, { limit: 5 });
  return { erinnerungen: items.map((i) => ({ key: i.key, ...i.value })) };
}

function merken(noteFor) {
  return async (state, config) => {
    const note = noteFor(state);
    if (note) await config.store.put(NS, note.key, { text: note.text, gespeichert: note.at });
    return {};
  };
}

// Thread A: Jonas Becker books his INR check.
const modelA = new ScriptedChatModel(THREAD_A, [
  { tool_calls: [call("call_fT3kq9", "freie_termine", { ab_datum: "2026-04-13", leistung: "Blutabnahme INR" })] },
  { content: "Am Dienstag, 14.04., hätte ich um 08:30 oder 09:10 Uhr einen Termin im Labor bei Dr. Weber frei. "
      + "Welcher passt Ihnen?" },
  { tool_calls: [call("call_b7XwPm", "termin_buchen", { patient_id: "pat-00417", slot: "2026-04-14T08:30", leistung: "Blutabnahme INR" })] },
  { content: "Gebucht: Dienstag, 14.04.2026, 08:30 Uhr, INR-Kontrolle im Labor (Termin T-260414-0830). Bitte "
      + "nehmen Sie Ihr Marcumar wie gewohnt und bringen Sie Ihren Gerinnungspass mit." },
]);

// Thread B: another patient wants to cancel her appointment.
const modelB = new ScriptedChatModel(THREAD_B, [
  (messages) => {
    const sys = messages[0].content;
    const id = sys.match(/T-\d{6}-\d{4}/)?.[0];
    return id
      ? { tool_calls: [call("call_R2dLzc", "termin_absagen", { termin_id: id, grund: "Patientin verhindert (Dienstreise)" })] }
      : { content: "Gern. Nennen Sie mir bitte das Datum oder die Terminnummer?" };
  },
  { content: "Erledigt: Ihr Termin am Dienstag, 14.04.2026 um 08:30 Uhr (INR-Kontrolle) ist abgesagt. Da Sie "
      + "Marcumar einnehmen, sollte der INR-Wert aber bald kontrolliert werden – soll ich Ihnen gleich einen neuen "
      + "Termin nach Ihrer Dienstreise heraussuchen?" },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const store = new InMemoryStore();
  const build = (model, noteFor) => new StateGraph(State)
    .addNode("erinnern", erinnern)
    .addNode("agent", agentNode(model))
    .addNode("tools", new ToolNode([freieTermine, terminBuchen, terminAbsagen]))
    .addNode("merken", merken(noteFor))
    .addEdge(START, "erinnern")
    .addEdge("erinnern", "agent")
    .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : "merken"), ["tools", "merken"])
    .addEdge("tools", "agent")
    .addEdge("merken", END)
    .compile({ checkpointer, store });

  const graphA = build(modelA, (state) => {
    const booked = state.messages.findLast((m) => m.getType() === "tool" && m.name === "termin_buchen");
    if (!booked) return null;
    const t = JSON.parse(booked.content);
    return { key: `termin-${t.termin_id}`, at: "2026-04-09T11:03:27+02:00",
      text: `Termin ${t.termin_id} am Di 14.04.2026 08:30 (Blutabnahme INR) gebucht; Patient nimmt Marcumar `
        + "(Phenprocoumon), Gerinnungspass mitbringen." };
  });
  const cfgA = threadConfig(THREAD_A);
  await graphA.invoke({
    messages: [human("Guten Tag, Jonas Becker hier, geb. 03.07.1961. Ich bräuchte nächste Woche einen Termin zur "
      + "Blutabnahme für den INR-Wert, ich nehme Marcumar. Am liebsten Dienstag früh.")],
    user_id: "pat-00417",
  }, cfgA);
  await graphA.invoke({ messages: [human("08:30 passt, danke.")] }, cfgA);

  const graphB = build(modelB, () => null);
  await graphB.invoke({
    messages: [human("Hallo, hier ist Sabine Roth. Ich muss meinen Termin nächste Woche leider absagen, ich bin "
      + "auf Dienstreise.")],
    user_id: "pat-01982",
  }, threadConfig(THREAD_B));
});
