// On-call assistant (devops): checks a canary after a pager alert; the metrics backend times out once,
// the assistant retries, and acts on the second (successful) read.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-09T02:17:51.000Z', 90);
const dir = here(import.meta.url);

let metricCalls = 0;
const canaryMetrics = tool(async ({ service, release, window_min }) => {
  metricCalls += 1;
  if (metricCalls === 1) {
    advance(30_000);
    throw new Error('PromQL query failed: context deadline exceeded (thanos-query.monitoring.svc:10902, timeout=30s)');
  }
  return JSON.stringify({ service, release, window_min, canary: { pods: 2, rps: 41.7, error_rate_pct: 6.8, p99_ms: 2140 },
    baseline: { pods: 18, rps: 382.5, error_rate_pct: 0.4, p99_ms: 310 }, top_error: 'HTTP 502 from ledger-gateway: upstream connect error (reset reason: connection termination)' });
}, { name: 'get_canary_metrics', latency: [900, 2400], description: 'Canary vs baseline SLIs from Thanos for a release.',
  schema: z.object({ service: z.string(), release: z.string(), window_min: z.number().int() }) });

const rollback = tool(async ({ service, release, reason }) => JSON.stringify({ rollout: 'payments-api', action: 'abort',
  aborted_release: release, stable_release: 'r2025.03.07-2', canary_weight: 0, status: 'Degraded -> Healthy', audit_id: 'argo-ro-5d7e1b', reason }),
{ name: 'abort_rollout', latency: [1500, 3200], description: 'Aborts an Argo Rollouts canary and shifts traffic back to stable.',
  schema: z.object({ service: z.string(), release: z.string(), reason: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_8sKd02Lw', name: 'get_canary_metrics', args: { service: 'payments-api', release: 'r2025.03.09-1', window_min: 15 } }] },
  { content: 'The metrics query timed out on Thanos; retrying once with the same window before deciding anything.',
    tool_calls: [{ id: 'call_8sKd03Qe', name: 'get_canary_metrics', args: { service: 'payments-api', release: 'r2025.03.09-1', window_min: 15 } }] },
  { tool_calls: [{ id: 'call_8sKd04Zt', name: 'abort_rollout', args: { service: 'payments-api', release: 'r2025.03.09-1',
    reason: 'canary error rate 6.8% vs 0.4% baseline, p99 2140 ms vs 310 ms over 15 min; 502s from ledger-gateway' } }] },
  { content: 'Rolled back. The first metrics read timed out, the retry came back: canary r2025.03.09-1 was at 6.8% errors (baseline 0.4%) and p99 2140 ms (baseline 310 ms), mostly 502s from ledger-gateway. I aborted the rollout (audit argo-ro-5d7e1b); traffic is 100% on stable r2025.03.07-2. Suggest checking the ledger-gateway connection pool change in this release before re-trying.' },
] });

const app = agentGraph({ model, tools: [canaryMetrics, rollback], name: 'oncall_copilot' });
advance(500);
await traced(app, { messages: [
  new SystemMessage('You are the SRE on-call copilot. You may abort a canary when its SLIs are clearly worse than baseline. Never act on missing data.'),
  new HumanMessage('PagerDuty fired PD-Q3J9X: payments-api canary burning error budget. Check the canary and roll back if it is bad.'),
] }, { project: 'sre-copilot', metadata: { session_id: 'inc-20250309-0217-payments', user_id: 'oncall:rhea.nakamura' } });

writeRuns(path.join(dir, 'runs.jsonl'));
