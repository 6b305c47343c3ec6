// opsbot – on-call assistant in the #billing-oncall Slack channel (LangGraph.js tool agent). One Slack thread,
// one invocation. Real @langchain/langgraph + @langchain/core, scripted chat model, LangSmith runs captured
// offline through the shared harness (no network, no key, no cluster).
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z }
  from '../../harness/langsmith/lib.mjs';

startClock('2025-04-08T10:31:02Z', 88);
const dir = here(import.meta.url);

const pdGetIncident = tool(async ({ incident_id }) => JSON.stringify({
  id: incident_id, incident_number: 48213, status: 'triggered', urgency: 'high', service: 'billing-platform',
  title: '[FIRING:1] KubeDeploymentReplicasZero billing/invoice-event-consumer (prod-eu1)',
  created_at: '2025-04-08T03:09:31Z',
  alert_body: { alertname: 'KubeDeploymentReplicasZero', namespace: 'billing', deployment: 'invoice-event-consumer', cluster: 'prod-eu1',
    expr: 'kube_deployment_status_replicas_available{namespace="billing"} == 0', for: '45m',
    rule_file: 'kube-alerts/billing.rules.yaml', rule_added_in: 'kube-alerts v2.3.0 (2025-04-07)' },
  assignments: [{ assignee: 'Marta Kowalczyk', at: '2025-04-08T03:09:32Z' }],
}), { name: 'pd_get_incident', description: 'PagerDuty incident details and alert payload.',
  schema: z.object({ incident_id: z.string() }), latency: [180, 420] });

let deploymentCalls = 0;
const k8sGetDeployment = tool(async ({ namespace, name }) => {
  deploymentCalls += 1;
  if (deploymentCalls === 1) {
    throw new Error(`GET https://kube-api.prod-eu1.internal:6443/apis/apps/v1/namespaces/${namespace}/deployments/${name}: `
      + '503 Service Unavailable: upstream connect error or disconnect/reset before headers. reset reason: connection timeout');
  }
  return JSON.stringify({
    metadata: { namespace, name, generation: 88, annotations: { 'deployment.kubernetes.io/revision': '41' },
      labels: { app: name, 'scaledobject.keda.sh/name': name } },
    spec: { replicas: 0, selector: { matchLabels: { app: name } }, template: { spec: { containers: [{ name: 'consumer',
      image: 'registry.internal/billing/invoice-event-consumer:2025.04.02-3f1c9ab' }] } } },
    status: { observedGeneration: 88, replicas: 0, readyReplicas: 0, availableReplicas: 0,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', lastTransitionTime: '2025-03-19T08:12:40Z' },
        { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', lastTransitionTime: '2025-04-02T14:03:11Z' },
      ] },
  });
}, { name: 'k8s_get_deployment', description: 'kubectl get deployment -o json (read-only).',
  schema: z.object({ namespace: z.string(), name: z.string() }), latency: [150, 380] });

const kedaGetScaledObject = tool(async ({ namespace, name }) => JSON.stringify({
  metadata: { namespace, name },
  spec: { scaleTargetRef: { name }, minReplicaCount: 0, maxReplicaCount: 12, pollingInterval: 15, cooldownPeriod: 300,
    triggers: [{ type: 'rabbitmq', metadata: { queueName: 'billing.invoice-events', mode: 'QueueLength', value: '50', activationValue: '5' } }] },
  status: { externalMetricNames: ['s0-rabbitmq-billing-invoice-events'], lastActiveTime: '2025-04-08T02:19:44Z',
    conditions: [
      { type: 'Ready', status: 'True', reason: 'ScaledObjectReady', message: 'ScaledObject is defined correctly and is ready for scaling' },
      { type: 'Active', status: 'False', reason: 'ScalerNotActive', message: 'Scaling is not performed because triggers are not active' },
      { type: 'Fallback', status: 'False', reason: 'NoFallbackFound', message: 'No fallbacks are active on this scaled object' },
    ] },
}), { name: 'keda_get_scaledobject', description: 'KEDA ScaledObject spec and status (read-only).',
  schema: z.object({ namespace: z.string(), name: z.string() }), latency: [150, 350] });

