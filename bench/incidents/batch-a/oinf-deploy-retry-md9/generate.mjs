// On-call assistant (English): LangGraph.js agent checks a rollout; the first status call times out,
// the retry succeeds, and the answer is built from the retried result. Traced with OpenInference.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('oncall-copilot', { 'deployment.environment': 'ops' });

let statusCalls = 0;
const rolloutStatus = tool(async ({ service, cluster }) => {
  if (statusCalls++ === 0) throw new Error(`GET https://argocd.internal/api/v1/applications/${service}-${cluster}: 504 Gateway Timeout after 30000ms`);
  return JSON.stringify({ app: `${service}-${cluster}`, revision: 'a91f3c7', sync: 'Synced', health: 'Healthy',
    replicas: { desired: 12, ready: 12, updated: 12 }, canary_weight: 100, finished_at: '2025-03-14T09:42:18Z' });
}, { name: 'rollout_status', description: 'Argo CD sync and health of a service in a cluster',
  schema: z.object({ service: z.string(), cluster: z.string() }) });
const errorRate = tool(async ({ service, window }) => JSON.stringify({ service, window, http_5xx_ratio: 0.0011, p99_ms: 412, baseline_5xx_ratio: 0.0009 }),
  { name: 'slo_metrics', description: 'Error ratio and latency from Prometheus', schema: z.object({ service: z.string(), window: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { content: '', tool_calls: [{ name: 'rollout_status', args: { service: 'checkout-api', cluster: 'eu-west-1-prod' } }] },
  { content: 'Argo CD timed out, retrying once.', tool_calls: [{ name: 'rollout_status', args: { service: 'checkout-api', cluster: 'eu-west-1-prod' } }] },
  { content: '', tool_calls: [{ name: 'slo_metrics', args: { service: 'checkout-api', window: '30m' } }] },
  { content: 'checkout-api on eu-west-1-prod is fully rolled out: revision a91f3c7, Synced and Healthy, 12/12 replicas ready, canary at 100% since 09:42 UTC. The first status call hit a 504 from Argo CD; the retry came back clean. Over the last 30 min the 5xx ratio is 0.11% (baseline 0.09%) and p99 is 412 ms, so nothing points at the deploy. Safe to close the change ticket.' },
] });

const app = await reactGraph({ model, tools: [rolloutStatus, errorRate], name: 'oncall-agent',
  prepare: (m) => [new SystemMessage('You are the on-call copilot. Verify rollouts with live data before answering.'), ...m] });
await t.turn({ userId: 'u_7d21f0' }, () => app.invoke({ messages: [new HumanMessage('did the checkout-api deploy to eu-west-1-prod finish ok? want to close CHG0041187')] },
  { metadata: { session_id: 'slack-C04QK2-1710409501.338219' } }));
t.write(path.join(here, 'traces.jsonl'));
