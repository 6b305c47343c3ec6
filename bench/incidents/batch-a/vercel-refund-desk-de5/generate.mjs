// Customer-service refund agent of an electronics shop (English). The order service reports amounts in
// minor units; the payments tool takes major units.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const t = setupTracing({ serviceName: 'support-refund-agent', resource: { 'service.namespace': 'voltmart' }, seed: 'refund-de5' });
const ids = makeIds('refund-de5');

const tools = {
  get_order: tool({
    description: 'Fetch an order from the order service.',
    inputSchema: z.object({ order_id: z.string() }),
    execute: async ({ order_id }) => ({ order_id, customer: 'cus_Q8rTz2', status: 'returned_received', lines: [{ sku: 'LPT-ZEN-14-32G', qty: 1 }], total_minor: 489900, currency: 'EUR', return_inspection: 'ok' }),
  }),
  issue_refund: tool({
    description: 'Refund a customer through the payment provider. amount is in EUR, major units with up to two decimals (e.g. 129.99).',
    inputSchema: z.object({ order_id: z.string(), amount: z.number(), currency: z.string(), reason: z.string() }),
    execute: async ({ order_id, amount, currency }) => ({ refund_id: 're_3PxK81Lm0aZ', order_id, amount, currency, status: 'pending', requires_review: false }),
  }),
};

await generateText({
  model: scriptedModel({ provider: 'openai.responses', modelId: 'gpt-4.1', ids, responsePrefix: 'resp_', replies: [
    { calls: [['fc_7Hn2Qa', 'get_order', { order_id: 'VM-2025-118204' }]] },
    { calls: [['fc_9Lw0Tb', 'issue_refund', { order_id: 'VM-2025-118204', amount: 489900, currency: 'EUR', reason: 'laptop returned, inspection ok' }]] },
    'Your return of the ZenBook 14 laptop has been inspected and your refund of €4,899.00 is on its way (reference re_3PxK81Lm0aZ). It should reach your card within 5–7 business days.',
  ] }),
  system: 'You are VoltMart support. When a returned item passed inspection, refund the order total.',
  prompt: 'Hi, I sent back my laptop from order VM-2025-118204 last week. Can you process the refund?',
  tools, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'zd-ticket-3391027', userId: 'cus_Q8rTz2' },
  telemetry: { functionId: 'refund-agent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await t.flush()]);
