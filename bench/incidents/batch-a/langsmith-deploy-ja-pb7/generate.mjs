// On-call assistant (Japanese). Rollout status comes from the cluster API (which times out once) and past
// incidents from the postmortem index.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, FnRetriever, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-09T02:18:05Z', 29);
const dir = here(import.meta.url);
let calls = 0;
const rollout = tool(({ namespace, deployment }) => {
  calls += 1;
  if (calls === 1) throw new Error(`GET https://k8s-api.tyo1.internal/apis/apps/v1/namespaces/${namespace}/deployments/${deployment}: ETIMEDOUT after 10000ms`);
  return JSON.stringify({ deployment, namespace, revision: 57, image: 'registry.internal/payments/checkout-api:2025.04.08-3', replicas: 6, updatedReplicas: 6, readyReplicas: 6, availableReplicas: 6, conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }] });
}, { name: 'rollout_status', description: 'Deployment のロールアウト状況', schema: z.object({ namespace: z.string(), deployment: z.string() }), latency: [300, 900] });
const pmIndex = new FnRetriever({ name: 'postmortem_index', search: async () => [] });
const pastIncidents = tool(async ({ query }, config) => JSON.stringify({ hits: (await pmIndex.invoke(query, config)).map((d) => d.pageContent) }),
  { name: 'search_postmortems', description: '過去のポストモーテム検索', schema: z.object({ query: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_9fKd01', name: 'rollout_status', args: { namespace: 'payments', deployment: 'checkout-api' } }] },
  { content: '', tool_calls: [{ id: 'call_9fKd02', name: 'rollout_status', args: { namespace: 'payments', deployment: 'checkout-api' } }] },
  { content: '', tool_calls: [{ id: 'call_9fKd03', name: 'search_postmortems', args: { query: 'checkout-api 2025.04.08-3 ロールアウト 5xx' } }] },
  { content: '最初の API 呼び出しはタイムアウトしましたが、再試行で取得できました。payments/checkout-api はリビジョン 57（checkout-api:2025.04.08-3）で、6/6 レプリカが Ready・Available、NewReplicaSetAvailable なのでロールアウトは完了しています。このバージョンに関する過去のポストモーテムは見つかりませんでした。5xx が続いている場合は、ロールアウト以外の原因（依存サービスなど）を確認したほうがよさそうです。エラー率のダッシュボードを共有していただけますか？' },
] });
const graph = agentGraph({ model, tools: [rollout, pastIncidents] });
await traced(graph, { messages: [new HumanMessage('payments の checkout-api、さっきのデプロイ終わってる？アラートが鳴ってて 5xx が出てる。前にも同じことあった？')] },
  { project: 'sre-oncall-bot', metadata: { session_id: 'slack-C04PAY9-1744165085.339219', user_id: 'U02KTN4RZ' } });
writeRuns(path.join(dir, 'runs.jsonl'));
