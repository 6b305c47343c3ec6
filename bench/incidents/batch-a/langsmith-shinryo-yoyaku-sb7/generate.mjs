// Clinic appointment assistant (Japanese): slot search against the clinic's booking backend.
import path from 'node:path';
import { ScriptedChatModel, tool, traced, writeRuns, agentGraph, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-11-14T00:52:30.000Z', 402);

let calls = 0;
const search = tool(async ({ shinryoka, kibou_bi }) => {
  calls += 1;
  if (calls === 1) throw new Error('upstream timeout: yoyaku-core.internal:8443 did not respond within 5000 ms (GET /v2/slots?dept=derm)');
  return JSON.stringify({ shinryoka, kibou_bi, waku: [
    { waku_id: 'SLT-20251118-D-0930', jikan: '09:30', ishi: '佐藤 医師', nokori: 1 },
    { waku_id: 'SLT-20251118-D-1415', jikan: '14:15', ishi: '田中 医師', nokori: 2 }] });
}, { name: 'search_slots', description: '診療科と希望日から空き枠を検索します。', latency: [300, 900],
  schema: z.object({ shinryoka: z.string(), kibou_bi: z.string() }) });
const book = tool(async ({ waku_id, kanja_id }) => JSON.stringify({ yoyaku_bangou: 'R-7731-0452', waku_id, kanja_id, jikan: '2025-11-18 14:15', status: 'confirmed' }),
{ name: 'book_slot', description: '空き枠を予約します。', schema: z.object({ waku_id: z.string(), kanja_id: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01Hk2vQp', name: 'search_slots', args: { shinryoka: '皮膚科', kibou_bi: '2025-11-18' } }] },
  { content: '予約システムの応答が遅れているようです。もう一度検索します。', tool_calls: [{ id: 'toolu_01Hk2wZr', name: 'search_slots', args: { shinryoka: '皮膚科', kibou_bi: '2025-11-18' } }] },
  { tool_calls: [{ id: 'toolu_01Hk2xMa', name: 'book_slot', args: { waku_id: 'SLT-20251118-D-1415', kanja_id: 'P-00481230' } }] },
  { content: '11月18日（火）14:15、皮膚科 田中医師で予約が確定しました。予約番号は R-7731-0452 です。保険証と診察券をお持ちください。' },
] });

await traced(agentGraph({ model, tools: [search, book] }), { messages: [
  new SystemMessage('あなたは みなと総合クリニック の予約アシスタントです。患者ID: P-00481230。'),
  new HumanMessage('来週火曜（18日）の午後、皮膚科で予約を取りたいです。')] },
{ project: 'minato-clinic-bot', metadata: { session_id: 'line:Ua41f0c9e2b7-1114', user_id: 'P-00481230' } });

writeRuns(path.join(dir, 'runs.jsonl'));
