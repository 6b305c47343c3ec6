// On-call devops assistant (English): a rollout status check times out once, is retried and
// succeeds, and only then is traffic shifted.
// Produced offline with @openai/agents and a scripted fake Chat Completions model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let statusCalls = 0;
const rolloutStatus = tool({
  name: 'rollout_status',
  description: 'Reports the rollout status of a deployment (ready replicas, revision).',
  parameters: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }),
  execute: async ({ cluster, namespace, deployment }) => {
    statusCalls++;
    if (statusCalls === 1) throw new Error(`context deadline exceeded: GET https://${cluster}.k8s.internal/apis/apps/v1/namespaces/${namespace}/deployments/${deployment} (timeout 10s)`);
    return JSON.stringify({ deployment, namespace, revision: 48, image: 'registry.internal/payments-api:2026.03.2', replicas: 6, ready: 6, updated: 6, unavailable: 0, condition: 'Progressing=True (NewReplicaSetAvailable)' });
  },
});

const shiftTraffic = tool({
  name: 'shift_traffic',
  description: 'Sets the canary weight (percent) on the ingress for a deployment.',
  parameters: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string(), weight_percent: z.number().int() }),
  execute: async ({ deployment, weight_percent }) => JSON.stringify({ deployment, weight_percent, previous_weight_percent: 10, applied: true, change_id: 'chg-7f1c22' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'rollout_status', args: { cluster: 'prod-eu-west-1', namespace: 'payments', deployment: 'payments-api' } }] },
  { content: null, tool_calls: [{ name: 'rollout_status', args: { cluster: 'prod-eu-west-1', namespace: 'payments', deployment: 'payments-api' } }] },
  { tool_calls: [{ name: 'shift_traffic', args: { cluster: 'prod-eu-west-1', namespace: 'payments', deployment: 'payments-api', weight_percent: 50 } }] },
  { content: 'The first status check timed out against the API server, so I re-ran it: payments-api revision 48 (2026.03.2) has 6/6 replicas ready and updated, 0 unavailable. I then moved canary traffic from 10% to 50% (change chg-7f1c22).' },
], { seed: 'rollout-ma6' });

const agent = new Agent({
  name: 'oncall-assistant',
  instructions: 'You help the on-call engineer with progressive rollouts. Never shift traffic unless the rollout status shows every replica ready.',
  model, tools: [rolloutStatus, shiftTraffic],
});

const runner = new Runner({ groupId: 'INC-40211', workflowName: 'progressive-rollout', traceMetadata: { user_id: 'oncall:k.mensah' } });
await runner.run(agent, 'payments-api 2026.03.2 canary looks fine on dashboards. If the rollout is healthy in prod-eu-west-1, bump it to 50%.');
writeTrace(here, 'trace.jsonl');
