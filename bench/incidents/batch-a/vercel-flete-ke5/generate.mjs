// Asistente de tráfico de una distribuidora en Monterrey (Vercel AI SDK v7, legacy ai.* telemetry).
// Offline: scripted MockLanguageModelV4, no network. Run from the repo root:
//   node bench/incidents/batch-a/vercel-flete-ke5/generate.mjs
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir }
  from '../../harness/vercel/harness.mjs';

const { flush } = setupTracing({ serviceName: 'trafico-bot', resource: { 'service.version': '2.4.1' }, seed: 'flete-ke5' });
const ids = makeIds('flete-ke5');

const tarifa = (kg) => (kg <= 1500 ? { unidad: 'camioneta 3.5 t', tarifa_mxn: 18400 } : { unidad: 'tórton 8 t', tarifa_mxn: 31750 });

const tools = {
  consultar_orden_compra: tool({
    description: 'Datos de embarque de una orden de compra a proveedor (ASN del proveedor).',
    inputSchema: z.object({ oc: z.string() }),
    execute: async ({ oc }) => ({ oc, proveedor: 'Hartwell Industrial Supply, Laredo TX', asn: 'ASN-88213-TX', bultos: 4, tipo: 'pallets 48x40 in',
      peso_bruto: '2,640 lb', listo_para_recoleccion: '2025-06-12', incoterm: 'FCA Laredo' }),
  }),
  cotizar_y_reservar_flete: tool({
    description: 'Cotiza y reserva un flete cruzado Laredo–Monterrey. El peso se expresa en kilogramos.',
    inputSchema: z.object({ origen: z.string(), destino: z.string(), peso_kg: z.number(), bultos: z.number().int(), fecha: z.string(), referencia: z.string() }),
    execute: async ({ peso_kg, bultos, fecha, referencia }) => ({ reserva: 'FLT-MTY-250612-0457', referencia, fecha, peso_kg, bultos, ...tarifa(peso_kg), moneda: 'MXN', estado: 'confirmada' }),
  }),
};

const model = scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
  { calls: [['call_9hQe2LxA', 'consultar_orden_compra', { oc: 'OC-2025-55120' }]] },
  { calls: [['call_Bk27tVpD', 'cotizar_y_reservar_flete', { origen: 'Laredo, TX', destino: 'Monterrey, NL (CEDIS Apodaca)', peso_kg: 2640, bultos: 4, fecha: '2025-06-12', referencia: 'OC-2025-55120' }]] },
  'Listo. Reservé el flete FLT-MTY-250612-0457 para la OC-2025-55120: 4 pallets, 2,640 kg, recolección el 12 de junio en Laredo. Por el peso se asignó un tórton de 8 t; tarifa 31,750 MXN.',
] });

await generateText({
  model,
  system: 'Eres el asistente de tráfico de Distribuidora Norteña. Reservas fletes para órdenes de compra. Responde en español.',
  prompt: 'Necesito el flete para la OC-2025-55120 que nos manda Hartwell, lo más barato posible. Recolección cuando esté lista.',
  tools, stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'trf-20250610-0033', userId: 'compras.mgarza' },
  telemetry: { functionId: 'trafico-fletes', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});
writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
