// HR onboarding assistant (LangGraph.js + SQLite checkpointer), scripted model, no network.
// The web tier keeps the "last checkpoint id" of each conversation in a per-replica cache and passes it
// as configurable.checkpoint_id when the next message arrives.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-onboarding-kit-replica-qc7/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const getNewHire = tool(
  async ({ hire_ref }) => JSON.stringify({
    hire_ref, name: "Priya Raman", role: "Data Engineer II", team: "Payments Data Platform",
    site: "Rotterdam – Wilhelminakade", manager: "j.deboer", contract: "permanent", start_date: "2026-06-02",
    equipment: null,
  }),
  { name: "get_new_hire", description: "Fetch a new-hire record from Workday.", schema: z.object({ hire_ref: z.string() }) },
);

const savePreferences = tool(
  async (args) => JSON.stringify({ ...args, saved: true, revision: args.start_date === "2026-06-16" ? 2 : 1 }),
  {
    name: "save_onboarding_preferences",
    description: "Store the new hire's onboarding preferences.",
    schema: z.object({ hire_ref: z.string(), start_date: z.string(), laptop: z.string(), os: z.string() }),
  },
);

const orderEquipment = tool(
  async ({ hire_ref, laptop, os, deliver_by, site }) => JSON.stringify({
    ticket: "ITREQ-184402", hire_ref, laptop, os, deliver_by, site, status: "submitted", vendor: "Centralpoint",
  }),
  {
    name: "order_equipment",
    description: "Raise an IT equipment request for a new hire.",
    schema: z.object({ hire_ref: z.string(), laptop: z.string(), os: z.string(), deliver_by: z.string(), site: z.string() }),
  },
);

const bookBadgePhoto = tool(
  async ({ hire_ref, date, slot }) => JSON.stringify({ booking: "FAC-BDG-6621", hire_ref, date, slot, desk: "Reception B, ground floor" }),
  {
    name: "book_badge_photo",
    description: "Book a badge photo slot at facilities.",
    schema: z.object({ hire_ref: z.string(), date: z.string(), slot: z.string() }),
  },
);

// The model answers from what the node actually put in front of it.
const moved = (m) => /16 June/.test(promptText(m));
const model = new ScriptedChatModel("onboarding", [
  { tool_calls: [call("toolu_01Fq8VnR2kJp", "get_new_hire", { hire_ref: "NH-26-0417" })] },
  { tool_calls: [call("toolu_01Lw3XcT9bZs", "save_onboarding_preferences",
      { hire_ref: "NH-26-0417", start_date: "2026-06-02", laptop: "Lenovo ThinkPad T14 Gen 5", os: "Ubuntu 24.04 LTS" })] },
  { content: "Welcome aboard, Priya! I've found your record (Data Engineer II, Payments Data Platform, Rotterdam) "
      + "and saved your preferences: a ThinkPad T14 with Ubuntu 24.04, start date Tuesday 2 June. "
      + "Let me know when you'd like me to order the kit and book your badge photo." },
  { tool_calls: [call("toolu_01Pz6HdM4qWe", "save_onboarding_preferences",
      { hire_ref: "NH-26-0417", start_date: "2026-06-16", laptop: "MacBook Pro 14 (M4 Pro)", os: "macOS" })] },
  { content: "No problem, updated: start date Tuesday 16 June, and a MacBook Pro 14 on macOS instead of the ThinkPad." },
  (m) => ({
    tool_calls: [call("toolu_01Tc2GyK7uVa", "order_equipment", moved(m)
      ? { hire_ref: "NH-26-0417", laptop: "MacBook Pro 14 (M4 Pro)", os: "macOS", deliver_by: "2026-06-12", site: "Rotterdam – Wilhelminakade" }
      : { hire_ref: "NH-26-0417", laptop: "Lenovo ThinkPad T14 Gen 5", os: "Ubuntu 24.04 LTS", deliver_by: "2026-05-29", site: "Rotterdam – Wilhelminakade" })],
  }),
  (m) => ({
    tool_calls: [call("toolu_01Xb5RjN8hDo", "book_badge_photo",
      { hire_ref: "NH-26-0417", date: moved(m) ? "2026-06-16" : "2026-06-02", slot: "09:00" })],
  }),
  (m) => ({
    content: moved(m)
      ? "All set: MacBook Pro ordered (ITREQ-184402) for delivery by 12 June, badge photo booked 16 June at 09:00."
      : "All set! I've raised ITREQ-184402 for your Lenovo ThinkPad T14 Gen 5 with Ubuntu 24.04 LTS, to be delivered "
        + "to the Rotterdam office by Friday 29 May, and booked your badge photo for your first day, Tuesday 2 June, "
        + "at 09:00 at Reception B on the ground floor. See you soon!",
  }),
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), hire_ref: Annotation() });
const SYSTEM = "You are Hive, the onboarding assistant of Northwind Payments. Use the tools to set up new hires.";

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([getNewHire, savePreferences, orderEquipment, bookBadgePhoto]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer });

  const thread = "onb:NH-26-0417:a91f";
  // replica A serves the first message and caches the checkpoint id it ended on
  await graph.invoke({
    messages: [human("Hi! I'm Priya Raman, new hire ref NH-26-0417. I start on 2 June. For my laptop I'd like a "
      + "ThinkPad with Linux (Ubuntu) please.")],
    user_id: "priya.raman@northwind-payments.example", hire_ref: "NH-26-0417",
  }, threadConfig(thread));
  const replicaA = (await graph.getState(threadConfig(thread))).config.configurable.checkpoint_id;

  // replica B serves the second message
  await graph.invoke({
    messages: [human("Quick change: my start date moved to 16 June, and the team asked me to use a MacBook Pro "
      + "on macOS instead, since all their tooling is Mac-only.")],
  }, threadConfig(thread));

  // the third message lands on replica A again, which resumes from its cached checkpoint id
  await graph.invoke({
    messages: [human("Great, thanks. Please go ahead and order the equipment and book my badge photo for my first day.")],
  }, threadConfig(thread, { checkpoint_id: replicaA }));
});
