// Brazilian university student-services bot (Portuguese). The regulation search embeds the question and
// looks it up in an in-memory vector index filtered by campus. Vercel AI SDK v7 with the current
// @ai-sdk/otel OpenTelemetry integration (gen_ai.* attributes); the app wraps each turn in its own span.
import { setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, cosineSimilarity, tool, z,
  stepCountIs, OpenTelemetry, trace, context, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('trancamento-fe5');
const { flush, tracer } = setupTracing({ serviceName: 'secretaria-virtual', resource: { 'service.namespace': 'ufx-academico' }, seed: 'trancamento-fe5' });

const embedder = hashEmbeddingModel({ dims: 8 });
// Index of regulation chunks; the campus Sorocaba chunks were not loaded yet in this release.
const chunks = [
  { id: 'reg-grad-2023#art41', campus: 'sao-carlos', text: 'Art. 41. O trancamento de matrícula deve ser solicitado até a 6ª semana letiva.' },
  { id: 'reg-grad-2023#art42', campus: 'sao-carlos', text: 'Art. 42. O trancamento total não pode exceder quatro semestres, consecutivos ou não.' },
];
const index = [];
for (const ch of chunks) index.push({ ...ch, vector: (await embed({ model: embedder, value: ch.text })).embedding });

const buscar = tool({
  description: 'Busca trechos do Regulamento da Graduação do campus do aluno.',
  inputSchema: z.object({ consulta: z.string(), campus: z.string() }),
  execute: async ({ consulta, campus }) => {
    const { embedding } = await embed({ model: embedder, value: consulta });
    const hits = index.filter((d) => d.campus === campus)
      .map((d) => ({ id: d.id, score: Number(cosineSimilarity(embedding, d.vector).toFixed(4)), trecho: d.text }))
      .filter((h) => h.score > 0.2).slice(0, 3);
    return { campus, total: hits.length, resultados: hits };
  },
});

const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-1.5-flash', ids, responsePrefix: 'resp-',
  replies: [
    { calls: [[`fc-${ids('', 12).toLowerCase()}`, 'buscar_regulamento', { consulta: 'prazo e taxa para trancamento de matrícula', campus: 'sorocaba' }]] },
    'Pelo regulamento do campus Sorocaba, você pode trancar a matrícula até 30 dias após o início das aulas, pagando uma taxa de R$ 85,00 no boleto da secretaria. O trancamento vale por um semestre e pode ser renovado no máximo 2 vezes.',
  ] });

const tel = new OpenTelemetry();
const span = tracer.startSpan('atendimento.turno', { attributes: {
  'gen_ai.conversation.id': 'atd-SOR-2025-08-0917', 'enduser.id': 'RA-221874', 'app.canal': 'whatsapp' } });
await context.with(trace.setSpan(context.active(), span), () => generateText({
  model,
  system: 'Você é a Secretaria Virtual. Responda apenas com base no regulamento do campus do aluno (campus do aluno: sorocaba).',
  prompt: 'Oi! Qual o prazo pra trancar a matrícula esse semestre e quanto custa?',
  tools: { buscar_regulamento: buscar },
  stopWhen: stepCountIs(4),
  telemetry: { functionId: 'secretaria-virtual', integrations: [tel] },
}));
span.end();

writeJsonl(dir, 'traces.jsonl', [await flush()]);
