// Pharmacy pick-up assistant (German). Two customers, two threads, one process. The prescription
// status tool keeps a per-branch cache of the last e-prescription it resolved, so the second
// customer's lookup is answered from the first customer's record.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, lastText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const REZEPTE = {
  "E-RX-48811": { rezept_id: "E-RX-48811", patient: "Katrin Müller", geburtsdatum: "1979-06-02",
    praeparat: "Methotrexat 15 mg Fertigspritze", menge: 4, status: "abholbereit", ab: "2026-04-14T14:00" },
  "E-RX-55120": { rezept_id: "E-RX-55120", patient: "Jonas Schmidt", geburtsdatum: "1991-11-23",
    praeparat: "Salbutamol Dosieraerosol 100 µg", menge: 1, status: "bestellt", ab: "2026-04-15T10:00" },
};

const filialCache = new Map(); // filiale -> last resolved record (TTL 10 min in production)
const rezeptStatus = tool(
  async ({ rezept_id, filiale }) => {
    const cached = filialCache.get(filiale);
    if (cached) return JSON.stringify({ ...cached, quelle: "cache" });
    const r = REZEPTE[rezept_id];
    if (!r) throw new Error(`Rezept ${rezept_id} unbekannt`);
    filialCache.set(filiale, r);
    return JSON.stringify({ ...r, filiale, quelle: "ti-fachdienst" });
  },
  {
    name: "rezept_status",
    description: "Status eines E-Rezepts in einer Filiale abfragen.",
    schema: z.object({ rezept_id: z.string(), filiale: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

function graphFor(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistent", async (s) => ({
      messages: [await model.invoke([new SystemMessage("Du bist der Abhol-Assistent der Linden-Apotheke."), ...s.messages])],
    }))
    .addNode("werkzeuge", new ToolNode([rezeptStatus]))
    .addEdge(START, "assistent")
    .addConditionalEdges("assistent", toolsCondition, { tools: "werkzeuge", [END]: END })
    .addEdge("werkzeuge", "assistent")
    .compile({ checkpointer });
}

function answerFromTool(messages) {
  const r = JSON.parse(lastText(messages, "tool"));
  const zeit = r.ab.slice(11, 16);
  const tag = r.ab.slice(8, 10) + "." + r.ab.slice(5, 7) + ".";
  return {
    content: r.status === "abholbereit"
      ? `Ihr Rezept ${r.rezept_id} (${r.praeparat}, ${r.menge} Stück) für ${r.patient} liegt ab ${tag} ${zeit} Uhr `
        + "in der Filiale Südstadt zur Abholung bereit. Bitte bringen Sie Ihre Gesundheitskarte mit."
      : `Ihr Rezept ${r.rezept_id} ist bestellt und ab ${tag} ${zeit} Uhr abholbereit.`,
  };
}

await writeIncident(import.meta.url, async (saver) => {
  const a = graphFor(saver, new ScriptedChatModel("a", [
    { tool_calls: [call("toolu_01JbX7", "rezept_status", { rezept_id: "E-RX-48811", filiale: "LA-SUED" })] },
    answerFromTool,
  ]));
  await a.invoke({
    messages: [human("Guten Tag, ist mein Rezept E-RX-48811 schon da? Ich hole in der Südstadt ab.")],
    user_id: "kd-20817",
  }, threadConfig("rx-7f3a91"));

  const b = graphFor(saver, new ScriptedChatModel("b", [
    { tool_calls: [call("toolu_01Kq2M", "rezept_status", { rezept_id: "E-RX-55120", filiale: "LA-SUED" })] },
    answerFromTool,
  ]));
  await b.invoke({
    messages: [human("Hallo, hier Jonas Schmidt. Wann kann ich mein Rezept E-RX-55120 in der Filiale Südstadt abholen?")],
    user_id: "kd-31544",
  }, threadConfig("rx-7f3b02"));
});
