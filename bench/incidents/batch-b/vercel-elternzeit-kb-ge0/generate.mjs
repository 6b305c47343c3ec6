// German HR self-service assistant (Vercel AI SDK v7, legacy ai.* telemetry), one turn. The policy
// search tool embeds the question (embed, traced) and ranks an in-memory index of policy chunks by
// cosine similarity, keeping only hits at or above a 0.80 threshold.
import {
  setupTracing, scriptedModel, makeIds, generateText, embed, embedMany, cosineSimilarity, hashEmbeddingModel, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'hr-selfservice', resource: { 'deployment.environment': 'prod' }, seed: 'elternzeit-kb-ge0' });
const ids = makeIds('elternzeit-kb-ge0');

const sessionId = 'hrp-sess-4e1b90d2';
const userId = 'MA-088213';
const embModel = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 16 });
const telemetry = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const chunks = [
  { id: 'BV-DW-2024#3.2', text: 'Dienstwagen: private Nutzung wird mit 1 % des Bruttolistenpreises versteuert.' },
  { id: 'BV-MA-2025#2.1', text: 'Mobiles Arbeiten: bis zu drei Tage pro Woche nach Absprache mit der Führungskraft.' },
  { id: 'RL-REISE-2026#4', text: 'Reisekosten: Hotelobergrenze 140 EUR pro Nacht, Bahnfahrten 2. Klasse.' },
  { id: 'BV-AZ-2023#5.4', text: 'Arbeitszeitkonto: maximal 80 Plusstunden, Ausgleich innerhalb von 12 Monaten.' },
];
// Index built at start-up (not traced).
const { embeddings } = await embedMany({ model: embModel, values: chunks.map((c) => c.text) });

const richtlinienSuche = tool({
  description: 'Durchsucht Betriebsvereinbarungen und HR-Richtlinien (semantische Suche).',
  inputSchema: z.object({ anfrage: z.string(), top_k: z.number().int().default(3) }),
  execute: async ({ anfrage, top_k }) => {
    const { embedding } = await embed({ model: embModel, value: anfrage, telemetry: telemetry('richtlinien-index') ,
      runtimeContext: { sessionId, userId } });
    const ranked = chunks.map((c, i) => ({ id: c.id, score: Number(cosineSimilarity(embedding, embeddings[i]).toFixed(3)), text: c.text }))
      .sort((a, b) => b.score - a.score);
    const treffer = ranked.filter((r) => r.score >= 0.8).slice(0, top_k);
    return { anfrage, schwelle: 0.8, treffer, bester_score: ranked[0].score };
  },
});

await generateText({
  model: scriptedModel({ ids, provider: 'azure.chat', modelId: 'gpt-4o', replies: [
    { calls: [['call_hr_7a1', 'richtlinienSuche', { anfrage: 'Elternzeit Zuschuss Aufstockung Elterngeld Betriebsvereinbarung', top_k: 3 }]] },
    'Gute Nachricht: Laut unserer Betriebsvereinbarung zur Elternzeit stockt die Firma das Elterngeld in den ersten 10 Wochen auf 90 % deines letzten Nettogehalts auf. Den Antrag stellst du spätestens 7 Wochen vor Beginn der Elternzeit über das Formular HR-EZ-04 im Portal; während der Elternzeit bleibt dein Dienstwagen-Anspruch für bis zu 6 Monate bestehen.',
  ] }),
  system: 'Du bist der HR-Assistent der Ostwerk GmbH. Beantworte Fragen zu Richtlinien nur auf Grundlage der Suchergebnisse. Duze die Mitarbeitenden.',
  prompt: 'Hi, ich gehe im März in Elternzeit. Zahlt Ostwerk etwas zum Elterngeld dazu, und wie lange? Was muss ich beantragen?',
  tools: { richtlinienSuche },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('hr-assistent'),
});

writeJsonl(out, 'otel-traces.jsonl', [await flush()]);
