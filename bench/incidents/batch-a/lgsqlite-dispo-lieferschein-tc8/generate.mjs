// Freight-dispatch agent (German): reads a delivery note, copies the load into state, books a vehicle.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-dispo-lieferschein-tc8/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo/KW16/LS-0099127";

const lieferscheinLesen = tool(
  async ({ lieferschein }) => JSON.stringify({
    lieferschein, absender: "Ziegelwerk Brandt GmbH, Zwickau", empfaenger: "Baustelle Leipzig-Plagwitz, Karl-Heine-Str. 90",
    positionen: 14, palettenplaetze: 6, gesamtgewicht: "2,5 t", ladedatum: "2026-04-15",
  }),
  {
    name: "lieferschein_lesen",
    description: "Liest die Kopfdaten eines Lieferscheins aus dem WMS.",
    schema: z.object({ lieferschein: z.string() }),
  },
);

const FAHRZEUGE = [
  { fahrzeug: "B-TX 2231", typ: "Transporter 3,5 t", nutzlast_kg: 1050, palettenplaetze: 8 },
  { fahrzeug: "L-KR 7710", typ: "Motorwagen 7,5 t", nutzlast_kg: 2900, palettenplaetze: 15 },
  { fahrzeug: "L-KR 4120", typ: "Sattelzug 40 t", nutzlast_kg: 24000, palettenplaetze: 33 },
];

const fahrzeugBuchen = tool(
  async ({ lieferschein, gewicht_kg, palettenplaetze, ladedatum }) => {
    const f = FAHRZEUGE.find((v) => v.nutzlast_kg >= gewicht_kg && v.palettenplaetze >= palettenplaetze);
    return JSON.stringify({ auftrag: "TA-26-041577", lieferschein, ladedatum, ...f, gewicht_kg, status: "disponiert" });
  },
  {
    name: "fahrzeug_buchen",
    description: "Disponiert das kleinste passende Fahrzeug aus dem eigenen Fuhrpark.",
    schema: z.object({
      lieferschein: z.string(), gewicht_kg: z.number(), palettenplaetze: z.number(), ladedatum: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  disponent: Annotation(),
  sendung: Annotation(),
});

function lastToolJson(messages) {
  const m = [...messages].reverse().find((x) => x.getType() === "tool");
  return JSON.parse(m.content);
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("tc_lies_01", "lieferschein_lesen", { lieferschein: "LS-0099127" })] },
    (messages) => {
      const s = JSON.parse(messages[0].content.split("Sendung: ")[1]);
      return { tool_calls: [call("tc_buch_02", "fahrzeug_buchen", {
        lieferschein: "LS-0099127", gewicht_kg: s.gewicht_kg, palettenplaetze: s.palettenplaetze, ladedatum: s.ladedatum })] };
    },
    { content: "Erledigt: LS-0099127 (14 Positionen, 6 Palettenplätze) ist als Transportauftrag TA-26-041577 "
        + "auf B-TX 2231 (Transporter 3,5 t) für den 15.04. disponiert. Abholung in Zwickau, Zustellung Leipzig-Plagwitz." },
  ]);
  const graph = new StateGraph(State)
    .addNode("disponent_agent", async (state) => {
      const sys = "Du bist der Dispositionsagent der Spedition Kranich. Buche für jeden Lieferschein das kleinste passende Fahrzeug."
        + (state.sendung ? `\nSendung: ${JSON.stringify(state.sendung)}` : "");
      return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("wms", new ToolNode([lieferscheinLesen]))
    .addNode("sendung_erfassen", async (state) => {
      const ls = lastToolJson(state.messages);
      return { sendung: {
        lieferschein: ls.lieferschein,
        palettenplaetze: ls.palettenplaetze,
        gewicht_kg: Number.parseFloat(String(ls.gesamtgewicht).replace(",", ".")),
        ladedatum: ls.ladedatum,
      } };
    })
    .addNode("tms", new ToolNode([fahrzeugBuchen]))
    .addEdge(START, "disponent_agent")
    .addConditionalEdges("disponent_agent", (state) => {
      const c = state.messages.at(-1).tool_calls ?? [];
      if (c.length === 0) return END;
      return c[0].name === "lieferschein_lesen" ? "wms" : "tms";
    }, ["wms", "tms", END])
    .addEdge("wms", "sendung_erfassen")
    .addEdge("sendung_erfassen", "disponent_agent")
    .addEdge("tms", "disponent_agent")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Bitte LS-0099127 für morgen disponieren, Ziegel von Brandt nach Plagwitz.")],
    disponent: "j.hoffmann",
  }, threadConfig(THREAD));
});
