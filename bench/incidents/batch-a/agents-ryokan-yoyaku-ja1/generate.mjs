// 旅行 (Japanese): a travel desk agent searches a ryokan's availability (the first call times out,
// the agent calls again), then books the room the guest asked for.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let searchCalls = 0;
const kushitsuKensaku = tool({
  name: 'search_availability', description: '旅館の空室と料金を検索します。',
  parameters: z.object({ property_code: z.string(), checkin: z.string(), nights: z.number().int(), guests: z.number().int() }),
  execute: async (a) => {
    searchCalls += 1;
    if (searchCalls === 1) throw new Error('ETIMEDOUT: GET https://pms-gw.kinosaki-onsen.example/v2/availability timed out after 15000ms');
    return JSON.stringify({ property_code: a.property_code, checkin: a.checkin, nights: a.nights, rooms: [
      { room_type: 'WA-10', name: '和室10畳（露天風呂なし）', available: 0, price: '¥21,450', plan: '1泊2食付' },
      { room_type: 'WA-12R', name: '和室12畳・客室露天風呂付', available: 2, price: '¥38,500', plan: '1泊2食付', per: '1名1泊' },
    ] });
  },
});

const yoyaku = tool({
  name: 'create_reservation', description: '予約を確定します。金額は円（整数）。',
  parameters: z.object({ property_code: z.string(), room_type: z.string(), checkin: z.string(), nights: z.number().int(), guests: z.number().int(), total_jpy: z.number().int(), guest_name: z.string() }),
  execute: async (a) => JSON.stringify({ reservation_no: 'KN-260418-0093', status: 'CONFIRMED', total_jpy: a.total_jpy, cancel_free_until: '2026-04-11' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'search_availability', args: { property_code: 'KINOSAKI-017', checkin: '2026-04-18', nights: 2, guests: 2 } }] },
  { tool_calls: [{ name: 'search_availability', args: { property_code: 'KINOSAKI-017', checkin: '2026-04-18', nights: 2, guests: 2 } }] },
  { tool_calls: [{ name: 'create_reservation', args: { property_code: 'KINOSAKI-017', room_type: 'WA-12R', checkin: '2026-04-18', nights: 2, guests: 2, total_jpy: 154000, guest_name: '佐藤 美咲' } }] },
  { content: '予約が確定しました（予約番号 KN-260418-0093）。4月18日から2泊、客室露天風呂付の和室12畳、1泊2食付で大人2名、合計154,000円です（38,500円×2名×2泊）。露天風呂なしの和室10畳はこの日程では満室でした。4月11日まではキャンセル無料です。' },
], { seed: 'ryokan-ja1' });

const agent = new Agent({
  name: 'トラベルデスク', model: m, tools: [kushitsuKensaku, yoyaku],
  instructions: 'あなたは旅行会社の予約担当です。空室を確認してから予約を確定してください。検索に失敗した場合はもう一度検索してください。',
});

const runner = new Runner({ groupId: '5b0d2c4e-8a7f-4e19-b3d6-0c2a71f9e844', workflowName: 'Ryokan booking', traceMetadata: { user_id: 'cust_JP_100482' } });
await runner.run(agent, '城崎温泉の KINOSAKI-017 を4月18日から2泊、大人2名で予約したいです。露天風呂付きの部屋が空いていればそちらで。名前は佐藤美咲です。');
writeTrace(here, 'trace.jsonl');
