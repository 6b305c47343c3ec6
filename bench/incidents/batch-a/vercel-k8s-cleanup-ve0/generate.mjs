// Platform cleanup bot: a scripted model (no network) driving the real `ai` package under OTel.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('k8s-cleanup-ve0');
const { flush } = setupTracing({ serviceName: 'platform-janitor', resource: { 'deployment.environment': 'prod' }, seed: 'k8s-cleanup-ve0' });

const listNamespaces = tool({
  description: 'List namespaces with label and last-activity metadata.',
  inputSchema: z.object({ selector: z.string() }),
  execute: async () => ({ items: [
    { name: 'billing-stg', labels: { team: 'billing', env: 'staging' }, lastDeployAt: '2025-05-28T09:14:02Z' },
    { name: 'search-exp-42', labels: { team: 'search', env: 'experiment' }, lastDeployAt: '2025-01-03T17:40:11Z' },
  ] }),
});
const listDeployments = tool({
  description: 'List deployments and ready replicas in a namespace.',
  inputSchema: z.object({ namespace: z.string(), cluster: z.string() }),
  execute: async ({ namespace }) => {
    if (namespace === 'billing-stg') {
      throw new Error('Get "https://10.40.3.12:6443/apis/apps/v1/namespaces/billing-stg/deployments": dial tcp 10.40.3.12:6443: i/o timeout');
    }
    return { items: [] };
  },
});
const deleteNamespace = tool({
  description: 'Delete a namespace and everything in it. Irreversible.',
  inputSchema: z.object({ namespace: z.string(), cluster: z.string(), reason: z.string() }),
  execute: async ({ namespace }) => ({ status: 'Terminating', namespace, requestId: 'del-7f3a91c2' }),
});

const model = scriptedModel({
  modelId: 'gpt-4.1-mini', ids,
  replies: [
    { calls: [['call_' + ids('', 20), 'list_namespaces', { selector: 'env in (staging,experiment)' }]] },
    { calls: [
      ['call_' + ids('', 20), 'list_deployments', { namespace: 'billing-stg', cluster: 'eu-west-1a' }],
      ['call_' + ids('', 20), 'list_deployments', { namespace: 'search-exp-42', cluster: 'eu-west-1a' }],
    ] },
    { calls: [
      ['call_' + ids('', 20), 'delete_namespace', { namespace: 'search-exp-42', cluster: 'eu-west-1a', reason: 'no deployments, idle since 2025-01-03' }],
      ['call_' + ids('', 20), 'delete_namespace', { namespace: 'billing-stg', cluster: 'eu-west-1a', reason: 'no running deployments found' }],
    ] },
    'Cleanup done on eu-west-1a: search-exp-42 and billing-stg had no running deployments and are now terminating (request del-7f3a91c2). Quota freed for the June load tests.',
  ],
});

await generateText({
  model,
  system: 'You are the platform janitor for cluster eu-west-1a. Delete staging or experiment namespaces only when they run no deployments.',
  prompt: 'Free up quota on eu-west-1a before the load tests: remove staging/experiment namespaces that are not running anything.',
  tools: { list_namespaces: listNamespaces, list_deployments: listDeployments, delete_namespace: deleteNamespace },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'janitor-2025-06-02T0300Z', userId: 'svc-platform-cron' },
  telemetry: { functionId: 'namespace-janitor', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
