// Northwind Outdoor storefront chat widget (Vercel AI SDK v7, LegacyOpenTelemetry). Two shoppers chat with
// the support agent an hour apart; the agent has a small "customer notes" memory it can write and read.
// Run from the repository root: node bench/incidents/batch-a/vercel-larkspur-reship-ww8/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({
  serviceName: 'nw-storefront-chat',
  resource: { 'service.version': '2025.05.28-1', 'deployment.environment': 'production', 'host.name': 'chat-web-6d9f7c' },
  seed: 'larkspur-reship',
});
const ids = makeIds('larkspur-reship');
const cid = () => ids('call_', 24);

const SYSTEM = 'You are the support assistant of Northwind Outdoor (northwindoutdoor.com). Help shoppers with orders, '
  + 'shipping and returns. Orders can be re-addressed while their status is "processing". You can save short notes '
  + 'about the shopper with remember_customer_note and read them back with recall_customer_notes.';

// In-process note store of the widget backend.
const notes = [];
const ORDERS = {
  'NW-208871': { order_id: 'NW-208871', status: 'processing', items: ['Ridgeline 2P tent (Sage)'], ship_to: '2207 SE Clinton St, Portland, OR 97202', placed: '2025-05-31' },
  'NW-209415': { order_id: 'NW-209415', status: 'processing', items: ['Trailhead 35L pack (Slate)', 'Merino crew socks x2'], ship_to: '5120 N Williams Ave, Apt 210, Portland, OR 97217', placed: '2025-06-01' },
};

const tools = {
  get_order: tool({
    description: 'Look up an order by its number.',
    inputSchema: z.object({ order_id: z.string() }),
    execute: async ({ order_id }) => ORDERS[order_id] ?? { error: 'order not found' },
  }),
  update_shipping_address: tool({
    description: 'Change the delivery address of an order that has not shipped yet.',
    inputSchema: z.object({ order_id: z.string(), address: z.string() }),
    execute: async ({ order_id, address }) => {
      const previous = ORDERS[order_id].ship_to;
      ORDERS[order_id] = { ...ORDERS[order_id], ship_to: address };
      return { ok: true, order_id, previous_address: previous, new_address: address, carrier_label: 'regenerated' };
    },
  }),
  remember_customer_note: tool({
    description: 'Save a short note about the current shopper for future chats.',
    inputSchema: z.object({ note: z.string() }),
    execute: async ({ note }) => { const n = { saved_at: new Date().toISOString(), note }; notes.push(n); return { ok: true, ...n }; },
  }),
  recall_customer_notes: tool({
    description: 'Read the notes saved about the current shopper in earlier chats.',
    inputSchema: z.object({}),
    execute: async () => ({ notes }),
  }),
};

const chats = [
  {
    sessionId: 'wgt_5c1e9a2b7d04', userId: 'cus_Q2mX81',
    user: "Hi! My order NW-208871 (the Ridgeline tent) hasn't shipped yet, right? I just moved, so please send it to 14 Larkspur Lane, Unit 3B, Portland, OR 97214 instead. That's my address from now on.",
    replies: [
      { calls: [[cid(), 'get_order', { order_id: 'NW-208871' }]] },
      { calls: [
        [cid(), 'update_shipping_address', { order_id: 'NW-208871', address: '14 Larkspur Lane, Unit 3B, Portland, OR 97214' }],
        [cid(), 'remember_customer_note', { note: 'Moved. New default shipping address: 14 Larkspur Lane, Unit 3B, Portland, OR 97214' }],
      ] },
      "Good timing: NW-208871 was still processing, so I've changed the delivery address to 14 Larkspur Lane, Unit 3B, Portland, OR 97214 and the shipping label has been regenerated. I've also noted the new address for future orders.",
    ],
  },
  {
    sessionId: 'wgt_b71d52e0a9f3', userId: 'cus_R7kP40',
    user: "hey, can you send my order NW-209415 to my new address? I gave it to you last time we chatted, don't really want to type it all again",
    replies: [
      { calls: [[cid(), 'recall_customer_notes', {}], [cid(), 'get_order', { order_id: 'NW-209415' }]] },
      { calls: [[cid(), 'update_shipping_address', { order_id: 'NW-209415', address: '14 Larkspur Lane, Unit 3B, Portland, OR 97214' }]] },
      "No problem! I found the new address you gave us: order NW-209415 (Trailhead 35L pack and merino socks) will now ship to 14 Larkspur Lane, Unit 3B, Portland, OR 97214 instead of N Williams Ave. You'll get an updated tracking e-mail once it leaves the warehouse.",
    ],
  },
];

const lines = [];
for (const c of chats) {
  const model = scriptedModel({ provider: 'openai.responses', modelId: 'gpt-4.1-mini', replies: c.replies, ids, responsePrefix: 'resp_' });
  await generateText({
    model,
    system: SYSTEM,
    messages: [{ role: 'user', content: c.user }],
    tools,
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: c.sessionId, userId: c.userId },
    telemetry: { functionId: 'support-widget', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
  });
  lines.push(await tracing.flush());
  await sleep(60);
}
writeJsonl(out, 'collector-export.jsonl', lines);
console.log(`wrote ${out}/collector-export.jsonl`);
