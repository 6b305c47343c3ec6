// Banca (es-ES): the transfer-status lookup fails with a 503, is retried with the same id and succeeds.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, SpanKind } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'banca-asistente', resource: { 'deployment.environment': 'produccion' }, seed: 'transferencia-xe5' });
const ids = makeIds('transferencia-xe5');

let intentos = 0;
const consultar = tool({
  description: 'Consulta el estado de una transferencia por su referencia.',
  inputSchema: z.object({ referencia: z.string() }),
  execute: async ({ referencia }) => {
    if (intentos++ === 0) throw new Error('503 Service Unavailable: core-pagos no disponible temporalmente, reintente');
    return { referencia, estado: 'LIQUIDADA', importe: '2.500,00 EUR', beneficiario: 'Inmobiliaria Sol S.L.', fecha_valor: '2024-05-28' };
  },
});

const g = () => ids('', 16);
const c1 = g(), c2 = g();
const model = scriptedModel({ ids, provider: 'google.generative-ai', modelId: 'gemini-2.0-flash', responsePrefix: 'resp-', replies: [
  { calls: [[c1, 'consultar_transferencia', { referencia: 'TRF-2024-0528-00731' }]] },
  { calls: [[c2, 'consultar_transferencia', { referencia: 'TRF-2024-0528-00731' }]] },
  'Su transferencia TRF-2024-0528-00731 de 2.500,00 EUR a Inmobiliaria Sol S.L. está liquidada con fecha valor 28/05/2024. El primer intento de consulta falló por una incidencia temporal, pero la segunda consulta lo ha confirmado.',
] });

await tracer.startActiveSpan('POST /v1/asistente', { kind: SpanKind.SERVER, attributes: { 'session.id': 'ses-a81f-4c02-9d3e', 'user.id': 'cli-00482291' } }, async (span) => {
  await generateText({
    model,
    system: 'Eres el asistente de banca online. Si una consulta falla por un error temporal, reinténtala antes de responder. No inventes estados.',
    prompt: 'Hola, ¿me confirmáis si ya ha llegado la transferencia TRF-2024-0528-00731 del alquiler? El casero dice que no la ve.',
    tools: { consultar_transferencia: consultar },
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'banca-chat', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
