// On-call assistant (LangGraph.js + OpenInference): post-deploy canary check for checkout-api.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('oncall-copilot', { 'deployment.environment': 'ops' });

let metricsCalls = 0;
const canaryMetrics = tool(async ({ service, release, window_minutes }) => {
  metricsCalls++;
  if (metricsCalls === 1) throw new Error('PromQL query failed: 503 Service Unavailable from thanos-query.monitoring.svc:10902 (store gateway restarting)');
  return JSON.stringify({ service, release, window_minutes, canary: { requests: 18422, http_5xx_ratio: 0.0041, p99_ms: 412 },
    baseline: { requests: 171930, http_5xx_ratio: 0.0038, p99_ms: 398 } });
}, {
  name: 'canary_metrics',
  description: 'Error ratio and latency for canary vs. baseline pods of a release.',
  schema: z.object({ service: z.string(), release: z.string(), window_minutes: z.number().int() }),
});
const openAlerts = tool(async ({ service }) => JSON.stringify({ service, firing: [], silenced: 0, checked_at: '2025-02-19T14:37:05Z' }), {
  name: 'open_alerts',
  description: 'Alertmanager alerts currently firing for a service.',
  schema: z.object({ service: z.string() }),
});
const rollback = tool(async ({ service, to_release }) => `rollback of ${service} to ${to_release} started`, {
  name: 'rollback_release',
  description: 'Rolls a service back to a previous release (pages the release manager).',
  schema: z.object({ service: z.string(), to_release: z.string() }),
});

const model = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'canary_metrics', args: { service: 'checkout-api', release: 'r2025.02.19-3', window_minutes: 30 } }] },
    { content: 'The metrics backend returned a 503; retrying the same query.', tool_calls: [{ name: 'canary_metrics', args: { service: 'checkout-api', release: 'r2025.02.19-3', window_minutes: 30 } }] },
    { content: '', tool_calls: [{ name: 'open_alerts', args: { service: 'checkout-api' } }] },
    { content: 'No rollback needed for checkout-api r2025.02.19-3. Over the last 30 min the canary shows a 5xx ratio of 0.41% vs 0.38% on baseline and p99 412 ms vs 398 ms, both well inside the 2% / +20% rollback thresholds, and no alerts are firing. '
      + '(The first metrics query hit a 503 from Thanos while the store gateway restarted; the retry succeeded.) I recommend promoting the canary to 100%.' },
  ],
});

const app = await reactGraph({
  model, tools: [canaryMetrics, openAlerts, rollback], name: 'oncall_copilot',
  prepare: (m) => [new SystemMessage('You are the on-call copilot. Roll back only if the canary 5xx ratio exceeds 2% or p99 regresses by more than 20% against baseline.'), ...m],
});

await t.turn({ userId: 'sre.jkowalski' }, () => app.invoke(
  { messages: [new HumanMessage('checkout-api r2025.02.19-3 has been on canary for 30 min. Do we need to roll back?')] },
  { metadata: { thread_id: 'INC-2025-0219-canary-7c1e' }, runName: 'oncall_copilot' }));

t.write(path.join(here, 'traces.jsonl'));
