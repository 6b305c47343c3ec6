// On-call SRE assistant. The first status call to the rollout gateway fails with a connection
// reset; the agent retries, gets real numbers, and rolls back as the engineer asked.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let calls = 0;
const rolloutStatus = tool({
  name: 'rollout_status', description: 'Current rollout state of a service in an environment.',
  parameters: z.object({ service: z.string(), env: z.string() }),
  execute: async ({ service, env }) => {
    if (calls++ === 0) throw new Error('read ECONNRESET (argo-gw.internal:8443)');
    return JSON.stringify({ service, env, revision: 'checkout-api-7f9c2d1', previous_revision: 'checkout-api-51ab0e8', ready_pods: 0, desired_pods: 6, restarts_5m: 23, last_event: 'CrashLoopBackOff: panic: missing env STRIPE_WEBHOOK_SECRET' });
  },
});
const rollback = tool({
  name: 'rollback', description: 'Roll a service back to a given revision.',
  parameters: z.object({ service: z.string(), env: z.string(), to_revision: z.string(), reason: z.string() }),
  execute: async (r) => JSON.stringify({ accepted: true, op_id: 'rb-20250304-1142-07', ...r }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'rollout_status', args: { service: 'checkout-api', env: 'prod-eu1' } }] },
  { tool_calls: [{ name: 'rollout_status', args: { service: 'checkout-api', env: 'prod-eu1' } }] },
  { tool_calls: [{ name: 'rollback', args: { service: 'checkout-api', env: 'prod-eu1', to_revision: 'checkout-api-51ab0e8', reason: '0/6 pods ready, CrashLoopBackOff (missing STRIPE_WEBHOOK_SECRET)' } }] },
  { content: 'The first status call hit a connection reset on the gateway, so I retried. The retry showed 0 of 6 pods ready on checkout-api-7f9c2d1 with 23 restarts in 5 minutes (CrashLoopBackOff: missing env STRIPE_WEBHOOK_SECRET). As you asked, I rolled back to checkout-api-51ab0e8 (op rb-20250304-1142-07). The new revision needs that secret added before it is redeployed.' },
], { seed: 'na6-rollback' });

const agent = new Agent({
  name: 'oncall-assistant',
  instructions: 'You help the on-call engineer. Check state before acting; never act on a failed read.',
  model: m, tools: [rolloutStatus, rollback],
});
await new Runner({ groupId: 'inc-4471-slack-C05Q2', workflowName: 'oncall', traceMetadata: { user: 'sre.okafor' } })
  .run(agent, 'checkout-api in prod-eu1 is throwing 502s since the 11:30 deploy. Check the rollout and roll back to the previous revision if the new pods are not healthy.');
writeTrace(here, 'trace.jsonl');
