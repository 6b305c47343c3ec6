// Shared harness for the Vercel AI SDK incidents of bench/incidents/*/vercel-*.
//
// Runs the real `ai` package (v7) with scripted MockLanguageModelV4 / MockEmbeddingModelV4 models from
// `ai/test` (no network, no key) under the OpenTelemetry JS SDK with an in-memory exporter, and
// serialises the finished spans with @opentelemetry/otlp-transformer's JsonTraceSerializer: the bytes an
// OTLP/HTTP JSON exporter sends, one request per line as the collector's file exporter writes them.
//
// Trace and span ids come from a seeded generator so that a rerun gives the same ids (and so the same
// session ids when an incident relies on the trace id); timestamps are those of the run.
//
// Incident scripts live outside this folder, so everything they need is re-exported from here
// (node resolves the packages from this folder's node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { context, trace, SpanStatusCode, SpanKind } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { MockLanguageModelV4, MockEmbeddingModelV4 } from 'ai/test';

export { generateText, embed, embedMany, cosineSimilarity, tool, jsonSchema, stepCountIs, ToolLoopAgent } from 'ai';
export { OpenTelemetry, LegacyOpenTelemetry } from '@ai-sdk/otel';
export { z } from 'zod';
export { context, trace, SpanStatusCode, SpanKind };

/** Deterministic byte stream from a seed (sha256 in counter mode). */
export function seededRandom(seed) {
  let counter = 0;
  let pool = Buffer.alloc(0);
  return (n) => {
    while (pool.length < n) {
      pool = Buffer.concat([pool, createHash('sha256').update(`${seed}:${counter++}`).digest()]);
    }
    const out = pool.subarray(0, n);
    pool = pool.subarray(n);
    return out;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Provider-looking id: prefix + n characters of [A-Za-z0-9] drawn from the seeded stream. */
export function makeIds(seed) {
  const rnd = seededRandom(`ids:${seed}`);
  return (prefix, n = 24) => prefix + [...rnd(n)].map((b) => ALNUM[b % ALNUM.length]).join('');
}

/**
 * Sets up the global OTel SDK (tracer provider with the given resource, in-memory exporter, async-hooks
 * context manager) and returns { tracer, flush() } where flush() returns the spans finished since the
 * last flush as one OTLP/JSON ExportTraceServiceRequest string.
 */
export function setupTracing({ serviceName, resource = {}, seed }) {
  const rnd = seededRandom(`otel:${seed ?? serviceName}`);
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, ...resource }),
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
    idGenerator: {
      generateTraceId: () => rnd(16).toString('hex'),
      generateSpanId: () => rnd(8).toString('hex'),
    },
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  return {
    provider,
    tracer: provider.getTracer('app'),
    async flush() {
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      exporter.reset();
      return new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans));
    },
  };
}

export const usage = (input, output) => ({
  inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: output, text: output, reasoning: 0 },
});

/**
 * A scripted chat model. `replies` is a list of turns, each either a string (final text) or
 * { calls: [[toolCallId, toolName, input], ...], text? }. Token counts are rough estimates of the
 * prompt size so that the usage attributes grow as a real conversation's do.
 */
export function scriptedModel({ provider = 'openai.chat', modelId = 'gpt-4o-mini', replies, ids, responsePrefix = 'chatcmpl-' }) {
  let i = 0;
  return new MockLanguageModelV4({
    provider,
    modelId,
    doGenerate: async (options) => {
      if (i >= replies.length) throw new Error(`scripted model ${modelId} ran out of replies (call ${i + 1})`);
      const r = replies[i++];
      const promptChars = JSON.stringify(options.prompt).length;
      const content = [];
      let finish = { unified: 'stop', raw: 'stop' };
      let outText = '';
      if (typeof r === 'string') {
        content.push({ type: 'text', text: r });
        outText = r;
      } else {
        if (r.text) { content.push({ type: 'text', text: r.text }); outText = r.text; }
        for (const [toolCallId, toolName, input] of r.calls ?? []) {
          content.push({ type: 'tool-call', toolCallId, toolName, input: typeof input === 'string' ? input : JSON.stringify(input) });
          outText += JSON.stringify(input);
        }
        if (r.calls?.length) finish = { unified: 'tool-calls', raw: provider.startsWith('anthropic') ? 'tool_use' : 'tool_calls' };
      }
      return {
        content,
        finishReason: finish,
        usage: usage(Math.ceil(promptChars / 4), Math.max(5, Math.ceil(outText.length / 4))),
        response: ids ? { id: ids(responsePrefix, 24), modelId } : undefined,
        warnings: [],
      };
    },
  });
}

/** A fake embedding model returning fixed-size vectors derived from the text (deterministic). */
export function hashEmbeddingModel({ provider = 'openai.embedding', modelId = 'text-embedding-3-small', dims = 8 } = {}) {
  return new MockEmbeddingModelV4({
    provider,
    modelId,
    doEmbed: async ({ values }) => ({
      embeddings: values.map((v) => {
        const h = createHash('sha256').update(String(v)).digest();
        return [...h.subarray(0, dims)].map((b) => (b - 128) / 128);
      }),
      usage: { tokens: values.reduce((n, v) => n + Math.ceil(String(v).length / 4), 0) },
      warnings: [],
    }),
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Writes lines (one OTLP request each) to dir/file. */
export function writeJsonl(dir, file, lines) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
}

/** Writes one OTLP request as a pretty-printed JSON document (an OTLP/HTTP request body saved to a file). */
export function writeJsonDocument(dir, file, line) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(JSON.parse(line), null, 2) + '\n');
}

/** The folder of the calling incident script (pass import.meta.url). */
export const scriptDir = (url) => path.dirname(new URL(url).pathname);
