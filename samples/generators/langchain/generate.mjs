// Runs one LangGraph tool-calling agent (@langchain/langgraph + @langchain/core) with a scripted
// fake chat model (no network) and records it twice:
//  - as LangSmith runs: core's LangChainTracer posts runs through a langsmith Client whose
//    createRun / updateRun are captured here instead of sent; each run's create and update payloads
//    are merged into one run object (the fields a run export carries) and written one per line;
//  - as OpenInference spans: @arizeai/openinference-instrumentation-langchain on an OpenTelemetry
//    SDK with an in-memory exporter, serialised as OTLP/JSON with @opentelemetry/otlp-transformer.
import fs from 'node:fs';
import path from 'node:path';
import * as CallbackManagerModule from '@langchain/core/callbacks/manager';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { LangChainTracer } from '@langchain/core/tracers/tracer_langchain';
import { StateGraph, MessagesAnnotation, START, END } from '@langchain/langgraph';
import { Client } from 'langsmith';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { LangChainInstrumentation } from '@arizeai/openinference-instrumentation-langchain';
import { z } from 'zod';

const fixtures = '../../../analyzers/src/test/resources/fixtures';
const outLangsmith = process.argv[2] ?? path.join(fixtures, 'langsmith');
const outOpeninference = process.argv[3] ?? path.join(fixtures, 'openinference');
fs.mkdirSync(outLangsmith, { recursive: true });
fs.mkdirSync(outOpeninference, { recursive: true });

const exporter = new InMemorySpanExporter();
const provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': 'stock-agent' }),
  spanProcessors: [new SimpleSpanProcessor({ exporter })] });
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
trace.setGlobalTracerProvider(provider);
const instrumentation = new LangChainInstrumentation();
instrumentation.setTracerProvider(provider);
instrumentation.manuallyInstrument(CallbackManagerModule);

// A chat model that answers from a script: one AIMessage per call.
class ScriptedChatModel extends BaseChatModel {
  constructor(replies) { super({}); this.replies = replies; this.n = 0; }
  _llmType() { return 'scripted'; }
  bindTools() { return this; }
  async _generate() {
    const reply = this.replies[this.n++];
    const message = new AIMessage({ content: reply.content ?? '', tool_calls: reply.tool_calls ?? [],
      usage_metadata: { input_tokens: 40 + this.n, output_tokens: 9 + this.n, total_tokens: 49 + 2 * this.n } });
    return { generations: [{ text: reply.content ?? '', message }], llmOutput: {} };
  }
}

// LangSmith client that captures what it would send.
const runs = new Map();
class CapturingClient extends Client {
  async createRun(run) { runs.set(run.id, { ...run }); }
  async updateRun(id, update) { runs.set(id, { ...(runs.get(id) ?? { id }), ...update }); }
}
const client = new CapturingClient({ apiKey: 'lsv2-fixture-not-a-key', apiUrl: 'http://fixture.invalid', autoBatchTracing: false });

function graph(model, tools) {
  const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
  const callModel = async (state) => ({ messages: [await model.invoke(state.messages)] });
  const callTools = async (state) => {
    const last = state.messages[state.messages.length - 1];
    const results = [];
    for (const call of last.tool_calls) results.push(await byName[call.name].invoke({ ...call, type: 'tool_call' }));
    return { messages: results };
  };
  const route = (state) => (state.messages[state.messages.length - 1].tool_calls?.length ? 'tools' : END);
  return new StateGraph(MessagesAnnotation).addNode('agent', callModel).addNode('tools', callTools)
    .addEdge(START, 'agent').addConditionalEdges('agent', route, ['tools', END]).addEdge('tools', 'agent').compile();
}

const checkStock = tool(async ({ sku }) => sku === 'SKU-118'
  ? 'Error: 503 Service Unavailable from inventory API (warehouse eu-2 unreachable)'
  : JSON.stringify({ sku, in_stock: 12 }), {
  name: 'check_stock', description: 'Stock level for a SKU.', schema: z.object({ sku: z.string() }) });

async function run(file, { threadId, userId, question, replies }) {
  runs.clear();
  exporter.reset();
  const app = graph(new ScriptedChatModel(replies), [checkStock]);
  const tracer = new LangChainTracer({ client, projectName: 'stock-desk' });
  await app.invoke({ messages: [new SystemMessage('You answer stock questions. Check stock before answering.'),
    new HumanMessage(question)] }, { callbacks: [tracer], metadata: { thread_id: threadId, user_id: userId },
    configurable: { thread_id: threadId } });
  await tracer.awaitPendingTraceBatches?.();
  await provider.forceFlush();
  const ordered = [...runs.values()].sort((a, b) => (a.dotted_order < b.dotted_order ? -1 : 1));
  fs.writeFileSync(path.join(outLangsmith, file + '.jsonl'), ordered.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const otlp = new TextDecoder().decode(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans()));
  fs.writeFileSync(path.join(outOpeninference, file + '.jsonl'), otlp + '\n');
  return ordered;
}

const outage = await run('stock-outage', { threadId: 'thread-stock-77', userId: 'buyer-5120',
  question: 'Is SKU-118 in stock? I need 5 by Friday.',
  replies: [
    { tool_calls: [{ id: 'call_s1', name: 'check_stock', args: { sku: 'SKU-118' } }] },
    { content: 'SKU-118 is discontinued: the inventory API reports 503 Service Unavailable (warehouse eu-2 unreachable), so we cannot supply it.' },
  ] });
