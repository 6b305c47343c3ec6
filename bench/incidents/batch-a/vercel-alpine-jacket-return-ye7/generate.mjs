// Outdoor-gear shop support assistant (English): order lookup, return eligibility, return + refund.
// Two turns of one conversation, one generateText each. Vercel AI SDK v7 with the @ai-sdk/otel
// OpenTelemetry integration, scripted model, offline.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'ridgeline-support-bot',
  resource: { 'deployment.environment': 'prod', 'cloud.region': 'us-west-2' },
  seed: 'vercel-alpine-jacket-return-ye7',
});
const ids = makeIds('vercel-alpine-jacket-return-ye7');
const SESSION = '3f6c2a1e-8b7d-4c0f-9e21-5a4d7b6c9e10';
const USER = 'cust_88213407';

let orderCalls = 0;
const getOrder = tool({
  description: 'Fetch an order by number from the order service.',
  inputSchema: z.object({ orderNumber: z.string() }),
  execute: async ({ orderNumber }) => {
    orderCalls++;
    await sleep(orderCalls === 1 ? 60 : 10);
    if (orderCalls === 1) throw new Error('order-service: 503 Service Unavailable (upstream connect error or disconnect/reset before headers)');
    return {
      orderNumber, customerId: USER, placedAt: '2025-04-26T17:41:03Z', deliveredAt: '2025-05-02T15:20:00Z',
      lines: [
        { sku: 'RL-JKT-ALP-M-BLU', name: 'Alpine Shell Jacket, M, Glacier Blue', qty: 1, unitPriceUSD: 129.0 },
        { sku: 'RL-SCK-MER-L', name: 'Merino Hiking Socks (3-pack), L', qty: 1, unitPriceUSD: 24.0 },
      ],
      shippingUSD: 0.0, promo: 'FREESHIP75', taxUSD: 12.24, totalUSD: 165.24, payment: 'visa •••• 4410',
    };
  },
});
const checkReturn = tool({
  description: 'Check whether an order line can be returned and on what terms.',
  inputSchema: z.object({ orderNumber: z.string(), sku: z.string() }),
  execute: async ({ orderNumber, sku }) => ({
    orderNumber, sku, eligible: true, windowDays: 30, daysSinceDelivery: 9, condition: 'unworn with tags',
    restockingFeeUSD: 0, refundMethod: 'original payment',
  }),
});
const createReturn = tool({
  description: 'Create a return (RMA) for an order line, generate a prepaid label and schedule the refund on receipt.',
  inputSchema: z.object({ orderNumber: z.string(), sku: z.string(), reason: z.string(), refundUSD: z.number() }),
  execute: async ({ orderNumber, sku, refundUSD }) => ({
    rma: 'RMA-20250511-6630', orderNumber, sku, refundUSD, labelUrl: 'https://returns.ridgeline.example/l/RMA-20250511-6630.pdf',
    carrier: 'UPS Ground', refundOn: 'receipt at warehouse (3-5 business days after drop-off)',
  }),
});
const tools = { get_order: getOrder, check_return_eligibility: checkReturn, create_return: createReturn };
const SYSTEM = 'You are the Ridgeline Outfitters support assistant. Look orders up before answering, follow the return policy returned by the tools, and confirm with the customer before creating a return. Refunds are item price plus its share of tax; original shipping is refunded only if it was charged.';

async function turn(messages, replies) {
  const model = scriptedModel({ ids, provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', responsePrefix: 'resp-', replies });
  const r = await generateText({
    model, system: SYSTEM, messages, tools, stopWhen: stepCountIs(6),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: { functionId: 'support-assistant', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [new OpenTelemetry({ runtimeContext: true })] },
  });
  return [...messages, ...r.response.messages];
}

let convo = [{ role: 'user', content: "Hi, the jacket from order RL-1048826 doesn't fit (too tight in the shoulders). Can I send it back? Also was I charged shipping on that order?" }];
convo = await turn(convo, [
  { calls: [['tc-01-get_order', 'get_order', { orderNumber: 'RL-1048826' }]] },
  { text: 'The order service returned a 503 — trying that again.', calls: [['tc-02-get_order', 'get_order', { orderNumber: 'RL-1048826' }]] },
  { calls: [['tc-03-check_return_eligibility', 'check_return_eligibility', { orderNumber: 'RL-1048826', sku: 'RL-JKT-ALP-M-BLU' }]] },
  "Thanks for waiting — I found order RL-1048826 (delivered May 2). The Alpine Shell Jacket (M, Glacier Blue) can be returned: you're 9 days into the 30-day window, there's no restocking fee, and it just needs to be unworn with tags.\n\nYou weren't charged for shipping on this order — it was $0.00 thanks to the FREESHIP75 promo — so there's no shipping amount to refund.\n\nThe refund would be $129.00 for the jacket plus $10.32 of its tax, **$139.32** back to your Visa ending 4410. Shall I create the return and send you a prepaid label?",
]);
convo.push({ role: 'user', content: 'Yes please, go ahead.' });
await turn(convo, [
  { calls: [['tc-04-create_return', 'create_return', { orderNumber: 'RL-1048826', sku: 'RL-JKT-ALP-M-BLU', reason: 'fit: too tight in shoulders', refundUSD: 139.32 }]] },
  "Done! Your return is RMA-20250511-6630. Print the prepaid UPS Ground label here: https://returns.ridgeline.example/l/RMA-20250511-6630.pdf. Once the jacket reaches our warehouse (usually 3–5 business days after drop-off), $139.32 goes back to your Visa ending 4410.",
]);

writeJsonl(out, 'otlp-traces.jsonl', [await flush()]);
