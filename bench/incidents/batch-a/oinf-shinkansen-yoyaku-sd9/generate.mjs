// 旅行予約アシスタント (LangGraph.js)。空席照会が一度タイムアウトし、再試行で回復する。
// スクリプト化したモデル、ネットワークなし。traces.jsonl (OTLP/JSON) を書き出す。
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('tabi-concierge', { 'service.version': '2024.10.3' });

let calls = 0;
const kuseki = tool(async ({ hatsu, chaku, hizuke, jikan_ato }) => {
  calls += 1;
  if (calls === 1) throw new Error('座席照会APIエラー: 504 Gateway Timeout (upstream=mars-gw-02, 10000ms)');
  return JSON.stringify({ hatsu, chaku, hizuke, ressha: [
    { ressha: 'のぞみ 21号', hatsu_jikoku: '09:09', chaku_jikoku: '11:24', shitei_zan: 0, gurin_zan: 3, unchin_en: 14720 },
    { ressha: 'のぞみ 23号', hatsu_jikoku: '09:21', chaku_jikoku: '11:36', shitei_zan: 12, gurin_zan: 8, unchin_en: 14720 },
    { ressha: 'ひかり 637号', hatsu_jikoku: '09:33', chaku_jikoku: '12:26', shitei_zan: 40, gurin_zan: 15, unchin_en: 14390 },
  ] });
}, { name: 'kuseki_shoukai', description: '新幹線の空席を照会する。',
  schema: z.object({ hatsu: z.string(), chaku: z.string(), hizuke: z.string(), jikan_ato: z.string() }) });

const yoyaku = tool(async (a) => JSON.stringify({ yoyaku_bango: 'EX-7Q4-93102', jotai: '確定', zaseki: '8号車 12E', ...a }),
  { name: 'shitei_seki_yoyaku', description: '指定席を予約する。',
    schema: z.object({ ressha: z.string(), hizuke: z.string(), hatsu: z.string(), chaku: z.string(), seki_shubetsu: z.string(), ninzu: z.number() }) });

const q = { hatsu: '東京', chaku: '新大阪', hizuke: '2024-11-22', jikan_ato: '09:00' };
const model = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'kuseki_shoukai', args: q }] },
  { content: '空席照会がタイムアウトしました。もう一度照会します。', tool_calls: [{ name: 'kuseki_shoukai', args: q }] },
  { content: '', tool_calls: [{ name: 'shitei_seki_yoyaku', args: { ressha: 'のぞみ 23号', hizuke: '2024-11-22', hatsu: '東京', chaku: '新大阪', seki_shubetsu: '普通車指定席', ninzu: 1 } }] },
  { content: '予約が完了しました。11月22日（金）のぞみ23号 東京9:21発 → 新大阪11:36着、普通車指定席 8号車12E、運賃14,720円です（予約番号 EX-7Q4-93102）。9時台で最初ののぞみ21号は普通車指定席が満席（残0席）だったため、次ののぞみ23号をお取りしました。' },
] });
const app = await reactGraph({ model, tools: [kuseki, yoyaku], name: 'tabi_concierge' });

await t.turn({ userId: 'm-88120453' }, () => app.invoke({ messages: [
  new SystemMessage('あなたは出張予約アシスタントです。空席を確認してから予約してください。'),
  new HumanMessage('11月22日、東京から新大阪まで、朝9時以降ののぞみで一番早いのを普通車指定席で1名予約してください。'),
] }, { metadata: { session_id: 'sess_2024-11-18_k8x2p' }, runName: 'tabi_concierge' }));

t.write(path.join(here, 'traces.jsonl'));
