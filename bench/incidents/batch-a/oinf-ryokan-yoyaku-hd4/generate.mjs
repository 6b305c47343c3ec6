// Travel concierge (Japanese): checks ryokan availability, retries after an upstream timeout, books.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('tabi-concierge', { 'service.version': '1.12.0' });

let calls = 0;
const kuushitsu = tool(async ({ shisetsu_id, checkin, hakusu, ninzu }) => {
  calls += 1;
  if (calls === 1) throw new Error('在庫API応答なし: upstream timeout after 8000ms (rakuyado-gw, req 7c1e-55a0)');
  return JSON.stringify({ shisetsu_id, name: '湯宿 かわせみ荘', checkin, hakusu, ninzu, heya: [
    { plan: 'HP-2207', heyatype: '和室10畳・露天風呂付', zanshitsu: 0, ryokin_jpy: 68200 },
    { plan: 'HP-2203', heyatype: '和室8畳', zanshitsu: 2, ryokin_jpy: 41800, shokuji: '1泊2食付' } ] });
}, { name: 'kuushitsu_kensaku', description: '旅館の空室と料金（税込・1泊1室あたり）を検索する。',
  schema: z.object({ shisetsu_id: z.string(), checkin: z.string(), hakusu: z.number().int(), ninzu: z.number().int() }) });
const yoyaku = tool(async ({ shisetsu_id, plan, checkin, hakusu, ninzu }) => JSON.stringify({ yoyaku_bango: 'RY-20251108-4471', shisetsu_id, plan, checkin, hakusu, ninzu, goukei_jpy: 83600, joutai: 'kakutei' }), {
  name: 'yoyaku_kakutei', description: 'プランを指定して予約を確定する。',
  schema: z.object({ shisetsu_id: z.string(), plan: z.string(), checkin: z.string(), hakusu: z.number().int(), ninzu: z.number().int() }) });

const args = { shisetsu_id: 'JP-GNM-0318', checkin: '2025-11-08', hakusu: 2, ninzu: 2 };
const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'kuushitsu_kensaku', args }] },
  { content: '在庫システムが応答しなかったので、もう一度確認します。', tool_calls: [{ name: 'kuushitsu_kensaku', args }] },
  { tool_calls: [{ name: 'yoyaku_kakutei', args: { ...args, plan: 'HP-2203' } }] },
  { content: 'ご予約が確定しました（予約番号 RY-20251108-4471）。\n湯宿 かわせみ荘、11月8日から2泊・2名様、和室8畳の1泊2食付プラン（HP-2203）です。料金は1泊41,800円、2泊で合計83,600円（税込）です。\nご希望の露天風呂付き和室（HP-2207）はこの日程では満室でした。' },
] });
const app = await reactGraph({ model, tools: [kuushitsu, yoyaku], name: 'TabiConcierge' });
await t.turn({ userId: 'member-88120457' }, () => app.invoke({ messages: [
  new SystemMessage('あなたは旅行コンシェルジュです。空室を確認してから予約を確定してください。露天風呂付きが満室なら通常の和室で予約して構いません。'),
  new HumanMessage('11月8日から2泊、大人2名で かわせみ荘（JP-GNM-0318）を予約してください。できれば露天風呂付きの部屋、無理なら普通の和室でいいです。'),
] }, { metadata: { session_id: 'tc_01JBX7Q3K9M2VZ8R4WEN6D5H1C' } }));
t.write(path.join(here, 'traces.jsonl'));
