// 大学ポータルの学生支援チャット（日本語）。募集要項ベクトル検索ツール youkou_kensaku で根拠を探して回答する。
// Vercel AI SDK v7 (`ai` 7.0.173) + @ai-sdk/otel OpenTelemetry 統合。会話 ID と学籍番号は enrichSpan で付与。
// モデルと埋め込みはスクリプト化したモック（ネットワーク・API キーなし）。
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, cosineSimilarity,
  tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'campus-portal-shien-chat',
  resource: { 'deployment.environment': 'production', 'service.version': '2026.11.4' },
  seed: 'vercel-shogakukin-we0',
});
const ids = makeIds('vercel-shogakukin-we0');

const CONVERSATION = 'pc-20261203-000482';
const STUDENT = '24N1187';

const otel = new OpenTelemetry({
  enrichSpan: () => ({ 'gen_ai.conversation.id': CONVERSATION, 'enduser.id': STUDENT, 'app.channel': 'portal-web' }),
});
const telemetry = (functionId) => ({ functionId, integrations: [otel] });
const embeddingModel = hashEmbeddingModel({ provider: 'google.generative-ai', modelId: 'gemini-embedding-001', dims: 32 });

// 索引（夜間バッチで PDF から作成したチャンク）
const INDEX = [
  { doc_id: 'R8-shogakukin-boshuyoko.pdf#p1', text: '令和8年度 奨学金募集要項\n目次\n第1章 総則 …… 1\n第2章 貸与型奨学金 …… 4\n第3章 給付型奨学金 …… 9\n第4章 申請手続・提出書類 …… 15\n第5章 問い合わせ先 …… 21' },
  { doc_id: 'R8-shogakukin-boshuyoko.pdf#p2', text: '（このページは白紙です）' },
  { doc_id: 'R8-shogakukin-boshuyoko.pdf#p9', text: '第3章 給付型奨学金\n[図表]' },
  { doc_id: 'R8-shogakukin-boshuyoko.pdf#p15', text: '第4章 申請手続・提出書類\n[図表]' },
  { doc_id: 'toshokan-riyo-annai-2026.pdf#p3', text: '中央図書館 開館時間 平日 8:45〜21:00 土曜 10:00〜17:00 日曜・祝日 休館' },
  { doc_id: 'gakusei-techo-2026.pdf#p42', text: '学生証の再発行は学生支援課窓口で受け付けます。手数料 1,000円。' },
];
let indexVectors;

const tools = {
  youkou_kensaku: tool({
    description: '学内規程・募集要項・学生便覧のベクトル検索。上位 top_k 件のチャンク本文とスコアを返す。',
    inputSchema: z.object({ query: z.string(), top_k: z.number().int().min(1).max(10).default(3) }),
    execute: async ({ query, top_k }) => {
      if (!indexVectors) {
        indexVectors = await Promise.all(INDEX.map(async (d) => (await embed({ model: embeddingModel, value: d.text })).embedding));
      }
      const { embedding } = await embed({ model: embeddingModel, value: query, telemetry: telemetry('youkou-kensaku') });
      const scored = INDEX.map((d, i) => ({ ...d, score: Math.round(((1 + cosineSimilarity(embedding, indexVectors[i])) / 2) * 1000) / 1000 }))
        .sort((a, b) => b.score - a.score)
        .slice(0, top_k);
      return { 件数: scored.length, 結果: scored.map(({ doc_id, score, text }) => ({ doc_id, score, text })) };
    },
  }),
};

const SYSTEM = `あなたは○○大学 学生支援課のポータルチャットです。奨学金・学費・学生生活の質問に丁寧語で答えます。
規程や金額は必ず youkou_kensaku で募集要項を検索し、その内容に基づいて回答してください。`;

const question = '看護学部の2年生です。給付型奨学金に申し込みたいのですが、月にいくらもらえるのか、申請の条件と締切を教えてください。';
const query = '看護学部 給付型奨学金 支給月額 申請資格 締切';
const answer = '看護学部の学生も対象となる給付型奨学金について、令和8年度募集要項（第3章・9ページ）に基づいてご案内します。\n'
  + '・支給月額：自宅通学の場合 40,000円、自宅外通学の場合 55,000円（返還不要）\n'
  + '・支給期間：採用年度から最長4年間（標準修業年限まで）\n'
  + '・申請資格：前年度までの累積GPAが3.0以上で、生計維持者の世帯年収が600万円以下であること\n'
  + '・締切：2027年1月15日（金）17時まで。ポータルの「奨学金申請」から申請書と所得証明書を提出してください。\n'
  + '詳しくは募集要項 第4章（15ページ）の提出書類一覧もご確認ください。';

const m = scriptedModel({
  ids, provider: 'google.generative-ai', modelId: 'gemini-2.5-flash', responsePrefix: '',
  replies: [
    { calls: [[ids('', 16), 'youkou_kensaku', { query, top_k: 3 }]] },
    answer,
  ],
});

await generateText({ model: m, system: SYSTEM, prompt: question, tools, stopWhen: stepCountIs(4), telemetry: telemetry('shien-chat') });
const lines = [await flush()];
writeJsonl(here, 'spans.jsonl', lines);
console.log(`wrote ${lines.length} OTLP request(s) to ${here}/spans.jsonl`);
