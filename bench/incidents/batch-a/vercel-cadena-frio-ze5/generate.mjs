// Cold-chain dispatch assistant (Spanish) on the Vercel AI SDK v7, legacy ai.* telemetry, scripted model.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs,
  LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('cadena-frio-ze5');
const { flush } = setupTracing({ serviceName: 'despacho-frio', seed: 'cadena-frio-ze5',
  resource: { 'deployment.environment': 'produccion' } });

const consultarLote = tool({
  description: 'Devuelve la ficha logística de un lote del almacén (producto, peso, condiciones de conservación).',
  inputSchema: z.object({ lote: z.string().describe('Código de lote, p. ej. LT-0000-A') }),
  execute: async ({ lote }) => ({
    lote, producto: 'Salmón atlántico fresco, filetes', pallets: 6, peso_neto: '4.080 kg',
    conservacion: 'Refrigerado, mantener entre 0 y 2 °C. NO congelar.', origen: 'Vigo', destino: 'Rotterdam',
  }),
});
const reservarReefer = tool({
  description: 'Reserva un contenedor refrigerado de 40 pies en la naviera y programa su consigna de temperatura.',
  inputSchema: z.object({
    naviera_ref: z.string().describe('Referencia de booking de la naviera'),
    lote: z.string(),
    consigna_f: z.number().describe('Consigna de temperatura del equipo reefer, en grados Fahrenheit (°F)'),
    ventilacion_m3h: z.number().int().describe('Renovación de aire en m³/h'),
  }),
  execute: async ({ naviera_ref, lote, consigna_f, ventilacion_m3h }) => ({
    reserva: 'RF-88213-VGO', naviera_ref, lote, contenedor: 'MSKU 402117-3', consigna: `${consigna_f} °F`,
    ventilacion: `${ventilacion_m3h} m³/h`, estado: 'CONFIRMADA', salida: '2024-11-19T06:00:00+01:00',
  }),
});

const res = await generateText({
  model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini', ids, replies: [
    { calls: [[ids('call_', 24), 'consultarLote', { lote: 'LT-7731-B' }]] },
    { calls: [[ids('call_', 24), 'reservarReefer', { naviera_ref: 'MAEU-VGO-558120', lote: 'LT-7731-B', consigna_f: 2, ventilacion_m3h: 25 }]] },
    'Listo. He reservado el contenedor MSKU 402117-3 (reserva RF-88213-VGO) para el lote LT-7731-B de salmón fresco, con consigna de 2 grados y ventilación de 25 m³/h. Sale de Vigo el 19/11 a las 06:00.',
  ] }),
  system: 'Eres el asistente de despacho de Frigoríficos Atlántico S.L. Reservas contenedores reefer para los lotes que te indiquen, respetando las condiciones de conservación de la ficha del lote.',
  prompt: 'Buenos días, necesito reefer para el lote LT-7731-B con la booking MAEU-VGO-558120 de Maersk. Ventilación 25 m³/h como siempre.',
  tools: { consultarLote, reservarReefer },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'desp-20241118-0417', userId: 'operador.mgarcia' },
  telemetry: { functionId: 'despacho-reefer', includeRuntimeContext: { sessionId: true, userId: true },
    integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
