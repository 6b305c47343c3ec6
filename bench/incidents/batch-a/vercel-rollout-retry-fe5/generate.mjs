// On-call assistant for a Kubernetes platform team (Japanese). The cluster API times out once; the agent
// calls again and answers from the second result. Vercel AI SDK v7, scripted mock model, legacy ai.* telemetry.
// Written as one OTLP/HTTP request body saved to a pretty-printed JSON file.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('rollout-retry-fe5');
const { flush } = setupTracing({ serviceName: 'oncall-copilot', resource: { 'k8s.cluster.name': 'tky-prod-02' }, seed: 'rollout-retry-fe5' });

let attempts = 0;
const rollout = tool({
  description: 'Deployment のロールアウト状況を取得する。',
  inputSchema: z.object({ namespace: z.string(), deployment: z.string() }),
  execute: async ({ namespace, deployment }) => {
    attempts++;
    if (attempts === 1) {
      const e = new Error('GET https://10.40.0.1:6443/apis/apps/v1/namespaces/payments/deployments/checkout-api: dial tcp 10.40.0.1:6443: i/o timeout (ETIMEDOUT)');
      e.name = 'KubeApiTimeoutError';
      throw e;
    }
    return { namespace, deployment, revision: 57, image: 'registry.internal/checkout-api:v3.18.2',
      desired: 6, updated: 6, ready: 6, available: 6, unavailable: 0, restarts_last_15m: 0,
      conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }, { type: 'Available', status: 'True' }],
      completed_at: '2025-09-02T04:18:44Z' };
  },
});

const k1 = `tooluse_${ids('', 22)}`, k2 = `tooluse_${ids('', 22)}`;
const model = scriptedModel({ provider: 'amazon-bedrock', modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', ids, responsePrefix: 'req-',
  replies: [
    { calls: [[k1, 'get_rollout_status', { namespace: 'payments', deployment: 'checkout-api' }]] },
    { text: 'API サーバーへの接続がタイムアウトしました。もう一度取得します。', calls: [[k2, 'get_rollout_status', { namespace: 'payments', deployment: 'checkout-api' }]] },
    'checkout-api(payments)のロールアウトは完了しています。リビジョン 57、イメージ v3.18.2、6/6 Pod が Ready で、unavailable は 0、直近15分の再起動も 0 回です。完了時刻は 2025-09-02 04:18:44 UTC です。最初の取得はタイムアウトしましたが、再取得で確認できました。',
  ] });

await generateText({
  model,
  system: 'あなたはプラットフォームチームのオンコール支援アシスタントです。クラスタの状態はツールで確認してから答えてください。',
  prompt: 'payments の checkout-api、さっきのデプロイ終わってる？エラー出てない？',
  tools: { get_rollout_status: rollout },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'oc-20250902-tky-1187', userId: 'sre-hnakamura' },
  telemetry: { functionId: 'oncall-copilot', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});

writeJsonDocument(dir, 'otlp-request.json', await flush());
