// Platform ops assistant (Japanese): raise a deployment's memory limit by 20 %. Vercel AI SDK v7 +
// @ai-sdk/otel, scripted model, no network. The patch tool declares its parameters as plain JSON
// Schema (jsonSchema() without a validator), so the SDK passes the model's arguments through.
import { setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('k8s-memlimit-le5');
const { flush } = setupTracing({ serviceName: 'ops-copilot', resource: { 'k8s.cluster.name': 'tyo-prod-02' }, seed: 'k8s-memlimit-le5' });

const tools = {
  get_pod_metrics: tool({
    description: 'Current resources and 7-day memory usage of a deployment.',
    inputSchema: jsonSchema({ type: 'object', properties: { namespace: { type: 'string' }, deployment: { type: 'string' } }, required: ['namespace', 'deployment'], additionalProperties: false }),
    execute: async ({ namespace, deployment }) => ({ namespace, deployment, replicas: 6, requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '1.5Gi' }, memory_working_set_p95: '1.38Gi', oom_kills_7d: 11 }),
  }),
  patch_resources: tool({
    description: 'Patches the container resources of a deployment and starts a rollout. memory_limit_mb is the new memory limit in MiB.',
    inputSchema: jsonSchema({ type: 'object', properties: { namespace: { type: 'string' }, deployment: { type: 'string' }, memory_limit_mb: { type: 'integer', minimum: 128, description: 'memory limit in MiB' } }, required: ['namespace', 'deployment', 'memory_limit_mb'], additionalProperties: false }),
    execute: async ({ namespace, deployment, memory_limit_mb }) => ({ namespace, deployment, patched: { 'limits.memory': `${memory_limit_mb}Mi` }, rollout: 'started', revision: 58 }),
  }),
  rollout_status: tool({
    description: 'Rollout status of a deployment.',
    inputSchema: jsonSchema({ type: 'object', properties: { namespace: { type: 'string' }, deployment: { type: 'string' } }, required: ['namespace', 'deployment'] }),
    execute: async ({ deployment }) => ({ deployment, revision: 58, updated_replicas: 2, available_replicas: 4, unavailable_replicas: 2, conditions: [{ type: 'Progressing', reason: 'ReplicaSetUpdated' }], new_pods: [{ name: 'payments-api-7d9c6f5b8-x2kqp', state: 'CrashLoopBackOff', last_termination: 'OOMKilled', restarts: 3 }, { name: 'payments-api-7d9c6f5b8-m4vzn', state: 'ContainerCreating' }] }),
  }),
};

const ns = 'payments', dep = 'payments-api';
await generateText({
  model: scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', ids, responsePrefix: 'msg_01', replies: [
    { calls: [['toolu_01' + ids('', 22), 'get_pod_metrics', { namespace: ns, deployment: dep }]] },
    { text: '現在のメモリ上限は1.5Giです。20%増やして1.8にします。', calls: [['toolu_01' + ids('', 22), 'patch_resources', { namespace: ns, deployment: dep, memory_limit_mb: 1.8 }]] },
    { calls: [['toolu_01' + ids('', 22), 'rollout_status', { namespace: ns, deployment: dep }]] },
    'payments-api のメモリ上限を 1.5Gi から 20% 引き上げて 1.8 に変更し、ロールアウト（リビジョン 58）を開始しました。現在 2 台が更新中で、新しい Pod は起動処理中です。数分で全台に反映される見込みです。',
  ] }),
  system: 'あなたは SRE チームの運用アシスタントです。変更は必ずツール経由で行い、結果を日本語で報告してください。',
  prompt: 'payments-api（namespace: payments）が OOMKilled を繰り返しています。メモリ上限を今の値から 20% 上げてください。',
  tools,
  stopWhen: stepCountIs(6),
  runtimeContext: { userId: 'sre-tanaka.k' },
  telemetry: { functionId: 'ops-change', includeRuntimeContext: { userId: true }, integrations: [new OpenTelemetry()] },
});
writeJsonDocument(dir, 'otlp-request.json', await flush());
