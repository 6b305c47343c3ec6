// HR leave assistant (LangGraph.js, SQLite checkpointer, scripted model). Each employee chats in
// their own thread; case notes live in a long-term memory store so that a follow-up conversation
// can pick up where the last one ended. The note tools build the store namespace from the run
// config (team_id), as configured by the HR portal.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const THREAD_A = "hrx-s-7c1e0a4b";
const THREAD_B = "hrx-s-9f3d22e1";

const store = new InMemoryStore();
const notesNamespace = (config) => ["case_notes", config.configurable.team_id];

// ---- tools -----------------------------------------------------------------------------------

const lookupLeavePolicy = tool(
  async ({ leave_type }) => JSON.stringify({
    leave_type, policy: "HR-POL-014 rev. 7", entitlement_weeks: 18,
    pay: "80% salary continuation for weeks 1-12, statutory pay for weeks 13-18",
    notice: "at least 4 weeks before start", evidence: "birth certificate within 6 weeks of start",
  }),
  {
    name: "lookup_leave_policy",
    description: "Returns the company leave policy for a leave type.",
    schema: z.object({ leave_type: z.enum(["parental", "unpaid", "sabbatical", "sick", "annual"]) }),
  },
);

let noteSeq = 4410;
const saveCaseNote = tool(
  async ({ note }, config) => {
    const key = `cn-${++noteSeq}`;
    await store.put(notesNamespace(config), key, { note });
    return JSON.stringify({ saved: true, key });
  },
  {
    name: "save_case_note",
    description: "Saves a case note for follow-up conversations.",
    schema: z.object({ note: z.string() }),
  },
);

const getCaseNotes = tool(
  async (_args, config) => {
    const items = await store.search(notesNamespace(config), { limit: 10 });
    items.sort((a, b) => b.updatedAt - a.updatedAt);
    return JSON.stringify({ notes: items.map((i) => ({ key: i.key, note: i.value.note })) });
  },
  {
    name: "get_case_notes",
    description: "Returns the case notes saved in earlier conversations, newest first.",
    schema: z.object({}),
  },
);

let leaveSeq = 88120;
const submitLeaveRequest = tool(
  async ({ employee_id, leave_type, start_date, end_date, pay_rule }) => JSON.stringify({
    request_id: `LR-2026-${++leaveSeq}`, employee_id, leave_type, start_date, end_date, pay_rule,
    status: "submitted", next_approver: "line manager",
  }),
  {
    name: "submit_leave_request",
    description: "Files a leave request in the HR system on behalf of the employee.",
    schema: z.object({
      employee_id: z.string(), leave_type: z.string(), start_date: z.string(), end_date: z.string(),
      pay_rule: z.string(),
    }),
  },
);

const TOOLS = [lookupLeavePolicy, saveCaseNote, getCaseNotes, submitLeaveRequest];

// ---- scripts ---------------------------------------------------------------------------------

const modelA = new ScriptedChatModel(THREAD_A, [
  { tool_calls: [call("call_7yHqB2", "lookup_leave_policy", { leave_type: "parental" })] },
  { content: "Congratulations! Under HR-POL-014 you get 18 weeks of parental leave: 80% salary continuation "
      + "for weeks 1-12, then statutory pay for weeks 13-18. With a due date of 30 March, a start on Monday "
      + "6 April would run until Sunday 9 August. Shall I note that and file the request?" },
  { tool_calls: [call("call_9kD1xP", "save_case_note", { note: "Parental leave agreed: start 2026-04-06, 18 weeks "
      + "(until 2026-08-09), 80% salary continuation weeks 1-12, statutory weeks 13-18. Line manager Dana Okafor "
      + "approved verbally on 2026-03-09. Birth certificate to follow; due date 2026-03-30." })] },
  { tool_calls: [call("call_2mWfR8", "submit_leave_request", { employee_id: "emp-20417", leave_type: "parental",
      start_date: "2026-04-06", end_date: "2026-08-09", pay_rule: "80% wk1-12, statutory wk13-18" })] },
  { content: "Done: request LR-2026-88121 is filed (6 April to 9 August) and waiting for Dana's approval in the "
      + "portal. Please upload the birth certificate within six weeks of the start date." },
]);

const modelB = new ScriptedChatModel(THREAD_B, [
  { tool_calls: [call("call_4sNcV0", "get_case_notes", {})] },
  { tool_calls: [call("call_6tLuE3", "submit_leave_request", { employee_id: "emp-31188", leave_type: "parental",
      start_date: "2026-04-06", end_date: "2026-08-09", pay_rule: "80% wk1-12, statutory wk13-18" })] },
  { content: "Welcome back! From my notes: your leave starts on 6 April 2026 and runs 18 weeks until 9 August, "
      + "with 80% salary continuation for the first 12 weeks and statutory pay after that; Dana Okafor approved "
      + "it on 9 March. I've filed the request (LR-2026-88122). Remember to upload the birth certificate within "
      + "six weeks of the start date." },
]);

// ---- graph ----------------------------------------------------------------------------------

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const SYSTEM = "You are Juniper, the HR leave assistant of Northwind Logistics. Use case notes to continue "
  + "earlier conversations.";

function hrGraph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode(TOOLS))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  // An older note from a previous conversation with the second employee (before this database copy).
  await store.put(["case_notes", "FINOPS-EMEA"], "cn-4398",
    { note: "Enquiry about 4 weeks unpaid leave in July 2026; waiting for cost-centre budget check before filing." });
  await new Promise((r) => setTimeout(r, 5));

  const cfgA = { configurable: { thread_id: THREAD_A, team_id: "FINOPS-EMEA", employee_id: "emp-20417" } };
  const a = hrGraph(checkpointer, modelA);
  await a.invoke({ messages: [human("Hi Juniper, I'd like to sort out my parental leave. Our baby is due on "
    + "30 March.")], user_id: "emp-20417" }, cfgA);
  await a.invoke({ messages: [human("Yes please, start on 6 April. Dana (my manager) already said it's fine.")] },
    cfgA);

  const cfgB = { configurable: { thread_id: THREAD_B, team_id: "FINOPS-EMEA", employee_id: "emp-31188" } };
  const b = hrGraph(checkpointer, modelB);
  await b.invoke({ messages: [human("Hey, following up on what we discussed about my leave. Can you remind me "
    + "what we settled on and put the request in?")], user_id: "emp-31188" }, cfgB);
});
