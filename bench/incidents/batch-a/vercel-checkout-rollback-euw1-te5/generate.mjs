// On-call copilot for the payments platform: reads service health and release history, can roll a
// deployment back and file follow-up tickets. Vercel AI SDK v7 with the LegacyOpenTelemetry
// integration (ai.* attributes), scripted model, OTLP/JSON one request per line.
import {
  generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'oncall-copilot',
  resource: { 'service.version': '0.42.1', 'deployment.environment': 'prod', 'k8s.namespace.name': 'sre-tools' },
  seed: 'vercel-checkout-rollback-euw1-te5',
});
const ids = makeIds('vercel-checkout-rollback-euw1-te5');
const sessionId = 'oncall-INC-20931';
const userId = 'sre:priya.raman';
const telemetry = { functionId: 'oncall-copilot', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

let healthCalls = 0;
const tools = {
  get_service_health: tool({
    description: 'Current health of a service in a region: running release, 5-minute error rate, p95 latency, baseline.',
    inputSchema: z.object({ service: z.string(), region: z.string() }),
    execute: async ({ service, region }) => {
      healthCalls++;
      if (healthCalls === 1) throw new Error('metrics-gateway: upstream responded 503 Service Unavailable (prometheus-eu-west-1-query, retry-after: 2s)');
      if (healthCalls === 2) {
        return { service, region, release: 'v2.31.0', deployed_at: '2025-03-11T14:05:12Z', error_rate_5m: 0.124, baseline_error_rate: 0.004,
          p95_latency_ms: 2310, baseline_p95_ms: 340, top_error: 'HTTP 500 PaymentIntentSerializationError: unknown field "mandate_ref"', healthy_pods: '18/18' };
      }
      return { service, region, release: 'v2.30.4', deployed_at: '2025-03-11T14:31:47Z', error_rate_5m: 0.006, baseline_error_rate: 0.004,
        p95_latency_ms: 365, baseline_p95_ms: 340, top_error: null, healthy_pods: '18/18' };
    },
  }),
  get_release_history: tool({
    description: 'Last releases of a service in a region, newest first.',
    inputSchema: z.object({ service: z.string(), region: z.string(), limit: z.number().int().max(10).default(3) }),
    execute: async () => ({ releases: [
      { version: 'v2.31.0', deployed_at: '2025-03-11T14:05:12Z', author: 'deploy-bot (PR #4418 "SEPA mandate reference on payment intents")', status: 'active' },
      { version: 'v2.30.4', deployed_at: '2025-03-06T09:12:40Z', author: 'deploy-bot (PR #4391)', status: 'superseded', error_rate_7d: 0.003 },
      { version: 'v2.30.3', deployed_at: '2025-03-04T16:50:03Z', author: 'deploy-bot (PR #4380)', status: 'superseded', error_rate_7d: 0.004 },
    ] }),
  }),
  rollback_deployment: tool({
    description: 'Rolls a service in one region back to an earlier release (progressive, 3 waves).',
    inputSchema: z.object({ service: z.string(), region: z.string(), to_version: z.string(), reason: z.string() }),
    execute: async ({ service, region, to_version }) => ({ rollout_id: 'ro-5c1e9a', service, region, to_version, status: 'completed', waves: 3, finished_at: '2025-03-11T14:31:47Z' }),
  }),
  create_ticket: tool({
    description: 'Creates a Jira ticket.',
    inputSchema: z.object({ project: z.string(), type: z.enum(['Bug', 'Task', 'Incident']), priority: z.enum(['P1', 'P2', 'P3']), title: z.string(), body: z.string(), links: z.array(z.string()).optional() }),
    execute: async ({ project }) => ({ key: `${project}-2716`, url: `https://jira.internal.example/browse/${project}-2716` }),
  }),
};

const c = () => ids('call_', 24);
const [c1, c2, c3, c4, c5, c6] = [c(), c(), c(), c(), c(), c()];
const model = scriptedModel({
  modelId: 'gpt-4o-2024-11-20',
  ids,
  replies: [
    { calls: [[c1, 'get_service_health', { service: 'checkout-api', region: 'eu-west-1' }]] },
    { text: 'The metrics gateway returned a 503, retrying.', calls: [[c2, 'get_service_health', { service: 'checkout-api', region: 'eu-west-1' }]] },
    { calls: [[c3, 'get_release_history', { service: 'checkout-api', region: 'eu-west-1', limit: 3 }]] },
    { calls: [[c4, 'rollback_deployment', { service: 'checkout-api', region: 'eu-west-1', to_version: 'v2.30.4',
      reason: 'INC-20931: error rate 12.4% (baseline 0.4%), p95 2310 ms since v2.31.0 at 14:05Z; top error PaymentIntentSerializationError "mandate_ref"' }]] },
    { calls: [[c5, 'get_service_health', { service: 'checkout-api', region: 'eu-west-1' }]] },
    'Rolled back. Summary:\n\n' +
      '- The first health query hit a 503 from the metrics gateway; the retry went through.\n' +
      '- **Cause:** v2.31.0 (deployed 14:05Z, PR #4418 "SEPA mandate reference on payment intents"). Error rate was 12.4% vs a 0.4% baseline, ' +
      'p95 2310 ms vs 340 ms, top error `PaymentIntentSerializationError: unknown field "mandate_ref"`.\n' +
      '- **Action:** rollback `ro-5c1e9a` to v2.30.4 completed at 14:31:47Z (3 waves).\n' +
      '- **Now:** error rate 0.6% over the last 5 min (the window still includes a few minutes of the bad release), p95 365 ms, 18/18 pods healthy.',
    { calls: [[c6, 'create_ticket', { project: 'PAY', type: 'Bug', priority: 'P2', title: 'v2.31.0: PaymentIntentSerializationError on mandate_ref (rolled back in eu-west-1)',
      body: 'INC-20931. v2.31.0 (PR #4418) raised checkout-api error rate in eu-west-1 to 12.4% (baseline 0.4%), p95 2310 ms. Top error: HTTP 500 PaymentIntentSerializationError: unknown field "mandate_ref". Rolled back to v2.30.4 via ro-5c1e9a at 14:31:47Z; error rate back to 0.6% (5m). Please fix before redeploying.',
      links: ['INC-20931', 'PR #4418'] }]] },
    'Filed **PAY-2716** (Bug, P2) for the payments team with the numbers, the top error and the rollback id: https://jira.internal.example/browse/PAY-2716',
  ],
});

const system = 'You are the on-call copilot for the payments platform. Use the tools to check service health and releases. ' +
  'You may roll back a deployment when the data shows the newest release is the cause. Be concise; cite the numbers you used.';

const q1 = 'checkout-api in eu-west-1 is throwing 500s since the 14:05 deploy, INC-20931. Check it and roll back if the new release is the cause.';
const r1 = await generateText({ model, system, prompt: q1, tools, stopWhen: stepCountIs(8), runtimeContext: { sessionId, userId }, telemetry });
const line1 = await flush();
const q2 = 'Thanks. Open a P2 bug for the payments team so they fix it before redeploying.';
await generateText({
  model, system, messages: [{ role: 'user', content: q1 }, ...r1.response.messages, { role: 'user', content: q2 }],
  tools, stopWhen: stepCountIs(4), runtimeContext: { sessionId, userId }, telemetry,
});
const line2 = await flush();

writeJsonl(out, 'spans.jsonl', [line1, line2]);
console.log('wrote', out);
