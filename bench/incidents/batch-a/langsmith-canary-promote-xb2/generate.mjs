// Release bot of a payments platform: decide whether to promote a canary. The metrics backend times out
// once; the agent retries, gets real numbers and only then promotes.
// Real @langchain/langgraph + @langchain/core, scripted model, LangSmith runs captured offline.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  SystemMessage, HumanMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-07-16T13:02:44.000Z', 716);

let metricsCalls = 0;
const canaryMetrics = tool(async ({ service, revision, window }) => {
  metricsCalls += 1;
  if (metricsCalls === 1) throw new Error(`thanos-query: context deadline exceeded (query_range sum(rate(http_requests_total{service="${service}",revision="${revision}"}[${window}])) took > 15s)`);
  return JSON.stringify({ service, revision, window, requests: 48213, error_rate_pct: 0.11, baseline_error_rate_pct: 0.14,
    p99_latency_ms: 212, baseline_p99_latency_ms: 228, saturation_cpu_pct: 41, slo_burn_rate: 0.6 });
}, { name: 'canary_metrics', description: 'Canary vs baseline metrics from Thanos over a window.',
  schema: z.object({ service: z.string(), revision: z.string(), window: z.string() }) });

const promote = tool(async ({ service, revision, weight }) => JSON.stringify({ service, revision, weight,
  rollout: 'argo-rollouts/ledger-api', phase: 'Progressing', step: '4/4', change_id: 'CHG0091734' }), {
  name: 'promote_canary', description: 'Sets the traffic weight of a canary revision (Argo Rollouts).',
  schema: z.object({ service: z.string(), revision: z.string(), weight: z.number().int().min(0).max(100) }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01HkP3vQ9a', name: 'canary_metrics', args: { service: 'ledger-api', revision: 'ledger-api-7f9c2d1', window: '30m' } }] },
  { content: 'The metrics query timed out; I will retry before deciding anything.',
    tool_calls: [{ id: 'toolu_01HkP3vQ9b', name: 'canary_metrics', args: { service: 'ledger-api', revision: 'ledger-api-7f9c2d1', window: '30m' } }] },
  { tool_calls: [{ id: 'toolu_01HkP3vQ9c', name: 'promote_canary', args: { service: 'ledger-api', revision: 'ledger-api-7f9c2d1', weight: 100 } }] },
  { content: 'Promoted ledger-api-7f9c2d1 to 100% (change CHG0091734). Over the last 30 min the canary served 48,213 requests with a 0.11% error rate '
    + '(baseline 0.14%) and p99 212 ms (baseline 228 ms); SLO burn rate 0.6. The first metrics query timed out and was retried successfully.' },
] });

const app = agentGraph({ model, tools: [canaryMetrics, promote], name: 'release-bot' });
await traced(app, { messages: [
  new SystemMessage('You are the release bot for the ledger platform. Promote a canary only if its error rate and p99 latency are not worse than baseline over the last 30 minutes.'),
  new HumanMessage('canary ledger-api-7f9c2d1 has been at 10% since 12:30 — promote if healthy'),
] }, { project: 'release-bot', metadata: { session_id: 'rel-ledger-api-20250716-1302', user_id: 'oncall:priya.raman' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
