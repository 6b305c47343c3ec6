// On-call Slack assistant of a platform team (English). The release-history call fails once with a 503
// from the deploy API; the agent retries it, gets the history, rolls back to the previous release and
// checks the rollout before answering. Vercel AI SDK (ai v7) + @ai-sdk/otel LegacyOpenTelemetry (ai.*
// attributes); the Slack thread and user come from the runtime context. Saved as one pretty-printed
// OTLP/JSON request body.
import {
  setupTracing, scriptedModel, makeIds, writeJsonDocument, scriptDir, sleep,
  generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'opsbot',
  resource: { 'deployment.environment': 'internal', 'service.version': '0.41.2', 'k8s.namespace.name': 'platform-tools' },
  seed: 'vercel-oncall-rollback-retry',
});
const ids = makeIds('vercel-oncall-rollback-retry');

let releaseCalls = 0;
const tools = {
  list_releases: tool({
    description: 'Lists the most recent releases of a service in an environment, newest first.',
    inputSchema: z.object({ service: z.string(), environment: z.enum(['staging', 'prod']), limit: z.number().int().max(20) }),
    execute: async ({ service, environment, limit }) => {
      await sleep(releaseCalls === 0 ? 1200 : 90);
      if (releaseCalls++ === 0) {
        throw new Error('deploy-api GET /v2/services/payments-api/releases?env=prod: 503 Service Unavailable (upstream connect error or disconnect/reset before headers)');
      }
      return {
        service, environment,
        releases: [
          { version: 'v3.18.0', sha: '9c41e7a', deployed_at: '2024-11-18T14:02:11Z', deployed_by: 'ci-bot', current: true },
          { version: 'v3.17.2', sha: '4be0d13', deployed_at: '2024-11-12T09:47:53Z', deployed_by: 'ci-bot', current: false },
          { version: 'v3.17.1', sha: '71aa2f8', deployed_at: '2024-11-07T16:20:05Z', deployed_by: 'ci-bot', current: false },
        ].slice(0, limit),
      };
    },
  }),
  rollback_service: tool({
    description: 'Rolls a service back to an earlier release. Requires the exact version string.',
    inputSchema: z.object({ service: z.string(), environment: z.enum(['staging', 'prod']), target_version: z.string(), reason: z.string() }),
    execute: async ({ service, environment, target_version }) => {
      await sleep(300);
      return { rollout_id: 'ro-20241118-1431-7f2c', service, environment, from_version: 'v3.18.0', to_version: target_version, state: 'in_progress' };
    },
  }),
  rollout_status: tool({
    description: 'Status of a rollout.',
    inputSchema: z.object({ rollout_id: z.string() }),
    execute: async ({ rollout_id }) => {
      await sleep(150);
      return { rollout_id, state: 'complete', ready_replicas: 6, desired_replicas: 6, version: 'v3.17.2', http_5xx_rate_1m: 0.002 };
    },
  }),
};

await generateText({
  model: scriptedModel({
    provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', ids, responsePrefix: 'msg_01',
    replies: [
      { text: 'Checking the release history for payments-api in prod.',
        calls: [['toolu_01HkV3pQ9wXe7RmT2aLs4NcJ', 'list_releases', { service: 'payments-api', environment: 'prod', limit: 5 }]] },
      { text: 'The deploy API returned a 503; retrying once before doing anything.',
        calls: [['toolu_01Bd8YfK2mZq5UoW6tRj1EsG', 'list_releases', { service: 'payments-api', environment: 'prod', limit: 5 }]] },
      { calls: [['toolu_01Np4CxA7hLv9GsQ3eDk8WyM', 'rollback_service', {
        service: 'payments-api', environment: 'prod', target_version: 'v3.17.2',
        reason: 'Elevated 500s after v3.18.0 deploy, requested by on-call in #inc-payments' }]] },
      { calls: [['toolu_01Tz6RbM1jPw4KfH8nXc2VqE', 'rollout_status', { rollout_id: 'ro-20241118-1431-7f2c' }]] },
      'Rolled back payments-api in prod from v3.18.0 (9c41e7a, deployed 14:02 UTC today) to the previous release v3.17.2 '
        + '(4be0d13, deployed Nov 12). Rollout ro-20241118-1431-7f2c is complete: 6/6 replicas ready on v3.17.2 and the '
        + '5xx rate over the last minute is 0.2%. Note: the first release-history request failed with a 503 from deploy-api; '
        + 'the retry succeeded, so the version above comes from the second call.',
    ],
  }),
  system: 'You are opsbot, the on-call assistant of the platform team. You may roll back services when an on-call '
    + 'engineer asks. Always confirm the target version from the release history before rolling back; never guess it.',
  prompt: '@opsbot payments-api started throwing 500s right after today\'s deploy. Roll prod back to the previous release please.',
  tools,
  stopWhen: stepCountIs(8),
  runtimeContext: { sessionId: 'slack-C04QX2M1T-1731939061.417299', userId: 'U05AB2K9LMN' },
  telemetry: { functionId: 'opsbot-incident', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});

writeJsonDocument(out, 'otlp-request.json', await flush());
