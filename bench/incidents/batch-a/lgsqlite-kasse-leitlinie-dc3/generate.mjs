// Krankenkassen-Servicebot (LangGraph.js, SQLite checkpointer, scripted model).
import {
  ScriptedChatModel, StateGraph, Annotation, MessagesAnnotation, START, END, ToolNode, toolsCondition,
  SystemMessage, tool, z, call, human, threadConfig, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), tarif: Annotation() });

const leitlinienSuche = tool(
  async ({ anfrage, tarif }) => JSON.stringify({
    index: "satzung-2026-q1", tarif, anfrage, k: 4, treffer: [],
  }),
  {
    name: "leitlinien_suche",
    description: "Durchsucht Satzung und Leistungsrichtlinien der Kasse (Vektorsuche).",
    schema: z.object({ anfrage: z.string(), tarif: z.string() }),
  },
);

const versichertenStatus = tool(
  async ({ kvnr }) => JSON.stringify({ kvnr, status: "aktiv", tarif: "KompaktPlus", seit: "2019-04-01" }),
  {
    name: "versicherten_status",
    description: "Status eines Versicherten nach Krankenversichertennummer.",
    schema: z.object({ kvnr: z.string() }),
  },
);

const thread = "kv-7c1e9a02";
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("tc_01HZX4K2", "versicherten_status", { kvnr: "T512847390" })] },
  { tool_calls: [call("tc_01HZX4K9", "leitlinien_suche", {
    anfrage: "Zuschuss Zahnreinigung professionelle PZR Erstattung Höhe Frist", tarif: "KompaktPlus" })] },
  { content: "Guten Tag Frau Brandt, im Tarif KompaktPlus bezuschussen wir die professionelle Zahnreinigung "
      + "mit 80 % der Rechnung, höchstens 60 € pro Kalenderjahr. Reichen Sie die Rechnung bitte innerhalb "
      + "von 6 Monaten über die App ein; die Erstattung erfolgt in der Regel binnen 14 Tagen auf Ihr Konto." },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("berater", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("Du bist der Servicebot der Kasse. Antworte nur auf Basis der Satzung."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([leitlinienSuche, versichertenStatus]))
    .addEdge(START, "berater")
    .addConditionalEdges("berater", toolsCondition, ["tools", END])
    .addEdge("tools", "berater")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("Hallo, meine KVNR ist T512847390. Wie viel bekomme ich für die professionelle "
      + "Zahnreinigung erstattet und bis wann muss ich die Rechnung einreichen?")],
    user_id: "vers-T512847390",
    tarif: "KompaktPlus",
  }, threadConfig(thread));
});
