// On-call ChatOps bot (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration). A Slack thread message
// reaches the "incident-lead" agent; it delegates deployment changes to a "deployer" agent that runs as a
// child generateText inside the delegate tool and receives only the task text the lead writes.
// Offline: scripted MockLanguageModelV4 models, no network.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  OpenTelemetry, writeJsonl, scriptDir, context, trace, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'opsbot',
  resource: { 'deployment.environment': 'prod', 'service.version': '0.31.4', 'k8s.namespace.name': 'platform-tools' },
  seed: 'vercel-payments-rollback-delegate-z4',
});
const ids = makeIds('vercel-payments-rollback-delegate-z4');
const cid = () => 'call_' + ids('', 24);
const telemetry = (functionId) => ({ functionId, integrations: [new OpenTelemetry()] });

// ---- deployer (child) ----
const deployerTools = {
  list_releases: tool({
    description: 'List recent releases of a service with the regions they are deployed to.',
    inputSchema: z.object({ service: z.string(), limit: z.number().int().default(5) }),
    execute: async () => ({ service: 'payments-api', releases: [
      { version: 'v2.15.0', built: '2025-05-20T13:41Z', image: 'sha256:9f1c…e02a', deployed_to: ['eu-west-1'] },
      { version: 'v2.14.2', built: '2025-05-16T09:12Z', image: 'sha256:44ab…71d0', deployed_to: [], note: 'ca-bundle refresh' },
      { version: 'v2.14.1', built: '2025-05-09T15:03Z', image: 'sha256:c3d8…0b19', deployed_to: ['us-east-1'] },
      { version: 'v2.14.0', built: '2025-05-02T10:27Z', image: 'sha256:1e77…9a4c', deployed_to: [] },
    ] }),
  }),
  rollback: tool({
    description: 'Roll a service back to a given release in one region (blue/green switch).',
    inputSchema: z.object({ service: z.string(), region: z.string(), target_version: z.string(), reason: z.string() }),
    execute: async ({ service, region, target_version }) => ({
      deployment_id: 'dep-' + ids('', 10).toLowerCase(), service, region, from_version: 'v2.15.0', to_version: target_version,
      status: 'succeeded', healthy_pods: '12/12', finished_at: '2025-05-20T14:31:07Z',
    }),
  }),
};
async function runDeployer(task) {
  const res = await generateText({
    model: scriptedModel({ ids, modelId: 'gpt-4o-mini', replies: [
      { calls: [[cid(), 'list_releases', { service: 'payments-api', limit: 5 }]] },
      { calls: [[cid(), 'rollback', { service: 'payments-api', region: 'eu-west-1', target_version: 'v2.14.2', reason: '502s after v2.15.0 deploy' }]] },
      'Rolled back payments-api in eu-west-1 from v2.15.0 to v2.14.2 (previous release). Deployment succeeded, 12/12 pods healthy.',
    ] }),
    system: 'You are the deployer agent. You execute deployment tasks exactly as given, using the release tools. Report what you changed.',
    prompt: task,
    tools: deployerTools,
    stopWhen: stepCountIs(4),
    telemetry: telemetry('deployer'),
  });
  return res.text;
}

// ---- incident lead (parent) ----
const leadTools = {
  get_service_health: tool({
    description: 'Current error rate, latency and running version of a service per region.',
    inputSchema: z.object({ service: z.string() }),
    execute: async () => ({ service: 'payments-api', regions: [
      { region: 'eu-west-1', version: 'v2.15.0', http_5xx_rate: '7.9%', p99_ms: 4120, since: '2025-05-20T14:05Z' },
      { region: 'us-east-1', version: 'v2.14.1', http_5xx_rate: '0.1%', p99_ms: 310 },
    ] }),
  }),
  delegate_to_deployer: tool({
    description: 'Hand a deployment task (rollback, redeploy, scale) to the deployer agent. Returns its report.',
    inputSchema: z.object({ task: z.string().describe('Self-contained task description for the deployer') }),
    execute: async ({ task }) => ({ report: await runDeployer(task) }),
  }),
  post_status_update: tool({
    description: 'Post a status update to the incident channel.',
    inputSchema: z.object({ channel: z.string(), text: z.string() }),
    execute: async ({ channel }) => ({ ok: true, channel, ts: '1747751471.229819' }),
  }),
};

const span = tracer.startSpan('slack.event app_mention', { kind: SpanKind.SERVER, attributes: {
  'session.id': 'slack-T02K9QH-C06ND4R-1747750982.118209', 'user.id': 'U04LQ8ZP2MB', 'slack.channel': 'C06ND4R',
} });
await context.with(trace.setSpan(context.active(), span), () => generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [[cid(), 'get_service_health', { service: 'payments-api' }]] },
    { text: 'Confirmed: eu-west-1 is on v2.15.0 with 7.9% 5xx since 14:05. Handing the rollback to the deployer.',
      calls: [[cid(), 'delegate_to_deployer', { task: 'Roll back payments-api in eu-west-1 from v2.15.0 to the previous release. Cause: 502s / 7.9% 5xx since the 14:05 UTC deploy. Do not touch other regions.' }]] },
    { calls: [[cid(), 'post_status_update', { channel: '#inc-payments-502', text: 'Mitigation: payments-api eu-west-1 rolled back off v2.15.0, 12/12 pods healthy. us-east-1 unaffected. Monitoring 5xx.' }]] },
    'Done. payments-api in eu-west-1 has been rolled back off v2.15.0; the deployment succeeded with 12/12 pods healthy, and us-east-1 was not touched. '
      + 'I posted the mitigation update in #inc-payments-502 and will keep an eye on the 5xx rate.',
  ] }),
  system: 'You are opsbot, the incident lead agent for the payments platform. Diagnose with read-only tools; '
    + 'delegate any deployment change to the deployer agent; keep the incident channel updated.',
  prompt: '@opsbot payments-api in eu-west-1 is throwing 502s since the 14:05 deploy of v2.15.0. Please roll it back — '
    + 'but NOT to v2.14.2, that build has the broken intermediate CA bundle (see INC-3127). Use v2.14.1, same as us-east-1. Only eu-west-1.',
  tools: leadTools,
  stopWhen: stepCountIs(6),
  telemetry: telemetry('incident-lead'),
}));
span.end();
writeJsonl(out, 'spans.jsonl', [await flush()]);
