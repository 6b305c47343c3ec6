// Pharmacy pickup assistant (German). Two customers at the same branch terminal, one after the other.
// The "anmelden" node caches the logged-in customer in the process and only sets it when empty, and
// the prescription tool reads that process-level customer instead of the thread's.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z, lastText,
} from "../../harness/lgsqlite/lib.mjs";

const REZEPTE = {
  "K-40311": { kunde: "K-40311", name: "Petra Hallmann", rezepte: [
    { pzn: "04132750", praeparat: "Metformin 850 mg", menge: "120 Stk", status: "abholbereit", fach: "B-12" },
    { pzn: "10203603", praeparat: "Ramipril 5 mg", menge: "100 Stk", status: "abholbereit", fach: "B-12" },
  ] },
  "K-77820": { kunde: "K-77820", name: "Jonas Weber", rezepte: [
    { pzn: "03879433", praeparat: "Salbutamol Dosieraerosol", menge: "1 Stk", status: "bestellt, Lieferung morgen 10 Uhr", fach: null },
  ] },
};

let terminalKunde = null; // process-wide "who is logged in at the terminal"

const rezepteAbrufen = tool(
  async () => JSON.stringify(REZEPTE[terminalKunde]),
  { name: "rezepte_abrufen", description: "Offene E-Rezepte der angemeldeten Kundin / des angemeldeten Kunden abrufen.", schema: z.object({}) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), filiale: Annotation() });

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("anmelden", async (state) => {
      if (!terminalKunde) terminalKunde = state.user_id;
      return {};
    })
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("Du bist der Abhol-Assistent der Linden-Apotheke, Filiale F-17."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([rezepteAbrufen]))
    .addEdge(START, "anmelden")
    .addEdge("anmelden", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const a = "apo-f17-20260511-0931";
  const mA = new ScriptedChatModel(a, [
    { tool_calls: [call("call_r1a", "rezepte_abrufen", {})] },
    { content: "Guten Morgen Frau Hallmann! Abholbereit in Fach B-12: Metformin 850 mg (120 Stk) und Ramipril 5 mg (100 Stk). Bitte halten Sie Ihre Gesundheitskarte bereit." },
  ]);
  await graph(saver, mA).invoke({ messages: [human("Hallo, sind meine Rezepte schon da?")], user_id: "K-40311", filiale: "F-17" }, threadConfig(a));

  const b = "apo-f17-20260511-0948";
  const mB = new ScriptedChatModel(b, [
    { tool_calls: [call("call_r1b", "rezepte_abrufen", {})] },
    (msgs) => {
      const r = JSON.parse(lastText(msgs, "tool"));
      const liste = r.rezepte.map((x) => `${x.praeparat} (${x.menge})`).join(" und ");
      return { content: `Ja, alles da! Abholbereit in Fach ${r.rezepte[0].fach}: ${liste}. Sie können die Medikamente direkt an der Kasse mitnehmen.` };
    },
  ]);
  await graph(saver, mB).invoke({ messages: [human("Moin, ich wollte mein Asthmaspray abholen – ist das Rezept angekommen?")], user_id: "K-77820", filiale: "F-17" }, threadConfig(b));
});
