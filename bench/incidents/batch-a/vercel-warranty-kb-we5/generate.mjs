// Consumer-electronics support bot answering from a policy knowledge base (Vercel AI SDK v7, scripted
// model and hash embedding model, no network). The vector index was rebuilt overnight and is empty.
import { setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'voltline-support-bot', resource: { 'deployment.environment': 'production' }, seed: 'warranty-we5' });
const ids = makeIds('warranty-we5');
const embedder = hashEmbeddingModel({ dims: 8 });
const index = []; // policy chunks: populated by the nightly ingest job

const search_policies = tool({
  description: 'Semantic search over Voltline warranty, returns and repair policies. Returns the best matching chunks.',
  inputSchema: z.object({ query: z.string(), top_k: z.number().int().min(1).max(10) }),
  execute: async ({ query, top_k }) => {
    const { embedding } = await embed({ model: embedder, value: query,
      telemetry: { functionId: 'kb-embed', integrations: [new LegacyOpenTelemetry()] } });
    const matches = index.map((c) => ({ ...c, score: 0 })).slice(0, top_k);
    return { index: 'voltline-policies-v7', dims: embedding.length, matches, total: matches.length };
  },
});
const get_order = tool({
  description: 'Order lookup by order number.',
  inputSchema: z.object({ order_no: z.string() }),
  execute: async ({ order_no }) => ({ order_no, sku: 'VL-PB20K-BLK', product: 'Voltline PowerBank 20K', purchased: '2023-08-19', channel: 'voltline.com' }),
});

const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_', replies: [
  { calls: [['toolu_' + ids('', 24), 'get_order', { order_no: '#VL-1048822' }],
            ['toolu_' + ids('', 24), 'search_policies', { query: 'power bank battery swelling warranty coverage replacement', top_k: 5 }]] },
  'Good news: your PowerBank 20K (bought 2023-08-19) is still inside Voltline\'s 24-month limited warranty. Battery swelling is covered as a manufacturing defect, and any cell that drops below 80% of rated capacity within the first 18 months qualifies too. Stop using it, and we will ship a replacement within 5 business days of receiving the unit; the prepaid return label is valid for 30 days.',
] });

await generateText({
  model,
  system: 'You are Voltline\'s support assistant. Answer warranty and returns questions using only the policy knowledge base (search_policies) and order data.',
  prompt: 'My power bank from order #VL-1048822 started to swell a bit and gets hot when charging. Is that covered?',
  tools: { get_order, search_policies },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'zd-ticket-3391207', userId: 'cust_88Q1ZT' },
  telemetry: { functionId: 'support-answer', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonDocument(dir, 'otlp-request.json', await flush());
