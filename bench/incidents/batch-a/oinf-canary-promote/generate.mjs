// On-call ChatOps assistant (English, Slack): checks a canary rollout and promotes it one step.
// The rollout API times out once; the agent retries and acts on the successful read.
// Scripted chat model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('sre-chatops-bot', { 'k8s.cluster.name': 'prod-euw1-b', 'service.version': '0.38.0' });

let statusCalls = 0;
const getRolloutStatus = tool(async ({ namespace, rollout }) => {
  statusCalls += 1;
  if (statusCalls === 1) {
    throw new Error('argo-rollouts API: upstream request timeout (HTTP 504) after 10000ms GET /api/v1/rollouts/' + namespace + '/' + rollout);
  }
  return JSON.stringify({
    rollout, namespace, phase: 'Paused', message: 'CanaryPauseStep', current_step: 3, total_steps: 6,
    stable_revision: 'checkout-api-7d9f6c5b8', canary_revision: 'checkout-api-5c48b9f7d', canary_image: 'registry.internal/checkout-api:2.31.0',
    set_weight: 20,
    analysis_run: { name: 'checkout-api-5c48b9f7d-3-success-rate', phase: 'Successful', samples: 12,
      canary: { http_5xx_pct: 0.18, p99_latency_ms: 398 }, stable: { http_5xx_pct: 0.22, p99_latency_ms: 421 },
      thresholds: { http_5xx_pct_max: 1.0, p99_latency_ms_max: 600 } },
  });
}, {
  name: 'get_rollout_status',
  description: 'Reads an Argo Rollout: phase, current step, weights and the latest AnalysisRun.',
  schema: z.object({ namespace: z.string(), rollout: z.string() }),
});

const listFiringAlerts = tool(async ({ service, since_minutes }) => JSON.stringify({ service, since_minutes, firing: [], silenced: [] }), {
  name: 'list_firing_alerts',
  description: 'Alertmanager: alerts currently firing or silenced for a service.',
  schema: z.object({ service: z.string(), since_minutes: z.number().int() }),
});

const promoteRollout = tool(async ({ namespace, rollout, expected_step }) => JSON.stringify({
  rollout, namespace, accepted: true, previous_step: expected_step, current_step: expected_step + 1, set_weight: 50,
  phase: 'Progressing', audit_id: 'audit-2024-11-08T14:52:07Z-0193',
}), {
  name: 'promote_rollout',
  description: 'Promotes a paused canary to its next step (kubectl argo rollouts promote). Refuses if the rollout is not at expected_step.',
  schema: z.object({ namespace: z.string(), rollout: z.string(), expected_step: z.number().int() }),
});

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { tool_calls: [{ name: 'get_rollout_status', args: { namespace: 'payments', rollout: 'checkout-api' } }] },
  { content: 'The rollouts API timed out (504). Retrying once before deciding anything.',
    tool_calls: [{ name: 'get_rollout_status', args: { namespace: 'payments', rollout: 'checkout-api' } }] },
  { tool_calls: [{ name: 'list_firing_alerts', args: { service: 'checkout-api', since_minutes: 30 } }] },
  { content: 'Canary analysis passed (5xx 0.18% vs 0.22% stable, p99 398 ms vs 421 ms) and nothing is firing. Promoting from step 3.',
    tool_calls: [{ name: 'promote_rollout', args: { namespace: 'payments', rollout: 'checkout-api', expected_step: 3 } }] },
  { content: 'Promoted `checkout-api` (payments) from step 3 to step 4 of 6 — canary weight is now 50%.\n'
    + '• First status read timed out (504); the retry succeeded.\n'
    + '• AnalysisRun `checkout-api-5c48b9f7d-3-success-rate`: Successful, 12 samples — 5xx 0.18% (stable 0.22%), p99 398 ms (stable 421 ms), thresholds 1.0% / 600 ms.\n'
    + '• No alerts firing or silenced for checkout-api in the last 30 min.\n'
    + 'Audit: audit-2024-11-08T14:52:07Z-0193.' },
] });

const app = await reactGraph({ model, tools: [getRolloutStatus, listFiringAlerts, promoteRollout], name: 'chatops-rollouts',
  prepare: (m) => [new SystemMessage('You are the SRE ChatOps assistant. Before promoting a canary, read its status and the '
    + 'firing alerts; never promote on partial data. If a read fails, retry it or stop and say so.'), ...m] });

await t.turn({ userId: 'U04QX7M2K9L' }, () => app.invoke({ messages: [new HumanMessage(
  'can you check the checkout-api canary in payments and promote it to the next step if it looks healthy?')] },
  { metadata: { session_id: 'c1f4e2a8-3b7d-4e59-9a0c-5d2b8f61e7a3', slack_channel: 'C02INC-DEPLOYS' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
