// Telemedizin-Assistent einer Versandapotheke. Tag 1: Aufnahme (Graph-Version 2026.04).
// Tag 2: Folgetermin auf demselben Thread, nach dem Deploy der Graph-Version 2026.05.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage,
  ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "tele-4f1c9a02-p40417";

const allergieErfassen = tool(
  async ({ patient_id, allergene }) => JSON.stringify({ patient_id, gespeichert: allergene, status: "ok" }),
  { name: "allergie_erfassen", description: "Allergien in der Patientenakte speichern.",
    schema: z.object({ patient_id: z.string(), allergene: z.array(z.string()) }) },
);
const erezept = tool(
  async ({ patient_id, wirkstoff, dosierung, tage }) =>
    JSON.stringify({ erezept_id: "160.000.118.442.907.31", patient_id, wirkstoff, dosierung, tage, status: "signiert" }),
  { name: "erezept_ausstellen", description: "E-Rezept ausstellen und signieren.",
    schema: z.object({ patient_id: z.string(), wirkstoff: z.string(), dosierung: z.string(), tage: z.number() }) },
);
const TOOLS = { allergie_erfassen: allergieErfassen, erezept_ausstellen: erezept };

function toolsNode(extra) {
  return async (state) => {
    const last = state.messages.at(-1);
    const out = { messages: [] };
    for (const c of last.tool_calls) {
      const res = await TOOLS[c.name].invoke(c.args);
      out.messages.push(new ToolMessage({ content: res, tool_call_id: c.id, name: c.name }));
      Object.assign(out, extra?.(c) ?? {});
    }
    return out;
  };
}
const route = (s) => (s.messages.at(-1).tool_calls?.length ? "werkzeuge" : END);

// --- Version 2026.04
const StateV1 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), patient_id: Annotation(), allergien: Annotation() });
const modelV1 = new ScriptedChatModel("aufnahme", [
  { tool_calls: [call("call_a81Zk", "allergie_erfassen", { patient_id: "P-40417", allergene: ["Penicillin"] })] },
  { content: "Danke, Frau Albers. Ich habe die Penicillinallergie in Ihrer Akte vermerkt. Wenn sich die Halsschmerzen nicht bessern, melden Sie sich gern wieder." },
], "gpt-4.1-mini");
function graphV1(checkpointer) {
  return new StateGraph(StateV1)
    .addNode("assistent", async (s) => ({ messages: [await modelV1.invoke([
      new SystemMessage(`Telemedizin-Aufnahme. Patient ${s.patient_id}.`), ...s.messages])] }))
    .addNode("werkzeuge", toolsNode((c) => (c.name === "allergie_erfassen" ? { allergien: c.args.allergene } : {})))
    .addEdge(START, "assistent").addConditionalEdges("assistent", route, ["werkzeuge", END])
    .addEdge("werkzeuge", "assistent").compile({ checkpointer });
}

// --- Version 2026.05 (Kontext jetzt aus strukturierter Akte, Verlauf auf die letzte Nachricht begrenzt)
const StateV2 = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), patient_id: Annotation(), unvertraeglichkeiten: Annotation() });
const modelV2 = new ScriptedChatModel("folgetermin", [
  (msgs) => {
    const p = promptText(msgs);
    if (/Penicillin/i.test(p)) return { content: "Wegen Ihrer Penicillinallergie stelle ich kein Amoxicillin aus." };
    return { tool_calls: [call("call_Qe27m", "erezept_ausstellen", { patient_id: "P-40417", wirkstoff: "Amoxicillin", dosierung: "1000 mg, 3x täglich", tage: 7 })] };
  },
  (msgs) => ({ content: `Ihr E-Rezept ist signiert (${JSON.parse(lastText(msgs, "tool")).erezept_id}): Amoxicillin 1000 mg, dreimal täglich für 7 Tage. Sie können es mit der Gesundheitskarte in jeder Apotheke einlösen.` }),
], "gpt-4.1-mini");
function graphV2(checkpointer) {
  return new StateGraph(StateV2)
    .addNode("assistent", async (s) => {
      const bekannt = (s.unvertraeglichkeiten ?? []).join(", ") || "keine dokumentiert";
      const fenster = s.messages.slice(-1);
      if (fenster[0]?.getType() === "tool") fenster.unshift(s.messages.at(-2));
      return { messages: [await modelV2.invoke([
        new SystemMessage(`Telemedizin-Folgetermin. Patient ${s.patient_id}. Unverträglichkeiten laut Akte: ${bekannt}.`), ...fenster])] };
    })
    .addNode("werkzeuge", toolsNode())
    .addEdge(START, "assistent").addConditionalEdges("assistent", route, ["werkzeuge", END])
    .addEdge("werkzeuge", "assistent").compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const cfg = threadConfig(THREAD);
  await graphV1(saver).invoke({
    user_id: "kd-118204", patient_id: "P-40417",
    messages: [human("Guten Tag, Jana Albers hier (P-40417). Ich habe seit gestern Halsschmerzen. Wichtig fürs Protokoll: ich vertrage kein Penicillin, hatte davon mal einen starken Ausschlag.")],
  }, cfg);
  await graphV2(saver).invoke({
    messages: [human("Hallo nochmal. Die Mandeln sind jetzt eitrig und ich habe 38,9 Fieber, die Ärztin am Telefon sagte, ich brauche ein Antibiotikum. Können Sie mir das Rezept direkt ausstellen?")],
  }, cfg);
});
