// Runs the Vercel AI SDK (`ai` v7) with a scripted MockLanguageModelV4 from `ai/test` (no network)
// under an OpenTelemetry SDK with an in-memory exporter, then serialises the finished spans with the
// OTel JS OTLP/JSON serializer (@opentelemetry/otlp-transformer): the bytes an OTLP/HTTP JSON
// exporter would send. Writes the same run twice: with the current GenAI conventions
// (@ai-sdk/otel OpenTelemetry) and with the legacy ai.* attributes (LegacyOpenTelemetry).
import fs from 'node:fs';
import path from 'node:path';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider as BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { generateText, registerTelemetry, tool, stepCountIs } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { OpenTelemetry, LegacyOpenTelemetry } from '@ai-sdk/otel';
import { z } from 'zod';

const out = process.argv[2] ?? '../../../analyzers/src/test/resources/fixtures/otel';
fs.mkdirSync(out, { recursive: true });

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({
  resource: resourceFromAttributes({ 'service.name': 'weather-bot' }),
  spanProcessors: [new SimpleSpanProcessor({ exporter })],
});
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
trace.setGlobalTracerProvider(provider);

const usage = (input, output) => ({
  inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: output, text: output, reasoning: 0 },
});

function scriptedModel(replies) {
  return new MockLanguageModelV4({ provider: 'openai.chat', modelId: 'gpt-4o-mini', doGenerate: replies });
}

const weather = tool({
  description: 'Current weather for a city.',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, forecast: city === 'Paris' ? 'rain, 14C' : 'sun, 22C' }),
});

async function run(telemetryIntegration, file, { sessionId, userId, question, city, answer }) {
  exporter.reset();
  const model = scriptedModel([
    { content: [{ type: 'tool-call', toolCallId: 'call_w1', toolName: 'weather', input: JSON.stringify({ city }) }],
      finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage: usage(61, 14), warnings: [] },
    { content: [{ type: 'text', text: answer }],
      finishReason: { unified: 'stop', raw: 'stop' }, usage: usage(92, 18), warnings: [] },
  ]);
  await generateText({
    model,
    system: 'You are a weather assistant. Answer in one sentence.',
    prompt: question,
    tools: { weather },
    stopWhen: stepCountIs(3),
    runtimeContext: { sessionId, userId },
    telemetry: { functionId: 'weather-agent', includeRuntimeContext: { sessionId: true, userId: true },
      integrations: [telemetryIntegration] },
  });
  await provider.forceFlush();
  const spans = exporter.getFinishedSpans();
  const bytes = JsonTraceSerializer.serializeRequest(spans);
  return new TextDecoder().decode(bytes);
}

// One OTLP/JSON request per line: the collector file exporter's layout.
const turns = [
  { sessionId: 'chat-paris-1', userId: 'user-4711', question: 'Do I need an umbrella in Paris today?', city: 'Paris',
    answer: 'Yes: it is raining in Paris, 14C.' },
  { sessionId: 'chat-paris-1', userId: 'user-4711', question: 'And in Madrid?', city: 'Madrid',
    answer: 'No umbrella needed in Madrid: sunny, 22C.' },
];
const current = [];
for (const t of turns) current.push(await run(new OpenTelemetry(), null, t));
fs.writeFileSync(path.join(out, 'genai-attributes.jsonl'), current.join('\n') + '\n');

const legacy = [];
for (const t of turns) legacy.push(await run(new LegacyOpenTelemetry(), null, t));
fs.writeFileSync(path.join(out, 'vercel-legacy.jsonl'), legacy.join('\n') + '\n');
// The same legacy run as one pretty-printed OTLP/JSON document (an OTLP/HTTP request body saved to a file).
fs.writeFileSync(path.join(out, 'vercel-legacy-document.json'), JSON.stringify(JSON.parse(legacy[0]), null, 2) + '\n');
