// Shared harness for the OpenInference incidents: an OpenTelemetry SDK with an in-memory exporter,
// @arizeai/openinference-instrumentation-langchain patched onto @langchain/core's callback manager,
// and a scripted chat model (no network, no keys) that answers like a tool-calling chat model
// (OpenAI-style raw tool_calls in additional_kwargs, usage metadata, finish reason).
//
// Each turn of an application (one app.invoke) is flushed and written as one OTLP/JSON
// ExportTraceServiceRequest per line, the way a collector's file exporter writes them.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import * as CallbackManagerModule from '@langchain/core/callbacks/manager';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { AIMessage } from '@langchain/core/messages';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { LangChainInstrumentation } from '@arizeai/openinference-instrumentation-langchain';
import { setUser } from '@arizeai/openinference-core';

let counter = 0;
/** Deterministic OpenAI-looking tool call id, e.g. call_7Qx... */
export function callId(seed) {
  const h = createHash('sha256').update(String(seed) + ':' + counter++).digest('base64').replace(/[^A-Za-z0-9]/g, '');
  return 'call_' + h.slice(0, 24);
}

/** Tracing for one application process: call once per generate.mjs. */
export function tracing(serviceName, extraResource = {}) {
  const exporter = new InMemorySpanExporter();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, ...extraResource }),
    spanProcessors: [new SimpleSpanProcessor({ exporter })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  const instrumentation = new LangChainInstrumentation();
  instrumentation.setTracerProvider(provider);
  instrumentation.manuallyInstrument(CallbackManagerModule);
  const lines = [];
  return {
    /** Runs fn (one turn) with the end user set on the OpenInference context; collects its spans. */
    async turn({ userId } = {}, fn) {
      exporter.reset();
      const ctx = userId ? setUser(context.active(), { userId }) : context.active();
      const result = await context.with(ctx, fn);
      await new Promise((r) => setTimeout(r, 20));
      await provider.forceFlush();
      const spans = exporter.getFinishedSpans();
      lines.push(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans)));
      return result;
    },
    /** Writes every collected turn, one OTLP/JSON request per line. */
    write(file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, lines.join('\n') + '\n');
    },
  };
}

const approxTokens = (messages) => Math.max(12, Math.round(messages.map((m) =>
  typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).join(' ').length / 3.7));

/**
 * A chat model that answers from a script. Each reply is either
 *   { content: '...', tool_calls: [{ name, args, id? }] }
 * or a function (messages) => such an object. Tools bound with bindTools are reported in the
 * invocation params the way ChatOpenAI reports them (OpenAI tool definitions).
 */
export class ScriptedChatModel extends BaseChatModel {
  constructor({ model = 'gpt-4o-mini-2024-07-18', replies, temperature = 0 }) {
    super({});
    this.model = model;
    this.replies = replies;
    this.temperature = temperature;
    this.state = { n: 0 };
    this.tools = [];
  }
  _llmType() { return 'openai'; }
  static lc_name() { return 'ChatOpenAI'; }
  bindTools(tools) {
    const bound = new ScriptedChatModel({ model: this.model, replies: this.replies, temperature: this.temperature });
    bound.state = this.state;
    bound.tools = tools.map((t) => (t.type === 'function' && t.function ? t : convertToOpenAITool(t)));
    return bound;
  }
  invocationParams() {
    const p = { model: this.model, temperature: this.temperature, stream: false };
    if (this.tools.length) { p.tools = this.tools; p.tool_choice = 'auto'; p.parallel_tool_calls = false; }
    return p;
  }
  async _generate(messages) {
    let reply = this.replies[this.state.n++];
    if (reply === undefined) throw new Error(`script exhausted after ${this.state.n - 1} replies`);
    if (typeof reply === 'function') reply = reply(messages);
    const toolCalls = (reply.tool_calls ?? []).map((c) => ({ id: c.id ?? callId(this.model + c.name), name: c.name, args: c.args, type: 'tool_call' }));
    const raw = toolCalls.map((c) => ({ id: c.id, type: 'function',
      function: { name: c.name, arguments: typeof c.rawArguments === 'string' ? c.rawArguments : JSON.stringify(c.args) } }));
    const input = approxTokens(messages) + this.tools.length * 60;
    const output = Math.max(8, Math.round(((reply.content ?? '').length + JSON.stringify(raw).length * (raw.length ? 1 : 0)) / 3.7));
    const finish = toolCalls.length ? 'tool_calls' : 'stop';
    const message = new AIMessage({
      content: reply.content ?? '',
      tool_calls: toolCalls,
      additional_kwargs: raw.length ? { tool_calls: raw } : {},
      response_metadata: { model_name: this.model, finish_reason: finish },
      usage_metadata: { input_tokens: input, output_tokens: output, total_tokens: input + output },
    });
    return { generations: [{ text: reply.content ?? '', message, generationInfo: { finish_reason: finish } }],
      llmOutput: { tokenUsage: { promptTokens: input, completionTokens: output, totalTokens: input + output } } };
  }
}

/** A retriever over a fixed result function (query) => [{ pageContent, metadata }] (may throw). */
class VectorStoreRetriever extends BaseRetriever {
  static lc_name() { return 'VectorStoreRetriever'; }
  constructor({ results }) {
    super({});
    this.results = results;
  }
  get lc_namespace() { return ['langchain_core', 'vectorstores']; }
  async _getRelevantDocuments(query) {
    const docs = await this.results(query);
    return docs.map((d) => new Document(d));
  }
}
export { VectorStoreRetriever as ScriptedRetriever };

/**
 * The usual LangGraph tool-calling loop: an "agent" node calling the model with the bound tools and
 * a prebuilt ToolNode "tools" (tool errors come back to the model as ToolMessages, as ToolNode does
 * by default). `prepare(messages)` may rewrite what the model sees (system prompt, trimming).
 * `modelTools` are the tool definitions given to the model when they differ from the executors.
 */
export async function reactGraph({ model, tools, modelTools, prepare = (m) => m, checkpointer, name = 'LangGraph', toolNode }) {
  const { StateGraph, MessagesAnnotation, START, END } = await import('@langchain/langgraph');
  const { ToolNode } = await import('@langchain/langgraph/prebuilt');
  const bound = model.bindTools(modelTools ?? tools);
  const callModel = async (state) => ({ messages: [await bound.invoke(await prepare(state.messages))] });
  const route = (state) => (state.messages[state.messages.length - 1].tool_calls?.length ? 'tools' : END);
  return new StateGraph(MessagesAnnotation)
    .addNode('agent', callModel)
    .addNode('tools', toolNode ?? new ToolNode(tools))
    .addEdge(START, 'agent').addConditionalEdges('agent', route, ['tools', END]).addEdge('tools', 'agent')
    .compile({ checkpointer, name });
}

/** Imports a package installed in this harness (incident scripts live outside its node_modules). */
export const load = (specifier) => import(specifier);

/** Writes a file next to the calling generate.mjs. */
export function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
