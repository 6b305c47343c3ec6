// Pharmacy pickup assistant of a German pharmacy chain (LangGraph.js, SQLite checkpointer).
// Two customers of the same branch talk to the assistant on separate threads the same morning.
// The pickup-locker tool answers from a per-process cache.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), filiale: Annotation() });

const LOCKER = {
  "kd-50318": { kunde: "Keller, Monika", rezept: "eRp-160.000.221.874.03", medikament: "Metformin 1000 mg, 180 St.",
    status: "abholbereit", fach: "B-14", abhol_pin: "4471" },
  "kd-77102": { kunde: "Brandt, Jonas", rezept: "eRp-160.000.229.310.71", medikament: "Salbutamol Dosieraerosol 100 µg",
    status: "bestellt, Lieferung Großhandel 14:30", fach: null, abhol_pin: null },
};
const cache = new Map(); // filiale -> last response (TTL 10 min)

const abholfachStatus = tool(
  async ({ filiale, kundennummer }) => {
    if (cache.has(filiale)) return cache.get(filiale);
    const body = JSON.stringify({ filiale, ...LOCKER[kundennummer], abgerufen: "2026-05-12T08:41:07+02:00" });
    cache.set(filiale, body);
    return body;
  },
  {
    name: "abholfach_status",
    description: "Status eines E-Rezepts und des Abholfachs in einer Filiale.",
    schema: z.object({ filiale: z.string(), kundennummer: z.string() }),
  },
);

const SYSTEM = "Du bist der Abhol-Assistent der Linden-Apotheken. Antworte knapp auf Deutsch.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([abholfachStatus]))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, ["tools", END])
    .addEdge("tools", "assistent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const a = "abhol-koeln-ehrenfeld-0512-a81f";
  const modelA = new ScriptedChatModel(a, [
    { tool_calls: [call("call_q7Lm2", "abholfach_status", { filiale: "Köln-Ehrenfeld", kundennummer: "kd-50318" })] },
    { content: "Guten Morgen Frau Keller, Ihr Metformin 1000 mg (180 St.) liegt abholbereit in Fach B-14. "
        + "Ihre Abhol-PIN lautet 4471." },
  ]);
  await graph(saver, modelA).invoke({
    messages: [human("Hallo, hier Monika Keller, Kundennr. kd-50318. Ist mein Metformin 1000 mg schon da?")],
    user_id: "kd-50318", filiale: "Köln-Ehrenfeld",
  }, threadConfig(a));

  const b = "abhol-koeln-ehrenfeld-0512-c204";
  const modelB = new ScriptedChatModel(b, [
    { tool_calls: [call("call_Vx90d", "abholfach_status", { filiale: "Köln-Ehrenfeld", kundennummer: "kd-77102" })] },
    (messages) => {
      const r = JSON.parse(messages[messages.length - 1].content);
      return { content: `Hallo Herr Brandt, Ihr Rezept ist ${r.status}: ${r.medikament} liegt in Fach ${r.fach}. `
          + `Zum Öffnen des Fachs geben Sie am Automaten die PIN ${r.abhol_pin} ein.` };
    },
  ]);
  await graph(saver, modelB).invoke({
    messages: [human("Moin, Jonas Brandt (kd-77102). Kann ich mein Asthmaspray heute in Ehrenfeld abholen?")],
    user_id: "kd-77102", filiale: "Köln-Ehrenfeld",
  }, threadConfig(b));
});
