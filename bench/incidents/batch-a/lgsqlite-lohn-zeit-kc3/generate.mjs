// Payroll assistant (German): reads a timesheet, books the day's wage. LangGraph.js + SqliteSaver.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, toolsCondition, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const Lohn = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  personalnummer: Annotation(),
  arbeitsstunden: Annotation(),
  stundensatz_eur: Annotation(),
});

const zeiterfassung = tool(
  async ({ personalnummer, datum }) => JSON.stringify({
    personalnummer, datum, beginn: "08:15", ende: "16:30", pause: "0:30", dauer: "7:45", quelle: "Terminal T-3 Halle Nord",
  }),
  {
    name: "zeiterfassung_abrufen",
    description: "Liest die gestempelten Zeiten eines Mitarbeiters für einen Tag.",
    schema: z.object({ personalnummer: z.string(), datum: z.string() }),
  },
);

const lohnBuchen = tool(
  async ({ personalnummer, stunden, stundensatz_eur }) => JSON.stringify({
    buchung: "LB-260211-0173", personalnummer, stunden, stundensatz_eur,
    brutto_eur: Math.round(stunden * stundensatz_eur * 100) / 100, status: "gebucht",
  }),
  {
    name: "lohn_buchen",
    description: "Bucht den Tageslohn (Stunden als Dezimalzahl).",
    schema: z.object({ personalnummer: z.string(), stunden: z.number(), stundensatz_eur: z.number() }),
  },
);

const model = new ScriptedChatModel("lohn", [
  { tool_calls: [call("tc_zeit_01", "zeiterfassung_abrufen", { personalnummer: "P-40173", datum: "2026-02-11" })] },
  (messages) => {
    const sys = messages[0].content;
    const stunden = Number(/arbeitsstunden=([\d.]+)/.exec(sys)[1]);
    const satz = Number(/stundensatz_eur=([\d.]+)/.exec(sys)[1]);
    return { tool_calls: [call("tc_lohn_02", "lohn_buchen", { personalnummer: "P-40173", stunden, stundensatz_eur: satz })] };
  },
  { content: "Erledigt: Für P-40173 am 11.02.2026 wurden 7,45 Stunden zu 18,50 € gebucht (Buchung LB-260211-0173), brutto 137,83 €." },
]);

const graph = (checkpointer) => new StateGraph(Lohn)
  .addNode("agent", async (s) => ({
    messages: [await model.invoke([
      new SystemMessage(`Du bist der Lohnassistent der Spedition Kessler. personalnummer=${s.personalnummer ?? "-"} `
        + `arbeitsstunden=${s.arbeitsstunden ?? "-"} stundensatz_eur=${s.stundensatz_eur ?? "-"}`),
      ...s.messages,
    ])],
  }))
  .addNode("tools", new ToolNode([zeiterfassung, lohnBuchen]))
  .addNode("erfassen", async (s) => {
    const last = s.messages[s.messages.length - 1];
    if (last.name !== "zeiterfassung_abrufen") return {};
    const t = JSON.parse(last.content);
    return { arbeitsstunden: parseFloat(t.dauer.replace(":", ".")) };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "erfassen")
  .addEdge("erfassen", "agent")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    messages: [human("Bitte den Tageslohn für P-40173 (Lager, Halle Nord) für den 11.02. buchen, Stundensatz 18,50 €.")],
    user_id: "hr.schmidt", personalnummer: "P-40173", stundensatz_eur: 18.5,
  }, threadConfig("lohn-2026-02-11-P40173"));
});
