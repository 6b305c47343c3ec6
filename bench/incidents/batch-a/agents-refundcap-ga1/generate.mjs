// Retail support (English): triage reads the account, hands off through an input filter that
// strips tool items; the refunds agent looks the order up again itself before refunding. Clean run.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const order = {
  order_ref: 'B7-00419-KX', placed: '2026-01-28', items: [{ sku: 'TRL-40L-GRN', title: 'Trail pack 40L', qty: 1, paid_usd: 129.0 }],
  shipping_usd: 0, refund_policy: { window_days: 30, max_refund_usd: 129.0, restocking_fee_usd: 0 }, customer_tier: 'standard',
};
const accountLookup = tool({
  name: 'account_lookup', description: 'Customer account and recent orders.',
  parameters: z.object({ email: z.string() }),
  execute: async ({ email }) => JSON.stringify({ email, customer_id: 'cus_4QmZt81', recent_orders: [order] }),
});
const getOrder = tool({
  name: 'get_order', description: 'Order details including refund policy.',
  parameters: z.object({ order_ref: z.string() }),
  execute: async () => JSON.stringify(order),
});
const issueRefund = tool({
  name: 'issue_refund', description: 'Refund an order to the original payment method.',
  parameters: z.object({ order_ref: z.string(), amount_usd: z.number(), reason: z.string() }),
  execute: async ({ order_ref, amount_usd }) => JSON.stringify({ refund_id: 're_3Pq81LmX0a', order_ref, amount_usd, status: 'pending', eta_business_days: 5 }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'account_lookup', args: { email: 'd.okafor@example.net' } }] },
  { tool_calls: [{ name: 'transfer_to_Refunds', args: {} }] },
  { tool_calls: [{ name: 'get_order', args: { order_ref: 'B7-00419-KX' } }] },
  { tool_calls: [{ name: 'issue_refund', args: { order_ref: 'B7-00419-KX', amount_usd: 129.0, reason: 'Strap seam torn on arrival' } }] },
  { content: 'Done. I refunded $129.00 for order B7-00419-KX (Trail pack 40L) to your original card, refund re_3Pq81LmX0a. It should show up within 5 business days. No need to send the pack back first; a return label is on its way by email.' },
], { seed: 'refundcap-ga1' });

const refunds = new Agent({
  name: 'Refunds',
  instructions: 'You process refunds. Always load the order yourself and never exceed its max_refund_usd.',
  model: m, tools: [getOrder, issueRefund],
});
const triage = new Agent({
  name: 'Triage',
  instructions: 'Identify the customer and their order, then transfer refund requests to Refunds.',
  model: m, tools: [accountLookup],
  handoffs: [handoff(refunds, { inputFilter: removeAllTools })],
});
const runner = new Runner({ groupId: 'conv_01JM8W3K7T2QF5', workflowName: 'Outdoor shop support', traceMetadata: { user_id: 'cus_4QmZt81' } });
await runner.run(triage, "Hi, I'm d.okafor@example.net. The 40L trail pack from order B7-00419-KX arrived with the strap seam torn. I'd like my money back please.");
writeTrace(here, 'trace.jsonl');
