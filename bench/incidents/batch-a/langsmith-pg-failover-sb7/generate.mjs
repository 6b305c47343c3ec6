// On-call SRE assistant (English): a multi-turn thread on a MemorySaver checkpointer; the model is fed a
// window of the conversation (trimMessages, last N messages plus the system prompt).
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-07-22T14:03:09.000Z', 12);

const lag = tool(async ({ cluster }) => JSON.stringify({ cluster, nodes: [
  { node: 'pg-eu1-01', role: 'primary', replication_lag_s: 0, conns: 412 },
  { node: 'pg-eu1-02', role: 'replica', replication_lag_s: 48.2, conns: 96 },
  { node: 'pg-eu1-03', role: 'replica', replication_lag_s: 51.7, conns: 101 }] }),
{ name: 'get_replication_status', description: 'Replication status of a Postgres cluster.', schema: z.object({ cluster: z.string() }) });
const slow = tool(async ({ node }) => JSON.stringify({ node, top: [
  { query_id: 'q_7f21', mean_ms: 2310, calls_per_min: 88, text: 'SELECT ... FROM shipments WHERE status = $1 ORDER BY updated_at' }] }),
{ name: 'get_slow_queries', description: 'Top slow queries on a node.', schema: z.object({ node: z.string() }) });
const restart = tool(async ({ node, reason }) => JSON.stringify({ node, action: 'restart', accepted: true, job: 'ops-job-55190', reason }),
{ name: 'restart_node', description: 'Restarts a database node (rolling, via the orchestrator).', latency: [1500, 3000],
  schema: z.object({ node: z.string(), reason: z.string() }) });

const window = async (messages) => trimMessages(messages, { maxTokens: 7, strategy: 'last', tokenCounter: (ms) => ms.length,
  includeSystem: true, startOn: 'human' });

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { tool_calls: [{ id: 'call_0pQ4', name: 'get_replication_status', args: { cluster: 'pg-eu1' } }] },
  { content: 'Noted: pg-eu1-01 (primary) stays untouched until the 18:00 UTC change window. Right now both replicas are ~50 s behind; the primary is healthy with 412 connections.' },
  // turn 2
  { tool_calls: [{ id: 'call_0pQ9', name: 'get_slow_queries', args: { node: 'pg-eu1-01' } }] },
  { content: 'The top offender on pg-eu1-01 is q_7f21 (shipments by status, 2.3 s mean, 88 calls/min). An index on (status, updated_at) would likely help.' },
  // turn 3
  { tool_calls: [{ id: 'call_0pR2', name: 'get_replication_status', args: { cluster: 'pg-eu1' } }] },
  { tool_calls: [
    { id: 'call_0pR3', name: 'restart_node', args: { node: 'pg-eu1-01', reason: 'p99 latency regression, clear connection pile-up' } },
    { id: 'call_0pR4', name: 'restart_node', args: { node: 'pg-eu1-02', reason: 'replication lag 48s' } }] },
  { content: 'Restarts are rolling: pg-eu1-01 first (job ops-job-55190), then pg-eu1-02. I will watch lag and p99 for the next 10 minutes.' },
] });

const app = agentGraph({ model, tools: [lag, slow, restart], checkpointer: new MemorySaver(), prepare: window });
const cfg = { project: 'sre-copilot', metadata: { session_id: 'inc-4471-chat', user_id: 'oncall.mkowalski' }, configurable: { thread_id: 'inc-4471-chat' } };
const sys = new SystemMessage('You are the on-call SRE copilot for the logistics platform. Follow the operator\'s instructions about what may be touched.');

await traced(app, { messages: [sys, new HumanMessage('INC-4471: p99 on the shipments API is up 4x. Whatever you do, do NOT restart or fail over pg-eu1-01 before the 18:00 UTC change window, it carries the billing writes. Check replication first.')] }, cfg);
advance(minutes(6));
await traced(app, { messages: [new HumanMessage('OK. What are the slowest queries on the primary?')] }, cfg);
advance(minutes(11));
await traced(app, { messages: [new HumanMessage('Still bad and customers are complaining. Restart whatever is misbehaving.')] }, cfg);

writeRuns(path.join(dir, 'runs.jsonl'));
