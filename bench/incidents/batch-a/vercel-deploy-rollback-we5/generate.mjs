// On-call DevOps assistant (Vercel AI SDK v7, scripted model, no network). The deploy API answers 503
// to the first request while the control plane fails over, and the agent retries.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'oncall-copilot', resource: { 'deployment.environment': 'ops', 'k8s.cluster.name': 'prd-euc1-a' }, seed: 'rollback-we5' });
const ids = makeIds('rollback-we5');

let attempts = 0;
const get_rollout = tool({
  description: 'Current rollout of a service: live revision, previous healthy revision, error rate.',
  inputSchema: z.object({ service: z.string(), namespace: z.string() }),
  execute: async ({ service, namespace }) => {
    if (attempts++ === 0) throw new Error('503 Service Unavailable: deploy-api control plane leader election in progress, retry after 2s');
    return { service, namespace, live_revision: 'checkout-api-00418-xk2', live_since: '2024-11-12T09:41:07Z', previous_healthy: 'checkout-api-00417-q9d',
      http_5xx_rate_5m: 0.214, p99_ms: 2870, replicas_ready: '6/6' };
  },
});
const rollback = tool({
  description: 'Roll a service back to a given revision. Requires an incident id.',
  inputSchema: z.object({ service: z.string(), namespace: z.string(), to_revision: z.string(), incident: z.string() }),
  execute: async (a) => ({ ...a, operation: 'op-7c1e22', status: 'RolledBack', replicas_ready: '6/6', took_s: 41 }),
});

const model = scriptedModel({ modelId: 'gpt-4.1', ids, replies: [
  { calls: [['call_' + ids('', 24), 'get_rollout', { service: 'checkout-api', namespace: 'payments' }]] },
  { text: 'The deploy API is failing over; retrying.', calls: [['call_' + ids('', 24), 'get_rollout', { service: 'checkout-api', namespace: 'payments' }]] },
  { calls: [['call_' + ids('', 24), 'rollback', { service: 'checkout-api', namespace: 'payments', to_revision: 'checkout-api-00417-q9d', incident: 'INC-20241112-0457' }]] },
  'Rolled checkout-api (payments) back from checkout-api-00418-xk2 to checkout-api-00417-q9d under INC-20241112-0457 (op-7c1e22, 41 s, 6/6 replicas ready). Before the rollback the 5xx rate was 21.4% over 5 min with p99 at 2870 ms. The first status call hit a 503 during the control-plane failover; the retry succeeded.',
] });

await generateText({
  model,
  system: 'You are the on-call copilot for the platform team. Act only on data returned by the tools. Rollbacks need an incident id.',
  prompt: 'PagerDuty fired for checkout-api in payments, INC-20241112-0457. If the latest rollout is bad, roll it back to the last healthy revision.',
  tools: { get_rollout, rollback },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'slack-C05PAYOPS-1731404512.338', userId: 'U04JH7Q2M' },
  telemetry: { functionId: 'oncall-agent', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'spans.jsonl', [await flush()]);
