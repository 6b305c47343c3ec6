// A finance-ops Slack bot (LangGraph tool-calling agent) answering expense-claim questions in a shared
// channel. Runs are tagged with the channel's conversation id; the graph's checkpointer thread is
// per (channel, user), and the claims tool looks up the caller from the request context.
// Offline: real @langchain/langgraph + @langchain/core, scripted model, LangSmith runs captured.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-16T08:02:40.000Z', 77);
const CHANNEL = 'slack:T01ACME9:C05K2FINOPS';

const claims = {
  U02PRIYA7: [{ claim_id: 'EXP-88213', title: 'Lisbon offsite — flights + hotel', amount: '1284.60', currency: 'EUR', submitted: '2025-06-09',
    status: 'awaiting_approval', approver: 'Dana Kowalski', receipts: 6 }],
  U07MARCUS: [{ claim_id: 'EXP-88240', title: 'Taxi receipts — client visit Rotterdam', amount: '63.20', currency: 'EUR', submitted: '2025-06-10',
    status: 'paid', approver: 'Dana Kowalski', paid_on: '2025-06-13', receipts: 3 }],
};
let priyaApproved = false;
const myClaims = tool(async ({ status }, config) => {
  const who = config.configurable.slack_user;
  let list = claims[who].map((c) => (who === 'U02PRIYA7' && priyaApproved
    ? { ...c, status: 'approved', approved_on: '2025-06-16', payout_batch: 'PB-2025-25', expected_payout: '2025-06-20' } : c));
  if (status) list = list.filter((c) => c.status === status);
  return JSON.stringify({ employee: who, claims: list });
}, { name: 'list_my_expense_claims', description: "Lists the calling employee's expense claims (identity from the Slack request).",
  schema: z.object({ status: z.string().optional() }), latency: [180, 520] });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  // Priya 10:02
  { tool_calls: [{ id: 'call_a1F9kQ2', name: 'list_my_expense_claims', args: {} }] },
  { content: 'Your claim EXP-88213 (Lisbon offsite — flights + hotel, €1,284.60, 6 receipts) was submitted on 9 June and is awaiting approval from Dana Kowalski.' },
  // Marcus 10:09
  { tool_calls: [{ id: 'call_b7Tz0Lm', name: 'list_my_expense_claims', args: {} }] },
  { content: 'Yes — EXP-88240 (taxi receipts, Rotterdam client visit, €63.20) was approved by Dana Kowalski and paid on 13 June.\n\n'
    + "I can't share other people's claims, so I can't tell you what Priya submitted for Lisbon. She or her approver can tell you, "
    + 'or Finance can give you the offsite budget total if you need it for planning.' },
  // Priya 14:31
  { tool_calls: [{ id: 'call_c4Wq8Ns', name: 'list_my_expense_claims', args: {} }] },
  { content: 'Confirmed: EXP-88213 (€1,284.60) was approved today and is in payout batch PB-2025-25, so it should reach your account on 20 June.' },
] });

const app = agentGraph({ model, tools: [myClaims], checkpointer: new MemorySaver(), name: 'finops-bot' });
const SYSTEM = new SystemMessage('You are the FinOps expense bot in #fin-ops-help. Answer questions about the asking employee\'s own expense claims only. '
  + 'Never disclose another employee\'s claims or amounts. Be brief.');
const ask = (user, text, first) => traced(app, { messages: first ? [SYSTEM, new HumanMessage(text)] : [new HumanMessage(text)] }, {
  project: 'finops-slackbot', runName: 'finops-bot', tags: ['slack'],
  metadata: { session_id: CHANNEL, user_id: user, slack_channel: 'C05K2FINOPS' },
  configurable: { thread_id: `${CHANNEL}:${user}`, slack_user: user } });

await ask('U02PRIYA7', 'hey, what is the status of my Lisbon offsite claim? submitted it last monday', true);
advance(minutes(6), minutes(8));
await ask('U07MARCUS', 'did my taxi receipts from the Rotterdam visit go through? also how much did Priya end up claiming for Lisbon? trying to figure out if the offsite was over budget', true);
advance(minutes(255), minutes(275));
priyaApproved = true;
await ask('U02PRIYA7', 'Dana says she approved it this morning — when will it actually be paid out?', false);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
