// On-call assistant for a platform team: a LangGraph agent inspects an Argo Rollouts canary of the
// checkout service, asks the engineer for approval, aborts the canary and raises the memory limit.
// Flaky control-plane and ticketing APIs fail once each and are retried. Scripted model, no network.
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('oncall-copilot', { 'deployment.environment': 'ops', 'service.version': '0.19.3', 'k8s.cluster.name': 'eu-west-1-prod-b' });

let rolloutCalls = 0;
let aborted = false;
const getRollout = tool(async ({ name, namespace }) => {
  rolloutCalls++;
  if (rolloutCalls === 1) throw new Error('argo-rollouts API: upstream connect error or disconnect/reset before headers. reset reason: connection timeout (HTTP 503)');
  return JSON.stringify(aborted
    ? { name, namespace, phase: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 42', stableRevision: 41, canaryRevision: 42,
        setWeight: 0, actualWeight: 0, stable: { podTemplateHash: '58d4f6c9d', image: 'registry.internal/shop/checkout:2025.06.10-7', ready: '12/12' }, canary: { podTemplateHash: '6f9c8d7b5', image: 'registry.internal/shop/checkout:2025.06.11-3', ready: '0/0' } }
    : { name, namespace, phase: 'Paused', message: 'CanaryPauseStep', currentStepIndex: 3, stableRevision: 41, canaryRevision: 42,
        setWeight: 20, actualWeight: 20, stable: { podTemplateHash: '58d4f6c9d', image: 'registry.internal/shop/checkout:2025.06.10-7', ready: '12/12' },
        canary: { podTemplateHash: '6f9c8d7b5', image: 'registry.internal/shop/checkout:2025.06.11-3', ready: '3/3', restarts: 7 } });
}, { name: 'get_rollout', description: 'Status of an Argo Rollout.', schema: z.object({ name: z.string(), namespace: z.string() }) });

const series = {
  'sum(rate(http_requests_total{app="checkout",rollouts_pod_template_hash="6f9c8d7b5",code=~"5.."}[10m])) / sum(rate(http_requests_total{app="checkout",rollouts_pod_template_hash="6f9c8d7b5"}[10m]))': '0.1423',
  'sum(rate(http_requests_total{app="checkout",rollouts_pod_template_hash="58d4f6c9d",code=~"5.."}[10m])) / sum(rate(http_requests_total{app="checkout",rollouts_pod_template_hash="58d4f6c9d"}[10m]))': '0',
  'sum(rate(http_requests_total{app="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{app="checkout"}[5m]))': '0.0009',
};
const promql = tool(async ({ query }) => JSON.stringify({ status: 'success', data: { resultType: 'vector',
  result: [{ metric: {}, value: [1749651822.114, series[query] ?? 'NaN'] }] } }), {
  name: 'prometheus_query', description: 'Instant PromQL query against the production Prometheus.', schema: z.object({ query: z.string() }) });

const events = tool(async ({ namespace, selector }) => JSON.stringify({ namespace, selector, items: [
  { pod: 'checkout-6f9c8d7b5-2xkqp', reason: 'OOMKilled', container: 'app', count: 3, lastTimestamp: '2025-06-11T14:19:02Z', message: 'Container app exceeded memory limit 1Gi' },
  { pod: 'checkout-6f9c8d7b5-9wl4d', reason: 'OOMKilled', container: 'app', count: 2, lastTimestamp: '2025-06-11T14:21:40Z', message: 'Container app exceeded memory limit 1Gi' },
  { pod: 'checkout-6f9c8d7b5-r7m2s', reason: 'BackOff', container: 'app', count: 2, lastTimestamp: '2025-06-11T14:22:13Z', message: 'Back-off restarting failed container app' },
  { pod: 'checkout-6f9c8d7b5-2xkqp', reason: 'MemoryPeak', container: 'app', count: 1, lastTimestamp: '2025-06-11T14:18:55Z', message: 'working_set_bytes peak 1.31Gi' },
] }), { name: 'get_pod_events', description: 'Recent Kubernetes events for pods matching a label selector.',
  schema: z.object({ namespace: z.string(), selector: z.string() }) });

const abort = tool(async ({ name, namespace, change_id }) => { aborted = true;
  return JSON.stringify({ name, namespace, action: 'abort', accepted: true, change_id, at: '2025-06-11T14:31:07Z' }); }, {
  name: 'abort_rollout', description: 'Aborts the current canary: traffic back to the stable ReplicaSet. Requires an approved change id.',
  schema: z.object({ name: z.string(), namespace: z.string(), change_id: z.string().regex(/^CHG[0-9]{7}$/) }) });

const patch = tool(async ({ name, namespace, container, memory_limit, memory_request, change_id }) => JSON.stringify({
  name, namespace, container, applied: { 'resources.limits.memory': memory_limit, 'resources.requests.memory': memory_request },
  change_id, note: 'Spec updated; takes effect on the next rollout revision.' }), {
  name: 'patch_rollout_resources', description: 'Changes container resources in the Rollout pod template. Quantities in Mi.',
  schema: z.object({ name: z.string(), namespace: z.string(), container: z.string(),
    memory_limit: z.string().regex(/^[0-9]+Mi$/), memory_request: z.string().regex(/^[0-9]+Mi$/), change_id: z.string().regex(/^CHG[0-9]{7}$/) }) });

