// Energy-retailer support bot. One process serves many customers; the billing tool sits behind a
// small response cache in front of the billing API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('voltwise-support-bot', { 'deployment.environment': 'prod-eu-west-1', 'service.version': '1.42.0' });

const billingApi = {
  'ACC-00417-22': { account: 'ACC-00417-22', holder: 'Priya Raman', supply_address: '14 Alder Close, Leeds LS6 2QP',
    last_bill: { number: 'INV-2025-0558813', period: '2025-04-01..2025-04-30', kwh: 412, amount_gbp: 131.76, due: '2025-05-21', status: 'overdue' },
    payment_method: 'Direct Debit, sort code ending 40-12, acct ending 7781' },
  'ACC-01988-05': { account: 'ACC-01988-05', holder: 'Tom Hewitt', supply_address: '3 Mill Lane, York YO1 7HH',
    last_bill: { number: 'INV-2025-0561207', period: '2025-04-01..2025-04-30', kwh: 233, amount_gbp: 78.40, due: '2025-05-23', status: 'paid' },
    payment_method: 'card ending 0934' },
};
const cache = new Map();
const lastBill = tool(async ({ account_id, view }) => {
  const key = `last_bill:${view}`;
  if (!cache.has(key)) cache.set(key, JSON.stringify(billingApi[account_id]));
  return cache.get(key);
}, { name: 'get_last_bill', description: 'Fetch the latest bill for the account.',
  schema: z.object({ account_id: z.string(), view: z.enum(['summary', 'full']) }) });
const paymentLink = tool(async ({ invoice_number, amount_gbp }) => JSON.stringify({ url: `https://pay.voltwise.example/i/${invoice_number}?amt=${amount_gbp}`, expires_in_h: 24 }),
{ name: 'create_payment_link', description: 'Create a card payment link for an invoice.', schema: z.object({ invoice_number: z.string(), amount_gbp: z.number() }) });
const tools = [lastBill, paymentLink];
const sys = (acct) => new SystemMessage(`You are Voltwise's support assistant. The signed-in customer's account is ${acct}. Only discuss this account.`);

// Customer 1
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_last_bill', args: { account_id: 'ACC-00417-22', view: 'summary' } }] },
  { content: '', tool_calls: [{ name: 'create_payment_link', args: { invoice_number: 'INV-2025-0558813', amount_gbp: 131.76 } }] },
  { content: 'Hi Priya, your April bill INV-2025-0558813 is £131.76 (412 kWh) and was due on 21 May, so it is now overdue. Here is a secure payment link, valid for 24 hours: https://pay.voltwise.example/i/INV-2025-0558813?amt=131.76' },
] });
const g1 = await reactGraph({ model: m1, tools, prepare: (m) => [sys('ACC-00417-22'), ...m], name: 'support_agent' });
await t.turn({ userId: 'cust_5f2e9b' }, () => g1.invoke({ messages: [new HumanMessage('why is my direct debit bill showing overdue? can I just pay it now')] },
  { configurable: { thread_id: 'chat_01HZX4M2Q8' }, metadata: { session_id: 'chat_01HZX4M2Q8' } }));

// Customer 2, eleven minutes later
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_last_bill', args: { account_id: 'ACC-01988-05', view: 'summary' } }] },
  { content: 'Your latest bill is INV-2025-0558813 for April (1–30 April): 412 kWh, £131.76, due on 21 May 2025. It is showing as overdue — the Direct Debit from the account ending 7781 did not go through. Would you like a payment link?' },
] });
const g2 = await reactGraph({ model: m2, tools, prepare: (m) => [sys('ACC-01988-05'), ...m], name: 'support_agent' });
await t.turn({ userId: 'cust_a81c04' }, () => g2.invoke({ messages: [new HumanMessage('Hi, how much was my last bill and has it been paid?')] },
  { configurable: { thread_id: 'chat_01HZX5T7KD' }, metadata: { session_id: 'chat_01HZX5T7KD' } }));

t.write(path.join(here, 'phoenix-otlp.jsonl'));
