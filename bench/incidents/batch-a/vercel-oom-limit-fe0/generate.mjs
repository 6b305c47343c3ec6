// Platform on-call assistant (English). The deployment reports its memory limit as a Kubernetes
// quantity ("1536Mi"); the patch tool takes a plain integer number of bytes. The agent passes 2304
// (1536 * 1.5, still in Mi) as bytes, and the cluster applies a 2304-byte limit.
// Real `ai` v7 + @ai-sdk/otel, scripted model (Anthropic-shaped ids), offline.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
  generateText, tool, stepCountIs, z, OpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('oom-fe0');
const { flush } = setupTracing({ serviceName: 'oncall-copilot', resource: { 'k8s.cluster.name': 'eu-west-prod-3' }, seed: 'oom-fe0' });

const tools = {
  describe_deployment: tool({
    description: 'Returns containers, resources and recent events of a Deployment.',
    inputSchema: z.object({ namespace: z.string(), name: z.string() }),
    execute: async ({ namespace, name }) => ({
      namespace, name, replicas: '3/3',
      containers: [{ name: 'api', image: 'registry.internal/checkout-api:4.31.2', resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1536Mi' } } }],
      events: ['OOMKilled api (restart 14) 3m ago', 'OOMKilled api (restart 13) 11m ago'],
    }),
  }),
  patch_memory_limit: tool({
    description: 'Sets the memory limit of one container of a Deployment and triggers a rollout.',
    inputSchema: z.object({
      namespace: z.string(), deployment: z.string(), container: z.string(),
      limit_bytes: z.number().int().positive().describe('New memory limit, in bytes'),
    }),
    execute: async ({ namespace, deployment, container, limit_bytes }) => ({
      patched: `${namespace}/${deployment}`, container, 'resources.limits.memory': String(limit_bytes), rollout: 'started', revision: 58,
    }),
  }),
};

const t = () => ids('toolu_01', 22);
await generateText({
  model: scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-sonnet-4-5', ids, responsePrefix: 'msg_01', replies: [
    { text: 'Let me look at the deployment first.', calls: [[t(), 'describe_deployment', { namespace: 'shop', name: 'checkout-api' }]] },
    { text: 'The api container is at 1536Mi and OOMKilled repeatedly. Raising it by 50%.', calls: [[t(), 'patch_memory_limit', { namespace: 'shop', deployment: 'checkout-api', container: 'api', limit_bytes: 2304 }]] },
    'Done. checkout-api/api memory limit raised from 1536Mi to 2304Mi (+50%), rollout revision 58 started. Watch the OOMKilled events over the next few minutes.',
  ] }),
  system: 'You are the on-call assistant for the platform team. You may change resources of workloads in namespace shop when asked.',
  prompt: 'checkout-api in shop keeps getting OOMKilled. Bump its memory limit by 50% please.',
  tools,
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'INC-77412/slack-C04Q2', userId: 'U02HX9ME1' },
  telemetry: { functionId: 'oncall', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] },
});

writeJsonl(dir, 'otel-export.jsonl', [await flush()]);
