// On-call assistant in a Slack incident thread (devops). Vercel AI SDK (ai 7) with a scripted mock model,
// LegacyOpenTelemetry (ai.* attributes); the Slack thread ts is passed as runtime context sessionId.
// Two turns: investigation, then the rollback after the engineer's approval. One OTLP request per turn.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'oncall-copilot',
  resource: { 'deployment.environment': 'prod', 'service.version': '0.19.4', 'k8s.namespace.name': 'sre-tools' },
  seed: 'checkout-latency-rollback-re5',
});
const ids = makeIds('checkout-latency-rollback-re5');

let metricsCalls = 0;
let rolloutPolls = 0;
const tools = {
  query_metrics: tool({
    description: 'Run a PromQL-backed metric query for a service. Returns summary points.',
    inputSchema: z.object({
      service: z.string(), metric: z.enum(['http_p99_latency_ms', 'http_5xx_ratio', 'requests_total']),
      region: z.string(), range: z.string().describe('e.g. 30m, 2h'), step: z.string().default('1m'),
    }),
    execute: async ({ service, metric, region, range }) => {
      metricsCalls++;
      await sleep(metricsCalls === 1 ? 300 : 60);
      if (metricsCalls === 1) {
        throw new Error('prometheus query_range failed: 504 Gateway Timeout (thanos-query: context deadline exceeded after 30s)');
      }
      if (metricsCalls === 2) {
        return { service, metric, region, range, unit: 'ms', points: [
          { t: '13:30Z', v: 238 }, { t: '13:45Z', v: 244 }, { t: '14:00Z', v: 251 }, { t: '14:03Z', v: 1410 },
          { t: '14:05Z', v: 1796 }, { t: '14:10Z', v: 1834 }, { t: '14:14Z', v: 1851 }] };
      }
      if (metric === 'http_p99_latency_ms') {
        return { service, metric, region, range, unit: 'ms', points: [
          { t: '14:21Z', v: 1790 }, { t: '14:24Z', v: 612 }, { t: '14:27Z', v: 247 }, { t: '14:30Z', v: 233 }, { t: '14:33Z', v: 229 }] };
      }
      return { service, metric, region, range, window: '14:25Z–14:33Z', value: 0, requests_total: 48210, errors_5xx: 0 };
    },
  }),
  list_deploys: tool({
    description: 'Recent deployments of a service.',
    inputSchema: z.object({ service: z.string(), region: z.string(), since: z.string() }),
    execute: async ({ service, region }) => ({ service, region, deploys: [
      { id: 'dep_01HS8K2V7QX', version: 'v2.41.0', finished_at: '2025-03-14T14:02:11Z', by: 'argo-rollouts', commit: '9f3c1e7', summary: 'bump @acme/payments-client 5.2.1 -> 5.3.0; retry budget config' },
      { id: 'dep_01HS7ZP1M4N', version: 'v2.40.3', finished_at: '2025-03-14T11:15:40Z', by: 'argo-rollouts', commit: '41aa0d2', summary: 'fix coupon rounding' },
    ] }),
  }),
  search_logs: tool({
    description: 'Search structured logs (Loki) for a service.',
    inputSchema: z.object({ service: z.string(), region: z.string(), query: z.string(), since: z.string(), limit: z.number().int().max(50) }),
    execute: async () => ({ matched: 3127, sample: [
      { ts: '2025-03-14T14:12:54.210Z', level: 'error', msg: 'PaymentsClient: acquire connection timed out after 1500ms (pool size 10, pending 212)', pod: 'checkout-api-7c9d5b7f6-x2kqp' },
      { ts: '2025-03-14T14:12:54.377Z', level: 'error', msg: 'PaymentsClient: acquire connection timed out after 1500ms (pool size 10, pending 219)', pod: 'checkout-api-7c9d5b7f6-m8wtr' },
      { ts: '2025-03-14T14:12:55.002Z', level: 'warn', msg: 'authorize() retried 3/3, falling back to async capture', pod: 'checkout-api-7c9d5b7f6-x2kqp' },
    ] }),
  }),
  rollback_deploy: tool({
    description: 'Roll a service back to a previous version through Argo Rollouts. Requires explicit human approval in the thread.',
    inputSchema: z.object({ service: z.string(), region: z.string(), to_version: z.string(), reason: z.string(), approved_by: z.string() }),
    execute: async (a) => { await sleep(120); return { rollout: 'checkout-api', job: 'rb-20250314-0042', status: 'started', from: 'v2.41.0', to: a.to_version, approved_by: a.approved_by }; },
  }),
  rollout_status: tool({
    description: 'Status of an Argo rollout job.',
    inputSchema: z.object({ job: z.string() }),
    execute: async ({ job }) => {
      rolloutPolls++;
      await sleep(90);
      return rolloutPolls === 1
        ? { job, phase: 'Progressing', ready_replicas: 4, desired_replicas: 12, image: 'checkout-api:v2.40.3' }
        : { job, phase: 'Healthy', ready_replicas: 12, desired_replicas: 12, image: 'checkout-api:v2.40.3', finished_at: '2025-03-14T14:24:37Z' };
    },
  }),
  post_incident_update: tool({
    description: 'Post a status update to the incident record and the status page.',
    inputSchema: z.object({ incident: z.string(), status: z.enum(['investigating', 'identified', 'monitoring', 'resolved']), message: z.string() }),
    execute: async (a) => ({ ok: true, incident: a.incident, status: a.status, update_id: 'upd_5521' }),
  }),
};

