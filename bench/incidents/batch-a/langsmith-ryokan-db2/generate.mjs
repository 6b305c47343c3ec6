// Travel booking assistant (Japanese). The inventory search times out once at the upstream channel
// manager; the agent retries it, gets the rooms, checks the cancellation policy and books. Recorded
// as LangSmith runs.
import path from 'node:path';
import { startClock, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-10-03T02:31:09.000Z', 19);

let searches = 0;
const searchRooms = tool(async ({ area, checkin, nights, guests }) => {
  searches += 1;
  if (searches === 1) throw new Error('UpstreamTimeout: channel-manager tl-lincoln did not answer within 8000 ms (req 7c1e0b5a)');
  return JSON.stringify({ area, checkin, nights, guests, results: [
    { plan_id: 'HK-2291-B', inn: '箱根湯本 翠松館', room: '露天風呂付き和室', meals: '1泊2食付', total_jpy: 68400, available: 2 },
    { plan_id: 'HK-1870-A', inn: '強羅 花月荘', room: '和洋室', meals: '朝食付', total_jpy: 41200, available: 1 },
  ] });
}, { name: 'search_rooms', latency: [300, 900], description: '空室検索（エリア・チェックイン日・泊数・人数）',
  schema: z.object({ area: z.string(), checkin: z.string(), nights: z.number().int(), guests: z.number().int() }) });
const policy = tool(async ({ plan_id }) => JSON.stringify({ plan_id, cancellation: [
  { until: '2025-10-08', fee_jpy: 0 }, { until: '2025-10-10', fee_percent: 30 }, { after: '2025-10-10', fee_percent: 100 } ] }),
  { name: 'get_cancellation_policy', description: 'プランのキャンセル規定', schema: z.object({ plan_id: z.string() }) });
const book = tool(async ({ plan_id, guest_name, guests }) => JSON.stringify({ booking_no: 'TRV-25100-88417', plan_id, guest_name, guests, total_jpy: 68400, status: 'confirmed' }),
  { name: 'create_booking', description: '予約を確定する', schema: z.object({ plan_id: z.string(), guest_name: z.string(), guests: z.number().int() }) });

const args = { area: '箱根', checkin: '2025-10-11', nights: 1, guests: 2 };
const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_9sJ2mQ0aXb', name: 'search_rooms', args }] },
  { content: '検索がタイムアウトしたため、もう一度検索します。', tool_calls: [{ id: 'call_9sJ2mQ0aXc', name: 'search_rooms', args }] },
  { tool_calls: [{ id: 'call_9sJ2mQ0aXd', name: 'get_cancellation_policy', args: { plan_id: 'HK-2291-B' } }] },
  { tool_calls: [{ id: 'call_9sJ2mQ0aXe', name: 'create_booking', args: { plan_id: 'HK-2291-B', guest_name: '佐藤 美咲', guests: 2 } }] },
  { content: 'ご予約が確定しました。\n・予約番号: TRV-25100-88417\n・箱根湯本 翠松館「露天風呂付き和室」1泊2食付、10月11日チェックイン、2名\n・合計 68,400円\nキャンセル料は10月8日まで無料（0円）、10月10日まで30%、それ以降は100%です。' },
] });

const app = agentGraph({ model, tools: [searchRooms, policy, book], name: 'tabi-concierge' });
await traced(app, { messages: [
  new SystemMessage('あなたは旅行予約アシスタントです。空室検索の結果とキャンセル規定を確認してから予約してください。'),
  new HumanMessage('10月11日から1泊、箱根で露天風呂付きの部屋を大人2名で予約したいです。予算は7万円以内、名前は佐藤美咲です。キャンセル料も教えてください。'),
] }, { project: 'tabi-concierge-prod', metadata: { session_id: 'sess_01JA8XK4R2M7', user_id: 'mbr-00381754', locale: 'ja-JP' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
