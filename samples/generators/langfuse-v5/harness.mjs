// The Langfuse JS v5 setup that generate.mjs (the fixtures) and incident.mjs (the sample incident)
// share. The LangfuseSpanProcessor is the only span processor on the tracer provider. Instead of its
// default OTLP/HTTP exporter to Langfuse it is given an InMemorySpanExporter (its documented
// `exporter` option) in `immediate` mode, so the captured spans are exactly what the SDK would send
// to Langfuse: the processor's onStart attributes (environment, release, propagated session/user/trace
// name …) and its end-of-span filtering/masking/media pass included. The finished spans are serialised
// with the OTel JS OTLP/JSON serializer (@opentelemetry/otlp-transformer): one ExportTraceServiceRequest
// per line, the collector file exporter's layout.
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { LangfuseSpanProcessor } from '@langfuse/otel';
import { observeOpenAI } from '@langfuse/openai';
import OpenAI from 'openai';

export const SUPPORT_SYSTEM = 'You are the support assistant of a small online shop. Answer briefly.';

/**
 * Sets up the tracer provider and a fake OpenAI chat.completions endpoint whose replies are taken
 * from `queue`, one per request ({id, content?, toolCalls?: [{id, name, args}], usage: [prompt,
 * completion]}); `created` is the first reply's creation time less 7 s.
 * Returns the scripted queue, the raw and the observed OpenAI client, flushLine() (the finished
 * spans as one OTLP/JSON line) and finish() (fails on unused replies, shuts the provider down).
 */
export function langfuseHarness({ created }) {
  const exporter = new InMemorySpanExporter();
  const langfuse = new LangfuseSpanProcessor({
    exporter,
    exportMode: 'immediate',
    environment: 'production',
    release: 'support-bot@1.8.0',
  });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'support-bot' }),
    spanProcessors: [langfuse],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);

  const queue = [];
  async function fakeFetch(url, init) {
    const reply = queue.shift();
    if (!reply) throw new Error('fake OpenAI: no scripted reply left for ' + url);
    const request = JSON.parse(init.body);
    const message = { role: 'assistant', content: reply.content ?? null, refusal: null, annotations: [] };
    if (reply.toolCalls) {
      message.tool_calls = reply.toolCalls.map((c) => ({ id: c.id, type: 'function',
        function: { name: c.name, arguments: JSON.stringify(c.args) } }));
    }
    created += 7;
    const body = {
      id: reply.id, object: 'chat.completion', created, model: 'gpt-4o-mini-2024-07-18',
      choices: [{ index: 0, message, logprobs: null, finish_reason: reply.toolCalls ? 'tool_calls' : 'stop' }],
      usage: { prompt_tokens: reply.usage[0], completion_tokens: reply.usage[1], total_tokens: reply.usage[0] + reply.usage[1],
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 } },
      service_tier: 'default', system_fingerprint: 'fp_fixture01',
    };
    if (request.model !== 'gpt-4o-mini') throw new Error('unexpected model ' + request.model);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }
  const rawClient = new OpenAI({ apiKey: 'sk-fixture-not-a-key', baseURL: 'http://fixture.invalid/v1', fetch: fakeFetch, maxRetries: 0 });

  async function flushLine() {
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    exporter.reset();
    return new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans));
  }
  async function finish() {
    if (queue.length) throw new Error('unused scripted replies: ' + queue.length);
    await provider.shutdown();
  }
  return { queue, rawClient, openai: observeOpenAI(rawClient), flushLine, finish };
}
