// Clean run: a Japanese retail assistant checks store stock; the first inventory call times out,
// the retry succeeds and the answer rests on the retried result.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'zaiko-concierge', seed: 'vercel-zaiko-ne0' });
const ids = makeIds('vercel-zaiko-ne0');

let attempts = 0;
const zaikoKakunin = tool({
  description: '店舗の在庫数を確認する (SKU と店舗コード)。',
  inputSchema: z.object({ sku: z.string(), tenpo: z.string() }),
  execute: async ({ sku, tenpo }) => {
    attempts++;
    if (attempts === 1) throw new Error('ETIMEDOUT: inventory-gw.internal:8443 did not respond within 3000ms');
    return { sku, tenpo, zaiko: 3, tana: 'B-14', koshin: '2025-03-11T09:42:10+09:00' };
  },
});
const torioki = tool({
  description: '店頭取り置きを登録する。',
  inputSchema: z.object({ sku: z.string(), tenpo: z.string(), suuryou: z.number().int(), kokyaku: z.string() }),
  execute: async ({ sku, tenpo, suuryou }) => ({ uketsuke: 'TRK-250311-0087', sku, tenpo, suuryou, kigen: '2025-03-13' }),
});

const model = scriptedModel({
  modelId: 'gpt-4o-mini', ids,
  replies: [
    { calls: [['call_' + ids('', 20), 'zaiko_kakunin', { sku: 'JP-4901234-5678', tenpo: 'SBY-07' }]] },
    { text: '在庫システムが応答しなかったため、もう一度確認します。', calls: [['call_' + ids('', 20), 'zaiko_kakunin', { sku: 'JP-4901234-5678', tenpo: 'SBY-07' }]] },
    { calls: [['call_' + ids('', 20), 'torioki', { sku: 'JP-4901234-5678', tenpo: 'SBY-07', suuryou: 1, kokyaku: 'M-00318842' }]] },
    '渋谷店（SBY-07）に在庫が3点あります（棚 B-14）。1点を取り置きしました。受付番号は TRK-250311-0087、3月13日までにご来店ください。',
  ],
});

await tracer.startActiveSpan('POST /api/concierge/chat', { attributes: { 'gen_ai.conversation.id': 'sess_jp_8f31c2', 'enduser.id': 'M-00318842', 'http.route': '/api/concierge/chat' } }, async (span) => {
await generateText({
  model,
  system: 'あなたは家電量販店の在庫コンシェルジュです。ツールの結果だけに基づいて回答してください。会員番号: M-00318842',
  prompt: '渋谷店に JP-4901234-5678 のイヤホンの在庫はありますか？あれば1つ取り置きしてください。',
  tools: { zaiko_kakunin: zaikoKakunin, torioki },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'sess_jp_8f31c2', userId: 'M-00318842' },
  telemetry: { functionId: 'zaiko-concierge', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry()] },
});
span.end();
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
