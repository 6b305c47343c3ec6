// Retail-banking assistant (English): a customer sends GBP 1,250.00 to a saved payee. The first
// submission times out at the gateway; the agent checks the idempotency key, finds nothing
// posted and resubmits with the same key. Offline, scripted model, real SQLite checkpointer.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let attempts = 0;
const posted = new Map();
const createPayment = tool(
  async ({ from_account, payee_id, amount_minor, currency, reference, idempotency_key }) => {
    attempts++;
    if (attempts === 1) throw new Error("ETIMEDOUT: payments-gateway did not respond within 15000ms (request rq_8c1d40f2)");
    const p = { payment_id: "pay_3QmXv7LrT2", status: "submitted", from_account, payee_id, amount_minor, currency, reference,
      idempotency_key, expected_settlement: "2026-05-12" };
    posted.set(idempotency_key, p);
    return JSON.stringify(p);
  },
  {
    name: "create_payment",
    description: "Submit a Faster Payment to a saved payee. Amount in minor units (pence).",
    schema: z.object({ from_account: z.string(), payee_id: z.string(), amount_minor: z.number().int(), currency: z.enum(["GBP"]),
      reference: z.string().max(18), idempotency_key: z.string() }),
  },
);
const getByKey = tool(
  async ({ idempotency_key }) => JSON.stringify(posted.has(idempotency_key)
    ? { found: true, payment: posted.get(idempotency_key) }
    : { found: false, idempotency_key, checked_at: "2026-05-12T09:41:27Z", ledger: "faster-payments", note: "no payment recorded for this key" }),
  {
    name: "get_payment_by_key",
    description: "Look up whether a payment was recorded for an idempotency key.",
    schema: z.object({ idempotency_key: z.string() }),
  },
);

const args = { from_account: "acc_CUR_40-19-22_71550283", payee_id: "pye_0091_landlord", amount_minor: 125000, currency: "GBP",
  reference: "RENT MAY FLAT 3", idempotency_key: "idem-7d1f0b9e-2b44" };
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel("bank", [
    { tool_calls: [call("call_pay_a1", "create_payment", args)] },
    { content: "The gateway timed out, so I'll check whether the payment went through before trying again.",
      tool_calls: [call("call_chk_a2", "get_payment_by_key", { idempotency_key: args.idempotency_key })] },
    { tool_calls: [call("call_pay_a3", "create_payment", args)] },
    { content: "Done. £1,250.00 is on its way to your saved landlord payee (pye_0091_landlord) from your current account ending 0283, reference RENT MAY FLAT 3 "
      + "(payment pay_3QmXv7LrT2). The first attempt timed out at our gateway and nothing was taken; I resubmitted once with the same key, so you will only be charged once." },
  ], "scripted-chat-1");
  const app = new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage("You are the Harbour Bank payments assistant."), ...s.messages])] }))
    .addNode("tools", new ToolNode([createPayment, getByKey]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await app.invoke({
    user_id: "cust_71550283",
    messages: [human("Please send £1,250 to my landlord (saved payee) from my current account, reference RENT MAY FLAT 3.")],
  }, threadConfig("tx-support_88213"));
});
