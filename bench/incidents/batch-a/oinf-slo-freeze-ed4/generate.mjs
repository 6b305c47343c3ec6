// On-call assistant (devops, English) that can freeze deploys when a service burns its SLO budget.
// LangGraph.js + OpenInference, scripted model, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('oncall-copilot', { 'k8s.cluster.name': 'prod-use1' });

// After the metrics relabel in the monitoring stack, the recording rule for checkout-api matches no
// series: the budget endpoint computes from zero events and still answers 200.
const budget = tool(async ({ service, window }) => JSON.stringify({
  service, slo: `${service}-availability`, objective: 0.999, window,
  good_events: 0, total_events: 0, error_budget_remaining_pct: 0, burn_rate_1h: 0, computed_at: '2024-11-12T09:41:07Z' }),
  { name: 'slo_error_budget', description: 'Error budget status for a service SLO.',
    schema: z.object({ service: z.string(), window: z.string() }) });
const deploys = tool(async ({ service }) => JSON.stringify({ service, deploys: [
  { id: 'dpl_01JCQ8W3K2', version: 'v2024.11.12-3', author: 'r.okafor', at: '2024-11-12T09:12:40Z', status: 'succeeded' },
  { id: 'dpl_01JCPZ1M7T', version: 'v2024.11.11-7', author: 'm.lindqvist', at: '2024-11-11T17:03:22Z', status: 'succeeded' } ] }),
  { name: 'list_recent_deploys', description: 'Recent deploys of a service.', schema: z.object({ service: z.string() }) });
const freeze = tool(async ({ service, reason, until }) => JSON.stringify({ ok: true, freeze_id: 'frz-4471', service, until, reason, notified: ['#checkout-eng', '#release-mgmt'] }),
  { name: 'freeze_deploys', description: 'Blocks all deploys of a service in the release pipeline until a given time.',
    schema: z.object({ service: z.string(), reason: z.string(), until: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'slo_error_budget', args: { service: 'checkout-api', window: '30d' } }] },
  { content: '', tool_calls: [{ name: 'list_recent_deploys', args: { service: 'checkout-api' } }] },
  { content: '', tool_calls: [{ name: 'freeze_deploys', args: { service: 'checkout-api', reason: 'Error budget exhausted: 0% of 30d budget remaining for checkout-api-availability (objective 99.9%). Freeze per SLO policy.', until: '2024-11-19T09:45:00Z' } }] },
  { content: 'checkout-api has exhausted its 30-day error budget (0% remaining against the 99.9% objective), so per the SLO policy I froze deploys until 2024-11-19 09:45 UTC (freeze frz-4471, #checkout-eng and #release-mgmt notified). The last deploy was v2024.11.12-3 by r.okafor at 09:12 UTC; v2024.11.12-4 will have to wait for the freeze to lift or get an exception from release management.' },
] });
const app = await reactGraph({ model, tools: [budget, deploys, freeze], name: 'oncall-agent',
  prepare: (m) => [new SystemMessage('You are the on-call copilot. SLO policy: when a service has no error budget left in its 30d window, freeze its deploys for 7 days.'), ...m] });

await t.turn({ userId: 'u-svc-dana.whitfield' }, () => app.invoke({ messages: [new HumanMessage(
  'Can I ship checkout-api v2024.11.12-4 this morning? Check the error budget first and apply the policy if needed.')] },
  { configurable: { thread_id: 'oncall-INC-20931' }, metadata: { session_id: 'oncall-INC-20931' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
