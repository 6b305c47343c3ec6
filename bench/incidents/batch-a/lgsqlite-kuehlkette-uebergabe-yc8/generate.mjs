// Dispatch desk of a food-logistics forwarder (German). The dispatcher agent collects the order,
// then hands it over to the freight-booking sub-agent, which runs as a subgraph on the same thread.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  HumanMessage, SystemMessage, ScriptedChatModel, call, human, promptText, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-hh-2026-12-04-0173";

const sendungAbrufen = tool(
  async ({ sendung }) => JSON.stringify({
    sendung, absender: "Nordfrost Feinkost GmbH, Hamburg-Altenwerder", empfaenger: "Zentrallager Süd, München-Riem",
    paletten: 14, gewicht_kg: 8120, ware: "Frischkäse, Joghurt", temperatur: "+2 bis +8 °C", abholung: "2026-12-07 06:00",
  }),
  { name: "sendung_abrufen", description: "Stammdaten einer Sendung lesen.", schema: z.object({ sendung: z.string() }) },
);

const lkwBuchen = tool(
  async ({ sendung, fahrzeugtyp, paletten, abholung }) => JSON.stringify({
    buchung: "FB-77-30412", sendung, fahrzeugtyp, paletten, abholung, frachtfuehrer: "Spedition Kessler & Söhne",
    preis_eur: fahrzeugtyp === "Kühlkoffer" ? 1890 : 1240, status: "bestätigt",
  }),
  {
    name: "lkw_buchen", description: "LKW beim Frachtführer buchen.",
    schema: z.object({
      sendung: z.string(), fahrzeugtyp: z.enum(["Plane", "Kühlkoffer", "Kofferaufbau"]),
      paletten: z.number(), abholung: z.string(),
    }),
  },
);

const DispoState = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  auftrag: Annotation(),
});

// --- sub-agent: freight booking
const buchungsModell = new ScriptedChatModel("frachtbuchung", [
  (messages) => {
    const text = promptText(messages);
    const kuehl = /°C|kühl/i.test(text);
    return {
      tool_calls: [call("call_fb_1", "lkw_buchen", {
        sendung: "SE-40917", fahrzeugtyp: kuehl ? "Kühlkoffer" : "Plane", paletten: 14, abholung: "2026-12-07 06:00",
      })],
    };
  },
  { content: "Gebucht: FB-77-30412, Spedition Kessler & Söhne, Planen-LKW für 14 Paletten, Abholung 07.12. 06:00 Uhr, 1.240 EUR." },
]);

const frachtbuchung = new StateGraph(MessagesAnnotation)
  .addNode("buchungsagent", async (state) => ({
    messages: [await buchungsModell.invoke([
      new SystemMessage("Du buchst LKW-Kapazität für Frachtaufträge. Wähle den Fahrzeugtyp passend zur Ware."),
      ...state.messages,
    ])],
  }))
  .addNode("werkzeuge", new ToolNode([lkwBuchen]))
  .addEdge(START, "buchungsagent")
  .addConditionalEdges("buchungsagent", toolsCondition, { tools: "werkzeuge", [END]: END })
  .addEdge("werkzeuge", "buchungsagent")
  .compile();

// --- dispatcher
const dispoModell = new ScriptedChatModel("disposition", [
  { tool_calls: [call("call_sa_1", "sendung_abrufen", { sendung: "SE-40917" })] },
  { content: "Sendung SE-40917: 14 Paletten Frischkäse/Joghurt, 8.120 kg, Kühlware +2 bis +8 °C, Abholung 07.12. 06:00 Uhr "
      + "in Hamburg-Altenwerder, Ziel München-Riem. Ich gebe den Auftrag an die Frachtbuchung." },
  { content: "Der Transport für SE-40917 ist gebucht: Auftrag FB-77-30412 bei Spedition Kessler & Söhne, Abholung am 07.12. "
      + "um 06:00 Uhr, 1.240 EUR." },
]);

function feldAusTool(messages, feld) {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].getType() === "tool") {
      try { const v = JSON.parse(messages[i].content)[feld]; if (v !== undefined) return v; } catch { /* */ }
    }
  }
  return undefined;
}

// Handover form of the booking interface (fields agreed with the carrier portal in 2025).
const UEBERGABE_FELDER = ["sendung", "absender", "empfaenger", "paletten", "gewicht_kg", "abholung"];

const graph = new StateGraph(DispoState)
  .addNode("disponent", async (state) => {
    const msg = await dispoModell.invoke([new SystemMessage("Du bist Disponent. Prüfe Sendungen und beauftrage die Frachtbuchung."), ...state.messages]);
    const update = { messages: [msg] };
    if (!msg.tool_calls?.length && !state.auftrag) {
      const a = {};
      for (const f of ["sendung", "absender", "empfaenger", "paletten", "gewicht_kg", "ware", "temperatur", "abholung"]) {
        a[f] = feldAusTool(state.messages, f);
      }
      update.auftrag = a;
    }
    return update;
  })
  .addNode("werkzeuge", new ToolNode([sendungAbrufen]))
  .addNode("frachtbuchung", async (state, config) => {
    const a = state.auftrag;
    const zeilen = UEBERGABE_FELDER.map((f) => `${f}: ${a[f]}`).join("\n");
    const out = await frachtbuchung.invoke({ messages: [new HumanMessage(`Frachtauftrag\n${zeilen}`)] }, config);
    const last = out.messages[out.messages.length - 1];
    return { messages: [new HumanMessage({ content: `[Frachtbuchung] ${last.content}`, name: "frachtbuchung" })] };
  })
  .addEdge(START, "disponent")
  .addConditionalEdges("disponent", (s) => {
    const last = s.messages[s.messages.length - 1];
    if (last.tool_calls?.length) return "werkzeuge";
    return s.messages.some((m) => typeof m.content === "string" && m.content.startsWith("[Frachtbuchung]")) ? END : "frachtbuchung";
  }, ["werkzeuge", "frachtbuchung", END])
  .addEdge("werkzeuge", "disponent")
  .addEdge("frachtbuchung", "disponent");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    messages: [human("Bitte Transport für SE-40917 organisieren, Abholung Montag früh in Altenwerder.")],
    user_id: "dispo-m.brandt",
  }, threadConfig(THREAD));
});
