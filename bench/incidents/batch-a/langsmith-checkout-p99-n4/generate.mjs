// On-call assistant for the payments platform: metrics, deploy history and rollbacks through the
// platform API. One Slack thread with the on-call engineer. Runs captured with LangChainTracer.
import path from 'node:path';
import {
  ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, MemorySaver, z,
} from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-11-20T14:19:33Z', 2718);

let q = 0;
const metrics = tool(({ service, metric, range, step }) => {
  q++;
  if (q === 1) {
    advance(30000, 30400);
    throw new Error(`PromQL query timed out after 30s (prom-eu-west-1): histogram_quantile(0.99, sum by (le) (rate(http_server_duration_seconds_bucket{service="${service}"}[1m]))) over ${range} at step ${step ?? '15s'}`);
  }
  if (q === 2) return JSON.stringify({ service, metric, range, step, unit: 'ms', series: [
    { window: '13:35-14:00', p99: 212, p50: 41, rps: 388, errors_5xx_per_min: 0 },
    { window: '14:00-14:03', p99: 236, p50: 43, rps: 391, errors_5xx_per_min: 0 },
    { window: '14:03-14:10', p99: 1710, p50: 96, rps: 402, errors_5xx_per_min: 4 },
    { window: '14:10-14:20', p99: 1846, p50: 102, rps: 396, errors_5xx_per_min: 6 },
  ] });
  return JSON.stringify({ service, metric, range, step, unit: 'ms', series: [
    { window: '14:21-14:24', p99: 1412, p50: 77, rps: 390, errors_5xx_per_min: 2 },
    { window: '14:24-14:31', p99: 231, p50: 42, rps: 385, errors_5xx_per_min: 0 },
  ] });
}, { name: 'query_metrics', description: 'Run a latency/error query against Prometheus for a service.',
  schema: z.object({ service: z.string(), metric: z.enum(['latency', 'errors']), range: z.string(), step: z.string().optional() }), latency: [700, 2100] });

const deploys = tool(({ service }) => JSON.stringify({ service, deploys: [
  { id: 'dep-7731', version: 'v2025.11.20-1', started: '2025-11-20T14:00:12Z', finished: '2025-11-20T14:02:58Z', by: 'ci-bot (merge !4182)',
    change: 'payment-gw client: switch to pooled HTTP/2 connections (max_streams=32)', status: 'succeeded' },
  { id: 'dep-7704', version: 'v2025.11.19-3', started: '2025-11-19T16:41:05Z', finished: '2025-11-19T16:43:40Z', by: 'ci-bot (merge !4177)',
    change: 'i18n: add pt-BR receipts', status: 'succeeded' },
] }), { name: 'list_deploys', description: 'Recent deployments of a service.', schema: z.object({ service: z.string(), limit: z.number().optional() }) });

const rollback = tool(({ service, to_version, reason }) => JSON.stringify({ rollout: 'rb-2025-11-20-0093', service, from: 'v2025.11.20-1', to: to_version,
  reason, strategy: 'rolling 25%', started: new Date().toISOString(), status: 'completed', pods_ready: '24/24' }),
  { name: 'rollback_service', description: 'Roll a service back to an earlier version.', latency: [90000, 140000],
    schema: z.object({ service: z.string(), to_version: z.string(), reason: z.string() }) });

const tc = (id, name, args) => ({ tool_calls: [{ id, name, args }] });
const model = new ScriptedChatModel({ model: 'mistral-large-2411', provider: 'mistralai', replies: [
  tc('k3Xf9QaLm', 'query_metrics', { service: 'checkout-api', metric: 'latency', range: '2h', step: '15s' }),
  tc('P7wR2bNcT', 'query_metrics', { service: 'checkout-api', metric: 'latency', range: '45m', step: '1m' }),
  tc('Zt4vH8eYd', 'list_deploys', { service: 'checkout-api', limit: 5 }),
  { content: 'The 2h query timed out on prom-eu-west-1; the narrower 45m query went through. p99 was ~212 ms before 14:00 and stayed at 236 ms while dep-7731 (v2025.11.20-1, payment-gw client switched to pooled HTTP/2, max_streams=32) rolled out 14:00:12–14:02:58. From 14:03 p99 jumps to 1,710–1,846 ms, p50 roughly doubles, and 5xx go from 0 to 4–6/min at unchanged traffic (~390–400 rps). Nothing else was deployed since yesterday 16:41. That lines up with the deploy. Roll back to v2025.11.19-3?' },
  tc('mB6sJ1uQx', 'rollback_service', { service: 'checkout-api', to_version: 'v2025.11.19-3', reason: 'p99 1.7-1.8s and 5xx 4-6/min since dep-7731 (INC-48213)' }),
  { content: 'Rollback done: rb-2025-11-20-0093, checkout-api v2025.11.20-1 → v2025.11.19-3, rolling 25%, 24/24 pods ready. I referenced INC-48213 in the reason. Give it a few minutes to settle and I\'ll re-check the latency.' },
  tc('Fq9dW3kLr', 'query_metrics', { service: 'checkout-api', metric: 'latency', range: '10m', step: '30s' }),
  { content: 'Recovered. During the rollout (14:21–14:24) p99 was still 1,412 ms with 2 5xx/min; since 14:24 on v2025.11.19-3 it is 231 ms, p50 42 ms, 0 5xx/min at ~385 rps, i.e. back to the pre-14:00 baseline (212 ms). I\'d keep !4182 out of main until the pooled HTTP/2 client (max_streams=32) is looked at.' },
] });

const app = agentGraph({ model, tools: [metrics, deploys, rollback], checkpointer: new MemorySaver() });
const thread = 'inc-48213-C07PAYONCALL-1763648373.118209';
const cfg = { project: 'payments-oncall-copilot', metadata: { session_id: thread, user_id: 'sre.mkowalski', team: 'payments-sre' },
  configurable: { thread_id: thread } };
await traced(app, { messages: [
  new SystemMessage('You are the payments on-call copilot. Use metrics and deploy history to find the cause of an alert. Never roll back without the on-call engineer\'s go-ahead in this thread.'),
  new HumanMessage('checkout-api p99 alert firing since ~14:05 (INC-48213). Was it today\'s 14:00 deploy? Check before touching anything.'),
] }, cfg);
advance(minutes(1), minutes(2));
await traced(app, { messages: [new HumanMessage('yes, go ahead and roll back')] }, cfg);
advance(minutes(7), minutes(8));
await traced(app, { messages: [new HumanMessage('how does it look now?')] }, cfg);
writeRuns(path.join(dir, 'runs.jsonl'));
