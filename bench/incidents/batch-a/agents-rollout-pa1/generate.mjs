// On-call assistant: the cluster API times out on the first status call, the agent retries, gets a
// real status and only then pauses the rollout.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const status = tool({
  name: 'get_rollout_status', description: 'Status of a Kubernetes deployment rollout.',
  parameters: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }),
  execute: async ({ deployment }) => {
    if (calls++ === 0) throw new Error('context deadline exceeded (Client.Timeout exceeded while awaiting headers) GET https://k8s-api.eu-west-2.internal:6443/apis/apps/v1/namespaces/payments/deployments/' + deployment);
    return JSON.stringify({ deployment, revision: 42, image: 'registry.internal/payments/ledger-api:1.18.3', replicas: 6, updated: 2, ready: 4, unavailable: 2,
      conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }, { type: 'Available', status: 'True' }],
      recent_events: ['Back-off restarting failed container ledger-api in pod ledger-api-7c9f8d6b54-qx2lm', 'Readiness probe failed: HTTP probe failed with statuscode: 500'] });
  },
});
const pause = tool({
  name: 'pause_rollout', description: 'Pause a deployment rollout.',
  parameters: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string(), reason: z.string() }),
  execute: async ({ deployment }) => JSON.stringify({ deployment, paused: true, revision: 42, at: '2025-10-30T02:14:07Z' }),
});

const target = { cluster: 'prod-euw2-b', namespace: 'payments', deployment: 'ledger-api' };
const m = scriptedModel([
  { tool_calls: [{ name: 'get_rollout_status', args: target }] },
  { content: null, tool_calls: [{ name: 'get_rollout_status', args: target }] },
  { tool_calls: [{ name: 'pause_rollout', args: { ...target, reason: 'rev 42: 2 updated pods back-off restarting, readiness probe 500' } }] },
  { content: 'The first status call to prod-euw2-b failed; the retry answered. ledger-api revision 42 (image 1.18.3) has 2 of 6 replicas updated, both restarting in back-off with readiness probe 500s; 4 replicas are ready and the deployment is still Available. I paused the rollout at 02:14:07Z so the old pods keep serving. Next step: check the 1.18.3 logs on ledger-api-7c9f8d6b54-qx2lm, then `kubectl rollout undo` or resume.' },
], { seed: 'rollout-pa1', model: 'gpt-4.1', served: 'gpt-4.1-2025-04-14' });

const agent = new Agent({
  name: 'oncall-copilot',
  instructions: 'You assist the on-call SRE. Always confirm the live status of a rollout before changing it. Retry transient API errors once.',
  model: m, tools: [status, pause],
});
await new Runner({ groupId: 'pd-incident-Q3R8KX', workflowName: 'oncall', traceMetadata: { user_id: 'sre:mkowalski' } })
  .run(agent, 'PagerDuty says ledger-api error rate spiked after the 02:00 deploy on prod-euw2-b. Check the rollout and pause it if it is bad.');
writeTrace(here, 'trace.jsonl');
