// HR assistant (Spanish): an employee asks about leave when a child is hospitalised; the policy search
// over the HR knowledge base returns no hits. Vercel AI SDK v7, LegacyOpenTelemetry, scripted mock model.
import * as H from '../../harness/vercel/harness.mjs';

const dir = H.scriptDir(import.meta.url);
const { flush } = H.setupTracing({ serviceName: 'portal-empleado-ia', seed: 'permisos-rrhh-ge5' });
const ids = H.makeIds('permisos-rrhh-ge5');
const runtimeContext = { sessionId: '7c1e0b52-93d4-4a8e-b1f6-2f0d9a44c7e1', userId: 'emp-ES-30981' };

const model = H.scriptedModel({ ids, provider: 'azure.chat', modelId: 'gpt-4o-2024-08-06', replies: [
  { calls: [['call_q8Lm2', 'consultar_ficha_empleado', { empleado: 'emp-ES-30981' }]] },
  { calls: [['call_r4Tz9', 'buscar_normativa', { consulta: 'permiso hospitalización hijo menor días retribuidos', coleccion: 'convenio-colectivo-2025', top_k: 5 }]] },
  'Según el convenio, por hospitalización de un hijo tienes 5 días laborables de permiso retribuido al 100 %, ampliables a 7 si requiere desplazamiento de más de 200 km. Debes comunicarlo a tu responsable con al menos 48 horas de antelación y aportar el justificante médico en un plazo de 10 días. Puedes solicitarlo desde el portal en «Ausencias > Permisos retribuidos».',
] });

await H.generateText({
  model,
  system: 'Eres el asistente de RR. HH. de Grupo Larraz. Responde sobre permisos y ausencias basándote en la normativa interna y el convenio.',
  prompt: 'Hola, mi hija ha ingresado en el hospital esta mañana. ¿Cuántos días de permiso me corresponden y qué tengo que hacer?',
  tools: {
    consultar_ficha_empleado: H.tool({ description: 'Datos laborales del empleado.', inputSchema: H.z.object({ empleado: H.z.string() }),
      execute: async () => ({ empleado: 'emp-ES-30981', centro: 'Zaragoza - Plaza', jornada: 'completa', antiguedad_anios: 4, convenio: 'Comercio Zaragoza' }) }),
    buscar_normativa: H.tool({ description: 'Búsqueda semántica en la base documental de RR. HH. (convenios, políticas internas).', inputSchema: H.z.object({ consulta: H.z.string(), coleccion: H.z.string(), top_k: H.z.number() }),
      execute: async () => ({ coleccion: 'convenio-colectivo-2025', resultados: [], total: 0, nota: 'índice en reconstrucción (última indexación: 0 documentos)' }) }),
  },
  stopWhen: H.stepCountIs(5), runtimeContext,
  telemetry: { functionId: 'asistente-rrhh', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new H.LegacyOpenTelemetry()] },
});
H.writeJsonl(dir, 'otlp-traces.jsonl', [await flush()]);
