// On-call assistant (English). The first status read hits a 503 from the deploy API; the agent retries,
// gets a good read, and only then promotes the canary. Error rate 0 and an empty alert list are real values.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('canary-ye5');
const { flush } = setupTracing({ serviceName: 'oncall-copilot', seed: 'canary-ye5' });
const sessionId = 'inc-thread/PAY-API/2025-03-12T09:41Z';
const userId = 'U04RT8KQ2';

let statusCalls = 0;
const tools = {
  canary_status: tool({
    description: 'Reads health of a canary deployment from the deploy API.',
    inputSchema: z.object({ service: z.string(), rollout_id: z.string() }),
    execute: async ({ service, rollout_id }) => {
      statusCalls++;
      if (statusCalls === 1) throw new Error('deploy-api: 503 Service Unavailable (upstream connect error, retry after 2s)');
      return { service, rollout_id, canary_weight_pct: 10, replicas_ready: '3/3', http_5xx_rate: 0, p99_latency_ms: 212,
        baseline_p99_latency_ms: 219, open_alerts: [], observed_minutes: 30 };
    },
  }),
  promote_rollout: tool({
    description: 'Promotes a canary rollout to 100% traffic.',
    inputSchema: z.object({ rollout_id: z.string(), reason: z.string() }),
    execute: async ({ rollout_id }) => ({ rollout_id, state: 'promoting', target_weight_pct: 100, eta_minutes: 6 }),
  }),
};

const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-latest', ids, responsePrefix: 'msg_', replies: [
  { calls: [['toolu_01' + ids('', 14), 'canary_status', { service: 'pay-api', rollout_id: 'ro-7c41e9' }]] },
  { text: 'The deploy API returned a 503; retrying the status read before deciding anything.',
    calls: [['toolu_01' + ids('', 14), 'canary_status', { service: 'pay-api', rollout_id: 'ro-7c41e9' }]] },
  { calls: [['toolu_01' + ids('', 14), 'promote_rollout', { rollout_id: 'ro-7c41e9', reason: '30 min at 10%: 3/3 ready, 0 5xx, p99 212ms vs 219ms baseline, no open alerts' }]] },
  'Promoting ro-7c41e9 (pay-api) to 100%. The first status read failed with a 503 from the deploy API; the retry succeeded: after 30 minutes at 10% the canary has 3/3 replicas ready, a 5xx rate of 0, p99 212 ms against a 219 ms baseline and no open alerts. ETA about 6 minutes.',
]});

await generateText({
  model,
  system: 'You are the on-call copilot. Never promote a rollout without a successful, healthy status read.',
  prompt: 'pay-api canary ro-7c41e9 has been at 10% for 30 min — if it looks healthy, promote it.',
  tools, stopWhen: stepCountIs(6),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'oncall-copilot', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
