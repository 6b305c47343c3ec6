// On-call assistant (Japanese) for a payments API gateway. The metrics backend times out on the first
// query; the agent retries, gets real numbers and only then rolls back.
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2025-05-20T17:48:02Z', 5150);
let calls = 0;
const health = tool(async ({ service, window_min }) => {
  if (calls++ === 0) throw new Error('upstream request timeout: GET http://prom-query.obs.svc:9090/api/v1/query_range (ETIMEDOUT after 10000 ms)');
  return JSON.stringify({ service, window_min, release: 'pay-gw@2025.05.20-1', previous_release: 'pay-gw@2025.05.13-2',
    error_rate_5xx: 0.0412, baseline_error_rate_5xx: 0.0009, p99_latency_ms: 2870, baseline_p99_ms: 410, rollout_started: '2025-05-20T17:21:00Z' });
}, { name: 'query_service_health', description: 'Error rate and latency for a service over a window.', latency: [300, 900],
  schema: z.object({ service: z.string(), window_min: z.number() }) });
const rollback = tool(async ({ service, to_release, reason }) => JSON.stringify({ change_id: 'CHG-118702', service, to_release, status: 'rolled_back', completed_at: new Date().toISOString() }),
  { name: 'rollback_release', description: 'Rolls a service back to an earlier release.', latency: [4000, 9000],
    schema: z.object({ service: z.string(), to_release: z.string(), reason: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { content: '', tool_calls: [{ id: 'toolu_01Fk2xR9', name: 'query_service_health', args: { service: 'pay-gw', window_min: 30 } }] },
  { content: 'メトリクス取得がタイムアウトしました。もう一度問い合わせます。', tool_calls: [{ id: 'toolu_01Fk2xRa', name: 'query_service_health', args: { service: 'pay-gw', window_min: 30 } }] },
  { content: '', tool_calls: [{ id: 'toolu_01Fk2xRb', name: 'rollback_release', args: { service: 'pay-gw', to_release: 'pay-gw@2025.05.13-2', reason: '5xx 4.12% (baseline 0.09%), p99 2870ms since rollout 17:21Z' } }] },
  { content: '対応しました。pay-gw の 5xx エラー率が 4.12%（通常 0.09%）、p99 レイテンシが 2870ms（通常 410ms）まで悪化しており、17:21Z の pay-gw@2025.05.20-1 リリース以降に始まっています。pay-gw@2025.05.13-2 へロールバック済みです（CHG-118702）。最初のメトリクス取得はタイムアウトしましたが、再取得で数値を確認してから実施しました。' },
] });
const g = agentGraph({ model, tools: [health, rollback], agentNode: 'oncall', toolsNode: 'runbook_tools' });
await traced(g, { messages: [new SystemMessage('あなたは決済基盤チームのオンコール支援エージェントです。数値を確認してから変更を行ってください。'),
  new HumanMessage('PagerDuty で pay-gw のアラートが鳴っています。直近30分の状況を見て、リリースが原因ならロールバックしてください。')] },
  { project: 'sre-oncall', metadata: { session_id: 'oncall-20250520-pgw-3', user_id: 'sre.k.tanaka', incident: 'INC-44120' }, runName: 'oncall_agent' });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
