// Runs the OpenLLMetry (Traceloop) JS SDK, @traceloop/node-server-sdk, with its own OpenAI
// instrumentation (@traceloop/instrumentation-openai) over the official `openai` client, whose
// `fetch` is a scripted fake (no network, no key). The SDK is initialised with an in-memory span
// exporter and `disableBatch: true`, so every span passes through Traceloop's own span processor
// (association properties, workflow / entity path, agent name) before it is exported. The finished
// spans are serialised with the OTel JS OTLP/JSON serializer (@opentelemetry/otlp-transformer), the
// bytes an OTLP/HTTP JSON exporter sends, one ExportTraceServiceRequest per line (one line per
// trace, i.e. per request the app handled), as the collector's file exporter writes them.
import fs from 'node:fs';
import path from 'node:path';

// Keep the fixtures free of this machine's host / process details and stop the NodeSDK that
// Traceloop starts from setting up OTLP metric and log exporters (they would try localhost:4318).
process.env.OTEL_NODE_RESOURCE_DETECTORS = 'none';
process.env.OTEL_METRICS_EXPORTER = 'none';
process.env.OTEL_LOGS_EXPORTER = 'none';
process.env.TRACELOOP_TRACE_CONTENT = 'true';

const { InMemorySpanExporter } = await import('@opentelemetry/sdk-trace-base');
const { JsonTraceSerializer } = await import('@opentelemetry/otlp-transformer');
const traceloop = await import('@traceloop/node-server-sdk');
const { default: OpenAI } = await import('openai');

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/otel';
fs.mkdirSync(out, { recursive: true });

const exporter = new InMemorySpanExporter();
traceloop.initialize({
  appName: 'support-desk',
  exporter,
  disableBatch: true,
  traceContent: true,
  instrumentModules: { openAI: OpenAI },
  // No prompt-registry sync and no Traceloop backend: nothing leaves the process.
  traceloopSyncEnabled: false,
  baseUrl: 'http://fixture.invalid',
  silenceInitializationMessage: true,
});

