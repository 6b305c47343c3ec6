// Ryokan booking assistant (Japanese): the availability search times out once, is retried and succeeds.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const otel = setupTracing({ serviceName: 'tabi-concierge', seed: 'ryokan-yoyaku-se0',
  resource: { 'deployment.environment': 'production', 'service.version': '5.0.8' } });
const ids = makeIds('ryokan-yoyaku-se0');

let searchCalls = 0;
const searchRyokan = tool({
  description: '空室検索(旅館・ホテル)。',
  inputSchema: z.object({ area: z.string(), checkin: z.string(), nights: z.number().int(), guests: z.number().int() }),
  execute: async ({ area, checkin, nights, guests }) => {
    searchCalls++;
    if (searchCalls === 1) throw new Error('GatewayTimeout: upstream inventory-api.jp-east did not respond within 8000 ms (HTTP 504)');
    return { area, checkin, nights, guests, results: [
      { plan_id: 'HK-KAI-22817-B', name: '箱根湯本 翠雲荘', room: '和室10畳・露天風呂付', meals: '2食付', price_per_night: 38500, currency: 'JPY', cancel_free_until: '2025-12-10' },
      { plan_id: 'HK-GOR-10452-A', name: '強羅 花月亭', room: '和洋室', meals: '朝食付', price_per_night: 27000, currency: 'JPY', cancel_free_until: '2025-12-12' },
    ] };
  },
});
const holdReservation = tool({
  description: '指定プランを仮押さえする(30分間)。',
  inputSchema: z.object({ plan_id: z.string(), checkin: z.string(), nights: z.number().int(), guests: z.number().int(), total_jpy: z.number().int() }),
  execute: async (a) => ({ ...a, hold_id: 'HLD-' + ids('', 10).toUpperCase(), expires_in_min: 30, status: 'held' }),
});

const c = () => 'call_' + ids('', 24);
await generateText({
  model: scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
    { calls: [[c(), 'searchRyokan', { area: '箱根', checkin: '2025-12-20', nights: 2, guests: 2 }]] },
    { text: '検索がタイムアウトしました。もう一度試します。', calls: [[c(), 'searchRyokan', { area: '箱根', checkin: '2025-12-20', nights: 2, guests: 2 }]] },
    { calls: [[c(), 'holdReservation', { plan_id: 'HK-KAI-22817-B', checkin: '2025-12-20', nights: 2, guests: 2, total_jpy: 77000 }]] },
    '箱根湯本「翠雲荘」の和室10畳・露天風呂付(2食付)を12月20日から2泊、2名様で仮押さえしました(仮押さえ番号 HLD-UJNOZKBNJM、30分有効)。'
      + '1泊38,500円、2泊で合計77,000円です。12月10日までキャンセル無料です。確定してよろしいですか?',
  ] }),
  system: 'あなたは旅行代理店「たびコンシェルジュ」のアシスタントです。空室検索の結果だけに基づいて提案し、予約確定の前に必ずお客様に確認してください。',
  prompt: '12月20日から2泊、箱根で露天風呂付きの部屋を夫婦2人で探しています。夕食付きがいいです。良さそうなら押さえてください。',
  tools: { searchRyokan, holdReservation },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'tc-7Q2M-0915', userId: 'member-00519274' },
  telemetry: { functionId: 'ryokan-yoyaku', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.otlp.jsonl', [await otel.flush()]);
