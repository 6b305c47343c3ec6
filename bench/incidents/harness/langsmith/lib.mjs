// Shared harness for the LangSmith-run bench incidents.
//
// Real @langchain/langgraph + @langchain/core, offline: a scripted BaseChatModel answers from a list of
// replies (no network, no key), and core's LangChainTracer posts its runs through a langsmith Client
// whose createRun / updateRun are captured instead of sent. Each run's create and update payloads are
// merged into one run object (the fields a run export carries) and written one run per line, in
// dotted_order order, exactly as the generator in samples/generators/langchain does.
//
// A virtual clock replaces Date so that model and tool latencies and the gaps between the turns of a
// conversation look like a real deployment (and reruns are stable apart from the random run ids).
import fs from 'node:fs';
import path from 'node:path';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage } from '@langchain/core/messages';
import { tool as lcTool } from '@langchain/core/tools';
import { BaseRetriever } from '@langchain/core/retrievers';
import { LangChainTracer } from '@langchain/core/tracers/tracer_langchain';
import { StateGraph, MessagesAnnotation, START, END } from '@langchain/langgraph';
import { ToolNode } from '@langchain/langgraph/prebuilt';
import { Client } from 'langsmith';

// ---------------------------------------------------------------- virtual clock
const RealDate = Date;
let clockMs = RealDate.now();
let seed = 1;
export function rand() { // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
class VirtualDate extends RealDate {
  constructor(...args) { if (args.length === 0) super(clockMs); else super(...args); }
  static now() { clockMs += 1; return clockMs; }
}
globalThis.Date = VirtualDate;
/** Sets the virtual clock to an ISO time and seeds the latency generator. */
export function startClock(iso, rngSeed = 7) { clockMs = RealDate.parse(iso); seed = rngSeed; }
/** Moves the virtual clock forward by ms (or by a random amount between two bounds). */
export function advance(ms, maxMs) { clockMs += Math.round(maxMs === undefined ? ms : ms + rand() * (maxMs - ms)); }
export const minutes = (n) => n * 60_000;

// ---------------------------------------------------------------- scripted chat model
const roughTokens = (messages) => Math.max(1, Math.round(messages
  .map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length + 12)
  .reduce((a, b) => a + b, 0) / 3.8));

/**
 * A chat model that answers from a script: one reply per call, in order. A reply is
 * { content, tool_calls } or a function (messages) => reply.
 */
export class ScriptedChatModel extends BaseChatModel {
  constructor({ replies, model = 'gpt-4o-mini-2024-07-18', provider = 'openai', temperature = 0 }) {
    super({});
    this.replies = replies; this.n = 0; this.modelName = model; this.provider = provider; this.temperature = temperature;
  }
  _llmType() { return 'scripted'; }
  bindTools() { return this; }
  getLsParams(options) {
    return { ...super.getLsParams(options), ls_provider: this.provider, ls_model_name: this.modelName,
      ls_temperature: this.temperature };
  }
  async _generate(messages) {
    if (this.n >= this.replies.length) throw new Error(`script exhausted after ${this.n} model calls`);
    let reply = this.replies[this.n++];
    if (typeof reply === 'function') reply = reply(messages);
    const content = reply.content ?? '';
    const toolCalls = (reply.tool_calls ?? []).map((c) => ({ type: 'tool_call', ...c }));
    const input = roughTokens(messages);
    const output = Math.max(1, Math.round((content.length + JSON.stringify(toolCalls).length * 0.6) / 3.8));
    advance(450 + output * 18, 900 + output * 30);
    const message = new AIMessage({ content, tool_calls: toolCalls,
      response_metadata: { model_name: this.modelName, finish_reason: toolCalls.length ? 'tool_calls' : 'stop' },
      usage_metadata: { input_tokens: input, output_tokens: output, total_tokens: input + output } });
    return { generations: [{ text: content, message }], llmOutput: {} };
  }
}

// ---------------------------------------------------------------- tools and retrievers
/** A LangChain tool whose body also advances the virtual clock (a real call takes time). */
export function tool(fn, { latency = [80, 420], ...fields }) {
  return lcTool(async (args, config) => { advance(latency[0], latency[1]); return fn(args, config); }, fields);
}

