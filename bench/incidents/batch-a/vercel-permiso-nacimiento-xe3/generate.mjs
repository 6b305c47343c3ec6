// Asistente de RR. HH. (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration, scripted mock model and
// hash embedding model, offline). The knowledge-base tool embeds the question, ranks the HR policy
// chunks by cosine similarity and records a GenAI `retrieval` span.
// Run: node bench/incidents/batch-a/vercel-permiso-nacimiento-xe3/generate.mjs
import {
  setupTracing, scriptedModel, hashEmbeddingModel, makeIds, generateText, embed, embedMany, cosineSimilarity,
  tool, z, stepCountIs, OpenTelemetry, SpanKind, trace, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const { tracer, flush } = setupTracing({
  serviceName: 'rrhh-asistente',
  resource: { 'service.version': '1.3.0', 'deployment.environment': 'produccion' },
  seed: 'vercel-permiso-nacimiento-xe3',
});
const ids = makeIds('vercel-permiso-nacimiento-xe3');
const mid = () => ids('', 9);
const embeddingModel = hashEmbeddingModel({ provider: 'mistral.embedding', modelId: 'mistral-embed', dims: 16 });

// The knowledge base as indexed for the Spanish entity (chunk id -> text).
const kb = [
  { id: 'POL-VAC-2024#1', texto: 'Vacaciones anuales. La plantilla disfruta de 23 días laborables de vacaciones por año natural. Al menos 14 días consecutivos deben disfrutarse entre junio y septiembre. Las solicitudes se registran en Workday con 20 días de antelación y las aprueba el responsable directo.' },
  { id: 'POL-TEL-03#2', texto: 'Teletrabajo. Hasta 2 días de teletrabajo por semana, previa aprobación del responsable directo y firma del anexo de trabajo a distancia. Compensación de gastos: 35 € brutos mensuales en nómina.' },
  { id: 'POL-FOR-11#1', texto: 'Formación. Cada empleado dispone de una bolsa anual de 40 horas de formación retribuida dentro de la jornada. Los cursos externos requieren aprobación previa de People Development.' },
  { id: 'POL-GAS-07#3', texto: 'Gastos de viaje. Dietas nacionales: 53,34 € por día completo. Kilometraje: 0,26 € por km con vehículo propio. Los tickets se suben a la app de gastos antes del día 5 del mes siguiente.' },
];
const kbVectors = (await embedMany({ model: embeddingModel, values: kb.map((c) => c.texto) })).embeddings;

const tools = {
  ficha_empleado: tool({
    description: 'Devuelve la ficha laboral de la persona empleada que escribe (país, centro, convenio, jornada).',
    inputSchema: z.object({ empleado_id: z.string() }),
    execute: async ({ empleado_id }) => ({ empleado_id, nombre: 'Lucía Ferrer Navarro', pais: 'ES', centro: 'Valencia', convenio: 'Oficinas y despachos de la Comunidad Valenciana', jornada: 'completa', alta: '2021-09-01' }),
  }),
  buscar_normativa: tool({
    description: 'Busca en la base de conocimiento de políticas internas de RR. HH. (España) y devuelve los fragmentos más relevantes.',
    inputSchema: z.object({ consulta: z.string(), top_k: z.number().int().min(1).max(5).default(3) }),
    execute: async ({ consulta, top_k }) => {
      const q = (await embed({ model: embeddingModel, value: consulta, telemetry: { functionId: 'kb-embed', integrations: [new OpenTelemetry()] } })).embedding;
      const ranked = kb.map((c, i) => ({ ...c, score: Number(((cosineSimilarity(q, kbVectors[i]) + 1) / 2).toFixed(3)) }))
        .sort((a, b) => b.score - a.score).slice(0, top_k);
      return tracer.startActiveSpan('retrieval kb-politicas-rrhh-es', { kind: SpanKind.CLIENT, attributes: {
        'gen_ai.operation.name': 'retrieval', 'gen_ai.data_source.id': 'kb-politicas-rrhh-es',
        'gen_ai.retrieval.query.text': consulta, 'gen_ai.request.top_k': top_k,
        'gen_ai.retrieval.documents': JSON.stringify(ranked.map((r) => ({ id: r.id, score: r.score }))),
        'db.system.name': 'pgvector', 'db.collection.name': 'politicas_chunks',
      } }, (s) => { s.end(); return { resultados: ranked.map((r) => ({ id: r.id, score: r.score, texto: r.texto })) }; });
    },
  }),
};

const SYSTEM = 'Eres el asistente de Personas de Nubíride Consulting S.L. Respondes a la plantilla en español, de forma cercana y precisa, ' +
  'basándote en las políticas internas y en la ficha de la persona. El id de la persona que escribe es E-20931.';
const PREGUNTA = 'Hola! Mi pareja sale de cuentas a mediados de marzo. ¿Cuántas semanas de permiso por nacimiento me tocan, se cobran enteras y con cuánta antelación tengo que avisar a la empresa?';

const replies = [
  { calls: [[mid(), 'ficha_empleado', { empleado_id: 'E-20931' }]] },
  { calls: [[mid(), 'buscar_normativa', { consulta: 'permiso por nacimiento y cuidado de menor duración retribución preaviso', top_k: 3 }]] },
  '¡Enhorabuena, Lucía! Te resumo lo que te corresponde:\n\n' +
  '- **Duración:** 16 semanas de permiso por nacimiento y cuidado del menor.\n' +
  '- **Retribución:** se cobra al 100 % de tu base reguladora, sin merma en nómina.\n' +
  '- **Cómo se reparte:** las 6 primeras semanas son obligatorias e ininterrumpidas justo después del parto; las 10 restantes puedes disfrutarlas por semanas hasta que el bebé cumpla 12 meses.\n' +
  '- **Preaviso:** tienes que comunicarlo a Personas con 15 días de antelación mediante el formulario F-27 del portal del empleado.\n\n' +
  'Si quieres, te ayudo a planificar las semanas voluntarias.',
];

await generateText({
  model: scriptedModel({ provider: 'mistral.chat', modelId: 'mistral-large-2411', replies, ids, responsePrefix: '' }),
  system: SYSTEM,
  prompt: PREGUNTA,
  tools,
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'asistente-personas', integrations: [new OpenTelemetry()] },
});

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
console.log('wrote spans.jsonl');
