// Platform-ops agent applying a compliance retention policy to an object-storage bucket.
// The storage tool is declared with a raw JSON schema (jsonSchema(), no validator attached).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('log-retention-te0');
const { flush, tracer } = setupTracing({ serviceName: 'opsbot', seed: 'log-retention-te0', resource: { 'k8s.namespace.name': 'platform-tools' } });

const sessionId = 'ops-thread:C04PLAT9:1741079521.004900';
const userId = 'U02KJ7M1R';

const getPolicy = tool({
  description: 'Fetch a data-retention policy from the compliance registry.',
  inputSchema: jsonSchema({ type: 'object', properties: { policy_id: { type: 'string' } }, required: ['policy_id'], additionalProperties: false }),
  execute: async ({ policy_id }) => ({
    policy_id, title: 'Audit log retention (SOC 2 CC7.2)', applies_to: ['s3://audit-logs-prod'],
    log_retention: '90d', legal_hold: false, owner: 'secops@corp.example', revision: 7,
  }),
});

const setLifecycle = tool({
  description: 'Set the expiration lifecycle rule of a bucket. Objects older than expire_after_seconds are deleted.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      bucket: { type: 'string' },
      prefix: { type: 'string' },
      expire_after_seconds: { type: 'integer', minimum: 3600, description: 'age in seconds after which objects are deleted' },
    },
    required: ['bucket', 'expire_after_seconds'],
    additionalProperties: false,
  }),
  execute: async ({ bucket, prefix = '', expire_after_seconds }) => {
    const secs = Number.parseInt(expire_after_seconds, 10);
    return { bucket, prefix, rule_id: 'lc-expire-01', expiration_seconds: secs, status: 'Enabled', applied_at: new Date().toISOString() };
  },
});

const model = scriptedModel({
  provider: 'openai.responses', modelId: 'gpt-4.1', ids, responsePrefix: 'resp_',
  replies: [
    { calls: [['call_pol_8TQ', 'get_policy', { policy_id: 'RET-AUDIT-001' }]] },
    { calls: [['call_lc_3Hw', 'set_bucket_lifecycle', { bucket: 'audit-logs-prod', prefix: '', expire_after_seconds: '90d' }]] },
    'Done: `audit-logs-prod` now has lifecycle rule `lc-expire-01` (Enabled) matching policy RET-AUDIT-001 rev 7 — audit logs are kept for 90 days, then expire.',
  ],
});

await tracer.startActiveSpan('slack.mention', { attributes: { 'gen_ai.conversation.id': sessionId, 'enduser.id': userId, 'slack.channel': 'C04PLAT9' } }, async (span) => {
  await generateText({
    model,
    system: 'You are opsbot, the platform team\'s automation agent. Apply compliance policies exactly as written in the registry.',
    prompt: '@opsbot please apply retention policy RET-AUDIT-001 to the audit-logs-prod bucket, the auditors check it on Monday',
    tools: { get_policy: getPolicy, set_bucket_lifecycle: setLifecycle },
    stopWhen: stepCountIs(4),
    telemetry: { functionId: 'opsbot', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(dir, 'spans.jsonl', [await flush()]);
