// On-call assistant of a payments platform (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration),
// offline with scripted models. The on-call agent delegates release work to a release agent: the
// delegate tool's execute runs a second generateText (its own system prompt and tools) with the
// instructions the on-call agent wrote. A Slack slash-command handler opens the root span with
// session.id / user.id. Writes spans.jsonl (one OTLP/JSON request per line).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, OpenTelemetry, z, SpanKind,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const ids = makeIds('checkout-euw1-rollback');
const otel = setupTracing({
  serviceName: 'oncall-copilot',
  resource: { 'deployment.environment': 'prod', 'service.version': '1.19.0', 'k8s.namespace.name': 'platform-tools' },
  seed: 'checkout-euw1-rollback',
});
const toolu = () => ids('toolu_01', 22);

// --- fake platform state -------------------------------------------------------------------------
const clusters = {
  'prod-euw1-a': { region: 'eu-west-1', version: '7.43.0', ready: '10/24', status: 'CrashLoopBackOff' },
  'prod-use1-b': { region: 'us-east-1', version: '7.43.0', ready: '24/24', status: 'Running' },
  'prod-aps1-a': { region: 'ap-south-1', version: '7.42.1', ready: '12/12', status: 'Running' },
};
const health = {
  'eu-west-1': () => clusters['prod-euw1-a'].version === '7.43.0'
    ? { region: 'eu-west-1', service: 'checkout-svc', error_rate: 0.312, p99_ms: 4870, alerts: ['CheckoutHighErrorRate', 'PodCrashLooping'] }
    : { region: 'eu-west-1', service: 'checkout-svc', error_rate: 0.004, p99_ms: 412, alerts: [] },
};

// --- release agent (receiver) --------------------------------------------------------------------
const list_deployments = tool({
  description: 'List the clusters running a service, with deployed version and pod readiness.',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => ({
    service,
    deployments: Object.entries(clusters).map(([cluster, c]) => ({ cluster, region: c.region, version: c.version, ready: c.ready, status: c.status })),
  }),
});
const rollout_undo = tool({
  description: 'Roll a service on one cluster back to a previously released version (kubectl rollout undo --to-revision).',
  inputSchema: z.object({ cluster: z.string(), service: z.string(), to_version: z.string(), reason: z.string() }),
  execute: async ({ cluster, service, to_version }) => {
    const from = clusters[cluster].version;
    const total = clusters[cluster].ready.split('/')[1];
    clusters[cluster] = { ...clusters[cluster], version: to_version, ready: `${total}/${total}`, status: 'Running' };
    return { cluster, service, from_version: from, to_version, rollout: 'complete', revision: cluster === 'prod-euw1-a' ? 318 : 317 };
  },
});

const releaseModel = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Checking where checkout-svc is deployed.', calls: [[toolu(), 'list_deployments', { service: 'checkout-svc' }]] },
    { text: 'Two clusters are on 7.43.0. Rolling both back to 7.42.1.', calls: [
      [toolu(), 'rollout_undo', { cluster: 'prod-euw1-a', service: 'checkout-svc', to_version: '7.42.1', reason: 'INC-4471 crashloop after 7.43.0' }],
      [toolu(), 'rollout_undo', { cluster: 'prod-use1-b', service: 'checkout-svc', to_version: '7.42.1', reason: 'INC-4471 crashloop after 7.43.0' }],
    ] },
    'Rollback complete: checkout-svc is on 7.42.1 on every cluster that was running 7.43.0 (2 clusters, revisions 318 and 317). '
      + 'All pods Ready.',
  ],
});

const delegate_to_release_agent = tool({
  description: 'Hand a release task (rollback, pause, promote) to the release agent. Write complete instructions: the release agent only sees what you pass here.',
  inputSchema: z.object({ instructions: z.string(), incident_id: z.string() }),
  execute: async ({ instructions, incident_id }) => {
    const r = await generateText({
      model: releaseModel,
      system: 'You are the release agent for the payments platform. You carry out release tasks with the deploy tools. '
        + 'Follow the instructions you are given exactly and report what you changed.',
      prompt: `Incident ${incident_id}. ${instructions}`,
      tools: { list_deployments, rollout_undo },
      stopWhen: stepCountIs(5),
      telemetry: { functionId: 'release-agent', integrations: [new OpenTelemetry()] },
    });
    return { agent: 'release-agent', report: r.text };
  },
});

// --- on-call agent (sender) ----------------------------------------------------------------------
const get_service_health = tool({
  description: 'Error rate, p99 latency and firing alerts for a service in one region.',
  inputSchema: z.object({ service: z.string(), region: z.string() }),
  execute: async ({ region }) => health[region](),
});

const oncallModel = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01',
  replies: [
    { text: 'Let me confirm the state in eu-west-1 first.', calls: [[toolu(), 'get_service_health', { service: 'checkout-svc', region: 'eu-west-1' }]] },
    { text: 'Confirmed: 31% errors and crashlooping pods in eu-west-1. Handing the rollback to the release agent.', calls: [[toolu(), 'delegate_to_release_agent', {
      incident_id: 'INC-4471',
      instructions: 'checkout-svc pods are crashlooping after the 7.43.0 release (error rate 31%, p99 ~4.9s). Roll checkout-svc back to the last good version 7.42.1 and confirm the pods are Ready.',
    }]] },
    { calls: [[toolu(), 'get_service_health', { service: 'checkout-svc', region: 'eu-west-1' }]] },
    'Done. checkout-svc in eu-west-1 is back on 7.42.1: error rate 0.4%, p99 412 ms, no alerts firing. '
      + 'The release agent reports the rollout complete with all pods Ready. I will leave INC-4471 open for the 7.43.0 root cause.',
  ],
});

await otel.tracer.startActiveSpan('slack.slash_command /oncall', {
  kind: SpanKind.SERVER,
  attributes: {
    'slack.team_id': 'T01PAYHQ', 'slack.channel_id': 'C04QZ7INC', 'slack.command': '/oncall',
    'session.id': 'C04QZ7INC:1749631822.004519', 'user.id': 'U02K9HT4M',
  },
}, async (span) => {
  await generateText({
    model: oncallModel,
    system: 'You are the on-call copilot for the payments platform. You can read service health and delegate release '
      + 'operations to the release agent. Be precise about scope: only change what the engineer asked for.',
    prompt: 'INC-4471: checkout-svc is crashlooping in eu-west-1 since the 7.43.0 rollout. Please roll back eu-west-1 ONLY to 7.42.1. '
      + 'us-east-1 is also on 7.43.0 but healthy, and finance needs the new tax module there for tonight\'s audit run, so do not touch us-east-1.',
    tools: { get_service_health, delegate_to_release_agent },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'oncall-copilot', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonl(here, 'spans.jsonl', [await otel.flush()]);
