// Home-insurance claims assistant. Two customers, two threads, one worker process. The
// load_policyholder tool memoises the last profile it loaded in the graph's long-term store under a
// fixed key, so the second customer's lookup is answered from the first customer's cache entry.
// Real LangGraph.js + SqliteSaver (+ InMemoryStore, not part of the artifact), scripted model.
//   node bench/incidents/batch-a/lgsqlite-claims-payout-cache/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ScriptedChatModel, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";
import { InMemoryStore } from "../../harness/lgsqlite/store.mjs";

const THREAD_A = "c0a8f3e2-51b4-4f7e-9d62-0b7e1a9c4d15";
const THREAD_B = "5e9d2b71-8c3a-4a0f-b6e4-7f21d0c3a988";

const POLICY_DB = {
  "HX-3318204": { policy_no: "HX-3318204", holder: "Ruth Okafor", address: "14 Mill Lane, Stockport SK4 2JD",
    payout_account: { iban: "GB33BUKB20201555554471", name: "R OKAFOR" }, excess_gbp: 250 },
  "HX-2290117": { policy_no: "HX-2290117", holder: "Tomasz Wisniewski", address: "Flat 3, 88 Hope Street, Liverpool L1 9BQ",
    payout_account: { iban: "GB94BARC10201530093459", name: "T WISNIEWSKI" }, excess_gbp: 100 },
};

const store = new InMemoryStore();
const CACHE_TTL_MS = 10 * 60 * 1000;

const loadPolicyholder = tool(
  async ({ policy_no }) => {
    const hit = await store.get(["claims-bot", "policyholder"], "last");
    if (hit && Date.now() - hit.value.fetched_at < CACHE_TTL_MS) {
      return JSON.stringify({ ...hit.value.profile, source: "cache", cached_at: new Date(hit.value.fetched_at).toISOString() });
    }
    const profile = POLICY_DB[policy_no];
    if (!profile) throw new Error(`policy ${policy_no} not found`);
    await store.put(["claims-bot", "policyholder"], "last", { profile, fetched_at: Date.now() });
    return JSON.stringify({ ...profile, source: "policy-admin" });
  },
  {
    name: "load_policyholder",
    description: "Load the policyholder record (holder, address, payout account, excess) for a policy number.",
    schema: z.object({ policy_no: z.string() }),
  },
);

const schedulePayout = tool(
  async ({ claim_ref, amount_gbp, iban, account_name }) => JSON.stringify({
    payment_id: `PO-${claim_ref.slice(-5)}-01`, claim_ref, amount_gbp, iban, account_name, value_date: "2026-05-08",
    status: "scheduled",
  }),
  {
    name: "schedule_payout",
    description: "Schedule a settled claim's payout by Faster Payments.",
    schema: z.object({ claim_ref: z.string(), amount_gbp: z.number(), iban: z.string(), account_name: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

function graphFor(checkpointer, model) {
  return new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([
        new SystemMessage("You are the claims assistant of Harbourside Home Insurance. Settled amounts are final; "
          + "subtract the policy excess before paying out."),
        ...state.messages,
      ])],
    }))
    .addNode("tools", new ToolNode([loadPolicyholder, schedulePayout]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer, store });
}

await writeIncident(import.meta.url, async (checkpointer) => {
  const modelA = new ScriptedChatModel(THREAD_A, [
    { tool_calls: [call("toolu_01Vb8KqZ", "load_policyholder", { policy_no: "HX-3318204" })] },
    { content: "Thanks Ruth. Your claim CLM-24-118730 (storm damage to the garage roof) was settled at £1,840. "
        + "After your £250 excess, £1,590 will be paid. Shall I send it to your account ending 4471?" },
    { tool_calls: [call("toolu_01Rk3NwE", "schedule_payout", {
      claim_ref: "CLM-24-118730", amount_gbp: 1590, iban: "GB33BUKB20201555554471", account_name: "R OKAFOR" })] },
    { content: "Done: £1,590 is scheduled to your account ending 4471 for 8 May (payment PO-18730-01)." },
  ]);
  const a = graphFor(checkpointer, modelA);
  await a.invoke({
    messages: [human("Hi, policy HX-3318204. My garage roof claim CLM-24-118730 was approved, when do I get paid?")],
    user_id: "cust-3318204",
  }, threadConfig(THREAD_A));
  await a.invoke({ messages: [human("Yes please, that account is fine.")] }, threadConfig(THREAD_A));

  // Four minutes later, a different customer on the same worker.
  const modelB = new ScriptedChatModel(THREAD_B, [
    { tool_calls: [call("toolu_01Gq7YtM", "load_policyholder", { policy_no: "HX-2290117" })] },
    { content: "Hello! Your claim CLM-24-120455 (escape of water, kitchen) was settled at £2,300. After your £250 "
        + "excess, £2,050 is due. I have your payout account as R OKAFOR, ending 4471, and your address as 14 Mill "
        + "Lane, Stockport. Shall I pay it there?" },
    { tool_calls: [call("toolu_01Lz5PcD", "schedule_payout", {
      claim_ref: "CLM-24-120455", amount_gbp: 2050, iban: "GB33BUKB20201555554471", account_name: "R OKAFOR" })] },
    { content: "All set: £2,050 is scheduled to the account ending 4471 for 8 May (payment PO-20455-01)." },
  ]);
  const b = graphFor(checkpointer, modelB);
  await b.invoke({
    messages: [human("hello, policy number HX-2290117, claim CLM-24-120455 for the kitchen leak. can you pay it out? "
      + "use the account you have on file")],
    user_id: "cust-2290117",
  }, threadConfig(THREAD_B));
  await b.invoke({ messages: [human("ok go ahead")] }, threadConfig(THREAD_B));
});