// ---- the fake OpenAI endpoint: canned chat.completions answers, served in order ----
let replies = [];
let n = 0;
async function fakeFetch(url, init) {
  if (!String(url).endsWith('/chat/completions')) throw new Error('unexpected request ' + url);
  const reply = replies.shift();
  if (!reply) throw new Error('no scripted reply left for ' + init?.body);
  n++;
  const message = { role: 'assistant', content: reply.content ?? null, refusal: null };
  if (reply.tool_calls) {
    message.tool_calls = reply.tool_calls.map((c) => ({ id: c.id, type: 'function',
      function: { name: c.name, arguments: JSON.stringify(c.args) } }));
  }
  const [pt, ct] = reply.usage;
  return new Response(JSON.stringify({ id: 'chatcmpl-tl' + String(n).padStart(4, '0'), object: 'chat.completion',
    created: 1767225600 + n, model: 'gpt-4o-mini-2024-07-18', system_fingerprint: 'fp_fixture',
    choices: [{ index: 0, message, logprobs: null, finish_reason: reply.tool_calls ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: pt, completion_tokens: ct, total_tokens: pt + ct } }),
    { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_fixture_' + n } });
}
const client = new OpenAI({ apiKey: 'sk-fixture-not-a-key', baseURL: 'http://fixture.invalid/v1',
  fetch: fakeFetch, maxRetries: 0 });

// One OTLP/JSON request per finished trace, in the order the traces were started.
async function collect(run) {
  exporter.reset();
  await run();
  await traceloop.forceFlush();
  const spans = exporter.getFinishedSpans();
  const traceIds = [...new Set(spans.map((s) => s.spanContext().traceId))];
  return traceIds.map((id) => new TextDecoder().decode(
    JsonTraceSerializer.serializeRequest(spans.filter((s) => s.spanContext().traceId === id))));
}
function write(file, lines) {
  fs.writeFileSync(path.join(out, file), lines.join('\n') + '\n');
  console.log('wrote', path.join(out, file), lines.length, 'line(s)');
}

const SYSTEM_SUPPORT = 'You are the support assistant of an online shop. Answer briefly.';

// 1. A plain two-turn chat: each user message is one request of the app, a `support_chat` workflow
//    with one chat completion; both carry the session and user as association properties.
replies = [
  { content: 'You can return any item within 30 days of delivery, unused and in its original packaging.', usage: [41, 19] },
  { content: 'Refunds reach your card 3 to 5 business days after the parcel arrives at our warehouse.', usage: [77, 20] },
];
write('openllmetry-conversation.jsonl', await collect(async () => {
  const history = [{ role: 'system', content: SYSTEM_SUPPORT }];
  for (const question of ['What is your return policy?', 'And how long does the refund take?']) {
    await traceloop.withAssociationProperties({ session_id: 'tl-sess-4410', user_id: 'user-ana' }, () =>
      traceloop.withWorkflow({ name: 'support_chat' }, async ({ question }) => {
        history.push({ role: 'user', content: question });
        const res = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: history, temperature: 0.2 });
        history.push(res.choices[0].message);
        return res.choices[0].message.content;
      }, { question }));
  }
}));

// 2. A tool call: an `order_agent` agent; the model asks for get_order_status, the tool runs as a
//    withTool span, the second completion answers from the tool message.
const tools = [{ type: 'function', function: { name: 'get_order_status', description: 'Look up the shipping status of an order.',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] } } }];
async function getOrderStatus({ order_id }) {
  return { order_id, status: 'shipped', carrier: 'DHL', tracking: 'JD014600003829', eta: '2026-12-05' };
}
replies = [
  { tool_calls: [{ id: 'call_tl_ord1', name: 'get_order_status', args: { order_id: 'ORD-88231' } }], usage: [96, 18] },
  { content: 'Your order ORD-88231 has shipped with DHL (tracking JD014600003829) and should arrive on 5 December.', usage: [161, 27] },
];
write('openllmetry-tool-call.jsonl', await collect(async () => {
  await traceloop.withAssociationProperties({ session_id: 'tl-sess-5120', user_id: 'user-ben' }, () =>
    traceloop.withAgent({ name: 'order_agent' }, async ({ question }) => {
      const messages = [
        { role: 'system', content: SYSTEM_SUPPORT + ' Use get_order_status for questions about an order.' },
        { role: 'user', content: question },
      ];
      const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
      const msg = first.choices[0].message;
      messages.push(msg);
      for (const call of msg.tool_calls) {
        const args = JSON.parse(call.function.arguments);
        const result = await traceloop.withTool({ name: call.function.name }, getOrderStatus, args);
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
      }
      const second = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, tools });
      return second.choices[0].message.content;
    }, { question: 'Where is my order ORD-88231?' }));
}));

// 3. Two users, one session each, one completion each.
replies = [
  { content: 'Yes, we ship to Austria; delivery takes 2 to 4 business days.', usage: [38, 16] },
  { content: 'You can change the delivery address until the order has shipped, under My orders.', usage: [40, 18] },
];
write('openllmetry-two-users.jsonl', await collect(async () => {
  const turns = [
    { session_id: 'tl-sess-a', user_id: 'user-ana', question: 'Do you ship to Austria?' },
    { session_id: 'tl-sess-b', user_id: 'user-carl', question: 'Can I change my delivery address?' },
  ];
  for (const { session_id, user_id, question } of turns) {
    await traceloop.withAssociationProperties({ session_id, user_id }, () =>
      traceloop.withWorkflow({ name: 'support_chat' }, async ({ question }) => {
        const res = await client.chat.completions.create({ model: 'gpt-4o-mini',
          messages: [{ role: 'system', content: SYSTEM_SUPPORT }, { role: 'user', content: question }] });
        return res.choices[0].message.content;
      }, { question }));
  }
}));
await traceloop.forceFlush();
process.exit(0);
