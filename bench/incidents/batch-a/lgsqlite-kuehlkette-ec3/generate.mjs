// Spedition dispatch assistant (German). Turn 1 runs on release 2026.18, turn 2 after the
// 2026.19 deploy of the intake node. Scripted model, real LangGraph SQLite checkpointer.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "dispo-7f3c9a21-marburg";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  sendung: Annotation(),
  abholdatum: Annotation(),
});

const fahrzeugBuchen = tool(
  async ({ sendungsnr, fahrzeugtyp, abholung, paletten }) => JSON.stringify({
    auftrag: "TR-55102", sendungsnr, fahrzeugtyp, abholung, paletten,
    temperaturgefuehrt: fahrzeugtyp.startsWith("Kühl"), status: "bestätigt",
  }),
  {
    name: "fahrzeug_buchen",
    description: "Bucht ein Fahrzeug für eine Abholung.",
    schema: z.object({
      sendungsnr: z.string(), fahrzeugtyp: z.enum(["Planensattel", "Kühlkoffer", "Kastenwagen"]),
      abholung: z.string(), paletten: z.number(),
    }),
  },
);

function describe(s) {
  if (s && typeof s === "object") {
    return `Sendung ${s.sendungsnr}: ${s.paletten} Paletten ${s.ware}, ${s.von} -> ${s.nach}, `
      + `Kühlkette: ${s.kuehlkette ? `ja (${s.temp_min_c}-${s.temp_max_c} °C)` : "nein"}`;
  }
  return `Sendung: ${s}`;
}

function build(checkpointer, model, release) {
  const erfassen = release === "2026.18"
    ? async (state) => (state.sendung ? {} : {
        sendung: {
          sendungsnr: "SND-88213-DE", paletten: 14, ware: "Impfstoff (Influvac)", von: "Marburg", nach: "Wien",
          kuehlkette: true, temp_min_c: 2, temp_max_c: 8,
        },
      })
    : async (state) => ({ sendung: `${state.sendung}`, abholdatum: "2026-05-12" });
  return new StateGraph(State)
    .addNode("erfassen", erfassen)
    .addNode("disponent", async (state) => {
      const last = state.messages.filter((m) => m.getType() !== "system").slice(-1);
      const sys = new SystemMessage(`Du bist Disponent. ${describe(state.sendung)}. Abholdatum: ${state.abholdatum ?? "offen"}`);
      return { messages: [await model.invoke([sys, ...(release === "2026.18" ? state.messages : [...last])])] };
    })
    .addNode("tools", new ToolNode([fahrzeugBuchen]))
    .addEdge(START, "erfassen")
    .addEdge("erfassen", "disponent")
    .addConditionalEdges("disponent", toolsCondition, ["tools", END])
    .addEdge("tools", "disponent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const m1 = new ScriptedChatModel(THREAD, [
    { content: "Sendung SND-88213-DE erfasst: 14 Paletten Impfstoff, Marburg → Wien, temperaturgeführt 2–8 °C. An welchem Tag sollen wir abholen?" },
  ]);
  await build(saver, m1, "2026.18").invoke({
    messages: [human("Bitte Abholung anlegen für SND-88213-DE: 14 Paletten Impfstoff (Influvac), Marburg nach Wien. Achtung Kühlkette, durchgehend 2 bis 8 °C!")],
    user_id: "disp-hkoch",
  }, threadConfig(THREAD));

  const m2 = new ScriptedChatModel(THREAD, [
    (msgs) => ({
      tool_calls: [call("call_Vb81xQ", "fahrzeug_buchen", {
        sendungsnr: "SND-88213-DE",
        fahrzeugtyp: promptText(msgs).includes("Kühlkette: ja") ? "Kühlkoffer" : "Planensattel",
        abholung: "2026-05-12", paletten: 14,
      })],
    }),
    { content: "Erledigt: Auftrag TR-55102, Planensattel, Abholung am 12.05.2026 in Marburg, 14 Paletten nach Wien." },
  ]);
  await build(saver, m2, "2026.19").invoke({
    messages: [human("Abholung bitte am Dienstag, 12.05., ab 7 Uhr. Danke!")],
  }, threadConfig(THREAD));
});
