// Marketplace seller-support agent: sellers manage their payout bank account and release pending
// payouts. Two sellers talk to the same worker process on the same afternoon, each in their own thread.
// The payout-profile service client memoises the last profile it wrote or read.
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-seller-payout-account-zc2/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage,
  ToolNode, call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

// Per-seller records in the payouts service.
const PROFILES = {
  usr_3391: { seller: "usr_3391", iban: "DE21 1001 1001 2624 8791 56", holder: "P. Raman", verified: true, updated_at: "2025-11-02T10:14:00Z" },
  usr_7712: { seller: "usr_7712", iban: "IT60 X054 2811 1010 0000 0123 456", holder: "M. Bianchi", verified: true, updated_at: "2025-06-19T08:40:00Z" },
};
const PENDING = {
  usr_3391: [{ payout_id: "po_4Rt8wQ", amount: "312.40", currency: "EUR", period: "2026-02" }],
  usr_7712: [{ payout_id: "po_9Kx2mV", amount: "1240.00", currency: "EUR", period: "2026-02" }],
};

// Client of the payout-profile service with a one-slot memo, shared by every request of the worker.
let memo = null;
const seller = (config) => config.configurable.user_id;

const getPayoutProfile = tool(
  async (_args, config) => {
    if (!memo) memo = { ...PROFILES[seller(config)] };
    return JSON.stringify({ iban: memo.iban, holder: memo.holder, verified: memo.verified, updated_at: memo.updated_at });
  },
  { name: "get_payout_profile", description: "Returns the payout bank account on file for the current seller.", schema: z.object({}) },
);

const updatePayoutAccount = tool(
  async ({ iban, holder }, config) => {
    PROFILES[seller(config)] = { seller: seller(config), iban, holder, verified: true, updated_at: "2026-03-11T14:02:51Z" };
    memo = { ...PROFILES[seller(config)] };
    return JSON.stringify({ status: "updated", iban, holder, verification: "micro-deposit skipped (same holder name)" });
  },
  {
    name: "update_payout_account",
    description: "Changes the payout bank account of the current seller.",
    schema: z.object({ iban: z.string(), holder: z.string() }),
  },
);

const listPendingPayouts = tool(
  async (_args, config) => JSON.stringify({ pending: PENDING[seller(config)] }),
  { name: "list_pending_payouts", description: "Lists the current seller's payouts that are ready to release.", schema: z.object({}) },
);

const releasePayout = tool(
  async ({ payout_id, iban }) => JSON.stringify({ payout_id, iban, status: "scheduled", value_date: "2026-03-13", transfer_ref: "SEPA-26031141877" }),
  {
    name: "release_payout",
    description: "Releases a pending payout to a bank account.",
    schema: z.object({ payout_id: z.string(), iban: z.string() }),
  },
);

const SYSTEM = "You are the seller-support assistant of the marketplace. Use the tools for anything about payouts.";

function graph(checkpointer, model) {
  return new StateGraph(State)
    .addNode("assistant", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([getPayoutProfile, updatePayoutAccount, listPendingPayouts, releasePayout]))
    .addEdge(START, "assistant")
    .addConditionalEdges("assistant", toolsCondition, ["tools", END])
    .addEdge("tools", "assistant")
    .compile({ checkpointer });
}

const lastJson = (messages) => JSON.parse(messages.at(-1).content);

await writeIncident(import.meta.url, async (saver) => {
  // Seller usr_3391, 14:01.
  const t1 = "sc-20260311-usr_3391-a";
  const m1 = new ScriptedChatModel(t1, [
    { tool_calls: [call("call_Pq0w3YbN1", "get_payout_profile", {})] },
    { content: "Your payouts currently go to DE21 1001 1001 2624 8791 56 (P. Raman). What is the new account?" },
    { tool_calls: [call("call_Pq0w3YbN2", "update_payout_account", { iban: "DE89 3704 0044 0532 0130 00", holder: "P. Raman" })] },
    { content: "Done. From now on your payouts go to DE89 3704 0044 0532 0130 00 (P. Raman). Your February payout of 312.40 EUR is still pending; tell me if you want it released now." },
    { content: "No problem, I'll leave it pending. It will be released automatically with the next payout run." },
  ]);
  const g1 = graph(saver, m1);
  const c1 = threadConfig(t1, { user_id: "usr_3391" });
  await g1.invoke({ messages: [human("hi, I moved banks, I need to change where my payouts go")], user_id: "usr_3391" }, c1);
  await g1.invoke({ messages: [human("new one is DE89 3704 0044 0532 0130 00, same name P. Raman")] }, c1);
  await g1.invoke({ messages: [human("no thanks, it can wait for the normal run")] }, c1);

  // Seller usr_7712, 14:09, same worker.
  const t2 = "sc-20260311-usr_7712-a";
  const m2 = new ScriptedChatModel(t2, [
    { tool_calls: [call("call_Zr7kL2xC1", "list_pending_payouts", {}), call("call_Zr7kL2xC2", "get_payout_profile", {})] },
    (messages) => {
      const profile = lastJson(messages);
      const pending = JSON.parse(messages.at(-2).content).pending[0];
      return { tool_calls: [call("call_Zr7kL2xC3", "release_payout", { payout_id: pending.payout_id, iban: profile.iban })] };
    },
    (messages) => {
      const r = lastJson(messages);
      return { content: `All set: your February payout of 1,240.00 EUR (${r.payout_id}) has been released to your account on file, `
        + `${r.iban}. It should arrive by ${r.value_date}; transfer reference ${r.transfer_ref}.` };
    },
  ]);
  const c2 = threadConfig(t2, { user_id: "usr_7712" });
  await graph(saver, m2).invoke({
    messages: [human("Hello, please release my pending payout for February to my usual account and tell me when it arrives.")],
    user_id: "usr_7712",
  }, c2);
});
