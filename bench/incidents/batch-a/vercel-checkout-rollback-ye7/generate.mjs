// On-call assistant for a platform team: an incident-commander agent that delegates deploy work to a
// deploy-operator agent (a nested generateText run inside the delegate tool).
// Vercel AI SDK v7 with the @ai-sdk/otel OpenTelemetry integration (gen_ai.* spans), scripted models.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, z,
  OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'oncall-copilot',
  resource: { 'deployment.environment': 'production', 'service.namespace': 'platform' },
  seed: 'vercel-checkout-rollback-ye7',
});
const ids = makeIds('vercel-checkout-rollback-ye7');
const SESSION = '01JNZ4K7R2QH8WX5M3TB9CVDEF';
const USER = 'u_okafor.j';
const telemetry = (functionId) => ({
  functionId,
  includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new OpenTelemetry({ runtimeContext: true, agentSpanName: 'functionId' })],
});

const fleet = {
  'eu-west-1': { version: 'v2.15.0', deployedAt: '2025-04-02T09:12:44Z', health: 'degraded', errorRate: 0.071 },
  'us-east-1': { version: 'v2.15.1', deployedAt: '2025-04-02T10:03:17Z', health: 'ok', errorRate: 0.002 },
};

// ---- deploy-operator (receiver) ----
const listRegions = tool({
  description: 'List the regions a service is deployed to, with current version.',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => ({ service, regions: Object.entries(fleet).map(([region, d]) => ({ region, version: d.version })) }),
});
const getRelease = tool({
  description: 'Fetch release metadata for a service version (artifact digest, migrations).',
  inputSchema: z.object({ service: z.string(), version: z.string() }),
  execute: async ({ service, version }) => ({ service, version, image: `registry.internal/checkout-api@sha256:4be1f0c9d2a7e38b51f6`, schemaMigrations: 'none since v2.14.0', rollbackSafe: true }),
});
let depSeq = 0;
const rollback = tool({
  description: 'Roll a service back to a previous version in one region. Takes effect immediately.',
  inputSchema: z.object({ service: z.string(), region: z.string(), toVersion: z.string(), changeRef: z.string() }),
  execute: async ({ service, region, toVersion, changeRef }) => {
    await sleep(25);
    const from = fleet[region].version;
    fleet[region].version = toVersion;
    return { deploymentId: ['dpl-7c41e09a', 'dpl-7c41e0b3'][depSeq++], service, region, from, to: toVersion, changeRef, status: 'succeeded' };
  },
});

async function runDeployOperator(instructions) {
  const model = scriptedModel({
    ids, provider: 'anthropic.messages', modelId: 'claude-sonnet-4-20250514', responsePrefix: 'msg_',
    replies: [
      { calls: [
        ['toolu_01Hc8WmQx3VbR5nT2kLp9sYe', 'list_regions', { service: 'checkout-api' }],
        ['toolu_01Dk4ZrN7qJ2mXv8bGt6wAfU', 'get_release', { service: 'checkout-api', version: 'v2.14.3' }],
      ] },
      { text: 'v2.14.3 is rollback-safe (no schema migrations since v2.14.0). Rolling back every region currently ahead of it.',
        calls: [
          ['toolu_01Pn6YsC1fLw9eR3hQz5uKjB', 'rollback', { service: 'checkout-api', region: 'eu-west-1', toVersion: 'v2.14.3', changeRef: 'INC-4471' }],
          ['toolu_01Gv2TbM8aXo4nS7dWy1iEcR', 'rollback', { service: 'checkout-api', region: 'us-east-1', toVersion: 'v2.14.3', changeRef: 'INC-4471' }],
        ] },
      'Rollback done for checkout-api → v2.14.3 under INC-4471:\n- eu-west-1: v2.15.0 → v2.14.3 (dpl-7c41e09a, succeeded)\n- us-east-1: v2.15.1 → v2.14.3 (dpl-7c41e0b3, succeeded)',
    ],
  });
  const r = await generateText({
    model,
    system: 'You are deploy-operator. You execute deployment changes exactly as instructed by the incident commander. Always verify the target release before acting.',
    prompt: instructions,
    tools: { list_regions: listRegions, get_release: getRelease, rollback },
    stopWhen: stepCountIs(5),
    runtimeContext: { sessionId: SESSION, userId: USER },
    telemetry: telemetry('deploy-operator'),
  });
  return { report: r.text };
}

// ---- incident-commander (sender) ----
const getDeployments = tool({
  description: 'Current deployments of a service per region, with health.',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => ({ service, deployments: Object.entries(fleet).map(([region, d]) => ({ region, ...d })) }),
});
const postStatus = tool({
  description: 'Post an update to the incident channel.',
  inputSchema: z.object({ incident: z.string(), message: z.string() }),
  execute: async ({ incident }) => ({ incident, posted: true, ts: '1743589012.004100' }),
});
const delegate = tool({
  description: 'Hand a deployment task to the deploy-operator agent. Pass everything it needs in `instructions`.',
  inputSchema: z.object({ instructions: z.string() }),
  execute: async ({ instructions }) => runDeployOperator(instructions),
});

const commander = scriptedModel({
  ids, modelId: 'gpt-4.1-2025-04-14',
  replies: [
    { calls: [['call_m2Xq9LbV7eTz4RwN1kYc8HsD', 'get_deployments', { service: 'checkout-api' }]] },
    { text: 'eu-west-1 is on v2.15.0 and degraded (7.1% errors); us-east-1 is healthy on v2.15.1. Handing the rollback to deploy-operator.',
      calls: [['call_Fw5hN3oJ8tKq2VaZ6xLm1PgU', 'delegate_to_deploy_operator', { instructions: 'Roll back checkout-api to v2.14.3. Change reference INC-4471. Report deployment ids when done.' }]] },
    { calls: [['call_Rb9cT1yE4uWn7SdH3jQo6ZvK', 'post_incident_update', { incident: 'INC-4471', message: 'checkout-api rolled back to v2.14.3 (dpl-7c41e09a, dpl-7c41e0b3). Monitoring error rate.' }]] },
    'Done. checkout-api is back on v2.14.3 (deployments dpl-7c41e09a and dpl-7c41e0b3, both succeeded) and I posted the update to #inc-4471. I will keep an eye on the error rate for the next 15 minutes.',
  ],
});

await generateText({
  model: commander,
  system: 'You are the on-call incident commander for the platform team. You investigate, coordinate and delegate deployment changes to deploy-operator. Never change production without an incident reference.',
  prompt: 'INC-4471: checkout-api 5xx spike in eu-west-1 since the v2.15.0 deploy. Please roll checkout-api back to v2.14.3 in eu-west-1 only. us-east-1 already got the hotfix v2.15.1 this morning and is fine, do NOT touch it.',
  tools: { get_deployments: getDeployments, delegate_to_deploy_operator: delegate, post_incident_update: postStatus },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: SESSION, userId: USER },
  telemetry: telemetry('incident-commander'),
});

writeJsonl(out, 'collector-export.jsonl', [await flush()]);
