// Outpatient clinic scheduling (English): an intake agent hands a referral to the scheduling
// subgraph through a written brief; the scheduler books from that brief.
import {
  AIMessage, Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode,
  ScriptedChatModel, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "clinic_sched_5f2a9";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), mrn: Annotation() });

const findSlots = tool(
  async ({ specialty, days, before, interpreter_lang, latex_free }) => JSON.stringify({
    specialty, days, before, interpreter_lang, latex_free,
    slots: [
      { slot_id: "DRM-0421-1040", start: "2026-04-21T10:40", provider: "Dr. A. Okafor", room: "B2-14", latex_free_room: false, interpreter_pl: true },
      { slot_id: "DRM-0422-0920", start: "2026-04-22T09:20", provider: "Dr. S. Lindqvist", room: "B2-09", latex_free_room: true, interpreter_pl: true },
      { slot_id: "DRM-0423-1130", start: "2026-04-23T11:30", provider: "Dr. A. Okafor", room: "B2-09", latex_free_room: true, interpreter_pl: false },
    ],
  }),
  {
    name: "find_slots",
    description: "Find open appointment slots.",
    schema: z.object({ specialty: z.string(), days: z.array(z.string()), before: z.string(), interpreter_lang: z.string(), latex_free: z.boolean() }),
  },
);

const bookSlot = tool(
  async ({ slot_id, mrn, flags }) => JSON.stringify({ appointment: "APT-88-30417", slot_id, mrn, flags, status: "booked", interpreter_request: "INT-PL-2291" }),
  {
    name: "book_slot",
    description: "Book an appointment slot for a patient.",
    schema: z.object({ slot_id: z.string(), mrn: z.string(), flags: z.array(z.string()) }),
  },
);

async function scenario(checkpointer) {
  const intake = new ScriptedChatModel("intake", [
    { content: "Referral for scheduling: MRN 00-448-2917, dermatology follow-up. Constraints: LATEX ALLERGY (latex-free room required); Polish interpreter required; mornings only, start before 12:00, Tue–Thu, week of 20 April." },
  ], "claude-sonnet-4-5");
  const scheduler = new ScriptedChatModel("scheduler", [
    { tool_calls: [call("toolu_01Jx7", "find_slots", { specialty: "dermatology", days: ["Tue", "Wed", "Thu"], before: "12:00", interpreter_lang: "pl", latex_free: true })] },
    { tool_calls: [call("toolu_01Jx8", "book_slot", { slot_id: "DRM-0422-0920", mrn: "00-448-2917", flags: ["latex_allergy", "interpreter:pl"] })] },
    { content: "Booked APT-88-30417: Wednesday 22 April, 09:20, Dr. S. Lindqvist, room B2-09 (latex-free), Polish interpreter requested (INT-PL-2291). The Tuesday 10:40 slot was skipped because room B2-14 is not latex-free; Thursday 11:30 has no Polish interpreter." },
  ], "claude-sonnet-4-5");

  const scheduling = new StateGraph(MessagesAnnotation)
    .addNode("agent", async (state) => ({
      messages: [await scheduler.invoke([new SystemMessage("You schedule outpatient appointments. Honour every constraint in the referral."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([findSlots, bookSlot]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile();

  const graph = new StateGraph(State)
    .addNode("intake", async (state) => ({
      messages: [await intake.invoke([new SystemMessage("You are the intake nurse assistant. Write the referral for scheduling."), ...state.messages])],
      mrn: "00-448-2917",
    }))
    .addNode("scheduling", async (state, config) => {
      const referral = state.messages[state.messages.length - 1].content;
      const out = await scheduling.invoke({ messages: [human(referral)] }, config);
      return { messages: [new AIMessage({ content: out.messages[out.messages.length - 1].content, name: "scheduling" })] };
    })
    .addEdge(START, "intake")
    .addEdge("intake", "scheduling")
    .addEdge("scheduling", END)
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hi, I need to book my father's dermatology follow-up (MRN 00-448-2917) for the week of April 20. He has a severe latex allergy, he only speaks Polish so he needs an interpreter, and he can only come in the morning, before noon, Tuesday to Thursday.")],
    user_id: "proxy:marta.nowak",
  }, threadConfig(THREAD));
}

await writeIncident(import.meta.url, scenario);
