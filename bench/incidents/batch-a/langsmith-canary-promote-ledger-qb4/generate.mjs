// Release-captain agent for the payments platform (LangGraph tool-calling agent). The SRE asks it to
// promote a canary if healthy. Offline: scripted chat model, runs captured from core's LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-03-11T02:47:19.000Z', 77);

let metricsCalls = 0;
const canaryMetrics = tool(async ({ service, version, window }) => {
  metricsCalls += 1;
  if (metricsCalls === 1) {
    advance(30000);
    throw new Error('PrometheusQueryError: 504 Gateway Timeout from thanos-query-frontend.monitoring.svc:9090 '
      + `(query: sum(rate(http_requests_total{service="${service}",track="canary",code=~"5.."}[${window}])) ...) after 30s`);
  }
  return JSON.stringify({ service, version, window, canary: { requests: 18422, error_rate: 0.0011, p99_ms: 212 },
    baseline: { requests: 171903, error_rate: 0.0014, p99_ms: 219 }, slo: { max_error_rate: 0.005, max_p99_ms: 350 } });
}, { name: 'get_canary_metrics', description: 'Error rate and latency of the canary vs the stable baseline over a window.',
  schema: z.object({ service: z.string(), version: z.string(), window: z.string() }), latency: [600, 1400] });

const pendingMigrations = tool(async ({ service }) => JSON.stringify({ service, database: 'ledger-pg-prod',
  pending: 0, applied_total: 214, last_applied: '20250310T2214_add_idx_entries_account_ts', checked_at: '2025-03-11T02:49:02Z' }), {
  name: 'check_pending_migrations', description: 'Schema migrations not yet applied for a service database.',
  schema: z.object({ service: z.string() }) });

const setWeight = tool(async ({ service, version, weight }) => JSON.stringify({ service, version, rollout: 'ro-ledger-api-3318',
  previous_weight: 10, weight, status: 'progressing', argo_revision: 57 }), {
  name: 'set_rollout_weight', description: 'Sets the traffic weight of a canary rollout (Argo Rollouts).',
  schema: z.object({ service: z.string(), version: z.string(), weight: z.number().int().min(0).max(100) }), latency: [900, 1500] });

const rolloutStatus = tool(async ({ rollout }) => JSON.stringify({ rollout, phase: 'Healthy', weight: 100,
  ready_replicas: 12, desired_replicas: 12, stable_version: '2025.03.2-rc4' }), {
  name: 'get_rollout_status', description: 'Current phase of an Argo rollout.', schema: z.object({ rollout: z.string() }) });

const args = { service: 'ledger-api', version: '2025.03.2-rc4', window: '30m' };
const replies = [
  { tool_calls: [{ id: 'toolu_01HZq8uXr2VbNw5TfKcE3aJm', name: 'get_canary_metrics', args }] },
  { content: 'The metrics query timed out on Thanos; retrying once before deciding anything.',
    tool_calls: [{ id: 'toolu_01Lp4sGm7YdQ2eRkA9vXo1Bt', name: 'get_canary_metrics', args }] },
  { tool_calls: [{ id: 'toolu_01Cw6nFh3ZjT8uPqL5rSy2Dk', name: 'check_pending_migrations', args: { service: 'ledger-api' } }] },
  { tool_calls: [{ id: 'toolu_01Ra2bKx9MfV4hNe7QwJz6Gs', name: 'set_rollout_weight',
    args: { service: 'ledger-api', version: '2025.03.2-rc4', weight: 100 } }] },
  { tool_calls: [{ id: 'toolu_01Ty5cPd8LgW3sHu1ZmVa4Qe', name: 'get_rollout_status', args: { rollout: 'ro-ledger-api-3318' } }] },
  { content: 'Promoted ledger-api 2025.03.2-rc4 to 100% (rollout ro-ledger-api-3318, Argo revision 57) and it is Healthy with '
    + '12/12 replicas ready.\n\nWhy it was safe: the first metrics query hit a 504 from Thanos, the retry succeeded — over the '
    + 'last 30m the canary served 18,422 requests at 0.11% errors and p99 212 ms, vs baseline 0.14% / 219 ms (SLO 0.5% / 350 ms). '
    + 'No pending migrations on ledger-pg-prod (0 pending, last applied 20250310T2214_add_idx_entries_account_ts).' },
];

const model = new ScriptedChatModel({ replies, model: 'claude-3-5-sonnet-20241022', provider: 'anthropic' });
const app = agentGraph({ model, tools: [canaryMetrics, pendingMigrations, setWeight, rolloutStatus], name: 'release_captain' });

await traced(app, { messages: [
  new SystemMessage('You are the release captain for the payments platform. Only change rollout weights after checking '
    + 'canary metrics against the SLO and confirming there are no pending migrations. Never act on missing data.'),
  new HumanMessage('ledger-api canary 2025.03.2-rc4 has been at 10% since midnight. If it looks healthy, take it to 100% '
    + 'so I can close INC-20250310-044 before handover.'),
] }, { project: 'payments-release-bot', runName: 'release_captain',
  metadata: { session_id: 'slack-C04R7PAYOPS-1741661239.418829', user_id: 'U02KX9M4TQ', oncall: 'payments-sre' } });

writeRuns(path.join(dir, 'runs.jsonl'));