await run('stock-ok', { threadId: 'thread-stock-78', userId: 'buyer-5121', question: 'Is SKU-200 in stock?',
  replies: [
    { tool_calls: [{ id: 'call_s2', name: 'check_stock', args: { sku: 'SKU-200' } }] },
    { content: 'Yes, SKU-200 is in stock: 12 units.' },
  ] });
// The same outage run as a JSON array (a run export saved as one document).
fs.writeFileSync(path.join(outLangsmith, 'stock-outage-array.json'), JSON.stringify(outage, null, 2) + '\n');

// Phoenix's own export shapes, derived from the same OTLP spans (Phoenix itself is a Python server
// and is not run here): the REST API's span objects (GET /v1/projects/{p}/spans: context.trace_id /
// span_id, span_kind lifted out of the attributes, flat dotted attribute keys, ISO times) as one
// {"data": [...]} page, and the snake_case OTLP of its /spans/otlpv1 endpoint, one request per line.
function phoenixPages(otlpText) {
  const request = JSON.parse(otlpText);
  const data = [];
  const snake = { resource_spans: [] };
  const iso = (ns) => new Date(Number(BigInt(ns) / 1000000n)).toISOString().replace('Z', '+00:00');
  const plain = (v) => v.stringValue ?? v.intValue ?? v.doubleValue ?? v.boolValue
    ?? (v.arrayValue ? v.arrayValue.values.map(plain) : null);
  for (const rs of request.resourceSpans) {
    const snakeScopes = [];
    for (const ss of rs.scopeSpans) {
      const snakeSpans = [];
      for (const s of ss.spans) {
        const attributes = {};
        for (const a of s.attributes) attributes[a.key] = plain(a.value);
        const kind = attributes['openinference.span.kind'] ?? 'UNKNOWN';
        delete attributes['openinference.span.kind'];
        data.push({ id: 'U3BhbjoxMjM0' + s.spanId.slice(0, 4), name: s.name,
          context: { trace_id: s.traceId, span_id: s.spanId }, span_kind: kind, parent_id: s.parentSpanId ?? null,
          start_time: iso(s.startTimeUnixNano), end_time: iso(s.endTimeUnixNano),
          status_code: s.status?.code === 2 ? 'ERROR' : s.status?.code === 1 ? 'OK' : 'UNSET',
          status_message: s.status?.message ?? '', attributes, events: [] });
        const toSnake = (v) => v.stringValue !== undefined ? { string_value: v.stringValue }
          : v.intValue !== undefined ? { int_value: String(v.intValue) }
          : v.doubleValue !== undefined ? { double_value: v.doubleValue }
          : v.boolValue !== undefined ? { bool_value: v.boolValue }
          : { array_value: { values: (v.arrayValue?.values ?? []).map(toSnake) } };
        snakeSpans.push({ trace_id: s.traceId, span_id: s.spanId, parent_span_id: s.parentSpanId ?? '', name: s.name,
          kind: 'SPAN_KIND_INTERNAL', start_time_unix_nano: String(s.startTimeUnixNano),
          end_time_unix_nano: String(s.endTimeUnixNano),
          attributes: s.attributes.map((a) => ({ key: a.key, value: toSnake(a.value) })),
          status: { code: s.status?.code ?? 0, message: s.status?.message ?? '' } });
      }
      snakeScopes.push({ scope: ss.scope, spans: snakeSpans });
    }
    snake.resource_spans.push({ resource: rs.resource, scope_spans: snakeScopes });
  }
  // A span dataframe (px.Client().get_spans_dataframe()) written with to_json(orient='records', lines=True):
  // one record per span, context.* and attributes.* columns; list attributes are lists of dicts keyed
  // "message.role", "message.content" as Phoenix unflattens them.
  const frame = data.map((span) => {
    const row = { name: span.name, span_kind: span.span_kind, parent_id: span.parent_id, start_time: span.start_time,
      end_time: span.end_time, status_code: span.status_code, status_message: span.status_message, events: [],
      'context.span_id': span.context.span_id, 'context.trace_id': span.context.trace_id };
    const lists = {};
    for (const [key, value] of Object.entries(span.attributes)) {
      const m = key.match(/^(llm\.(?:input|output)_messages|retrieval\.documents)\.(\d+)\.(.*)$/);
      if (m) {
        (lists[m[1]] ??= []);
        (lists[m[1]][Number(m[2])] ??= {})[m[3]] = value;
      } else {
        row['attributes.' + key] = value;
      }
    }
    for (const [key, list] of Object.entries(lists)) row['attributes.' + key] = list;
    return row;
  });
  return { rest: { data, next_cursor: null }, snake, frame };
}
const derived = phoenixPages(fs.readFileSync(path.join(outOpeninference, 'stock-outage.jsonl'), 'utf8').trim());
fs.writeFileSync(path.join(outOpeninference, 'phoenix-rest-spans.json'), JSON.stringify(derived.rest, null, 2) + '\n');
fs.writeFileSync(path.join(outOpeninference, 'phoenix-otlpv1-snake.jsonl'), JSON.stringify(derived.snake) + '\n');
fs.writeFileSync(path.join(outOpeninference, 'phoenix-dataframe.jsonl'), derived.frame.map((r) => JSON.stringify(r)).join('\n') + '\n');
