// Asistente de banca online (hipotecas) con búsqueda en la base de conocimiento interna.
// Vercel AI SDK (ai 7) con modelo simulado, integración OpenTelemetry de @ai-sdk/otel (gen_ai.*);
// la app añade gen_ai.conversation.id y enduser.id con enrichSpan y registra la búsqueda vectorial
// en su propio span de recuperación.
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, cosineSimilarity, tool,
  stepCountIs, OpenTelemetry, z, trace, SpanKind, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({
  serviceName: 'banca-asistente-api',
  resource: { 'deployment.environment': 'produccion', 'service.version': '2025.03.2' },
  seed: 'hipoteca-amortizacion-re5',
});
const ids = makeIds('hipoteca-amortizacion-re5');
const conversationId = 'cnv_' + ids('', 20);
const ctx = { 'gen_ai.conversation.id': conversationId, 'enduser.id': 'cli-ES-5531902' };
const otel = new OpenTelemetry({ enrichSpan: () => ctx });
const telemetry = { functionId: 'asistente-hipotecas', integrations: [otel] };

const embedder = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 16 });

// Índice vectorial (la colección de hipotecas aún no está indexada en este entorno: solo hay fichas de otros productos).
const fichas = [
  { id: 'kb-es/cuentas/cuenta-online-v7#comisiones', titulo: 'Cuenta Online – comisiones y condiciones',
    texto: 'La Cuenta Online no tiene comisión de mantenimiento si se domicilia una nómina o pensión. Transferencias SEPA inmediatas gratuitas.' },
  { id: 'kb-es/tarjetas/credito-clasica-v3#cuotas', titulo: 'Tarjeta Crédito Clásica – cuota anual',
    texto: 'Cuota anual gratuita el primer año. Pago aplazado con TIN variable según campaña vigente.' },
  { id: 'kb-es/seguros/hogar-plus-v2#coberturas', titulo: 'Seguro Hogar Plus – coberturas',
    texto: 'Cubre daños por agua, incendio y robo. Franquicia según la modalidad contratada.' },
];
const vecs = (await Promise.all(fichas.map((f) => embedder.doEmbed({ values: [f.texto] })))).map((r) => r.embeddings[0]);

async function buscar({ consulta, coleccion, k }) {
  const { embedding } = await embed({ model: embedder, value: consulta, telemetry });
  return tracer.startActiveSpan(`retrieval ${coleccion}`, { kind: SpanKind.CLIENT }, async (span) => {
    await sleep(35);
    const candidatas = coleccion === 'hipotecas' ? [] : fichas; // colección 'hipotecas' vacía
    const hits = candidatas.map((f, i) => ({ ...f, score: Number(((cosineSimilarity(embedding, vecs[i]) + 1) / 2).toFixed(3)) }))
      .sort((a, b) => b.score - a.score).slice(0, k);
    span.setAttributes({
      'gen_ai.operation.name': 'retrieval',
      'gen_ai.data_source.id': `pgvector://kb-es/${coleccion}`,
      'gen_ai.request.top_k': k,
      'db.system.name': 'postgresql',
      'gen_ai.retrieval.query.text': consulta,
      'gen_ai.retrieval.documents': JSON.stringify(hits.map((h) => ({ id: h.id, score: h.score }))),
    });
    span.end();
    return hits;
  });
}

const tools = {
  buscar_condiciones: tool({
    description: 'Busca en la base de conocimiento del banco las condiciones vigentes de un producto. Devuelve fragmentos con su puntuación.',
    inputSchema: z.object({
      consulta: z.string(),
      coleccion: z.enum(['hipotecas', 'prestamos', 'general']).describe('colección del índice'),
      k: z.number().int().min(1).max(8).default(4),
    }),
    execute: async (args) => {
      const hits = await buscar(args);
      return { coleccion: args.coleccion, resultados: hits.map((h) => ({ id: h.id, titulo: h.titulo, fragmento: h.texto, score: h.score })) };
    },
  }),
  datos_prestamo: tool({
    description: 'Datos del préstamo hipotecario del cliente autenticado.',
    inputSchema: z.object({ contrato: z.string() }),
    execute: async ({ contrato }) => ({ contrato, producto: 'Hipoteca Variable Euríbor', firmada: '2021-06-14', capital_pendiente: '148.312,07 €',
      diferencial: 'Euríbor 12M + 0,79 %', proxima_revision: '2025-06-14' }),
  }),
};

const model = scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o', ids, replies: [
  { calls: [['call_9bX2mQf1', 'datos_prestamo', { contrato: 'HIP-0081-4471230' }],
    ['call_Tq7Lr0aZ', 'buscar_condiciones', { consulta: 'comisión por amortización anticipada parcial hipoteca variable', coleccion: 'hipotecas', k: 4 }]] },
  { calls: [['call_pW4eN6sD', 'buscar_condiciones', { consulta: 'compensación por desistimiento amortización anticipada préstamo variable', coleccion: 'general', k: 3 }]] },
  'Buenas tardes. Su Hipoteca Variable Euríbor (contrato HIP-0081-4471230, firmada el 14/06/2021) tiene una compensación por amortización anticipada parcial del 0,25 % del capital amortizado durante los primeros 5 años, y del 0 % a partir de entonces. '
  + 'Como la firmó en junio de 2021, todavía está dentro de ese periodo: si amortiza 20.000 € este año, la comisión sería de 50 €. '
  + 'Puede solicitarlo desde la app en Préstamos > Amortizar, con un preaviso mínimo de 30 días.',
] });

const res = await generateText({
  model,
  system: 'Eres el asistente de hipotecas de Banco Meridiano. Responde solo con información de las fichas de producto y de los datos del cliente. Tono cercano, en español de España.',
  prompt: 'Hola, quiero amortizar 20.000 € de mi hipoteca este año. ¿Cuánto me cobráis de comisión? El contrato es el HIP-0081-4471230.',
  tools, stopWhen: stepCountIs(5), telemetry,
});
writeJsonl(here, 'traces.otlp.jsonl', [await flush()]);
console.log(res.text.slice(0, 80), '… written');
