// Pharmacy counter assistant (German). One thread per customer visit at till 3; a "recall" node
// loads notes from a long-term store and a "remember" node saves notes after each answer.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const REZEPTE = {
  "160.A2.7Q9": { rezept_id: "160.A2.7Q9", status: "abholbereit", praeparat: "Clarithromycin 500 mg, 14 Tbl.", abholfach: "A-14", zuzahlung_eur: 5.0 },
  "160.C8.2M4": { rezept_id: "160.C8.2M4", status: "bestellt", praeparat: "Amoxicillin 250 mg/5 ml Trockensaft", lieferung: "heute 15:30" },
};

const rezeptStatus = tool(async ({ rezept_id }) => {
  const r = REZEPTE[rezept_id];
  if (!r) throw new Error(`E-Rezept ${rezept_id} nicht gefunden`);
  return JSON.stringify(r);
}, { name: "erezept_status", description: "Status eines E-Rezepts abfragen.", schema: z.object({ rezept_id: z.string() }) });

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  kunde_id: Annotation(),
  filiale: Annotation(),
  notizen: Annotation(),
});

function buildGraph(checkpointer, store, model) {
  return new StateGraph(State)
    .addNode("recall", async (state, config) => {
      const items = await config.store.search(["notizen", state.filiale]);
      return { notizen: items.map((i) => i.value.text) };
    })
    .addNode("agent", async (state) => {
      const sys = "Du bist der Beratungsassistent der Apotheke am Rosenthaler Platz."
        + (state.notizen?.length ? `\nBekannte Notizen zum Kunden:\n- ${state.notizen.join("\n- ")}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([rezeptStatus]))
    .addNode("remember", async (state, config) => {
      const said = state.messages.filter((m) => m.getType() === "human").map((m) => m.content).join(" ");
      const notes = [];
      if (/penicillin-allergie/i.test(said)) notes.push("Kunde hat Penicillin-Allergie (selbst angegeben)");
      for (const m of state.messages) {
        if (m.getType() === "tool") {
          const r = JSON.parse(m.content);
          if (r.status === "abholbereit") notes.push(`E-Rezept ${r.rezept_id}: ${r.praeparat}, Abholfach ${r.abholfach}`);
        }
      }
      for (const [i, text] of notes.entries()) {
        await config.store.put(["notizen", state.filiale], `${state.kunde_id}-${i}`, { text });
      }
      return {};
    })
    .addEdge(START, "recall")
    .addEdge("recall", "agent")
    .addConditionalEdges("agent", (s) => (toolsCondition(s) === "tools" ? "tools" : "remember"), ["tools", "remember"])
    .addEdge("tools", "agent")
    .addEdge("remember", END)
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (saver) => {
  const store = new InMemoryStore();

  const modelA = new ScriptedChatModel("kasse3-a", [
    { tool_calls: [call("call_Xk29aP", "erezept_status", { rezept_id: "160.A2.7Q9" })] },
    { content: "Ihr Clarithromycin 500 mg liegt abholbereit in Fach A-14, die Zuzahlung beträgt 5,00 €. "
        + "Clarithromycin ist kein Penicillin, das passt also zu Ihrer Allergie." },
  ], "gpt-4o-mini-2024-07-18");
  await buildGraph(saver, store, modelA).invoke({
    messages: [human("Guten Tag, ich möchte mein E-Rezept 160.A2.7Q9 abholen. Wichtig: ich habe eine Penicillin-Allergie.")],
    kunde_id: "K-558120", filiale: "B-MITTE-03",
  }, threadConfig("kasse3-20260512-0917"));

  const modelB = new ScriptedChatModel("kasse3-b", [
    (msgs) => ({ tool_calls: [call("call_7bQe1L", "erezept_status",
      { rezept_id: promptText(msgs).includes("160.A2.7Q9") ? "160.A2.7Q9" : "160.C8.2M4" })] }),
    (msgs) => ({ content: promptText(msgs).includes("Penicillin-Allergie")
      ? "Laut Ihren Unterlagen haben Sie eine Penicillin-Allergie – Amoxicillin ist ein Penicillin, das sollten Sie "
        + "nicht einnehmen. Für Sie liegt E-Rezept 160.A2.7Q9 bereit: Clarithromycin 500 mg in Fach A-14, Zuzahlung 5,00 €. "
        + "Ich gebe Ihnen das Clarithromycin mit."
      : "Der Amoxicillin-Saft ist bestellt und kommt heute um 15:30." }),
  ], "gpt-4o-mini-2024-07-18");
  await buildGraph(saver, store, modelB).invoke({
    messages: [human("Hallo, ist der Antibiotika-Saft für meine Tochter schon da? Amoxicillin, vom Kinderarzt heute früh.")],
    kunde_id: "K-601377", filiale: "B-MITTE-03",
  }, threadConfig("kasse3-20260512-0942"));
});
