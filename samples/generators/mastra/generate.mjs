// Runs a real Mastra agent (@mastra/core Agent + @mastra/memory Memory + a createTool tool) with
// Mastra's own scripted mock model (MastraLanguageModelV2Mock from @mastra/core/test-utils/llm-mock:
// the AI SDK v5 MockLanguageModelV2 behind Mastra's model wrapper), so no network and no API key are
// needed. Tracing goes through @mastra/observability to the real OtelExporter from
// @mastra/otel-exporter. The exporter's documented `exporter` option replaces its OTLP/HTTP exporter
// with an InMemorySpanExporter; everything before it (Mastra span -> OTel span conversion, the
// exporter's BatchSpanProcessor) is the exporter's own code. The captured spans are serialised with
// the OTel JS OTLP/JSON serializer (@opentelemetry/otlp-transformer): the bytes an OTLP/HTTP JSON
// exporter would send. One ExportTraceServiceRequest per line (the collector file exporter's
// layout), one line per agent run (= one trace).
import fs from 'node:fs';
import path from 'node:path';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { Mastra } from '@mastra/core/mastra';
import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { InMemoryStore } from '@mastra/core/storage';
import { MastraLanguageModelV2Mock } from '@mastra/core/test-utils/llm-mock';
import { Memory } from '@mastra/memory';
import { Observability } from '@mastra/observability';
import { OtelExporter } from '@mastra/otel-exporter';
import { z } from 'zod';

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/otel';
fs.mkdirSync(out, { recursive: true });

// ---- the real OtelExporter, with an in-memory span exporter in place of OTLP/HTTP ----
const memoryExporter = new InMemorySpanExporter();
const otelExporter = new OtelExporter({
  // A provider is required even with a custom exporter; the endpoint is never contacted.
  provider: { custom: { endpoint: 'http://localhost:4318', protocol: 'http/json' } },
  exporter: memoryExporter,
  signals: { traces: true, logs: false },
  resourceAttributes: { 'deployment.environment': 'production' },
});

// ---- scripted model: one reply per model call (agent.generate calls the model's doGenerate) ----
const queue = [];
let responseNo = 0;
function generateResult(reply) {
  responseNo += 1;
  const content = [];
  if (reply.text) content.push({ type: 'text', text: reply.text });
  for (const c of reply.toolCalls ?? []) {
    content.push({ type: 'tool-call', toolCallId: c.id, toolName: c.name, input: JSON.stringify(c.args) });
  }
  return {
    content,
    finishReason: reply.toolCalls ? 'tool-calls' : 'stop',
    usage: { inputTokens: reply.usage[0], outputTokens: reply.usage[1], totalTokens: reply.usage[0] + reply.usage[1],
      reasoningTokens: 0, cachedInputTokens: 0 },
    warnings: [],
    request: {},
    response: { id: reply.id, modelId: 'gpt-4o-mini-2024-07-18',
      timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, responseNo * 7)), headers: {} },
  };
}
const model = new MastraLanguageModelV2Mock({
  provider: 'openai.chat',
  modelId: 'gpt-4o-mini',
  doGenerate: async () => {
    const reply = queue.shift();
    if (!reply) throw new Error('mock model: no scripted reply left');
    return generateResult(reply);
  },
});

// ---- the tool ----
const getOrderStatus = createTool({
  id: 'get_order_status',
  description: 'Look up the shipping status of an order by its id.',
  inputSchema: z.object({ order_id: z.string().describe('The order id, e.g. ORD-12345') }),
  outputSchema: z.object({ order_id: z.string(), status: z.string(), carrier: z.string(), eta: z.string() }),
  execute: async ({ order_id }) => ({ order_id, status: 'shipped', carrier: 'DHL', eta: '2026-01-03' }),
});

// ---- the agent, with memory keyed by thread (conversation) and resource (user) ----
const storage = new InMemoryStore();
const memory = new Memory({ storage, options: { lastMessages: 20 } });
const supportAgent = new Agent({
  id: 'support-agent',
  name: 'Support Agent',
  instructions: 'You are the support assistant of a small online shop. Answer briefly.',
  model,
  tools: { get_order_status: getOrderStatus },
  memory,
});

const mastra = new Mastra({
  agents: { supportAgent },
  storage,
  logger: false,
  observability: new Observability({
    configs: {
      otel: { serviceName: 'support-bot', exporters: [otelExporter] },
    },
  }),
});
const agent = mastra.getAgent('supportAgent');

async function turn({ thread, resource, text, replies }) {
  queue.push(...replies);
  const result = await agent.generate([{ role: 'user', content: text }], {
    memory: { thread, resource },
    maxSteps: 4,
  });
  if (queue.length) throw new Error('unused scripted replies: ' + queue.length);
  // The exporter queues spans when Mastra's SPAN_ENDED events arrive; let them drain, then flush.
  await new Promise((r) => setTimeout(r, 300));
  await mastra.observability.flush?.();
  await otelExporter.flush();
  const spans = memoryExporter.getFinishedSpans();
  memoryExporter.reset();
  console.log(`  ${thread}/${resource}: ${spans.length} spans, answer: ${result.text}`);
  return new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans));
}
function write(file, lines) {
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n');
  console.log('wrote', path.join(out, file), lines.length, 'line(s)');
}

// ---- 1. plain two-turn conversation in one thread ----
write('mastra-conversation.jsonl', [
  await turn({ thread: 'ms-thread-4410', resource: 'user-ana', text: 'Hi! Do you ship to Portugal?',
    replies: [{ id: 'chatcmpl-ms4410a', text: 'Yes, we ship to Portugal. Delivery takes 3 to 5 business days.', usage: [38, 16] }] }),
  await turn({ thread: 'ms-thread-4410', resource: 'user-ana', text: 'And how much does shipping cost?',
    replies: [{ id: 'chatcmpl-ms4410b', text: 'Shipping to Portugal costs 6.90 EUR, and it is free above 50 EUR.', usage: [71, 19] }] }),
]);

// ---- 2. a tool call: model -> get_order_status -> model answers from the result ----
write('mastra-tool-call.jsonl', [
  await turn({ thread: 'ms-thread-5120', resource: 'user-ben', text: 'Where is my order ORD-88231?',
    replies: [
      { id: 'chatcmpl-ms5120a', toolCalls: [{ id: 'call_Ms7dQ2vR', name: 'get_order_status', args: { order_id: 'ORD-88231' } }],
        usage: [96, 18] },
      { id: 'chatcmpl-ms5120b', text: 'Your order ORD-88231 has shipped with DHL and should arrive on 2026-01-03.', usage: [141, 22] },
    ] }),
]);

// ---- 3. two users, two threads, one turn each ----
write('mastra-two-users.jsonl', [
  await turn({ thread: 'ms-thread-a', resource: 'user-ana', text: 'Can I change my delivery address?',
    replies: [{ id: 'chatcmpl-msa', text: 'Yes, as long as the order has not shipped yet: reply with the new address.', usage: [40, 18] }] }),
  await turn({ thread: 'ms-thread-b', resource: 'user-carl', text: 'Do you sell gift cards?',
    replies: [{ id: 'chatcmpl-msb', text: 'Yes, gift cards from 10 to 200 EUR are on the Gifts page.', usage: [37, 17] }] }),
]);

await mastra.shutdown?.();