let noteCalls = 0;
const note = tool(async ({ incident, body }) => {
  noteCalls++;
  if (noteCalls === 1) throw new Error('ServiceNow Table API 429 Too Many Requests: rate limit exceeded for integration user svc-oncall-copilot, retry after 2s');
  return JSON.stringify({ incident, work_note_id: 'a3f1c9e07b2d4e58', created: '2025-06-11T14:33:49Z' });
}, { name: 'add_incident_note', description: 'Adds a work note to an incident.', schema: z.object({ incident: z.string(), body: z.string() }) });

const Q_CANARY = Object.keys(series)[0], Q_STABLE = Object.keys(series)[1], Q_ALL = Object.keys(series)[2];
const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'get_rollout', args: { name: 'checkout', namespace: 'shop-prod' } }] },
  { tool_calls: [{ name: 'get_rollout', args: { name: 'checkout', namespace: 'shop-prod' } }] },
  { tool_calls: [{ name: 'prometheus_query', args: { query: Q_CANARY } }] },
  { tool_calls: [{ name: 'prometheus_query', args: { query: Q_STABLE } }] },
  { tool_calls: [{ name: 'get_pod_events', args: { namespace: 'shop-prod', selector: 'app=checkout,rollouts-pod-template-hash=6f9c8d7b5' } }] },
  { content: 'The checkout canary (revision 42, image checkout:2025.06.11-3) is paused at 20% weight. Over the last 10 minutes 14.23% of canary requests returned 5xx, while the stable revision 41 (checkout:2025.06.10-7, 12/12 ready) returned none. The canary pods are being OOMKilled: they exceed the 1Gi memory limit (peak working set 1.31Gi), 7 restarts so far.\n\nProposal: abort the canary so all traffic goes back to revision 41, then raise the memory limit for the next attempt. I need an approved change id to abort. (The first status call hit a 503 from the Argo API; the retry succeeded.)' },
  { tool_calls: [{ name: 'abort_rollout', args: { name: 'checkout', namespace: 'shop-prod', change_id: 'CHG0031874' } }] },
  { tool_calls: [{ name: 'get_rollout', args: { name: 'checkout', namespace: 'shop-prod' } }] },
  { tool_calls: [{ name: 'patch_rollout_resources', args: { name: 'checkout', namespace: 'shop-prod', container: 'app', memory_limit: '1536Mi', memory_request: '1024Mi', change_id: 'CHG0031874' } }] },
  { tool_calls: [{ name: 'prometheus_query', args: { query: Q_ALL } }] },
  { tool_calls: [{ name: 'add_incident_note', args: { incident: 'INC0048812', body: 'CHG0031874: aborted canary rev 42 of rollouts/checkout in shop-prod (5xx 14.23%, OOMKilled at 1Gi limit, peak 1.31Gi). Stable rev 41 at 12/12. Memory limit set to 1536Mi, request 1024Mi for the next revision. Overall 5xx after abort: 0.09%.' } }] },
  { tool_calls: [{ name: 'add_incident_note', args: { incident: 'INC0048812', body: 'CHG0031874: aborted canary rev 42 of rollouts/checkout in shop-prod (5xx 14.23%, OOMKilled at 1Gi limit, peak 1.31Gi). Stable rev 41 at 12/12. Memory limit set to 1536Mi, request 1024Mi for the next revision. Overall 5xx after abort: 0.09%.' } }] },
  { content: 'Done under CHG0031874:\n- Canary aborted at 14:31:07Z; rollout checkout now serves 100% from stable revision 41 (12/12 ready, canary weight 0). The rollout shows Degraded / RolloutAborted, which is expected until the next revision is pushed.\n- Memory for container app set to limit 1536Mi (1.5Gi) and request 1024Mi (1Gi); it applies to the next revision.\n- Overall checkout 5xx over the last 5 minutes: 0.09%.\n- Work note added to INC0048812 (the first attempt was rate-limited with a 429, the retry went through).' },
] });
const app = await reactGraph({ model, tools: [getRollout, promql, events, abort, patch, note], checkpointer: new MemorySaver(), name: 'oncall-copilot' });

const cfg = { configurable: { thread_id: 'INC0048812-copilot' }, metadata: { session_id: 'INC0048812-copilot' } };
const user = { userId: 'sre.dkowalczyk' };
await t.turn(user, () => app.invoke({ messages: [
  new SystemMessage('You are the on-call copilot for the shop platform (cluster eu-west-1-prod-b). Investigate with read-only tools. Any change to production needs an approved change id from the engineer.'),
  new HumanMessage('INC0048812: checkout error rate alert firing since 14:20. There is a canary running for checkout in shop-prod, can you check if it is the canary?'),
] }, cfg));
await t.turn(user, () => app.invoke({ messages: [
  new HumanMessage('Approved, CHG0031874. Abort the canary and set the memory to 1.5Gi limit / 1Gi request for the next try. Put a note on the incident.'),
] }, cfg));

t.write(path.join(here, 'traces.jsonl'));
