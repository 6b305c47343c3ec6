// On-call devops agent (English): decide whether to roll back a canary deployment.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('oncall-copilot', { 'k8s.cluster.name': 'prod-use1-b' });

let metricsCalls = 0;
const canaryMetrics = tool(async ({ service, revision, window_minutes }) => {
  metricsCalls += 1;
  if (metricsCalls === 1) throw new Error('prometheus-query-frontend returned 503 Service Unavailable: too many outstanding requests (retry-after: 2s)');
  return JSON.stringify({ service, revision, window_minutes, requests: 48211, error_rate_5xx: 0.0614,
    baseline_error_rate_5xx: 0.0021, p99_latency_ms: 2380, baseline_p99_latency_ms: 410 });
}, {
  name: 'get_canary_metrics', description: 'Error rate and latency of a canary revision vs. the stable baseline.',
  schema: z.object({ service: z.string(), revision: z.string(), window_minutes: z.number().int() }),
});

const rollback = tool(async ({ service, to_revision, reason }) => JSON.stringify({
  service, to_revision, status: 'rolled_back', traffic: { [to_revision]: 100 }, change_id: 'CHG0047731', reason,
}), {
  name: 'rollback_deployment', description: 'Shifts 100% traffic back to a stable revision.',
  schema: z.object({ service: z.string(), to_revision: z.string(), reason: z.string() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { content: '', tool_calls: [{ name: 'get_canary_metrics', args: { service: 'checkout-api', revision: 'checkout-api-00231-xq7', window_minutes: 15 } }] },
  { content: 'The metrics backend is rate-limiting (503); retrying the query.', tool_calls: [{ name: 'get_canary_metrics', args: { service: 'checkout-api', revision: 'checkout-api-00231-xq7', window_minutes: 15 } }] },
  { content: '', tool_calls: [{ name: 'rollback_deployment', args: { service: 'checkout-api', to_revision: 'checkout-api-00229-m2d', reason: 'canary 00231: 5xx 6.14% vs 0.21% baseline, p99 2380 ms vs 410 ms over 15 min' } }] },
  { content: 'Rolled back checkout-api to checkout-api-00229-m2d (change CHG0047731). The first metrics query hit a 503 from Prometheus; the retry succeeded and showed the canary 00231 at 6.14% 5xx vs 0.21% baseline and p99 2380 ms vs 410 ms over the last 15 minutes (48,211 requests). Stable revision now takes 100% of traffic.' },
] });

const app = await reactGraph({ model, tools: [canaryMetrics, rollback] });
await t.turn({ userId: 'sre-oncall@payfleet.io' }, () => app.invoke({ messages: [
  new SystemMessage('You are the on-call copilot. Roll back a canary only when its metrics are clearly worse than baseline. Never act on missing data.'),
  new HumanMessage('PagerDuty fired for checkout-api after the 00231 canary went out. Check it and roll back if it is bad; stable is 00229-m2d.'),
] }, { metadata: { session_id: '01JCK8Q4ZP3V7W2D9N6R5T0YHB' }, configurable: { thread_id: '01JCK8Q4ZP3V7W2D9N6R5T0YHB' } }));
t.write(path.join(here, 'traces.jsonl'));
