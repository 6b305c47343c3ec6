// Spanish university help desk: knowledge-base search returns no hits, answer still quotes refund terms.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'uni-secretaria-bot', seed: 'matricula-ne5' });
const ids = makeIds('matricula-ne5');

const buscar_normativa = tool({
  description: 'Busca artículos de la normativa académica de la universidad (índice vectorial).',
  inputSchema: z.object({ consulta: z.string(), curso: z.string().optional() }),
  execute: async () => ({ indice: 'normativa-2024-25', resultados: [], total: 0, tiempo_ms: 41 }),
});

const c1 = ids('call_', 24);
const model = scriptedModel({
  ids, provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18',
  replies: [
    { calls: [[c1, 'buscar_normativa', { consulta: 'devolución precio matrícula anulación', curso: '2024-25' }]] },
    'Sí, puedes anular la matrícula y recuperar el 75 % del importe si presentas la solicitud antes de que pasen 20 días naturales desde el inicio del cuatrimestre. Pasado ese plazo solo se devuelven las tasas de secretaría (27,50 €). La solicitud se tramita en la sede electrónica, trámite AM-07.',
  ],
});

await generateText({
  model,
  system: 'Eres el asistente de la Secretaría de Estudiantes. Responde solo con información de la normativa vigente.',
  prompt: 'Hola, me matriculé en 2º de ADE pero me ha salido un trabajo. Si anulo la matrícula ahora, ¿me devuelven el dinero? ¿cuánto y hasta cuándo tengo?',
  tools: { buscar_normativa },
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'sec-2024-ade-88213', userId: 'est-48271930Q' },
  telemetry: { functionId: 'secretaria-chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'traces.jsonl', [await flush()]);
