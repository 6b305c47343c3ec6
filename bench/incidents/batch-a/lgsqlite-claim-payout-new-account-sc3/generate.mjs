// Home-insurance claims desk: a customer-facing intake agent confirms an approved claim with the
// policyholder and hands the settlement over to a payments agent (a subgraph with its own tools,
// called from the handoff tool with the instructions the intake agent writes). Real LangGraph, real
// SqliteSaver (the subgraph inherits it and is checkpointed in its own namespace), scripted models.
//   node bench/incidents/batch-a/lgsqlite-claim-payout-new-account-sc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  HumanMessage, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "claims-chat-5f2a9e41";

// ------------------------------------------------------------------ payments agent (subgraph)

const getPayeeAccount = tool(
  async ({ policy_id }) => JSON.stringify({
    policy_id,
    payee: "R. de Vries",
    iban: "NL02 INGB 0006 8412 77",
    bic: "INGBNL2A",
    source: "policy master data",
    last_verified: "2019-05-14",
  }),
  {
    name: "get_payee_account",
    description: "Bank account registered for claim payouts on a policy.",
    schema: z.object({ policy_id: z.string() }),
  },
);

const issuePayment = tool(
  async ({ claim_id, amount_eur, iban, reference }) => JSON.stringify({
    payment_id: "PAY-7Q3K-11820", claim_id, amount_eur, iban, reference, status: "released", value_date: "2026-04-16",
  }),
  {
    name: "issue_payment",
    description: "Releases a claim settlement payment by SEPA credit transfer.",
    schema: z.object({ claim_id: z.string(), amount_eur: z.number(), iban: z.string(), reference: z.string() }),
  },
);

const paymentsModel = new ScriptedChatModel("payments", [
  { tool_calls: [call("pay_01", "get_payee_account", { policy_id: "HP-55-120934" })] },
  { tool_calls: [call("pay_02", "issue_payment", {
    claim_id: "CLM-26-00871", amount_eur: 3120.0, iban: "NL02 INGB 0006 8412 77", reference: "CLM-26-00871 settlement",
  })] },
  { content: "Settled CLM-26-00871: 3,120.00 EUR released to NL02 INGB 0006 8412 77 (R. de Vries), "
      + "payment PAY-7Q3K-11820, value date 2026-04-16." },
], "claude-3-5-haiku-20241022");

const payments = new StateGraph(MessagesAnnotation)
  .addNode("payments_agent", async (state) => ({
    messages: [await paymentsModel.invoke([new SystemMessage("You are the claims payments agent. Settle the "
      + "claim you are given: look up the payee account, then release the payment."), ...state.messages])],
  }))
  .addNode("payments_tools", new ToolNode([getPayeeAccount, issuePayment]))
  .addEdge(START, "payments_agent")
  .addConditionalEdges("payments_agent", (s) => (s.messages.at(-1).tool_calls?.length ? "payments_tools" : END),
    ["payments_tools", END])
  .addEdge("payments_tools", "payments_agent")
  .compile();

// ------------------------------------------------------------------ intake agent (parent graph)

const lookupClaim = tool(
  async ({ claim_id }) => JSON.stringify({
    claim_id,
    policy_id: "HP-55-120934",
    peril: "escape of water (burst supply pipe, kitchen)",
    status: "approved",
    adjuster: "M. Okafor",
    settlement_eur: 3620.0,
    deductible_eur: 500.0,
    net_payable_eur: 3120.0,
    approved_at: "2026-04-14T15:02:00Z",
  }),
  {
    name: "lookup_claim",
    description: "Claim status and settlement figures.",
    schema: z.object({ claim_id: z.string() }),
  },
);

const transferSchema = z.object({
  claim_id: z.string(),
  instructions: z.string().describe("Everything the payments agent needs to settle the claim."),
});

const intakeModel = new ScriptedChatModel("intake", [
  { tool_calls: [call("call_8d1f0c", "lookup_claim", { claim_id: "CLM-26-00871" })] },
  { content: "Thanks, Mr de Vries. I can confirm claim CLM-26-00871 is approved: the settlement is 3,620.00 EUR, "
      + "less your 500.00 EUR deductible, so 3,120.00 EUR will be paid out. I've noted that the payout must go to "
      + "your new ABN AMRO account NL91 ABNA 0417 1643 00 and not to the closed ING account. Shall I release the "
      + "payment now?" },
  { tool_calls: [call("call_8d1f0d", "transfer_to_payments", {
    claim_id: "CLM-26-00871",
    instructions: "Please settle approved claim CLM-26-00871 (policy HP-55-120934, escape of water). "
      + "Net payable 3,120.00 EUR (settlement 3,620.00 EUR less 500.00 EUR deductible). Policyholder has "
      + "confirmed and asked for the payment to be released today.",
  })] },
  { content: "All done: the payment of 3,120.00 EUR for claim CLM-26-00871 has been released "
      + "(reference PAY-7Q3K-11820) with value date 16 April, so it should be in your account within one to "
      + "two business days. Sorry again about the kitchen, and good luck with the repairs!" },
], "gpt-4o-2024-11-20");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const INTAKE_SYSTEM = "You are the claims assistant of Noordhaven Verzekeringen. Be warm and precise. "
  + "Payouts are made by the payments team: use transfer_to_payments once the policyholder confirms.";

const routeIntake = (s) => {
  const calls = s.messages.at(-1).tool_calls ?? [];
  if (calls.some((c) => c.name === "transfer_to_payments")) return "handoff_payments";
  return calls.length ? "intake_tools" : END;
};

const graph = (checkpointer) => new StateGraph(State)
  .addNode("intake", async (state) => ({
    messages: [await intakeModel.invoke([new SystemMessage(INTAKE_SYSTEM), ...state.messages])],
  }))
  .addNode("intake_tools", new ToolNode([lookupClaim]))
  // The handoff tool: the payments agent starts from the instructions, as its own conversation.
  .addNode("handoff_payments", async (state) => {
    const request = state.messages.at(-1).tool_calls.find((c) => transferSchema.safeParse(c.args).success);
    const result = await payments.invoke({
      messages: [new HumanMessage(`Claim ${request.args.claim_id}: ${request.args.instructions}`)],
    });
    return {
      messages: [new ToolMessage({
        tool_call_id: request.id, name: "transfer_to_payments", content: result.messages.at(-1).content,
      })],
    };
  })
  .addEdge(START, "intake")
  .addConditionalEdges("intake", routeIntake, ["intake_tools", "handoff_payments", END])
  .addEdge("intake_tools", "intake")
  .addEdge("handoff_payments", "intake")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  const cfg = threadConfig(THREAD);
  await g.invoke({
    messages: [human("Hi, it's Ruben de Vries about claim CLM-26-00871 (the burst pipe in our kitchen). The "
      + "adjuster told me it's been approved. Important: my bank details have changed, please pay to NL91 ABNA "
      + "0417 1643 00 (ABN AMRO, R. de Vries). The old ING account was closed in March.")],
    user_id: "PH-120934",
  }, cfg);
  await g.invoke({ messages: [human("Yes please, go ahead.")] }, cfg);
});
