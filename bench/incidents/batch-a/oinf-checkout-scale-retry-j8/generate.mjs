// On-call ops assistant (LangGraph.js ReAct loop, scripted model) scaling a Kubernetes deployment
// ahead of a flash sale; traced with OpenInference and written as OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const tr = tracing('opsbot', { 'deployment.environment': 'prod-eu-west-1', 'service.version': '0.9.3' });

let deployCalls = 0;
const getDeployment = tool(async ({ namespace, name }) => {
  deployCalls++;
  if (deployCalls === 1) {
    throw new Error(`kube-apiserver: 504 Gateway Timeout: request did not complete within 10s `
      + `(GET /apis/apps/v1/namespaces/${namespace}/deployments/${name})`);
  }
  return JSON.stringify({ namespace, name, image: 'registry.internal/shop/checkout-api:4.31.2',
    replicas: 6, ready: 6, updated: 6, unavailable: 0, pending: 0, restarts_last_1h: 0,
    resources: { cpu_request: '500m', mem_request: '768Mi' } });
}, {
  name: 'k8s_get_deployment',
  description: 'Reads a Deployment status (replicas, ready, unavailable, pending pods).',
  schema: z.object({ namespace: z.string(), name: z.string() }),
});

const getHpa = tool(async ({ namespace, name }) => JSON.stringify({ namespace, name, min_replicas: 4, max_replicas: 10,
  target_cpu_utilization: 70, current_cpu_utilization: 41, current_replicas: 6, desired_replicas: 6 }), {
  name: 'k8s_get_hpa',
  description: 'Reads a HorizontalPodAutoscaler.',
  schema: z.object({ namespace: z.string(), name: z.string() }),
});

const patchHpa = tool(async ({ namespace, name, min_replicas, max_replicas }) => JSON.stringify({
  namespace, name, patched: true, min_replicas, max_replicas, change_ticket: 'CHG-0318842' }), {
  name: 'k8s_patch_hpa',
  description: 'Patches min/max replicas of a HorizontalPodAutoscaler. Requires a change window.',
  schema: z.object({ namespace: z.string(), name: z.string(), min_replicas: z.number().int(), max_replicas: z.number().int() }),
});

let rollout = 0;
const rolloutStatus = tool(async ({ namespace, name }) => {
  rollout++;
  return rollout === 1
    ? JSON.stringify({ namespace, name, desired: 12, ready: 8, available: 8, pending: 4,
      pending_reasons: { ContainerCreating: 4 }, message: 'Waiting for deployment "checkout-api" rollout to finish: 8 of 12 updated replicas are available...' })
    : JSON.stringify({ namespace, name, desired: 12, ready: 12, available: 12, pending: 0, pending_reasons: {},
      message: 'deployment "checkout-api" successfully rolled out' });
}, {
  name: 'k8s_rollout_status',
  description: 'Rollout / availability status of a Deployment.',
  schema: z.object({ namespace: z.string(), name: z.string() }),
});

const wait = tool(async ({ seconds }) => `waited ${seconds}s`, {
  name: 'wait', description: 'Sleeps before polling again.', schema: z.object({ seconds: z.number().int().max(120) }),
});

const errorRate = tool(async ({ service, window }) => JSON.stringify({ service, window, requests: 18442,
  http_5xx: 0, error_rate_pct: 0.0, p99_latency_ms: 212 }), {
  name: 'prom_error_rate',
  description: 'HTTP 5xx rate and p99 latency for a service from Prometheus.',
  schema: z.object({ service: z.string(), window: z.string() }),
});

const ns = 'shop', dn = 'checkout-api';
const model = new ScriptedChatModel({
  model: 'gpt-4o-2024-08-06',
  replies: [
    { content: '', tool_calls: [{ name: 'k8s_get_deployment', args: { namespace: ns, name: dn } }] },
    { content: 'The API server timed out; retrying the read before changing anything.', tool_calls: [{ name: 'k8s_get_deployment', args: { namespace: ns, name: dn } }] },
    { content: '', tool_calls: [{ name: 'k8s_get_hpa', args: { namespace: ns, name: dn } }] },
    { content: 'HPA max is 10, below the requested 12: raising it first so the autoscaler does not scale the deployment back.',
      tool_calls: [{ name: 'k8s_patch_hpa', args: { namespace: ns, name: dn, min_replicas: 12, max_replicas: 16 } }] },
    { content: '', tool_calls: [{ name: 'k8s_rollout_status', args: { namespace: ns, name: dn } }] },
    { content: '4 pods are still in ContainerCreating; waiting before checking again.', tool_calls: [{ name: 'wait', args: { seconds: 60 } }] },
    { content: '', tool_calls: [{ name: 'k8s_rollout_status', args: { namespace: ns, name: dn } }] },
    { content: '', tool_calls: [{ name: 'prom_error_rate', args: { service: dn, window: '5m' } }] },
    { content: 'Done. checkout-api (ns shop) is at 12/12 ready replicas.\n'
      + '- First read of the deployment hit a 504 from the API server; the retry succeeded (6/6 ready, 0 unavailable, 0 pending) before any change.\n'
      + '- HPA was min 4 / max 10, which would have capped you at 10: patched to min 12 / max 16 under CHG-0318842, so it will not scale below 12 during the sale.\n'
      + '- Rollout: 8/12 available at first check (4 ContainerCreating), 12/12 a minute later, 0 pending.\n'
      + '- Last 5 min: 18,442 requests, 0 5xx (0.0%), p99 212 ms.\n'
      + 'Remember to lower the HPA min back to 4 after the sale (same change ticket).' },
  ],
});

const app = await reactGraph({ model, tools: [getDeployment, getHpa, patchHpa, rolloutStatus, wait, errorRate], name: 'opsbot' });
const session = '5c0e9a7e-3b1d-4f7a-9d1e-2a6b8c4f0e11';
await tr.turn({ userId: 'oncall:dkowalski' }, () => app.invoke({ messages: [
  new SystemMessage('You are opsbot, the on-call assistant for the shop platform (prod-eu-west-1). Read state before '
    + 'changing it, never act on a failed read, and verify every change. Change window CHG-0318842 is open until 19:00 UTC.'),
  new HumanMessage('Flash sale starts 18:00 UTC. Get checkout-api in shop to 12 replicas and make sure the autoscaler '
    + 'won\'t scale it back down during the sale. Confirm it\'s healthy after.'),
] }, { metadata: { session_id: session }, configurable: { thread_id: session } }));

tr.write(path.join(here, 'traces.jsonl'));
