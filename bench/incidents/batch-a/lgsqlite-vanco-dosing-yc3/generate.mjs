// Inpatient pharmacy assistant: reads vitals from the EHR, keeps the patient's weight in state as
// weight_kg, and computes a weight-based vancomycin loading dose. Offline, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "enc_88412.ward3B";

const ehrGetVitals = tool(
  async ({ mrn }) => JSON.stringify({ mrn, recorded: "2026-02-09T07:40:00-05:00", source: "bedside scale",
    weight: "176 lb", height: "5 ft 9 in", scr_mg_dl: 0.9, temp_c: 38.6, hr: 104 }),
  { name: "ehr_get_vitals", description: "Latest vitals for a patient (US EHR).",
    schema: z.object({ mrn: z.string() }) },
);

const computeDose = tool(
  async ({ drug, weight_kg, mg_per_kg, max_single_mg }) => {
    const raw = weight_kg * mg_per_kg;
    const dose = Math.min(Math.round(raw / 250) * 250, max_single_mg);
    return JSON.stringify({ drug, weight_kg, mg_per_kg, calculated_mg: raw, rounded_mg: dose,
      capped: raw > max_single_mg });
  },
  { name: "compute_dose", description: "Weight-based dose. weight_kg must be in kilograms.",
    schema: z.object({ drug: z.string(), weight_kg: z.number(), mg_per_kg: z.number(), max_single_mg: z.number() }) },
);

const queueOrder = tool(
  async ({ mrn, drug, dose_mg, route }) => JSON.stringify({ order_id: "RX-0098812", mrn, drug, dose_mg, route,
    status: "queued for pharmacist verification" }),
  { name: "queue_med_order", description: "Queue a medication order for verification.",
    schema: z.object({ mrn: z.string(), drug: z.string(), dose_mg: z.number(), route: z.string() }) },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01Vt", "ehr_get_vitals", { mrn: "MRN-3381204" })] },
  (messages) => {
    const sys = messages[0].content;
    const kg = Number(/weight_kg=([\d.]+)/.exec(sys)?.[1]);
    return { tool_calls: [call("toolu_02Cd", "compute_dose",
      { drug: "vancomycin", weight_kg: kg, mg_per_kg: 25, max_single_mg: 3000 })] };
  },
  { tool_calls: [call("toolu_03Qo", "queue_med_order",
      { mrn: "MRN-3381204", drug: "vancomycin", dose_mg: 3000, route: "IV over 2 h" })] },
  { content: "Loading dose for MRN-3381204: vancomycin 25 mg/kg x 176 kg = 4,400 mg, capped at 3,000 mg IV "
      + "over 2 h. Order RX-0098812 is queued for pharmacist verification. Suggest a trough before the 4th dose." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), weight_kg: Annotation() });

const graph = new StateGraph(State)
  .addNode("agent", async (state) => ({ messages: [await model.invoke([
    new SystemMessage(`Clinical pharmacy assistant. Patient context: weight_kg=${state.weight_kg ?? "unknown"}.`),
    ...state.messages])] }))
  .addNode("tools", new ToolNode([ehrGetVitals, computeDose, queueOrder]))
  .addNode("record_vitals", async (state) => {
    const last = state.messages[state.messages.length - 1];
    if (last.getType() !== "tool" || last.name !== "ehr_get_vitals") return {};
    const v = JSON.parse(last.content);
    return { weight_kg: parseFloat(v.weight) };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "record_vitals")
  .addEdge("record_vitals", "agent")
  .compile();

await writeIncident(import.meta.url, async (saver) => {
  graph.checkpointer = saver;
  await graph.invoke({
    messages: [human("Bed 14, MRN-3381204, suspected MRSA bacteremia. Please work up a vancomycin loading dose and queue it.")],
    user_id: "rn.okafor", weight_kg: null,
  }, threadConfig(THREAD));
});
