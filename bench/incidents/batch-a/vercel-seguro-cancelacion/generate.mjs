// Asistente de clientes de una aseguradora de viaje: RAG sobre las condiciones generales de la póliza.
// Real `ai` package (v7) with a scripted mock chat model and a deterministic mock embedding model,
// traced with @ai-sdk/otel's OpenTelemetry integration (GenAI semantic conventions) under the web
// handler's own server span, exported as OTLP/JSON lines.
//
//   node bench/incidents/batch-a/vercel-seguro-cancelacion/generate.mjs
import {
  setupTracing, makeIds, scriptedModel, hashEmbeddingModel, writeJsonl, scriptDir, cosineSimilarity,
  generateText, embed, tool, z, stepCountIs, OpenTelemetry, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const tracing = setupTracing({ serviceName: 'asistente-clientes', seed: 'batch-a/vercel-seguro-cancelacion',
  resource: { 'deployment.environment': 'prod', 'service.namespace': 'atencion-cliente' } });
const ids = makeIds('batch-a/vercel-seguro-cancelacion');
const telemetry = { functionId: 'asistente-polizas', integrations: [new OpenTelemetry()] };
const embeddingModel = hashEmbeddingModel({ modelId: 'text-embedding-3-small', dims: 16 });

// The vector index of the general conditions. After the June re-index the chunks carry the product
// code 'VSPLUS25'; the product filter below still comes from the policy number prefix.
const chunks = [
  { id: 'cg-vsplus25-§4.2', producto: 'VSPLUS25', texto: 'Cancelación del viaje por enfermedad grave del asegurado ...' },
  { id: 'cg-vsplus25-§4.5', producto: 'VSPLUS25', texto: 'Plazo de comunicación del siniestro ...' },
  { id: 'cg-vsplus25-§7.1', producto: 'VSPLUS25', texto: 'Franquicias aplicables ...' },
];
const index = [];
for (const c of chunks) index.push({ ...c, vector: (await embed({ model: embeddingModel, value: c.texto })).embedding });

const buscar_condiciones = tool({
  description: 'Busca fragmentos de las condiciones generales y particulares de un producto de seguro.',
  inputSchema: z.object({
    consulta: z.string(),
    producto: z.string().describe('Código de producto, p. ej. VS-PLUS-2025'),
    k: z.number().int().optional(),
  }),
  execute: async ({ consulta, producto, k = 4 }) => {
    const { embedding } = await embed({ model: embeddingModel, value: consulta, telemetry });
    const fragmentos = index
      .filter((c) => c.producto === producto)
      .map((c) => ({ id: c.id, score: Number(cosineSimilarity(embedding, c.vector).toFixed(4)), texto: c.texto }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
    return { indice: 'condiciones-generales-es', producto, total: fragmentos.length, fragmentos };
  },
});

const SYSTEM = `Eres el asistente de atención al cliente de Viajes Protegidos Seguros S.A.
Respondes en español, con frases claras y cercanas.
Para preguntas sobre coberturas, importes, franquicias o plazos usa siempre buscar_condiciones con el código de producto de la póliza
(el código son los tres primeros bloques del número de póliza).`;

const PREGUNTA = 'Hola, tengo contratado el ViajeSeguro Plus, póliza VS-PLUS-2025-0093317. Me voy a Lisboa el 3 de julio y el viaje me ha costado 1.240 €. '
  + 'Si me pongo enfermo y tengo que cancelar, ¿me devolvéis el dinero? ¿Cuánto cubre y qué plazo tengo para avisaros?';

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    { calls: [[ids('call_', 24), 'buscar_condiciones', { consulta: 'cancelación del viaje por enfermedad del asegurado importe reembolso', producto: 'VS-PLUS-2025' }]] },
    { calls: [[ids('call_', 24), 'buscar_condiciones', { consulta: 'cancelación enfermedad plazo comunicación siniestro franquicia', producto: 'VS-PLUS-2025', k: 8 }]] },
    '¡Hola! Sí, con tu ViajeSeguro Plus la cancelación por enfermedad grave del asegurado está cubierta. '
      + 'La garantía cubre hasta 3.000 € por persona, así que el importe de tu viaje (1.240 €) quedaría cubierto, con una franquicia de 60 € por siniestro. '
      + 'Tienes que comunicarnos la cancelación en un plazo máximo de 7 días desde el diagnóstico, adjuntando el informe médico y las facturas del viaje. '
      + 'Una vez recibida la documentación, el reembolso se tramita en unos 15 días hábiles. ¿Quieres que te envíe el formulario de declaración de siniestro?',
  ],
});

const server = tracing.tracer;
await server.startActiveSpan('POST /api/asistente/mensajes', {
  kind: SpanKind.SERVER,
  attributes: {
    'http.request.method': 'POST', 'http.route': '/api/asistente/mensajes', 'url.scheme': 'https',
    'session.id': 'conv_01JXQ7K9M2T4B8VZ3R6HDNWC5E', 'enduser.id': 'cli-ES-558120',
  },
}, async (span) => {
  await generateText({ model, system: SYSTEM, prompt: PREGUNTA, tools: { buscar_condiciones }, stopWhen: stepCountIs(4), telemetry });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(out, 'traces.jsonl', [await tracing.flush()]);
console.log(`wrote ${out}/traces.jsonl`);
