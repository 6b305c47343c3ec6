// Release assistant (English) in a Slack release thread. The first metrics query hits a metrics
// gateway that is restarting; the assistant retries and continues on the real answer.
// Run from the repository root: node bench/incidents/batch-a/agents-payments-canary-promote-v1/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const asText = (ctx, err) => `Error: ${err.message}`;

let metricsCalls = 0;
const getCanaryMetrics = tool({
  name: 'get_canary_metrics',
  description: 'Compare canary and baseline metrics for a rollout over a time window.',
  parameters: z.object({ service: z.string(), rollout_id: z.string(), window_minutes: z.number().int() }),
  errorFunction: asText,
  execute: async ({ service, rollout_id, window_minutes }) => {
    metricsCalls++;
    if (metricsCalls === 1) {
      throw new Error('502 Bad Gateway: metrics-gw.prod-eu1 upstream thanos-query-2 not ready (connection refused)');
    }
    return JSON.stringify({
      service, rollout_id, window_minutes, canary_weight_pct: 10,
      canary: { requests: 184220, error_rate_pct: 0.21, p50_ms: 41, p99_ms: 312, saturation_cpu_pct: 48 },
      baseline: { requests: 1659034, error_rate_pct: 0.24, p50_ms: 43, p99_ms: 327, saturation_cpu_pct: 51 },
      verdict_inputs: { max_error_rate_delta_pct: 0.1, max_p99_delta_ms: 50 },
    });
  },
});

const listFiringAlerts = tool({
  name: 'list_firing_alerts',
  description: 'List alerts currently firing for a service.',
  parameters: z.object({ service: z.string(), env: z.string() }),
  errorFunction: asText,
  execute: async ({ service, env }) => JSON.stringify({ service, env, firing: [], pending: [], rules_evaluated: 37, evaluated_at: '2026-01-14T10:42:08Z' }),
});

const getErrorBudget = tool({
  name: 'get_error_budget',
  description: 'Remaining SLO error budget for a service in the current 28-day window.',
  parameters: z.object({ service: z.string() }),
  errorFunction: asText,
  execute: async ({ service }) => JSON.stringify({ service, slo: '99.9% availability', window: '28d', budget_remaining_pct: 63.4, burn_rate_1h: 0.7 }),
});

const promoteCanary = tool({
  name: 'promote_canary',
  description: 'Promote a canary rollout to the next traffic step (or to 100%).',
  parameters: z.object({ rollout_id: z.string(), target_weight_pct: z.number().int(), reason: z.string() }),
  errorFunction: asText,
  execute: async ({ rollout_id, target_weight_pct }) => JSON.stringify({ rollout_id, previous_weight_pct: 10, weight_pct: target_weight_pct, status: 'progressing', next_analysis_at: '2026-01-14T11:00:00Z' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'get_canary_metrics', args: { service: 'payments-api', rollout_id: 'ro-payments-api-v2.14.3-7c1d', window_minutes: 30 } }] },
  { tool_calls: [{ name: 'get_canary_metrics', args: { service: 'payments-api', rollout_id: 'ro-payments-api-v2.14.3-7c1d', window_minutes: 30 } }] },
  { tool_calls: [
    { name: 'list_firing_alerts', args: { service: 'payments-api', env: 'prod-eu1' } },
    { name: 'get_error_budget', args: { service: 'payments-api' } },
  ] },
  { content: 'Canary for payments-api v2.14.3 (10% weight, last 30 min) looks healthy:\n• error rate 0.21% vs 0.24% baseline\n• p99 312 ms vs 327 ms baseline\n• no alerts firing or pending (37 rules evaluated at 10:42 UTC)\n• error budget 63.4% remaining, 1h burn rate 0.7\nThe first metrics query failed with a 502 from the metrics gateway; the retry went through, numbers above are from the retry. Want me to promote to 50%?' },
  { tool_calls: [{ name: 'promote_canary', args: { rollout_id: 'ro-payments-api-v2.14.3-7c1d', target_weight_pct: 50, reason: 'canary within thresholds over 30 min (err 0.21% vs 0.24%, p99 312 vs 327 ms), no firing alerts, approved by @dana.okafor' } }] },
  { content: 'Promoted ro-payments-api-v2.14.3-7c1d from 10% to 50%. Status: progressing; next automated analysis at 11:00 UTC. I\'ll post the result here.' },
], { seed: 'payments-canary' });

const agent = new Agent({
  name: 'release-bot',
  instructions: 'You are the release assistant for the payments platform team. Before promoting a canary you must check canary vs baseline metrics, firing alerts and the error budget, and you must get explicit approval from a human in the thread.',
  model, tools: [getCanaryMetrics, listFiringAlerts, getErrorBudget, promoteCanary],
});

const runner = new Runner({
  groupId: 'slack:C04QX7RLS2B:1768386001.339209',
  workflowName: 'release-thread',
  traceMetadata: { user_id: 'U02DANAOKF', team: 'payments-platform' },
});

let r = await runner.run(agent, 'how is the payments-api v2.14.3 canary doing? ro-payments-api-v2.14.3-7c1d');
await runner.run(agent, [...r.history, { role: 'user', content: 'lgtm, go to 50%' }]);

writeTrace(here, 'trace.jsonl');
