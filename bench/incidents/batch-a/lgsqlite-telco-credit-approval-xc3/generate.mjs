// Telecom billing support agent (English). The billing lookup times out once and is retried; the
// account credit needs a supervisor's approval, taken through a LangGraph interrupt and resumed.
import {
  Annotation, Command, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, interrupt, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), account: Annotation() });

let billingFailures = 1;
const billingLookup = tool(
  async ({ account_no, cycle }) => {
    if (billingFailures-- > 0) throw new Error("billing-core upstream 504 Gateway Timeout (invoice-svc, 30000 ms)");
    return JSON.stringify({ account_no, cycle, invoice: "INV-2026-04-883120", total_gbp: 112.37,
      lines: [{ item: "Unlimited 5G plan", gbp: 34.0 }, { item: "Roaming day pass x13 (FR)", gbp: 78.37 }],
      roaming_bundle_active: true, bundle_start: "2026-04-02" });
  },
  { name: "billing_lookup", description: "Fetch an invoice for an account and billing cycle.",
    schema: z.object({ account_no: z.string(), cycle: z.string() }) },
);
const applyCredit = tool(
  async ({ account_no, amount_gbp, reason }) => {
    const decision = interrupt({ action: "apply_credit", account_no, amount_gbp, reason });
    if (!decision?.approved) return JSON.stringify({ status: "rejected", by: decision?.by });
    return JSON.stringify({ credit: "CR-41907", account_no, amount_gbp, status: "applied", approved_by: decision.by,
      appears_on: "INV-2026-05" });
  },
  { name: "apply_credit", description: "Apply a goodwill or correction credit (needs supervisor approval).",
    schema: z.object({ account_no: z.string(), amount_gbp: z.number(), reason: z.string() }) },
);

const SYSTEM = "You are the billing support agent of Northwave Mobile.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([billingLookup, applyCredit], { handleToolErrors: true }))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });
}

await writeIncident(import.meta.url, async (saver) => {
  const thread = "case/NW-2026-051288";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("fc_6a01", "billing_lookup", { account_no: "7720-1193-04", cycle: "2026-04" })] },
    { tool_calls: [call("fc_6a02", "billing_lookup", { account_no: "7720-1193-04", cycle: "2026-04" })] },
    { content: "Your April invoice INV-2026-04-883120 is £112.37: £34.00 for the plan and £78.37 for 13 roaming "
        + "day passes in France, although your roaming bundle was active from 2 April. Those passes should not have "
        + "been charged. I can request a £78.37 correction credit. Shall I?" },
    { tool_calls: [call("fc_6a03", "apply_credit", { account_no: "7720-1193-04", amount_gbp: 78.37,
      reason: "Roaming day passes charged while roaming bundle active (INV-2026-04-883120)" })] },
    { content: "Approved and applied: credit CR-41907 of £78.37 will show on your May invoice." },
  ]);
  const g = graph(saver, model);
  await g.invoke({ messages: [human("My April bill is £112.37, way more than usual. I had the roaming bundle in "
      + "France! Account 7720-1193-04.")], user_id: "sub-448120", account: "7720-1193-04" }, threadConfig(thread));
  await g.invoke({ messages: [human("Yes please, credit it.")] }, threadConfig(thread));
  await g.invoke(new Command({ resume: { approved: true, by: "sup.hadley" } }), threadConfig(thread));
});
