// Online shop support (Japanese): order lookup fails once (replica not yet caught up), is retried and succeeds.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-04-18T02:21:07.000Z', 9);
const dir = here(import.meta.url);

let lookups = 0;
const getOrder = tool(async ({ order_no }) => {
  lookups += 1;
  if (lookups === 1) throw new Error(`ORDER_NOT_FOUND: ${order_no} (read replica ec-ro-2 lag 41s, retry after 5s)`);
  return JSON.stringify({ order_no, status: '出荷済み', carrier: 'ヤマト運輸', tracking: '4721-0093-6618',
    shipped_at: '2025-04-17T18:40:00+09:00', eta: '2025-04-19', items: [{ sku: 'KT-2201-BLK', name: '南部鉄器 急須 0.6L', qty: 1 }] });
}, { name: 'get_order', description: '注文番号から注文・配送状況を取得します。', latency: [900, 1400],
  schema: z.object({ order_no: z.string() }) });

const app = agentGraph({ name: 'support_bot', tools: [getOrder], model: new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_0Aa1', name: 'get_order', args: { order_no: 'W-250417-08812' } }] },
  (messages) => { advance(5200); return { content: '一時的な参照エラーのため、再度確認します。',
    tool_calls: [{ id: 'toolu_0Aa2', name: 'get_order', args: { order_no: 'W-250417-08812' } }] }; },
  { content: 'お待たせしました。ご注文 W-250417-08812（南部鉄器 急須 0.6L）は 4月17日に出荷済みです。ヤマト運輸の伝票番号は 4721-0093-6618、お届け予定は 4月19日です。' },
] }) });

await traced(app, { messages: [
  new SystemMessage('あなたは「和もの市場」のカスタマーサポートです。注文状況は必ず get_order で確認してから答えてください。'),
  new HumanMessage('昨日注文した急須、注文番号 W-250417-08812 です。まだ発送されていませんか？') ] },
{ project: 'wamono-support', metadata: { session_id: 'sess-jp-7Q2M-20250418', user_id: 'cust_558201' } });
advance(100);
writeRuns(path.join(dir, 'runs.jsonl'));
