// Release bot (English, devops). The first metrics query times out, the bot retries the same query,
// gets real numbers (including legitimate zeros) and promotes the canary. Scripted fake model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const metrics = tool({
  name: 'fetch_canary_metrics', description: 'Query Prometheus for canary health over a window.',
  parameters: z.object({ service: z.string(), release: z.string(), window: z.string() }),
  execute: async ({ service, release, window }) => {
    if (calls++ === 0) throw new Error('prometheus query failed: context deadline exceeded (timeout 10s) at thanos-query.mon.svc:10902');
    return JSON.stringify({ service, release, window, canary_pct: 10, requests: 48213, error_rate_pct: 0.12, baseline_error_rate_pct: 0.15, p99_ms: 412, baseline_p99_ms: 430, failed_pods: 0, restarts: 0 });
  },
});
const promote = tool({
  name: 'promote_release', description: 'Shift traffic for a release.',
  parameters: z.object({ service: z.string(), release: z.string(), to_pct: z.number() }),
  execute: async ({ service, release, to_pct }) => JSON.stringify({ service, release, traffic_pct: to_pct, status: 'promoted', rollout_id: 'ro-7f31c9' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'fetch_canary_metrics', args: { service: 'checkout-api', release: 'r2026.02.19-3', window: '15m' } }] },
  { content: 'The metrics query failed; retrying the same query before deciding anything.', tool_calls: [{ name: 'fetch_canary_metrics', args: { service: 'checkout-api', release: 'r2026.02.19-3', window: '15m' } }] },
  { tool_calls: [{ name: 'promote_release', args: { service: 'checkout-api', release: 'r2026.02.19-3', to_pct: 100 } }] },
  { content: 'Canary r2026.02.19-3 of checkout-api looked healthy over 15m after a retried query: 0.12% errors (baseline 0.15%), p99 412 ms (baseline 430 ms), 0 failed pods, 0 restarts across 48,213 requests. Promoted to 100% (rollout ro-7f31c9).' },
], { seed: 'canary-ta6' });

const agent = new Agent({
  name: 'release-bot', model: m, tools: [metrics, promote],
  instructions: 'You gate canary promotions. Promote only if canary error rate and p99 are not worse than baseline and no pod failed. Never decide on missing metrics.',
});
await new Runner({ groupId: 'deploy/checkout-api/r2026.02.19-3', workflowName: 'canary-gate', traceMetadata: { user_id: 'svc-deploybot' } })
  .run(agent, 'Canary for checkout-api r2026.02.19-3 has been at 10% for 15 minutes. Evaluate and promote if healthy.');

writeTrace(here, 'trace.jsonl');
