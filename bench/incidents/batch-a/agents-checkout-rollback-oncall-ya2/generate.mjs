// On-call assistant working a paging alert for checkout-api: checks health, recent deploys and
// metrics, rolls back, verifies, posts a status update. Scripted fake model, no network.
// Writes traces.jsonl next to this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let phase = 'before';
let promCalls = 0;

const health = tool({
  name: 'get_service_health',
  description: 'Current health summary of a service from the service catalog.',
  parameters: z.object({ service: z.string(), env: z.string() }),
  execute: async ({ service, env }) => JSON.stringify(phase === 'before'
    ? { service, env, status: 'degraded', replicas_ready: '12/12', http_5xx_ratio_5m: 0.187, p99_ms: 2840, since: '2026-03-17T14:06:40Z' }
    : { service, env, status: 'healthy', replicas_ready: '12/12', http_5xx_ratio_5m: 0.0011, p99_ms: 412, since: '2026-03-17T14:31:05Z' }),
});

const deploys = tool({
  name: 'list_recent_deploys',
  description: 'Deploys of a service in the last N hours (from the CD system).',
  parameters: z.object({ service: z.string(), hours: z.number().int() }),
  execute: async ({ service }) => JSON.stringify({ service, deploys: [
    { rev: 'v2.41.0', sha: '9f3c1e7', at: '2026-03-17T14:02:11Z', by: 'ci-bot', change: 'PAY-2291 switch card tokenization to vault-v3 client' },
    { rev: 'v2.40.3', sha: '51ab08d', at: '2026-03-16T09:47:55Z', by: 'ci-bot', change: 'PAY-2274 retry budget for fraud-score calls' },
  ] }),
});

const promql = tool({
  name: 'query_metrics',
  description: 'Runs a PromQL instant query against the production Prometheus.',
  parameters: z.object({ promql: z.string() }),
  execute: async ({ promql }) => {
    promCalls++;
    if (promCalls === 1) throw new Error('query_frontend: 504 Gateway Timeout (upstream request timeout after 30000ms)');
    if (promql.includes('status_code')) {
      return JSON.stringify({ status: 'success', resultType: 'vector', result: [
        { metric: { status_code: '502', upstream: 'vault-v3' }, value: [1773757620, '41.2'] },
        { metric: { status_code: '500', upstream: 'vault-v3' }, value: [1773757620, '3.7'] },
      ] });
    }
    return JSON.stringify({ status: 'success', resultType: 'vector', result: [
      { metric: { service: 'checkout-api', outcome: 'failed' }, value: [1773758160, '0'] },
    ] });
  },
});

const rollback = tool({
  name: 'rollback_deploy',
  description: 'Rolls a service back to a previous revision (Argo Rollouts).',
  parameters: z.object({ service: z.string(), env: z.string(), to_rev: z.string(), reason: z.string() }),
  execute: async ({ service, to_rev }) => { phase = 'after'; return JSON.stringify({ service, rollout: 'ro-7d2f91', to_rev, status: 'Healthy', pods_updated: 12, duration_s: 143 }); },
});

const statusUpdate = tool({
  name: 'post_status_update',
  description: 'Posts an update to the incident channel and the internal status page.',
  parameters: z.object({ incident: z.string(), state: z.enum(['investigating', 'identified', 'monitoring', 'resolved']), message: z.string() }),
  execute: async ({ incident, state }) => JSON.stringify({ incident, state, posted: true, ts: '2026-03-17T14:36:12Z' }),
});

const m = scriptedModel([
  { tool_calls: [
    { name: 'get_service_health', args: { service: 'checkout-api', env: 'prod-eu1' } },
    { name: 'list_recent_deploys', args: { service: 'checkout-api', hours: 24 } },
  ] },
  { content: '5xx ratio is 18.7% and started ~4 minutes after v2.41.0 went out. Checking which upstream is failing.',
    tool_calls: [{ name: 'query_metrics', args: { promql: 'sum by (status_code, upstream) (rate(http_server_requests_total{service="checkout-api",status_code=~"5.."}[5m]))' } }] },
  { content: 'The metrics query failed on the tool side; retrying the same query once.',
    tool_calls: [{ name: 'query_metrics', args: { promql: 'sum by (status_code, upstream) (rate(http_server_requests_total{service="checkout-api",status_code=~"5.."}[5m]))' } }] },
  { content: 'Almost all errors are 502s from the vault-v3 upstream introduced in v2.41.0 (PAY-2291). Rolling back to v2.40.3.',
    tool_calls: [
      { name: 'post_status_update', args: { incident: 'INC-48213', state: 'identified', message: 'checkout-api 5xx at 18.7% since 14:06 UTC, 502s from vault-v3 after v2.41.0 deploy. Rolling back to v2.40.3.' } },
      { name: 'rollback_deploy', args: { service: 'checkout-api', env: 'prod-eu1', to_rev: 'v2.40.3', reason: 'INC-48213: 502s from vault-v3 after v2.41.0' } },
    ] },
  { tool_calls: [
    { name: 'get_service_health', args: { service: 'checkout-api', env: 'prod-eu1' } },
    { name: 'query_metrics', args: { promql: 'sum(increase(checkout_payments_total{service="checkout-api",outcome="failed"}[5m]))' } },
  ] },
  { tool_calls: [{ name: 'post_status_update', args: { incident: 'INC-48213', state: 'monitoring', message: 'Rolled back to v2.40.3 (rollout ro-7d2f91, 12/12 pods). 5xx ratio back to 0.11%, p99 412 ms, no failed payments in the last 5 minutes. Monitoring; PAY-2291 to be re-checked before redeploy.' } }] },
  { content: 'Mitigated. checkout-api in prod-eu1 is rolled back to v2.40.3 (rollout ro-7d2f91, 12/12 pods healthy after 143 s).\n\n'
    + '- Cause: v2.41.0 (PAY-2291, vault-v3 tokenization client) deployed 14:02 UTC; from 14:06 the 5xx ratio reached 18.7%, almost all 502s from the vault-v3 upstream (41.2 req/s 502, 3.7 req/s 500).\n'
    + '- Now: 5xx ratio 0.11%, p99 412 ms, 0 failed payments in the last 5 minutes.\n'
    + '- Note: the first metrics query failed with a tool error; the retry returned normally, and the numbers above are from successful queries.\n\n'
    + 'INC-48213 is in monitoring. Suggest keeping it there for 30 min and holding v2.41.0 until PAY-2291 is fixed.' },
], { seed: 'oncall-ya2', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const agent = new Agent({
  name: 'oncall-copilot',
  instructions: 'You are the on-call copilot for the payments platform. Diagnose alerts with the tools, mitigate with the least risky action (rollback first), keep the incident channel updated, and report what you did with the numbers you observed.',
  model: m, tools: [health, deploys, promql, rollback, statusUpdate],
});

const runner = new Runner({ groupId: 'INC-48213', workflowName: 'oncall-triage', traceMetadata: { user_id: 'sre-mkowalski', pager: 'PD-Q8R2XK' } });
await runner.run(agent, 'PAGE: [P1] checkout-api prod-eu1 error rate above 5% for 3m (INC-48213). Take a look and mitigate.');
writeTrace(here, 'traces.jsonl');
