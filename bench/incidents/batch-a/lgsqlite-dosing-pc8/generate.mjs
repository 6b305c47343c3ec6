// Mail-order pharmacy refill agent (English): an intake node parses the e-prescription into state,
// then the agent schedules the dispense through the fulfilment API.
import {
  END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel, call, human,
  threadConfig, tool, toolsCondition, writeIncident, z, Annotation,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), rx: Annotation() });

const fetchRx = tool(
  async ({ rx_number }) => JSON.stringify({ rx_number, patient: "PT-88-3021", drug: "levothyroxine sodium", strength: "50 mcg", sig: "1 tab PO daily before breakfast", qty: 90, refills_left: 2, prescriber_npi: "1629071234" }),
  { name: "fetch_erx", description: "Fetch an e-prescription.", schema: z.object({ rx_number: z.string() }) },
);
const schedule = tool(
  async ({ rx_number, drug, dose_mg, qty }) => JSON.stringify({ fill_id: "FL-2026-0519-77a3", rx_number, drug, dose_mg, qty, label: `${drug} ${dose_mg} mg tablet, take 1 daily`, ship_by: "2026-05-20", status: "queued" }),
  { name: "schedule_dispense", description: "Queue a fill at the central-fill pharmacy. dose_mg: strength per tablet in milligrams.",
    schema: z.object({ rx_number: z.string(), drug: z.string(), dose_mg: z.number(), qty: z.number().int() }) },
);

const model = new ScriptedChatModel("refill", [
  { tool_calls: [call("call_Rk2m9", "fetch_erx", { rx_number: "RX7730194" })] },
  { content: "Got it, I have your prescription. Scheduling the refill now." },
  (msgs) => {
    const rx = JSON.parse(msgs[0].content.split("Parsed prescription: ")[1]);
    return { tool_calls: [call("call_Rk2n1", "schedule_dispense", { rx_number: rx.rx_number, drug: rx.drug, dose_mg: rx.dose, qty: rx.qty })] };
  },
  { content: "Your refill of levothyroxine 50 mg (90 tablets) is queued as FL-2026-0519-77a3 and ships by May 20." },
], "claude-sonnet-4-5");

function parseStrength(s) {
  return parseFloat(String(s).replace(/[^\d.,]/g, "").replace(",", "."));
}

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (s) => {
      const sys = s.rx ? `You are a refill assistant. Parsed prescription: ${JSON.stringify(s.rx)}` : "You are a refill assistant.";
      return { messages: [await model.invoke([new SystemMessage(sys), ...s.messages])] };
    })
    .addNode("tools", new ToolNode([fetchRx, schedule]))
    .addNode("intake", async (s) => {
      const last = s.messages[s.messages.length - 1];
      if (last.name !== "fetch_erx") return {};
      const r = JSON.parse(last.content);
      return { rx: { rx_number: r.rx_number, drug: r.drug, dose: parseStrength(r.strength), qty: r.qty } };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "intake").addEdge("intake", "agent")
    .compile({ checkpointer: saver });
  const cfg = threadConfig("refill/PT-88-3021/7f3c");
  await graph.invoke({ user_id: "PT-88-3021", messages: [human("Hi, I need a refill of RX7730194 please, running out next week.")] }, cfg);
  await graph.invoke({ messages: [human("Yes please go ahead and send it.")] }, cfg);
});
