// 旅行予約サポート (日本語): 旅館のキャンセル規定を知りたい利用者。規定検索は 0 件。
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, FnRetriever, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-04-20T11:03:27.000Z', 144);

const policies = [
  { id: 'POL-HTL-0192', property: 'ホテル港町 横浜', text: '宿泊日の3日前から宿泊料金の30%、前日は50%、当日は100%のキャンセル料がかかります。' },
  { id: 'POL-HTL-0347', property: '湖畔の宿 みずうみ', text: '宿泊日の7日前から20%、前日は50%、当日・不泊は100%。' },
];
const retriever = new FnRetriever({ name: 'cancel_policy_kb', search: async (q) =>
  policies.filter((p) => q.includes(p.property)).map((p) => ({ pageContent: p.text, metadata: { policy_id: p.id, property: p.property } })) });

const searchPolicy = tool(async ({ query }, config) => {
  const docs = await retriever.invoke(query, config);
  return JSON.stringify({ hits: docs.map((d) => ({ policy_id: d.metadata.policy_id, property: d.metadata.property, text: d.pageContent })) });
}, { name: 'search_cancel_policy', description: '施設名でキャンセル規定を検索します。',
  schema: z.object({ query: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_Ty8bN2qLx5VeM0rKd3wZc9Hs', name: 'search_cancel_policy', args: { query: '箱根 旅館 やまびこ荘 キャンセル規定' } }] },
  { content: '申し訳ございません。「箱根 やまびこ荘」のキャンセル規定を検索しましたが、該当する規定が見つかりませんでした。5月2日から3泊のご予約とのことですので、確実にお調べするために予約番号（「TRV-」で始まる番号）を教えていただけますか？予約番号がわかれば、予約時に適用された規定を直接確認いたします。' },
] });

const graph = agentGraph({ model, tools: [searchPolicy], name: 'travel_support' });
await traced(graph, { messages: [
  new SystemMessage('あなたは旅行予約サイト「たびまど」のサポート担当です。キャンセル料などの条件は、検索で見つかった規定にもとづいてのみ回答してください。'),
  new HumanMessage('5月2日から3泊で箱根の「やまびこ荘」を予約しています。今キャンセルしたらキャンセル料はいくらかかりますか？'),
] }, { project: 'tabimado-support', metadata: { session_id: 'tbm_s_5Jq2WcR8eNx1', user_id: 'member-88104422' }, runName: 'travel_support' });
advance(400);
writeRuns(path.join(dir, 'runs.jsonl'));
