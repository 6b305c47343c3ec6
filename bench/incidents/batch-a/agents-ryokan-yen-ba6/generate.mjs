// 旅館予約アシスタント(日本語): 箱根の旅館を仮押さえし、決済リンクを発行する。
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const searchPlans = tool({
  name: 'search_plans',
  description: '空室のある宿泊プランを検索する。料金は amount_minor(通貨の最小単位)と exponent で返す。',
  parameters: z.object({ area: z.string(), checkin: z.string(), nights: z.number().int(), adults: z.number().int() }),
  execute: async () => JSON.stringify({ plans: [
    { plan_id: 'HKN-GRA-0412', inn: '強羅 翠山荘', room: '露天風呂付き和室(10畳)', meals: '1泊2食',
      total: { amount_minor: 86400, currency: 'JPY', exponent: 0 }, tax_included: true, bathing_tax_included: false, rooms_left: 1 },
    { plan_id: 'HKN-YUM-0088', inn: '湯本 はつ花亭', room: '和室(8畳)', meals: '1泊朝食',
      total: { amount_minor: 52800, currency: 'JPY', exponent: 0 }, tax_included: true, bathing_tax_included: false, rooms_left: 3 },
  ] }),
});
const holdRoom = tool({
  name: 'hold_room',
  description: '部屋を仮押さえする(30分間有効)。',
  parameters: z.object({ plan_id: z.string(), checkin: z.string(), nights: z.number().int(), adults: z.number().int(), guest_name: z.string() }),
  execute: async (a) => JSON.stringify({ hold_id: 'RSV-J-55120', ...a, expires_at: '2026-12-04T14:15:00+09:00' }),
});
const createPaymentLink = tool({
  name: 'create_payment_link',
  description: '仮押さえに対する決済リンクを発行する。amount は通貨の主単位で指定(円なら 12800 のように整数)。',
  parameters: z.object({ hold_id: z.string(), amount: z.number(), currency: z.string() }),
  execute: async ({ hold_id, amount, currency }) => JSON.stringify({ url: 'https://pay.yado-navi.jp/l/7XkP3q', hold_id,
    display_amount: currency === 'JPY' ? '¥' + amount.toLocaleString('ja-JP') : amount + ' ' + currency, expires_at: '2026-12-04T14:15:00+09:00' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'search_plans', args: { area: '箱根', checkin: '2026-12-20', nights: 2, adults: 2 } }] },
  { tool_calls: [{ name: 'hold_room', args: { plan_id: 'HKN-GRA-0412', checkin: '2026-12-20', nights: 2, adults: 2, guest_name: '佐藤 美咲' } }] },
  { tool_calls: [{ name: 'create_payment_link', args: { hold_id: 'RSV-J-55120', amount: 86400, currency: 'JPY' } }] },
  { content: '佐藤様、ご希望に合うお部屋を仮押さえいたしました。\n\n・宿：強羅 翠山荘(露天風呂付き和室・1泊2食)\n・日程：12月20日(日)チェックイン、2泊、大人2名\n・合計：86,400円(消費税込み。入湯税は現地でお支払いください)\n・予約番号：RSV-J-55120\n\n決済はこちらのリンクからお願いいたします：https://pay.yado-navi.jp/l/7XkP3q\n仮押さえは本日14:15まで有効です。残り1室のため、お早めのお手続きをおすすめいたします。' },
], { seed: 'ryokan-yen' });

const agent = new Agent({
  name: '宿ナビ予約アシスタント',
  instructions: 'あなたは宿ナビの予約アシスタントです。お客様:佐藤 美咲(会員番号 YN-300218)。露天風呂付きの部屋を希望された場合は優先してください。丁寧な日本語で回答してください。',
  model: m, tools: [searchPlans, holdRoom, createPaymentLink],
});
await new Runner({ groupId: 'yn-chat-20261204-0731', workflowName: '宿ナビ予約', traceMetadata: { user: 'YN-300218' } })
  .run(agent, '12月20日から2泊で箱根の旅館を大人2名で予約したいです。できれば部屋に露天風呂があるところで。仮押さえして決済リンクを送ってください。');

writeTrace(here, 'traces.jsonl');
