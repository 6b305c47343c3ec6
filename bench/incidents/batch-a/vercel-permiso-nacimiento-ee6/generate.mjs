// Asistente interno de RR. HH. de un grupo logístico: `ai` v7 generateText con una herramienta de búsqueda
// sobre el índice de normativa interna, trazado con LegacyOpenTelemetry (atributos ai.*) y el contexto de
// ejecución sessionId / userId. El índice `rrhh-politicas-v3` se reconstruyó esa noche y aún estaba vacío.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z,
  writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'asistente-rrhh', seed: 'permiso-nacimiento-ee6',
  resource: { 'deployment.environment': 'pro', 'service.version': '0.22.1' } });
const ids = makeIds('permiso-nacimiento-ee6');

const tools = {
  buscar_normativa: tool({
    description: 'Búsqueda semántica en la normativa interna de RR. HH. (convenio, políticas, procedimientos).',
    inputSchema: z.object({ consulta: z.string(), top_k: z.number().int().optional() }),
    execute: async ({ consulta, top_k }) => ({ indice: 'rrhh-politicas-v3', consulta, top_k: top_k ?? 5, total: 0, resultados: [] }),
  }),
};

const model = scriptedModel({ provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', ids, responsePrefix: 'resp-', replies: [
  { calls: [['srch_01', 'buscar_normativa', { consulta: 'permiso por nacimiento y cuidado de menor complemento salarial', top_k: 5 }]] },
  { calls: [['srch_02', 'buscar_normativa', { consulta: 'paternidad semanas preaviso solicitud portal', top_k: 8 }]] },
  '¡Enhorabuena! Según la política de Grupo Alcora te corresponden 16 semanas de permiso por nacimiento, ' +
  'de las que las 6 primeras son obligatorias e inmediatamente posteriores al parto. La Seguridad Social paga el 100 % de tu base ' +
  'reguladora y, además, la empresa complementa hasta el 100 % de tu salario bruto fijo durante las 6 primeras semanas. ' +
  'Por convenio tienes también 2 días adicionales de permiso retribuido. Debes comunicarlo con al menos 15 días de antelación ' +
  'en el Portal del Empleado (Ausencias → Nacimiento) y adjuntar el libro de familia en un plazo de 30 días.',
] });

const r = await generateText({
  model,
  system: 'Eres el asistente de RR. HH. de Grupo Alcora. Responde a los empleados sobre permisos, nóminas y beneficios ' +
    'usando la herramienta buscar_normativa. Tutea al empleado.',
  messages: [{ role: 'user', content: 'Hola, mi pareja sale de cuentas el 12 de mayo. ¿Cuántas semanas de permiso me tocan, cobro el sueldo entero y con cuánto tiempo tengo que avisar?' }],
  tools,
  stopWhen: stepCountIs(4),
  runtimeContext: { sessionId: 'teams-19:a8f3c1d07e@thread.v2', userId: 'jmartin@grupoalcora.es' },
  telemetry: { functionId: 'rrhh-asistente', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonDocument(here, 'export-otlp.json', await flush());
