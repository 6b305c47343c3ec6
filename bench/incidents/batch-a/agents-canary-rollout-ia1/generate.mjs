// Release-manager agent (English, devops). The metrics gateway fails once (HTTP 503), the agent retries the
// same query, gets real numbers and promotes the canary.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const metrics = tool({
  name: 'get_canary_metrics', description: 'Error rate and latency of a canary release over a window.',
  parameters: z.object({ service: z.string(), release: z.string(), window: z.string() }),
  execute: async ({ service, release, window }) => {
    if (calls++ === 0) throw new Error('metrics-gateway returned HTTP 503: prometheus query timed out after 10s');
    return JSON.stringify({ service, release, window, requests: 48213, errors_5xx: 0, error_rate: 0.0, p50_ms: 41, p99_ms: 212, baseline_p99_ms: 219 });
  },
});
const promote = tool({
  name: 'promote_canary', description: 'Shift traffic to a canary release.',
  parameters: z.object({ service: z.string(), release: z.string(), percent: z.number() }),
  execute: async ({ service, release, percent }) => JSON.stringify({ service, release, traffic_percent: percent, status: 'promoted', change_id: 'chg_01HZX4M2Q9' }),
});

const args = { service: 'checkout-api', release: 'r2026.02.14-3', window: '15m' };
const m = scriptedModel([
  { tool_calls: [{ name: 'get_canary_metrics', args }] },
  { content: 'The metrics query errored; retrying the same query once.', tool_calls: [{ name: 'get_canary_metrics', args }] },
  { tool_calls: [{ name: 'promote_canary', args: { service: 'checkout-api', release: 'r2026.02.14-3', percent: 100 } }] },
  { content: 'The first metrics query errored, the retry succeeded: over the last 15m the canary r2026.02.14-3 served 48,213 requests with 0 5xx errors (0.0%), p99 212 ms vs 219 ms baseline. Promoted checkout-api to 100% (change chg_01HZX4M2Q9).' },
], { seed: 'canary' });

const agent = new Agent({
  name: 'ReleaseManager',
  instructions: 'You gate canary promotions. Promote only if the canary error rate is below 0.5% and p99 is within 10% of baseline, measured by a successful metrics query.',
  model: m, tools: [metrics, promote],
});
await new Runner({ groupId: 'rel-checkout-api-2026-02-14-3', workflowName: 'Canary gate', traceMetadata: { user_id: 'oncall:pkaur' } })
  .run(agent, 'Canary r2026.02.14-3 of checkout-api has been at 10% for 15 minutes. Check it and promote if healthy.');

writeTrace(here, 'trace.jsonl');
