// Runs the official OpenAI Node client, instrumented by @opentelemetry/instrumentation-openai with
// message content capture on, against a scripted fake fetch (no network). The instrumentation
// writes a `chat <model>` span per call and the GenAI events (gen_ai.system.message,
// gen_ai.user.message, gen_ai.tool.message, gen_ai.choice …) as OpenTelemetry log records: the
// pre-1.37 "event form" of the GenAI conventions. Spans and logs are serialised with the OTLP/JSON
// serializers and written as collector file-exporter lines (one request per line).
const fs = require('node:fs');
const path = require('node:path');
const { context, trace } = require('@opentelemetry/api');
const { logs } = require('@opentelemetry/api-logs');
const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace');
const { LoggerProvider, InMemoryLogRecordExporter, SimpleLogRecordProcessor } = require('@opentelemetry/sdk-logs');
const { JsonTraceSerializer, JsonLogsSerializer } = require('@opentelemetry/otlp-transformer');
const { OpenAIInstrumentation } = require('@opentelemetry/instrumentation-openai');

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/otel';
fs.mkdirSync(out, { recursive: true });
const resource = resourceFromAttributes({ 'service.name': 'travel-desk' });
const spanExporter = new InMemorySpanExporter();
const tracerProvider = new TracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor({ exporter: spanExporter })] });
const logExporter = new InMemoryLogRecordExporter();
const loggerProvider = new LoggerProvider({ resource, processors: [new SimpleLogRecordProcessor({ exporter: logExporter })] });
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
trace.setGlobalTracerProvider(tracerProvider);
logs.setGlobalLoggerProvider(loggerProvider);
const instrumentation = new OpenAIInstrumentation({ captureMessageContent: true });
instrumentation.setTracerProvider(tracerProvider);
instrumentation.setLoggerProvider(loggerProvider);
instrumentation.enable();
const OpenAI = require('openai');

const replies = [
  { tool_calls: [{ id: 'call_f1', name: 'search_flights', args: { from: 'VIE', to: 'LIS', date: '2026-12-04' } }] },
  { content: 'The 07:15 TAP flight from Vienna to Lisbon on 4 December has seats left, 212 EUR.' },
];
let n = 0;
async function fakeFetch() {
  const reply = replies[n++];
  const message = { role: 'assistant', content: reply.content ?? null };
  if (reply.tool_calls) {
    message.tool_calls = reply.tool_calls.map((c) => ({ id: c.id, type: 'function',
      function: { name: c.name, arguments: JSON.stringify(c.args) } }));
  }
  return new Response(JSON.stringify({ id: 'chatcmpl-events-' + n, object: 'chat.completion', created: 1767225600 + n,
    model: 'gpt-4o-2024-08-06', choices: [{ index: 0, message, finish_reason: reply.tool_calls ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 80 + n, completion_tokens: 20 + n, total_tokens: 100 + 2 * n } }),
    { status: 200, headers: { 'content-type': 'application/json' } });
}

(async () => {
  const client = new OpenAI({ apiKey: 'sk-fixture-not-a-key', baseURL: 'http://fixture.invalid/v1', fetch: fakeFetch, maxRetries: 0 });
  const tools = [{ type: 'function', function: { name: 'search_flights', description: 'Search flights.',
    parameters: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, date: { type: 'string' } } } } }];
  const tracer = trace.getTracer('travel-desk');
  await tracer.startActiveSpan('handle_request', async (root) => {
    root.setAttribute('session.id', 'trip-4411');
    root.setAttribute('user.id', 'traveller-88');
    const messages = [
      { role: 'system', content: 'You book flights. Use search_flights before answering.' },
      { role: 'user', content: 'Any seats from Vienna to Lisbon on 4 December?' },
    ];
    const first = await client.chat.completions.create({ model: 'gpt-4o', messages, tools });
    const call = first.choices[0].message.tool_calls[0];
    messages.push(first.choices[0].message);
    messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify({ flight: 'TP 1270', departs: '07:15', seats_left: 4, price_eur: 212 }) });
    await client.chat.completions.create({ model: 'gpt-4o', messages, tools });
    root.end();
  });
  await tracerProvider.forceFlush();
  await loggerProvider.forceFlush();
  const dec = (b) => new TextDecoder().decode(b);
  const spanLine = dec(JsonTraceSerializer.serializeRequest(spanExporter.getFinishedSpans()));
  const logLine = dec(JsonLogsSerializer.serializeRequest(logExporter.getFinishedLogRecords()));
  fs.writeFileSync(path.join(out, 'genai-events.jsonl'), spanLine + '\n' + logLine + '\n');
})();
