// SRE assistant (Japanese). The first metrics query comes back with an empty result vector (the
// pods were just rescheduled, no samples in the 5m window); the agent does not read it as zero
// traffic, re-queries over 30m, gets a real rate and sizes the deployment from that value.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('sre-copilot', { 'k8s.cluster.name': 'tokyo-prod-2' });

const promql = tool(async ({ query, range }) => JSON.stringify(range === '5m'
  ? { status: 'success', data: { resultType: 'vector', result: [] } }
  : { status: 'success', data: { resultType: 'vector', result: [
    { metric: { deployment: 'checkout-api', namespace: 'shop' }, value: [1796357400.123, '412.7'] }] } }),
{ name: 'promql_instant', description: 'Runs a PromQL instant query against Thanos.',
  schema: z.object({ query: z.string(), range: z.string() }) });
const scale = tool(async ({ namespace, deployment, replicas, reason }) => JSON.stringify({
  namespace, deployment, previous_replicas: 8, replicas, reason, applied: true, change_id: 'chg-7d31e0' }),
{ name: 'kubectl_scale', description: 'Sets the replica count of a deployment (recorded in the change log).',
  schema: z.object({ namespace: z.string(), deployment: z.string(), replicas: z.number().int().min(2).max(40), reason: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ name: 'promql_instant', args: { query: 'sum(rate(http_requests_total{namespace="shop",deployment="checkout-api"}[5m]))', range: '5m' } }] },
  { content: '5分ウィンドウの結果が空でした（0ではなくサンプルなし）。ポッド再配置直後の可能性があるので、30分ウィンドウで再確認します。',
    tool_calls: [{ name: 'promql_instant', args: { query: 'sum(rate(http_requests_total{namespace="shop",deployment="checkout-api"}[30m]))', range: '30m' } }] },
  { tool_calls: [{ name: 'kubectl_scale', args: { namespace: 'shop', deployment: 'checkout-api', replicas: 6, reason: '30m平均 412.7 rps / 1ポッドあたり目標 80 rps → 6台' } }] },
  { content: '完了しました。checkout-api の直近30分の平均は 412.7 rps でした（5分ウィンドウは再配置直後でサンプルがなく空でした）。1ポッドあたり目標 80 rps から 6 レプリカが必要なので、8 → 6 に縮小しました（変更ID chg-7d31e0）。' },
] });
const app = await reactGraph({ model, tools: [promql, scale], name: 'sre_copilot' });

const sessionId = 'slack-C04Q1-1796357391.004200';
await t.turn({ userId: 'U02HK7Z9M' }, () => app.invoke({ messages: [
  new SystemMessage('あなたはSREアシスタントです。スケール変更は必ずメトリクスの実測値に基づいて行ってください。'),
  new HumanMessage('checkout-api、夜間で余ってそうなので、今のトラフィックに合わせてレプリカ数を調整してもらえますか？1ポッドあたり80rpsが目安です。'),
] }, { metadata: { session_id: sessionId } }));

t.write(path.join(here, 'traces.jsonl'));
writeJson(path.join(here, 'truth.json'), { failures: [{ class: 'none', session: sessionId,
  step: 'whole session (the empty 5m result is re-queried over 30m before kubectl_scale)',
  story: 'An empty metrics vector was not taken as zero traffic: the agent re-queried a longer window, got 412.7 rps and scaled checkout-api from 8 to the 6 replicas that value requires.' }] });
