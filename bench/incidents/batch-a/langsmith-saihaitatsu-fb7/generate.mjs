// Japanese parcel-delivery support bot: redelivery request. The tracking API times out once and is
// retried; the redelivery fee comes back as 0 with its reason. LangGraph agent <-> ToolNode, scripted
// model, LangSmith runs captured through the shared harness.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-12-02T10:13:55.000Z', 9);

let trackCalls = 0;
const trackParcel = tool(async ({ toiawase_bango }) => {
  trackCalls += 1;
  if (trackCalls === 1) throw new Error('upstream tracking-gw.kuroneko-demo.jp timed out after 8000ms (ETIMEDOUT)');
  return JSON.stringify({ toiawase_bango, status: '持戻り（ご不在）', last_scan: '2026-12-02T09:41:00+09:00',
    center: '世田谷千歳台センター', fuzai_hyo: 'FZ-0912', saihaitatsu_kanou: true, kibou_jikantai: ['14-16', '16-18', '18-20', '19-21'] });
}, { name: 'track_parcel', description: '問い合わせ番号で荷物の配達状況を取得する。', latency: [300, 900],
  schema: z.object({ toiawase_bango: z.string() }) });

const quoteRedelivery = tool(async ({ toiawase_bango, jikantai }) => JSON.stringify({
  toiawase_bango, jikantai, ryokin_en: 0, riyuu: '初回の再配達は無料（会員ランク: ゴールド特典）', zei_komi: true }),
{ name: 'quote_redelivery', description: '再配達の料金を見積もる（円）。',
  schema: z.object({ toiawase_bango: z.string(), jikantai: z.string() }) });

const bookRedelivery = tool(async ({ toiawase_bango, hizuke, jikantai }) => JSON.stringify({
  uketsuke_bango: 'RD-5518-2207', toiawase_bango, hizuke, jikantai, ryokin_en: 0, status: '受付完了' }),
{ name: 'book_redelivery', description: '再配達を予約する。',
  schema: z.object({ toiawase_bango: z.string(), hizuke: z.string(), jikantai: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_jp01', name: 'track_parcel', args: { toiawase_bango: '4402-8817-3305' } }] },
  { content: '追跡システムの応答がタイムアウトしました。もう一度確認します。',
    tool_calls: [{ id: 'call_jp02', name: 'track_parcel', args: { toiawase_bango: '4402-8817-3305' } }] },
  { tool_calls: [{ id: 'call_jp03', name: 'quote_redelivery', args: { toiawase_bango: '4402-8817-3305', jikantai: '19-21' } }] },
  { tool_calls: [{ id: 'call_jp04', name: 'book_redelivery', args: { toiawase_bango: '4402-8817-3305', hizuke: '2026-12-02', jikantai: '19-21' } }] },
  { content: 'お待たせしました。お荷物（問い合わせ番号 4402-8817-3305）はご不在のため世田谷千歳台センターに持ち戻られていました。本日12月2日 19〜21時の再配達を受け付けました（受付番号 RD-5518-2207）。ゴールド会員特典により初回の再配達は無料のため、料金は0円です。' },
] });

const app = agentGraph({ model, tools: [trackParcel, quoteRedelivery, bookRedelivery], name: 'haitatsu-support' });
await traced(app, { messages: [
  new SystemMessage('あなたは宅配便のサポートアシスタントです。配達状況と料金は必ずツールで確認してから案内してください。'),
  new HumanMessage('不在票が入っていました。問い合わせ番号は4402-8817-3305です。今日の夜19時以降に再配達してもらえますか？料金はかかりますか？'),
] }, { project: 'cs-bot-prod', metadata: { session_id: 'cs_01JEB6Q4ZK9T3M2R8W', user_id: 'mbr_00771942' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
