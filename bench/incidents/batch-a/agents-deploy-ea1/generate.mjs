// Release on-call assistant (English). The rollout status API fails twice (503, then a timeout);
// the third call succeeds and the agent pauses the canary on the numbers the successful call returned.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let calls = 0;
const rolloutStatus = tool({
  name: 'rollout_status', description: 'Current state of a progressive rollout (canary metrics included).',
  parameters: z.object({ rollout: z.string() }),
  execute: async ({ rollout }) => {
    calls++;
    if (calls === 1) throw new Error('HTTP 503 Service Unavailable from deployctl-api.internal (upstream: etcd leader election)');
    if (calls === 2) throw new Error('ETIMEDOUT: deployctl-api.internal:8443 did not answer within 10000 ms');
    return JSON.stringify({ rollout, service: 'checkout-gateway', from: 'v4.31.2', to: 'v4.32.0', stage: 'canary', traffic_pct: 10,
      canary: { http_5xx_rate: 0.046, p99_ms: 1840 }, baseline: { http_5xx_rate: 0.003, p99_ms: 412 }, slo: { http_5xx_rate_max: 0.01 } });
  },
});
const pauseRollout = tool({
  name: 'pause_rollout', description: 'Pause a progressive rollout and hold traffic at its current split.',
  parameters: z.object({ rollout: z.string(), reason: z.string() }),
  execute: async ({ rollout }) => JSON.stringify({ rollout, state: 'paused', traffic_pct: 10, paused_by: 'oncall-bot', at: '2025-11-14T03:12:47Z' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'rollout_status', args: { rollout: 'ro-7f41c2' } }] },
  { tool_calls: [{ name: 'rollout_status', args: { rollout: 'ro-7f41c2' } }] },
  { tool_calls: [{ name: 'rollout_status', args: { rollout: 'ro-7f41c2' } }] },
  { tool_calls: [{ name: 'pause_rollout', args: { rollout: 'ro-7f41c2', reason: 'canary 5xx 4.6% vs SLO 1% (baseline 0.3%), p99 1840 ms vs 412 ms' } }] },
  { content: 'The status API errored on my first two calls but answered on the third. Canary v4.32.0 of checkout-gateway at 10% traffic shows a 4.6% 5xx rate against a 1% SLO (baseline 0.3%) and p99 1840 ms vs 412 ms, so I paused rollout ro-7f41c2 at 10%. Traffic stays split until someone resumes or rolls back.' },
], { seed: 'ea1-deploy' });

const agent = new Agent({
  name: 'release-oncall', model: m, tools: [rolloutStatus, pauseRollout],
  instructions: 'You watch progressive rollouts. Never act on a rollout without fresh metrics. Pause a canary that breaks its SLO.',
});
await new Runner({ groupId: 'pd-incident-Q3X9PLM2', workflowName: 'release-oncall', traceMetadata: { user: 'sre-mkowalski' } })
  .run(agent, 'PagerDuty paged on checkout-gateway errors. Is rollout ro-7f41c2 to blame? Pause it if the canary is bad.');
writeTrace(here, 'trace.jsonl');
