// Asistente de RR. HH. (Vercel AI SDK v7, modelo simulado con guion, sin red). Telemetría con la
// integración OpenTelemetry (convenciones gen_ai.*) de @ai-sdk/otel; exporta OTLP/JSON.
import { generateText, tool, stepCountIs, OpenTelemetry, z, setupTracing, scriptedModel, makeIds, writeJsonDocument, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('rrhh-vlc');
const { flush } = setupTracing({ serviceName: 'portal-empleado-rrhh', resource: { 'service.version': '2.14.0' }, seed: 'rrhh-vlc' });

const model = scriptedModel({ ids, provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', responsePrefix: 'msg_', replies: [
  { calls: [[ids('toolu_', 22), 'buscar_normativa', { consulta: 'días de vacaciones anuales y arrastre al año siguiente', centro: 'VLC', max_resultados: 5 }]] },
  { calls: [[ids('toolu_', 22), 'buscar_normativa', { consulta: 'vacaciones no disfrutadas plazo', centro: 'ES', max_resultados: 5 }]] },
  'Hola, Lucía. Según la normativa interna te corresponden 23 días laborables de vacaciones al año; como te incorporaste en marzo, este año tienes 19 días prorrateados. Puedes trasladar hasta 5 días no disfrutados a 2025, siempre que los disfrutes antes del 31 de marzo. Para solicitar el traslado, pídeselo a tu responsable antes del 15 de diciembre desde el portal.',
] });

let n = 0;
const buscar_normativa = tool({
  description: 'Busca en la base de conocimiento de RR. HH. (políticas, convenio, procedimientos).',
  inputSchema: z.object({ consulta: z.string(), centro: z.string(), max_resultados: z.number().int() }),
  execute: async () => {
    n++;
    if (n === 1) return { indice: 'kb-rrhh-es-v3', total: 0, resultados: [] };
    return { indice: 'kb-rrhh-es-v3', total: 2, resultados: [
      { doc_id: 'POL-TT-2023-04', titulo: 'Política de teletrabajo', fragmento: 'Los días de teletrabajo no disfrutados en una semana no se acumulan a la semana siguiente.', puntuacion: 0.41 },
      { doc_id: 'PROC-GAST-07', titulo: 'Liquidación de gastos de viaje', fragmento: 'Los gastos no liquidados en el plazo de 30 días naturales se considerarán caducados.', puntuacion: 0.33 },
    ] };
  },
});

await generateText({
  model,
  system: 'Eres el asistente de RR. HH. del portal del empleado. Responde solo con información de la normativa interna.',
  prompt: 'Hola, ¿cuántos días de vacaciones me tocan este año y puedo pasar a 2025 los que no use? Estoy en la oficina de Valencia desde marzo. (Lucía Ferrer, nº empleado 40718)',
  tools: { buscar_normativa },
  stopWhen: stepCountIs(4),
  telemetry: { functionId: 'asistente-rrhh', integrations: [new OpenTelemetry()] },
});

writeJsonDocument(dir, 'otlp-export.json', await flush());
