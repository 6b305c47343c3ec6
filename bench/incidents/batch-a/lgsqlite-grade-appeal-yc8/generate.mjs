// University registrar assistant: a lecturer asks to correct a student's grade after a re-mark.
// Grade changes need a registrar's sign-off, so the graph stops at an approval interrupt with the
// tool call pending and is resumed the next morning when the registrar approves.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, ToolNode, interrupt,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "regassist-thr-0c41e9";

const getGradeRecord = tool(
  async ({ student_id, module }) => JSON.stringify({
    student_id, module, term: "2026 Autumn", component: "Coursework 2", current_mark: 58, current_grade: "C",
    remark_request: { id: "RMK-2026-1187", status: "completed", second_marker: "Dr A. Mensah", agreed_mark: 67 },
  }),
  { name: "get_grade_record", description: "Read a student's grade record for a module.", schema: z.object({ student_id: z.string(), module: z.string() }) },
);

const changeGrade = tool(
  async ({ student_id, module, component, new_mark, reason_code }) => JSON.stringify({
    change_id: "GC-55120", student_id, module, component, old_mark: 58, new_mark, new_grade: "B", reason_code, approval: "APR-3390", status: "recorded",
  }),
  {
    name: "change_grade", description: "Record a grade change. Requires registrar approval.",
    schema: z.object({
      student_id: z.string(), module: z.string(), component: z.string(), new_mark: z.number().int().min(0).max(100),
      reason_code: z.enum(["REMARK", "CLERICAL", "APPEAL"]),
    }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), approval: Annotation() });

const model = new ScriptedChatModel("registrar", [
  { tool_calls: [call("call_rec_1", "get_grade_record", { student_id: "S2231907", module: "ECON2041" })] },
  (messages) => ({
    tool_calls: [call("call_chg_1", "change_grade", {
      student_id: "S2231907", module: "ECON2041", component: "Coursework 2", new_mark: 67, reason_code: "REMARK",
    })],
  }),
  { content: "The change is recorded (GC-55120): S2231907's ECON2041 Coursework 2 mark goes from 58 (C) to 67 (B) following re-mark RMK-2026-1187, approved by the registrar under APR-3390. The student will see it in the portal within the hour." },
]);

const graph = new StateGraph(State)
  .addNode("assistant", async (state) => ({
    messages: [await model.invoke([new SystemMessage("You help lecturers with the student record. Grade changes need registrar approval."), ...state.messages])],
  }))
  .addNode("signoff", async (state) => {
    const last = state.messages[state.messages.length - 1];
    const pending = last.tool_calls.find((c) => c.name === "change_grade");
    const decision = interrupt({ action: "change_grade", args: pending.args, ask: "registrar sign-off" });
    return { approval: decision };
  })
  .addNode("tools", new ToolNode([getGradeRecord, changeGrade]))
  .addEdge(START, "assistant")
  .addConditionalEdges("assistant", (s) => {
    const last = s.messages[s.messages.length - 1];
    if (!last.tool_calls?.length) return END;
    return last.tool_calls.some((c) => c.name === "change_grade") ? "signoff" : "tools";
  }, ["tools", "signoff", END])
  .addConditionalEdges("signoff", (s) => (s.approval?.approved ? "tools" : END), ["tools", END])
  .addEdge("tools", "assistant");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    messages: [human("Hi, the second marking for S2231907 on ECON2041 coursework 2 came back at 67. Can you update the record?")],
    user_id: "staff.jlindqvist",
  }, threadConfig(THREAD));
  await app.invoke(new Command({ resume: { approved: true, ref: "APR-3390", by: "registrar.pokafor" } }), threadConfig(THREAD));
});
