// On-call copilot in a Slack incident channel: a LangGraph ReAct agent with read-only
// observability tools plus two incident-management writes. Two turns in one Slack thread.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('oncall-copilot', { 'deployment.environment': 'prod', 'service.version': '0.19.3', 'k8s.namespace.name': 'sre-tools' });

const queryMetrics = tool(async ({ service, region, metric, range, step }) => {
  if (range === '30m' && step === '15s') {
    throw new Error('prometheus-eu-west-1: 504 Gateway Timeout (query exceeded 30s; range=30m step=15s, 7 series)');
  }
  if (metric === 'http_server_latency_p99') return JSON.stringify({ service, region, metric, unit: 'ms', step, points: [
    ['14:00', 176], ['14:02', 1912], ['14:04', 2240], ['14:06', 2105], ['14:08', 1870], ['14:10', 1655], ['14:12', 1320],
    ['14:14', 980], ['14:16', 610], ['14:18', 231], ['14:20', 188], ['14:22', 184] ], slo_ms: 300 });
  return JSON.stringify({ service, region, metric, unit: 'ratio', step, window_total_requests: 48210, window_5xx: 0,
    points: [['14:00', 0], ['14:05', 0], ['14:10', 0], ['14:15', 0], ['14:20', 0]] });
}, {
  name: 'query_metrics',
  description: 'Runs a range query against the regional Prometheus.',
  schema: z.object({ service: z.string(), region: z.string(), metric: z.enum(['http_server_latency_p99', 'http_5xx_ratio']),
    range: z.string().describe('e.g. 15m, 30m, 1h'), step: z.string() }),
});
const listDeploys = tool(async ({ service }) => JSON.stringify([
  { release: '2.41.0', started: '13:54:10Z', finished: '14:00:32Z', strategy: 'canary 10%→100%', author: 'ci-bot',
    changes: ['PAY-2291 ledger export by created_at', 'migration 0187: CREATE INDEX CONCURRENTLY idx_ledger_created_at'] },
  { release: '2.40.3', started: '2025-06-02T09:12:44Z', finished: '2025-06-02T09:19:05Z', strategy: 'canary 10%→100%', author: 'ci-bot', changes: ['PAY-2270 fx rounding'] },
].map((d) => ({ service, ...d }))), {
  name: 'list_deploys',
  description: 'Recent releases of a service (Argo Rollouts).',
  schema: z.object({ service: z.string(), limit: z.number().int().optional() }),
});
const searchLogs = tool(async ({ query }) => JSON.stringify({ query, hits: 5, lines: [
  '14:01:58Z WARN  payments-api-7d9c4-x2lq ledger.repo slow query 2812ms: SELECT ... FROM ledger_entries WHERE created_at >= $1 (seq scan)',
  '14:02:03Z INFO  db-migrator 0187 started: CREATE INDEX CONCURRENTLY idx_ledger_created_at ON ledger_entries (created_at)',
  '14:09:40Z WARN  payments-api-7d9c4-m8wfz ledger.repo slow query 2390ms: SELECT ... FROM ledger_entries WHERE created_at >= $1 (seq scan)',
  '14:17:51Z INFO  db-migrator 0187 finished in 15m48s',
  '14:18:20Z INFO  payments-api-7d9c4-x2lq ledger.repo query plan: Index Scan using idx_ledger_created_at',
] }), {
  name: 'search_logs',
  description: 'Searches the service logs (Loki).',
  schema: z.object({ service: z.string(), query: z.string(), since: z.string() }),
});
const listAlerts = tool(async ({ service }) => JSON.stringify({ service, active: [], resolved_last_hour: [
  { alert: 'PaymentsApiP99High', severity: 'page', fired: '14:02:30Z', resolved: '14:19:30Z' }] }), {
  name: 'list_alerts',
  description: 'Alertmanager alerts for a service.',
  schema: z.object({ service: z.string() }),
});
const postNote = tool(async ({ incident, note }) => JSON.stringify({ ok: true, incident, note_id: 'n_01HZX4T9QK', chars: note.length }), {
  name: 'post_incident_note',
  description: 'Adds a timeline note to an incident.',
  schema: z.object({ incident: z.string(), note: z.string() }),
});
const setSeverity = tool(async ({ incident, severity }) => JSON.stringify({ ok: true, incident, severity, previous: 'SEV2' }), {
  name: 'set_incident_severity',
  description: 'Changes the severity of an incident.',
  schema: z.object({ incident: z.string(), severity: z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']) }),
});

const NOTE = 'p99 spike 14:02–14:18Z on payments-api eu-west-1 (peak 2240 ms, SLO 300 ms) was caused by release 2.41.0: '
  + 'the new ledger export query ran as a seq scan while migration 0187 (CREATE INDEX CONCURRENTLY idx_ledger_created_at) '
  + 'was still building; migration finished 14:17:51Z, plan switched to index scan, p99 back to 184 ms at 14:22. '
  + '0 5xx out of 48,210 requests in the window. PaymentsApiP99High resolved 14:19:30Z. No rollback. '
  + 'Follow-up: run index migrations before shipping queries that depend on them.';

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'query_metrics', args: { service: 'payments-api', region: 'eu-west-1', metric: 'http_server_latency_p99', range: '30m', step: '15s' } }] },
  { tool_calls: [{ name: 'query_metrics', args: { service: 'payments-api', region: 'eu-west-1', metric: 'http_server_latency_p99', range: '30m', step: '2m' } }] },
  { tool_calls: [{ name: 'query_metrics', args: { service: 'payments-api', region: 'eu-west-1', metric: 'http_5xx_ratio', range: '30m', step: '5m' } }] },
  { tool_calls: [{ name: 'list_deploys', args: { service: 'payments-api', limit: 2 } }] },
  { tool_calls: [{ name: 'search_logs', args: { service: 'payments-api', query: '{app="payments-api"} |~ "slow query|db-migrator|query plan"', since: '13:50Z' } }] },
  { tool_calls: [{ name: 'list_alerts', args: { service: 'payments-api' } }] },
  { content: 'Not degraded anymore, and I would not roll back 2.41.0.\n'
    + '• p99 went from 176 ms to a peak of 2,240 ms at 14:04, then recovered; 184 ms at 14:22 (SLO 300 ms).\n'
    + '• No errors: 0 5xx out of 48,210 requests over the last 30 min.\n'
    + '• Cause: 2.41.0 added the ledger export query on created_at, and migration 0187 (CREATE INDEX CONCURRENTLY) was still building, '
    + 'so the query seq-scanned. The migration finished at 14:17:51Z and the plan switched to the new index at 14:18.\n'
    + '• PaymentsApiP99High resolved at 14:19:30Z, nothing active.\n'
    + 'Rolling back now would only drop the export feature; the index stays. (My first Prometheus query timed out, I re-ran it with a 2m step.)' },
  { tool_calls: [{ name: 'post_incident_note', args: { incident: 'INC-4471', note: NOTE } }] },
  { tool_calls: [{ name: 'set_incident_severity', args: { incident: 'INC-4471', severity: 'SEV3' } }] },
  { content: 'Done: timeline note added to INC-4471 and severity lowered SEV2 → SEV3.' },
] });

const app = await reactGraph({ model, checkpointer: new MemorySaver(), name: 'oncall_copilot',
  tools: [queryMetrics, listDeploys, searchLogs, listAlerts, postNote, setSeverity],
  prepare: (m) => [new SystemMessage('You are the on-call copilot for the payments team. Incident: INC-4471 (SEV2). '
    + 'Base every statement on tool output. Times are UTC.'), ...m] });

const thread = 'slack:C05QX2RLM:1717421337.402119';
for (const text of [
  'payments-api p99 alert paged at 14:02 in eu-west-1. Are we still degraded? Should we roll back 2.41.0?',
  'ok agreed. put that in the incident timeline and drop it to SEV3',
]) {
  await t.turn({ userId: 'U04HN8K2P' }, () => app.invoke({ messages: [new HumanMessage(text)] },
    { configurable: { thread_id: thread }, metadata: { thread_id: thread } }));
}
t.write(path.join(here, 'oncall-copilot.otlp.jsonl'));