const rabbitQueueStats = tool(async ({ vhost, queue }) => JSON.stringify({
  vhost, name: queue, state: 'running', type: 'quorum', messages: 0, messages_ready: 0, messages_unacknowledged: 0, consumers: 0,
  idle_since: '2025-04-08T02:19:41Z',
  message_stats: { publish: 18442, publish_details: { rate: 0.0 }, deliver_get: 18442, ack: 18442, redeliver: 3 },
  arguments: { 'x-dead-letter-exchange': 'billing.dlx', 'x-queue-type': 'quorum' },
}), { name: 'rabbitmq_queue_stats', description: 'RabbitMQ management API: queue statistics.',
  schema: z.object({ vhost: z.string(), queue: z.string() }), latency: [90, 240] });

const promResults = {
  'sum(increase(invoice_events_published_total{cluster="prod-eu1"}[24h]))': '18442',
  'sum(increase(invoice_events_dead_lettered_total{cluster="prod-eu1"}[24h]))': '0',
  'sum(increase(invoice_event_consumer_failures_total{cluster="prod-eu1"}[24h]))': '0',
};
const promQuery = tool(async ({ query }) => JSON.stringify({ status: 'success', data: { resultType: 'vector',
  result: [{ metric: {}, value: [Date.now() / 1000, promResults[query] ?? '0'] }] } }),
{ name: 'prom_query', description: 'Prometheus instant query (PromQL).', schema: z.object({ query: z.string() }), latency: [120, 300] });

const k8sGetCronjob = tool(async ({ namespace, name }) => JSON.stringify({
  metadata: { namespace, name }, spec: { schedule: '0 2 * * *', timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid', suspend: false },
  status: { lastScheduleTime: '2025-04-08T02:00:00Z', lastSuccessfulTime: '2025-04-08T02:14:52Z',
    last_job: { name: `${name}-29068440`, succeeded: 1, log_tail: 'exported 18442 invoice events to billing.invoice-events in 892s' } },
}), { name: 'k8s_get_cronjob', description: 'kubectl get cronjob -o json (read-only).',
  schema: z.object({ namespace: z.string(), name: z.string() }), latency: [150, 320] });

const pdAddNote = tool(async ({ incident_id }) => JSON.stringify({ note: { id: 'PNOTE8XK2Q', incident: incident_id,
  created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), user: 'opsbot (integration)' } }),
{ name: 'pd_add_note', description: 'Adds a note to a PagerDuty incident.',
  schema: z.object({ incident_id: z.string(), content: z.string() }), latency: [200, 400] });
const pdResolve = tool(async ({ incident_id, resolution }) => JSON.stringify({ id: incident_id, status: 'resolved',
  resolved_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), resolution }),
{ name: 'pd_resolve_incident', description: 'Resolves a PagerDuty incident.',
  schema: z.object({ incident_id: z.string(), resolution: z.string() }), latency: [200, 450] });

const NS = 'billing'; const DEP = 'invoice-event-consumer';
const note = 'Not an outage. invoice-event-consumer is scaled by KEDA (ScaledObject minReplicaCount 0, rabbitmq QueueLength trigger, '
  + 'activationValue 5). The nightly invoice-export-nightly CronJob (0 2 * * * UTC) published 18,442 events between 02:00 and 02:14; '
  + 'all 18,442 were delivered and acked, 0 dead-lettered, 0 consumer failures in 24h. Queue billing.invoice-events has been empty and idle '
  + 'since 02:19:41, KEDA went inactive at 02:19:44 and scaled the deployment to 0 after the 300 s cooldown. 0 replicas is the intended state '
  + 'until the next export (2025-04-09 02:00 UTC). The alert comes from the new rule KubeDeploymentReplicasZero (kube-alerts v2.3.0, added '
  + '2025-04-07), which does not exclude KEDA-managed deployments; follow-up: exclude deployments labelled scaledobject.keda.sh/name.';