/** A retriever over a function (query) => [Document]. */
export class FnRetriever extends BaseRetriever {
  lc_namespace = ['bench', 'retrievers'];
  constructor({ name, search, latency = [60, 240] }) { super({}); this.name = name; this.search = search; this.latency = latency; }
  invoke(query, config) { return super.invoke(query, { ...(config ?? {}), runName: config?.runName ?? this.name }); }
  async _getRelevantDocuments(query) { advance(this.latency[0], this.latency[1]); return this.search(query); }
}

// ---------------------------------------------------------------- capture of LangSmith runs
const runs = new Map();
class CapturingClient extends Client {
  async createRun(run) { runs.set(run.id, { ...run }); }
  async updateRun(id, update) { runs.set(id, { ...(runs.get(id) ?? { id }), ...update }); }
  async batchIngestRuns({ runCreates = [], runUpdates = [] } = {}) {
    for (const r of runCreates) await this.createRun(r);
    for (const r of runUpdates) await this.updateRun(r.id, r);
  }
}
const client = new CapturingClient({ apiKey: 'lsv2-bench-not-a-key', apiUrl: 'http://bench.invalid', autoBatchTracing: false });

/** A fresh tracer for one invocation, posting into the captured client. */
export function tracer(projectName) { return new LangChainTracer({ client, projectName }); }

/** Invokes a runnable with a tracer and returns its result; runs accumulate until writeRuns. */
export async function traced(runnable, input, { project, metadata = {}, configurable = {}, tags, runName } = {}) {
  const t = tracer(project);
  const out = await runnable.invoke(input, { callbacks: [t], metadata, configurable, tags, runName });
  await t.awaitPendingTraceBatches?.();
  return out;
}

/** Writes all captured runs (one per line, dotted_order order) and clears the capture. */
export function writeRuns(file) {
  const ordered = [...runs.values()].sort((a, b) => (a.dotted_order < b.dotted_order ? -1 : 1));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Stack traces in tool errors name source files; write them as the deployed app's paths so the
  // artifact does not depend on where the checkout sits.
  const text = ordered.map((r) => JSON.stringify(r)).join('\n') + '\n';
  fs.writeFileSync(file, text
    .replace(/file:\/\/[^\s"]*?\/bench\/incidents\/[^\s"/]+\/[^\s"/]+\/generate\.mjs/g, 'file:///srv/app/src/agent.mjs')
    .replace(/file:\/\/[^\s"]*?\/bench\/incidents\/harness\/langsmith\//g, 'file:///srv/app/'));
  runs.clear();
  return ordered;
}

// ---------------------------------------------------------------- the usual tool-calling agent graph
/**
 * agent <-> tools loop (StateGraph over MessagesAnnotation, prebuilt ToolNode).
 * prepare(messages, config) may rewrite what the model sees (e.g. trimming); checkpointer is optional.
 */
export function agentGraph({ model, tools, checkpointer, prepare, agentNode = 'agent', toolsNode = 'tools', name }) {
  const callModel = async (state, config) => {
    const seen = prepare ? await prepare(state.messages, config) : state.messages;
    return { messages: [await model.invoke(seen, config)] };
  };
  const route = (state) => (state.messages[state.messages.length - 1].tool_calls?.length ? toolsNode : END);
  const g = new StateGraph(MessagesAnnotation).addNode(agentNode, callModel).addNode(toolsNode, new ToolNode(tools))
    .addEdge(START, agentNode).addConditionalEdges(agentNode, route, [toolsNode, END]).addEdge(toolsNode, agentNode)
    .compile({ checkpointer, name });
  return g;
}

/** Directory of the calling generate.mjs (import.meta.url -> folder). */
export function here(metaUrl) { return path.dirname(new URL(metaUrl).pathname); }

// Re-exports, so that incident scripts outside this folder use the harness's installed packages.
export { AIMessage, HumanMessage, SystemMessage, ToolMessage, trimMessages } from '@langchain/core/messages';
export { Document } from '@langchain/core/documents';
export { RunnableLambda } from '@langchain/core/runnables';
export { StateGraph, MessagesAnnotation, Annotation, MemorySaver, START, END, Command } from '@langchain/langgraph';
export { ToolNode } from '@langchain/langgraph/prebuilt';
export { z } from 'zod';
