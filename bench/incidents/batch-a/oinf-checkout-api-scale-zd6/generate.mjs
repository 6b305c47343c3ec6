// Platform on-call assistant (LangGraph.js ReAct loop) scaling a deployment for a traffic peak.
// Traced with @arizeai/openinference-instrumentation-langchain, written as OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, callId } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('platform-copilot', { 'deployment.environment': 'prod', 'service.version': '3.14.2' });

let statusCalls = 0;
const getDeploymentStatus = tool(async ({ cluster, namespace, deployment }) => {
  statusCalls++;
  if (statusCalls === 1) {
    throw new Error(`upstream request timeout: GET https://k8s-api.${cluster}.internal:6443/apis/apps/v1/namespaces/${namespace}/deployments/${deployment} (context deadline exceeded after 10s)`);
  }
  return JSON.stringify({
    cluster, namespace, deployment,
    replicas: 6, readyReplicas: 6, updatedReplicas: 6, availableReplicas: 6,
    image: 'registry.internal/payments/checkout-api:2024.11.27-rc3',
    hpa: { minReplicas: 4, maxReplicas: 12, currentCPUUtilizationPercentage: 71 },
    observedGeneration: 418,
  });
}, {
  name: 'get_deployment_status',
  description: 'Read the current replica counts and HPA bounds of a Kubernetes deployment.',
  schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }),
});

const scaleDeployment = tool(async ({ cluster, namespace, deployment, replicas, change_ticket }) => JSON.stringify({
  status: 'accepted', cluster, namespace, deployment, previousReplicas: 6, replicas, change_ticket,
  auditId: 'aud-7f3c21e9', observedGeneration: 419,
}), {
  name: 'scale_deployment',
  description: 'Set the replica count of a deployment. Requires an approved change ticket.',
  schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string(),
    replicas: z.number().int().min(1).max(12), change_ticket: z.string() }),
});

const postSlack = tool(async ({ channel, text }) => JSON.stringify({ ok: true, channel, ts: '1732778461.204319' }), {
  name: 'post_slack_message',
  description: 'Post a message to a Slack channel.',
  schema: z.object({ channel: z.string(), text: z.string() }),
});

const target = { cluster: 'prod-eu-1', namespace: 'payments', deployment: 'checkout-api' };
const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ name: 'get_deployment_status', args: target }] },
  { content: 'The API server timed out; trying the read once more before changing anything.',
    tool_calls: [{ name: 'get_deployment_status', args: target }] },
  { content: '', tool_calls: [{ name: 'scale_deployment', args: { ...target, replicas: 8, change_ticket: 'CHG0041187' } }] },
  { content: '', tool_calls: [{ name: 'post_slack_message', args: { channel: '#payments-oncall',
    text: ':arrow_up: checkout-api (prod-eu-1/payments) scaled 6 → 8 replicas for the Black Friday ramp. CHG0041187, audit aud-7f3c21e9. HPA bounds unchanged (4–12).' } }] },
  { content: 'Done. checkout-api in prod-eu-1 was at 6/6 ready replicas (the first status read timed out, the second succeeded); I scaled it to 8 under CHG0041187 (audit aud-7f3c21e9) and posted the update in #payments-oncall. The HPA range is still 4–12, so autoscaling can take it further if CPU stays above target.' },
]});

const app = await reactGraph({ model, tools: [getDeploymentStatus, scaleDeployment, postSlack], name: 'platform-copilot' });
const sessionId = 'oncall-2024-11-28-eu-0712';
await t.turn({ userId: 'u-mkowalczyk' }, () => app.invoke({ messages: [
  new SystemMessage('You are the platform on-call copilot. Always read the live state of a deployment before changing it. Scaling needs a change ticket.'),
  new HumanMessage('Black Friday traffic is ramping. Bump checkout-api in prod-eu-1 (namespace payments) by 2 replicas, change ticket CHG0041187, and post in #payments-oncall when done.'),
] }, { metadata: { session_id: sessionId }, runName: 'platform-copilot' }));

t.write(path.join(here, 'traces.jsonl'));