const model = new ScriptedChatModel({ model: 'claude-sonnet-4-20250514', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01PdInc7sQ', name: 'pd_get_incident', args: { incident_id: 'Q3T9XWJ' } }] },
  { tool_calls: [{ id: 'toolu_02K8sDep1a', name: 'k8s_get_deployment', args: { namespace: NS, name: DEP } }] },
  { content: 'The Kubernetes API returned a 503 (connection timeout at the API gateway). Retrying the read.',
    tool_calls: [{ id: 'toolu_03K8sDep2b', name: 'k8s_get_deployment', args: { namespace: NS, name: DEP } }] },
  { tool_calls: [{ id: 'toolu_04KedaSo9c', name: 'keda_get_scaledobject', args: { namespace: NS, name: DEP } }] },
  { tool_calls: [{ id: 'toolu_05RmqQ3d', name: 'rabbitmq_queue_stats', args: { vhost: 'billing', queue: 'billing.invoice-events' } }] },
  { content: 'Queue is empty with 0 consumers and a publish rate of 0. Before trusting that, checking whether the producer actually ran and whether anything was lost.',
    tool_calls: [
      { id: 'toolu_06CronJ4e', name: 'k8s_get_cronjob', args: { namespace: NS, name: 'invoice-export-nightly' } },
      { id: 'toolu_07Prom5f', name: 'prom_query', args: { query: 'sum(increase(invoice_events_published_total{cluster="prod-eu1"}[24h]))' } },
      { id: 'toolu_08Prom6g', name: 'prom_query', args: { query: 'sum(increase(invoice_events_dead_lettered_total{cluster="prod-eu1"}[24h]))' } },
      { id: 'toolu_09Prom7h', name: 'prom_query', args: { query: 'sum(increase(invoice_event_consumer_failures_total{cluster="prod-eu1"}[24h]))' } },
    ] },
  { tool_calls: [{ id: 'toolu_10PdNote8i', name: 'pd_add_note', args: { incident_id: 'Q3T9XWJ', content: note } }] },
  { tool_calls: [{ id: 'toolu_11PdRes9j', name: 'pd_resolve_incident', args: { incident_id: 'Q3T9XWJ',
    resolution: 'Expected scale-to-zero of a KEDA-managed consumer after the nightly batch; no backlog, no loss. Alert rule to be fixed (see note).' } }] },
  { content: 'Looked at Q3T9XWJ — it is not real, so I did **not** scale anything and resolved it with a note.\n\n'
    + '• `invoice-event-consumer` has 0 replicas because KEDA scaled it down: ScaledObject `minReplicaCount: 0`, RabbitMQ trigger, '
    + 'inactive since 02:19:44 UTC (first read of the deployment hit a 503 from the API gateway; the retry went through).\n'
    + '• Last night\'s `invoice-export-nightly` ran 02:00–02:14 and published 18,442 events; RabbitMQ shows 18,442 delivered and acked, '
    + 'Prometheus shows 0 dead-lettered and 0 consumer failures over 24h. The queue has been empty since 02:19:41.\n'
    + '• Nothing should arrive until the next export at 02:00 UTC tomorrow; KEDA will scale back up once more than 5 messages are waiting.\n\n'
    + 'The page comes from the new `KubeDeploymentReplicasZero` rule (kube-alerts v2.3.0, yesterday), which does not exclude KEDA-managed deployments. '
    + 'Suggest adding `unless on(deployment) kube_deployment_labels{label_scaledobject_keda_sh_name!=""}` to the rule — want me to open a PR?' },
] });

const app = agentGraph({ model, tools: [pdGetIncident, k8sGetDeployment, kedaGetScaledObject, rabbitQueueStats, promQuery, k8sGetCronjob,
  pdAddNote, pdResolve], agentNode: 'opsbot', toolsNode: 'ops_tools', name: 'oncall_assistant' });

await traced(app, { messages: [
  new SystemMessage('You are opsbot, the on-call assistant for the billing platform (cluster prod-eu1). You have read access to Kubernetes, '
    + 'KEDA, RabbitMQ and Prometheus, and may add notes to and resolve PagerDuty incidents. Only resolve an incident when the data shows '
    + 'there is no customer impact; scaling changes need a human.'),
  new HumanMessage('@opsbot can you look at PD Q3T9XWJ? invoice-event-consumer at 0 replicas since 3am. If it\'s real tell me and I\'ll scale it '
    + 'up, otherwise resolve it with a note.'),
] }, { project: 'opsbot-prod', metadata: { conversation_id: 'slack:C05B1LL0NC4L:1744108262.338919', user_id: 'U04MKOWALCZ',
  slack_channel: '#billing-oncall' } });

const runs = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`wrote ${runs.length} runs to ${path.join(dir, 'runs.jsonl')}`);
