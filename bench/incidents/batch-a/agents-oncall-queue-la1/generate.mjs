// On-call assistant (English): an alert on the billing export queue; the metrics query fails once,
// is retried, and the fresh answer shows the backlog has drained before the alert is resolved.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let promCalls = 0;
const queryMetrics = tool({
  name: 'prom_query', description: 'Run an instant PromQL query against the prod-eu Thanos querier.',
  parameters: z.object({ expr: z.string(), time: z.string().nullable() }),
  execute: async ({ expr }) => {
    promCalls++;
    if (promCalls === 1) return JSON.stringify({ status: 'error', errorType: 'unavailable', error: 'receive series from store gateway sg-2: rpc error: code = Unavailable desc = store not ready (partial_response disabled)', http_status: 503 });
    if (expr.includes('dead_letter')) return JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: { queue: 'billing-export.dead_letter' }, value: [1763376120, '0'] }] } });
    return JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: { queue: 'billing-export' }, value: [1763376120, '0'] }] } });
  },
});
const consumerStatus = tool({
  name: 'k8s_rollout_status', description: 'Rollout status of a deployment.',
  parameters: z.object({ namespace: z.string(), deployment: z.string() }),
  execute: async ({ namespace, deployment }) => JSON.stringify({ namespace, deployment, replicas: 6, ready: 6, updated: 6, revision: 41, last_restart: '2025-11-17T10:31:12Z', events: ['Scaled up replica set billing-exporter-7d9c5 to 6 (HPA: queue depth 18240 > 2000)'] }),
});
const resolveAlert = tool({
  name: 'alertmanager_resolve', description: 'Resolve an alert in Opsgenie with a note.',
  parameters: z.object({ alert_id: z.string(), note: z.string() }),
  execute: async ({ alert_id }) => JSON.stringify({ alert_id, status: 'closed', closed_by: 'oncall-bot' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'prom_query', args: { expr: 'sum(rabbitmq_queue_messages_ready{queue="billing-export"})', time: null } }] },
  { tool_calls: [{ name: 'prom_query', args: { expr: 'sum(rabbitmq_queue_messages_ready{queue="billing-export"})', time: null } }] },
  { tool_calls: [
    { name: 'prom_query', args: { expr: 'sum(rabbitmq_queue_messages_ready{queue="billing-export.dead_letter"})', time: null } },
    { name: 'k8s_rollout_status', args: { namespace: 'billing', deployment: 'billing-exporter' } } ] },
  { tool_calls: [{ name: 'alertmanager_resolve', args: { alert_id: 'OG-7731-e40b', note: 'Backlog drained: billing-export ready=0 and DLQ=0 at 10:42Z (retried query after Thanos 503). HPA scaled billing-exporter to 6/6 ready at 10:31Z.' } }] },
  { content: 'Resolved OG-7731-e40b. The first metrics query failed with a 503 from Thanos (store gateway sg-2 not ready), so I re-ran it: billing-export now has 0 messages ready and the dead-letter queue is also at 0 (sample 10:42Z). The HPA had scaled billing-exporter to 6 replicas at 10:31Z after the depth reached 18,240, and all 6 are ready. Nothing was dropped to the DLQ; no further action needed, but sg-2 readiness may deserve a ticket.' },
], { seed: 'oncall-queue-la1' });

const agent = new Agent({
  name: 'oncall-assistant',
  instructions: 'You are the SRE on-call assistant. Verify with live metrics before resolving any alert. If a query fails, retry before drawing conclusions.',
  model, tools: [queryMetrics, consumerStatus, resolveAlert],
});
const runner = new Runner({ groupId: '01JCX9R4T7M2QK8ZB5W3N6H0AD', workflowName: 'oncall-triage', traceMetadata: { user_id: 'sre-dkowalski' } });
await runner.run(agent, 'Opsgenie OG-7731-e40b: BillingExportQueueBacklog firing since 10:18Z (ready > 10000). Can you check if it is still a problem and close it if it has cleared?');
writeTrace(here, 'trace.jsonl');