const system = 'You are the on-call copilot for the Acme platform team. Investigate with the tools, never roll back or change production without an explicit approval in the thread, and keep replies short (Slack).';
const sessionId = 'slack:C05QK7T2M:1741960931.551209';
const userId = 'U04HX2M8P';
const telemetry = { functionId: 'oncall-copilot', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

async function turn(messages, replies) {
  const model = scriptedModel({ provider: 'openai.responses', modelId: 'gpt-4.1', responsePrefix: 'resp_', replies, ids });
  const res = await generateText({ model, system, messages, tools, stopWhen: stepCountIs(10), runtimeContext: { sessionId, userId }, telemetry });
  return { res, line: await flush() };
}

const lines = [];
const msgs = [{ role: 'user', content: 'INC-2291: PagerDuty fired "checkout-api p99 > 1500ms" in eu-west-1 at 14:05Z. What is going on?' }];
const svc = { service: 'checkout-api', region: 'eu-west-1' };
let r = await turn(msgs, [
  { calls: [['fc_7KQ2mP', 'query_metrics', { ...svc, metric: 'http_p99_latency_ms', range: '2h', step: '1m' }]] },
  { text: 'The 2h query timed out on Thanos; retrying with a shorter window.',
    calls: [['fc_9XbT4e', 'query_metrics', { ...svc, metric: 'http_p99_latency_ms', range: '45m', step: '1m' }]] },
  { calls: [['fc_2wLd8N', 'list_deploys', { ...svc, since: '3h' }]] },
  { calls: [['fc_Qm6sR1', 'search_logs', { ...svc, query: '{app="checkout-api"} |= "error" | json', since: '20m', limit: 20 }]] },
  'p99 jumped from ~250 ms to ~1.8 s right after v2.41.0 finished rolling out at 14:02:11Z (payments-client 5.2.1 → 5.3.0). '
  + 'Logs show 3,127 errors, mostly `PaymentsClient: acquire connection timed out after 1500ms (pool size 10, pending 212+)`. '
  + 'Suggest rolling checkout-api in eu-west-1 back to v2.40.3. Reply "approve rollback" and I will start it.',
]);
lines.push(r.line);
msgs.push(...r.res.response.messages);
await sleep(200);
msgs.push({ role: 'user', content: 'approve rollback' });
r = await turn(msgs, [
  { calls: [['fc_Hn3vZ0', 'rollback_deploy', { ...svc, to_version: 'v2.40.3', reason: 'INC-2291 p99 regression after v2.41.0 (payments-client pool timeouts)', approved_by: 'U04HX2M8P' }]] },
  { calls: [['fc_Ra5yC7', 'rollout_status', { job: 'rb-20250314-0042' }]] },
  { text: 'Rollout still progressing (4/12 ready), checking again.', calls: [['fc_Ld1kW9', 'rollout_status', { job: 'rb-20250314-0042' }]] },
  { calls: [['fc_Ue8pM2', 'query_metrics', { ...svc, metric: 'http_p99_latency_ms', range: '15m', step: '1m' }],
    ['fc_Vb0qT6', 'query_metrics', { ...svc, metric: 'http_5xx_ratio', range: '8m', step: '1m' }]] },
  { calls: [['fc_Jc4nS3', 'post_incident_update', { incident: 'INC-2291', status: 'monitoring',
    message: 'Rolled checkout-api (eu-west-1) back to v2.40.3 at 14:24Z. p99 back to ~230 ms; 0 5xx over 48,210 requests since. Monitoring.' }]] },
  'Rollback done: rb-20250314-0042 is Healthy, 12/12 replicas on v2.40.3 since 14:24:37Z. p99 is back to ~230 ms and there were 0 5xx out of 48,210 requests in 14:25–14:33Z. '
  + 'INC-2291 set to monitoring. Follow-up: the pool size in payments-client 5.3.0 before re-deploying v2.41.0.',
]);
lines.push(r.line);
writeJsonl(here, 'collector-traces.jsonl', lines);
console.log(`wrote ${lines.length} requests`);
