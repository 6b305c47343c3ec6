// 家電量販店: an in-store pickup assistant checks stock across stores and reserves an item.
import path from 'node:path';
import { ScriptedChatModel, tool, startClock, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-21T11:05:12+09:00', 77);

let zaikoCalls = 0;
const zaikoShoukai = tool(async ({ jan, tenpo }) => {
  zaikoCalls += 1;
  if (zaikoCalls === 1) throw new Error('503 Service Unavailable: zaiko-gw (maintenance window 11:00-11:05 JST), retry after 30s');
  return JSON.stringify({ jan, shouhin: 'ソニー WH-1000XM5 ブラック', kakaku: 44000, zaiko: tenpo.map((t) =>
    t === 'S014' ? { tenpo: 'S014 新宿西口店', suuryou: 0, nyuuka_yotei: '2025-06-28' } : { tenpo: 'S022 池袋東口店', suuryou: 4, nyuuka_yotei: null }),
    kijun_jikoku: '2025-06-21T11:06:02+09:00' });
}, { name: 'zaiko_shoukai', description: '店舗別の在庫数を照会する', schema: z.object({ jan: z.string(), tenpo: z.array(z.string()) }) });

const torioki = tool(async ({ jan, tenpo, kokyaku_id }) => JSON.stringify({ kekka: 'OK', torioki_no: 'RSV-22-0621-00388',
  jan, tenpo, kokyaku_id, kigen: '2025-06-23T20:00:00+09:00', shiharai: '店頭にて' }), {
  name: 'tenpo_torioki', description: '店頭受け取り用に商品を取り置きする', schema: z.object({ jan: z.string(), tenpo: z.string(), kokyaku_id: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { tool_calls: [{ id: 'call_zk_001', name: 'zaiko_shoukai', args: { jan: '4548736132580', tenpo: ['S014', 'S022'] } }] },
  { tool_calls: [{ id: 'call_zk_002', name: 'zaiko_shoukai', args: { jan: '4548736132580', tenpo: ['S014', 'S022'] } }] },
  { content: '申し訳ありません、在庫の確認に一度失敗したため再照会しました。WH-1000XM5 ブラック（44,000円）は、新宿西口店は現在在庫0台（6月28日入荷予定）、'
    + '池袋東口店には4台ございます。池袋東口店で取り置きいたしましょうか？' },
  { tool_calls: [{ id: 'call_zk_003', name: 'tenpo_torioki', args: { jan: '4548736132580', tenpo: 'S022', kokyaku_id: 'M-0038841207' } }] },
  { content: '池袋東口店で取り置きしました。取り置き番号は RSV-22-0621-00388、受け取り期限は6月23日（月）20:00、お支払いは店頭です。' },
] });

const app = agentGraph({ model, tools: [zaikoShoukai, torioki], agentNode: 'sekkyaku', toolsNode: 'tenpo_api', name: 'tentou-uketori' });
const session = 'LINE-Uf3a9c0e12b7d4-0621';
const opts = { project: 'tentou-uketori-bot', metadata: { session_id: session, user_id: 'M-0038841207' } };

const first = await traced(app, { messages: [
  new SystemMessage('あなたは家電量販店の店頭受け取りアシスタントです。在庫は必ずツールで確認し、取り置きはお客様の了承を得てから行ってください。'),
  new HumanMessage('WH-1000XM5 の黒、新宿西口店か池袋東口店で今日か明日受け取りたいです。在庫ありますか？') ] }, opts);
await traced(app, { messages: [...first.messages, new HumanMessage('はい、池袋でお願いします。')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
