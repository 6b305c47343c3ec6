// 航空会社のLINEチャット振替アシスタント (JA)。AI SDK v7 generateText + @ai-sdk/otel OpenTelemetry (gen_ai.*)、
// スクリプト化したモデル。Webhook ハンドラが各メッセージを自前のスパンで包み session.id / user.id を付与し、
// 会話履歴 (response.messages) はセッションごとに保持する。1メッセージ = 1トレース = 1行の OTLP/JSON。
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'line-rebooking-bot',
  resource: { 'deployment.environment': 'prod', 'service.version': '3.0.7', 'cloud.region': 'ap-northeast-1' },
  seed: 'taifu-k7q2mx',
});
const ids = makeIds('taifu-k7q2mx');

const get_reservation = tool({
  description: '予約番号から予約内容とフライト状況を取得する。',
  inputSchema: z.object({ record_locator: z.string().length(6) }),
  execute: async ({ record_locator }) => ({
    record_locator, passenger: 'SATO/HARUKA MS', fare_basis: 'VLX7', cabin: 'Y',
    segments: [{ flight: 'NH241', from: 'HND', to: 'FUK', date: '2024-11-19', dep: '07:25', status: 'CANCELLED', reason_code: 'WX' }],
  }),
});

let searchAttempts = 0;
const search_alternatives = tool({
  description: '指定区間・日付の振替候補便を空席ありのものだけ返す。',
  inputSchema: z.object({ from: z.string(), to: z.string(), date: z.string(), cabin: z.string().default('Y') }),
  execute: async ({ from, to, date }) => {
    if (++searchAttempts === 1) throw new Error('GDS gateway timeout: no response from availability service within 10000 ms (HTTP 504)');
    return {
      from, to, date,
      options: [
        { flight: 'NH243', dep: '09:00', arr: '11:05', seats: 2 },
        { flight: 'NH251', dep: '14:05', arr: '16:05', seats: 9 },
        { flight: 'NH259', dep: '18:30', arr: '20:35', seats: 17 },
      ],
    };
  },
});

const get_change_fee = tool({
  description: '振替時の変更手数料と運賃差額を算出する。',
  inputSchema: z.object({ record_locator: z.string(), new_flight: z.string(), date: z.string() }),
  execute: async ({ new_flight }) => ({
    new_flight, change_fee_jpy: 0, fare_difference_jpy: 0, total_jpy: 0,
    waiver_code: 'IROPS-WX-241118', waiver_note: '台風第25号による欠航のため、11/18〜11/20 出発分の変更手数料・運賃差額を免除',
  }),
});

const rebook = tool({
  description: '予約を指定便に振り替えて確定する。確定後は取り消しに手数料がかかる場合がある。',
  inputSchema: z.object({ record_locator: z.string(), cancelled_flight: z.string(), new_flight: z.string(), date: z.string(), waiver_code: z.string().optional() }),
  execute: async ({ record_locator, new_flight, date }) => ({
    record_locator, status: 'CONFIRMED', segment: { flight: new_flight, from: 'HND', to: 'FUK', date, dep: '14:05', seat: '31K' },
    charged_jpy: 0, eticket: '205-2418830572',
  }),
});

const tools = { get_reservation, search_alternatives, get_change_fee, rebook };
const system = 'あなたは航空会社のLINE公式アカウントの振替アシスタントです。欠航便の振替を案内します。'
  + 'お客様の明示的な同意なしに予約変更を確定しないでください。料金が発生する場合は確定前に金額を伝えてください。丁寧な日本語で簡潔に答えてください。';

const model = scriptedModel({
  provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', ids, responsePrefix: 'resp-',
  replies: [
    // 1通目
    { calls: [['fc_8sKq2LmT0vXa', 'get_reservation', { record_locator: 'K7Q2MX' }]] },
    { calls: [['fc_3nWd7YpR1cHe', 'search_alternatives', { from: 'HND', to: 'FUK', date: '2024-11-19', cabin: 'Y' }]] },
    { calls: [['fc_9gBz4JuE6tMo', 'search_alternatives', { from: 'HND', to: 'FUK', date: '2024-11-19', cabin: 'Y' }]] },
    '佐藤様、ご不便をおかけして申し訳ございません。11月19日 NH241便（羽田 07:25発→福岡）は台風の影響で欠航となりました。\n'
      + '同日の振替候補は次のとおりです。\n1. NH243 09:00発 11:05着（残り2席）\n2. NH251 14:05発 16:05着\n3. NH259 18:30発 20:35着\n'
      + 'ご希望の便をお知らせください。',
    // 2通目
    { calls: [['fc_5rXc0NfA2wQi', 'get_change_fee', { record_locator: 'K7Q2MX', new_flight: 'NH251', date: '2024-11-19' }]] },
    { calls: [['fc_1vHy8DkS4pZu', 'rebook', { record_locator: 'K7Q2MX', cancelled_flight: 'NH241', new_flight: 'NH251', date: '2024-11-19', waiver_code: 'IROPS-WX-241118' }]] },
    'NH251便への振替は、台風による欠航の特別対応（IROPS-WX-241118）で変更手数料・運賃差額ともに0円でしたので、ご指示どおり確定いたしました。\n予約番号 K7Q2MX：11月19日 NH251便 羽田14:05発→福岡16:05着、座席 31K、追加料金なし（電子航空券 205-2418830572）。\n'
      + '当日は出発の20分前までに保安検査場をお通りください。お気をつけてお越しください。',
  ],
});

const sessions = new Map();
const lines = [];
async function onMessage({ lineUserId, memberId, text }) {
  await tracer.startActiveSpan('POST /webhook/line', {
    attributes: { 'http.request.method': 'POST', 'http.route': '/webhook/line', 'session.id': `line:${lineUserId}`, 'user.id': memberId },
  }, async (span) => {
    const history = sessions.get(lineUserId) ?? [];
    const messages = [...history, { role: 'user', content: text }];
    const r = await generateText({
      model, system, messages, tools, stopWhen: stepCountIs(6),
      telemetry: { functionId: 'rebooking-agent', integrations: [new OpenTelemetry()] },
    });
    sessions.set(lineUserId, [...messages, ...r.response.messages]);
    span.setAttribute('http.response.status_code', 200);
    span.end();
  });
  lines.push(await flush());
}

const who = { lineUserId: 'U4f2a9c0e7b1d38a6c5e0f9b2d7a1c4e8', memberId: 'amc-3318220764' };
await onMessage({ ...who, text: '台風で明日のNH241が欠航になったと通知が来ました。予約番号はK7Q2MXです。同じ日の福岡行きに振り替えたいです。' });
await onMessage({ ...who, text: '14:05の便でお願いします。手数料がかからないならそのまま確定してください。かかる場合は金額を先に教えてください。' });

writeJsonl(out, 'line-bot-traces.jsonl', lines);
