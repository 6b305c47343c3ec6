// Student-services advisor bot of a university. It answers questions about academic regulations by
// searching the regulations handbook (a vector index behind the tool "handbook_search") and can look
// up the student's enrolment record.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, ScriptedChatModel,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "advisor:s2318840:2026-02-19T09:14";

const enrolmentRecord = tool(
  async ({ student_id }) => JSON.stringify({
    student_id, programme: "MSc Data Science (full-time)", programme_code: "MSC-DS-FT", cohort: "2025/26",
    status: "enrolled", current_term: "Spring 2026", credits_completed: 60, credits_required: 120,
  }),
  { name: "enrolment_record", description: "A student's enrolment record.", schema: z.object({ student_id: z.string() }) },
);

// The 2025/26 handbook index has been re-embedded with per-programme metadata; the postgraduate
// regulations were not yet re-ingested when this conversation happened.
const handbookSearch = tool(
  async ({ query, programme_code, top_k }) => {
    if (programme_code) {
      return JSON.stringify({ index: "regs-2025-26-v4", query, filter: { programme_code }, top_k, hits: [] });
    }
    return JSON.stringify({
      index: "regs-2025-26-v4", query, top_k,
      hits: [
        { doc: "UG-REG-2025 §7.2", score: 0.71, text: "Undergraduate students who wish to interrupt their studies "
            + "must discuss this with their Personal Tutor before submitting a request to the Faculty Office." },
        { doc: "LIB-POL-3", score: 0.64, text: "Borrowing rights are suspended while a student is not registered." },
      ],
    });
  },
  {
    name: "handbook_search",
    description: "Semantic search over the academic regulations handbook.",
    schema: z.object({ query: z.string(), programme_code: z.string().optional(), top_k: z.number() }),
  },
);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_q1N7", "enrolment_record", { student_id: "s2318840" })] },
  { tool_calls: [call("call_q2V3", "handbook_search",
    { query: "medical leave of absence interruption of studies tuition fees", programme_code: "MSC-DS-FT", top_k: 5 })] },
  { tool_calls: [call("call_q3K9", "handbook_search",
    { query: "postgraduate taught interruption of studies medical grounds duration fees", top_k: 5 })] },
  { content: "Yes. As a full-time MSc student you can apply for an interruption of studies on medical grounds. "
      + "An interruption can last up to 12 months in total over your programme (normally one or two terms). "
      + "You won't pay tuition for the terms you are away; the fee is pro-rated and your remaining 60 credits "
      + "are billed when you return, plus a £95 re-registration charge. Submit form PGT-INT-1 with a medical "
      + "certificate to the Postgraduate Office at least 4 weeks before the start of the summer term, and your "
      + "student visa sponsor, if any, will be told within 10 working days." },
]);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("advisor", async (state) => ({
    messages: [await model.invoke([new SystemMessage("You are the Student Services advisor. Use the handbook."),
      ...state.messages])],
  }))
  .addNode("tools", new ToolNode([enrolmentRecord, handbookSearch]))
  .addEdge(START, "advisor")
  .addConditionalEdges("advisor", toolsCondition, ["tools", END])
  .addEdge("tools", "advisor")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (checkpointer) => {
  await graph(checkpointer).invoke({
    messages: [human("Hi, I need surgery in April and probably can't study for a while. Can I take medical leave "
      + "from my MSc? How long can it be, do I still have to pay fees for that time, and what do I need to do?")],
    user_id: "s2318840",
  }, threadConfig(THREAD));
});
