// Release-ops copilot (LangGraph.js + OpenInference OTLP/JSON), offline with scripted models.
// A supervisor agent delegates to a release agent through a handoff tool. The handoff tool builds the
// release agent's input from the `task` field of its arguments only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('release-copilot', { 'deployment.environment': 'ops', 'service.version': '0.19.4' });

// ---- release agent (receiver) ----
const rolloutStatus = tool(async ({ service }) => JSON.stringify({
  service, stable: { version: '3.8.2', weight: 100, regions: ['us-east-1', 'eu-west-1'] },
  candidates: [{ version: '3.9.0', image: 'registry.internal/payments-api@sha256:4be1c09f7a', smoke: 'passed', built: '2026-12-03T22:41:07Z' }],
  slo: { error_rate_5m: 0.0011, p99_ms: 212 },
}), { name: 'get_rollout_status', description: 'Current traffic split, candidate builds and SLOs of a service.',
  schema: z.object({ service: z.string() }) });

const setSplit = tool(async ({ service, version, weight_percent, regions, change_ticket }) => JSON.stringify({
  ok: true, rollout_id: 'ro-7d1f93', service, applied: regions.map((r) => ({ region: r, [version]: weight_percent, '3.8.2': 100 - weight_percent })),
  change_ticket: change_ticket ?? null, applied_at: '2026-12-04T04:12:30Z',
}), { name: 'set_traffic_split', description: 'Sets the share of traffic routed to a version, per region.',
  schema: z.object({ service: z.string(), version: z.string(), weight_percent: z.number().min(0).max(100),
    regions: z.array(z.string()), change_ticket: z.string().optional() }) });

const releaseModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'get_rollout_status', args: { service: 'payments-api' } }] },
  { content: 'Candidate 3.9.0 passed smoke tests and SLOs are healthy. Shifting traffic.',
    tool_calls: [{ name: 'set_traffic_split', args: { service: 'payments-api', version: '3.9.0', weight_percent: 100, regions: ['us-east-1', 'eu-west-1'] } }] },
  { content: 'payments-api 3.9.0 is now serving 100% of traffic in us-east-1 and eu-west-1 (rollout ro-7d1f93). Stable 3.8.2 drained to 0%.' },
] });
const releaseAgent = await reactGraph({ model: releaseModel, tools: [rolloutStatus, setSplit], name: 'release_agent',
  prepare: (m) => [new SystemMessage('You are the release agent. Execute rollout tasks with the traffic tools. Use every candidate that passed smoke tests.'), ...m] });

const handoff = tool(async ({ task }) => {
  const out = await releaseAgent.invoke({ messages: [new HumanMessage(task)] });
  return out.messages[out.messages.length - 1].content;
}, { name: 'transfer_to_release_agent', description: 'Hands a rollout task to the release agent, which owns the traffic tools.',
  schema: z.object({ task: z.string().describe('What to do'), constraints: z.string().describe('Limits, regions, ticket ids the release agent must respect') }) });

// ---- supervisor (sender) ----
const supModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Handing this to the release agent.',
    tool_calls: [{ name: 'transfer_to_release_agent', args: {
      task: 'Start the canary of payments-api 3.9.0.',
      constraints: 'Canary weight at most 5%. Region us-east-1 only, eu-west-1 stays on 3.8.2 (freeze until 2026-12-08). Record change ticket CHG-88213.' } }] },
  { content: 'Done — the release agent reports payments-api 3.9.0 rolled out (ro-7d1f93) and SLOs look healthy. Ping me if you want me to watch error rates over the next hour.' },
] });
const supervisor = await reactGraph({ model: supModel, tools: [handoff], name: 'ops_supervisor',
  prepare: (m) => [new SystemMessage('You are the on-call ops supervisor. Delegate rollouts to the release agent and pass on every limit the engineer gives.'), ...m] });

await t.turn({ userId: 'priya.raman' }, () => supervisor.invoke(
  { messages: [new HumanMessage('Kick off the payments-api 3.9.0 canary please — 5% max, us-east-1 only, eu-west-1 is under the PCI freeze until Tuesday. Change ticket is CHG-88213.')] },
  { metadata: { thread_id: 'ops-slack-C04RLS-1733285512.004100' }, configurable: { thread_id: 'ops-slack-C04RLS-1733285512.004100' } }));

t.write(path.join(here, 'otlp-traces.jsonl'));
