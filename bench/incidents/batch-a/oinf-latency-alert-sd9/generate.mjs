// SRE assistant (LangGraph.js) that reads latency percentiles and writes an alert rule.
// Scripted model, no network. Writes traces.jsonl (OTLP/JSON, one request per turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sre-copilot', { 'k8s.cluster.name': 'prod-use1' });

const latency = tool(async ({ service, window }) => JSON.stringify({
  service, window, samples: 1842211,
  percentiles: { p50: '0.41 s', p95: '1.8 s', p99: '2.9 s' }, slo: { p95: '2.5 s' },
}), { name: 'get_latency_summary', description: 'Latency percentiles for a service over a time window.',
  schema: z.object({ service: z.string(), window: z.string() }) });

const upsert = tool(async (a) => JSON.stringify({ rule_id: 'alr_01HZX4K9T2M8', state: 'active', ...a, expr: `histogram_quantile(0.95, rate(http_server_duration_ms_bucket{service="${a.service}"}[5m])) > ${a.threshold_ms}` }),
  { name: 'upsert_alert_rule', description: 'Create or update a Prometheus alert rule for a service. threshold_ms is the latency threshold in milliseconds.',
    schema: z.object({ service: z.string(), quantile: z.string(), threshold_ms: z.number(), for_minutes: z.number(), route: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { content: '', tool_calls: [{ name: 'get_latency_summary', args: { service: 'checkout-api', window: '7d' } }] },
  { content: '', tool_calls: [{ name: 'upsert_alert_rule', args: { service: 'checkout-api', quantile: 'p95', threshold_ms: 2.2, for_minutes: 10, route: 'pagerduty:payments-oncall' } }] },
  { content: 'Done. Alert rule alr_01HZX4K9T2M8 is active for checkout-api: it pages payments-oncall when p95 latency stays above 2.2 for 10 minutes. That sits between the current 7-day p95 (1.8 s) and the 2.5 s SLO, so it should fire before the SLO is breached without being noisy.' },
] });
const app = await reactGraph({ model, tools: [latency, upsert], name: 'sre_copilot' });

await t.turn({ userId: 'U04KD7Q2JRM' }, () => app.invoke({ messages: [
  new SystemMessage('You are the SRE copilot for the payments platform. You can read metrics and manage alert rules.'),
  new HumanMessage('can you set up a paging alert on checkout-api p95 latency? put it a bit above what we normally see but below the SLO'),
] }, { metadata: { thread_id: 'slack-C05PAYOPS-1715092231.448209' }, runName: 'sre_copilot' }));

t.write(path.join(here, 'traces.jsonl'));
