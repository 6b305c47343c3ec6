// SRE assistant (English): reads a service's SLO and sets the paging alert threshold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sre-copilot', { 'deployment.environment': 'ops' });

const getSlo = tool(async ({ service }) => JSON.stringify({ service, slo_id: 'slo-checkout-latency-v3',
  objective: 'p99 latency < 1.2s over 28d', target: '1.2s', window: '28d', owner: 'team-payments' }),
{ name: 'get_slo', description: 'Returns the latency SLO of a service as defined in the SLO catalog.',
  schema: z.object({ service: z.string() }) });
const setAlert = tool(async (a) => JSON.stringify({ rule: 'alr_9c41e2', service: a.service, expr: `histogram_quantile(0.99, rate(http_server_duration_ms_bucket{service="${a.service}"}[5m])) > ${a.threshold_ms}`, for: `${a.for_minutes}m`, severity: a.severity, status: 'applied' }),
{ name: 'set_latency_alert', description: 'Creates or replaces the p99 latency paging rule of a service. threshold_ms is in milliseconds.',
  schema: z.object({ service: z.string(), threshold_ms: z.number().describe('p99 latency threshold in milliseconds'), for_minutes: z.number().int(), severity: z.enum(['page', 'ticket']) }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ id: 'toolu_01Hq7VbX2mKc9sLr4TnPzE8w', name: 'get_slo', args: { service: 'checkout-api' } }] },
  { tool_calls: [{ id: 'toolu_01Jd3RfW8pYa6uNb1QkGx5Ct', name: 'set_latency_alert', args: { service: 'checkout-api', threshold_ms: 1.2, for_minutes: 10, severity: 'page' } }] },
  { content: 'Done. checkout-api now pages when p99 latency stays above the SLO target (1.2) for 10 minutes — rule alr_9c41e2 is applied.' },
] });
const app = await reactGraph({ model, tools: [getSlo, setAlert], name: 'sre_copilot' });
await t.turn({ userId: 'oncall:dkowalski' }, () => app.invoke({ messages: [
  new SystemMessage('You are the SRE copilot. Alert thresholds must match the SLO catalog.'),
  new HumanMessage('Please set the paging alert for checkout-api to its p99 SLO target, 10 min for-duration.')] },
{ configurable: { thread_id: '3f9e6a0c-51d2-4b7e-9a44-c2f18d07be35' }, metadata: { session_id: '3f9e6a0c-51d2-4b7e-9a44-c2f18d07be35' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
