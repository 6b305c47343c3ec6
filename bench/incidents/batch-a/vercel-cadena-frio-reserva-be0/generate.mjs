// Logistics dispatcher (Spanish) on the Vercel AI SDK with LegacyOpenTelemetry. The dispatcher agent
// delegates carrier booking to a booking sub-agent through a tool; the sub-agent is a second
// generateText call run inside that tool, fed only the tool's arguments.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'despacho-agentes', resource: { 'deployment.environment': 'prod', 'service.version': '3.8.2' }, seed: 'cadena-frio-be0' });
const ids = makeIds('cadena-frio-be0');
const SESSION = 'exp-ZGZ-260412';
const USER = 'op.mlopez';
const telemetry = (functionId) => ({ functionId, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const transportistaTools = {
  buscar_camiones: tool({
    description: 'Buscar camiones disponibles para una ruta y fecha.',
    inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), palets: z.number() }),
    execute: async () => ({ ofertas: [
      { id: 'OF-5531', transportista: 'Trans Ebro S.L.', tipo: 'lona (carga seca)', temperatura: 'ambiente', palets_max: 33, precio_eur: 612 },
      { id: 'OF-5538', transportista: 'Frigoríficos Moncayo', tipo: 'frigorífico', temperatura: '+2/+8 °C', palets_max: 33, precio_eur: 948 },
      { id: 'OF-5544', transportista: 'Rutas del Cierzo', tipo: 'lona (carga seca)', temperatura: 'ambiente', palets_max: 26, precio_eur: 655 },
    ] }),
  }),
  reservar_camion: tool({
    description: 'Reservar en firme una oferta de transporte.',
    inputSchema: z.object({ oferta_id: z.string(), referencia_expedicion: z.string() }),
    execute: async ({ oferta_id, referencia_expedicion }) => ({ reserva: 'RSV-77120', oferta_id, referencia_expedicion, estado: 'confirmada', recogida: '2026-12-07 06:00' }),
  }),
};

const despachoTools = {
  consultar_pedido: tool({
    description: 'Detalle de un pedido de expedición.',
    inputSchema: z.object({ pedido: z.string() }),
    execute: async ({ pedido }) => ({ pedido, cliente: 'Farmadistribución Aragón', mercancia: 'vacunas antigripales (lotes VX-2291..VX-2298)', palets: 18,
      condiciones: { temperatura: '+2/+8 °C, cadena de frío obligatoria', registrador: 'datalogger requerido' }, origen: 'Zaragoza (PLAZA, nave 14)', destino: 'Valencia (Ribarroja)', fecha_recogida: '2026-12-07' }),
  }),
  delegar_reserva_transporte: tool({
    description: 'Pasar la reserva del transporte al agente de transportistas.',
    inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), palets: z.number(), referencia: z.string(), notas: z.string().optional() }),
    execute: async (args) => {
      const r = await generateText({
        model: scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
          { calls: [['call_t1', 'buscar_camiones', { origen: args.origen, destino: args.destino, fecha: args.fecha, palets: args.palets }]] },
          { calls: [['call_t2', 'reservar_camion', { oferta_id: 'OF-5531', referencia_expedicion: args.referencia }]] },
          'Reservada la oferta OF-5531 (Trans Ebro S.L., 612 €), la más económica con capacidad para 18 palets. Reserva RSV-77120, recogida 07/12 a las 06:00.',
        ] }),
        system: 'Eres el agente de transportistas. Con los datos recibidos busca camiones y reserva la oferta más económica que cumpla los requisitos indicados.',
        prompt: `Reserva transporte: ${JSON.stringify(args)}`,
        tools: transportistaTools,
        stopWhen: stepCountIs(5),
        runtimeContext: { sessionId: SESSION, userId: USER },
        telemetry: telemetry('agente-transportistas'),
      });
      return { resultado: r.text };
    },
  }),
};

await generateText({
  model: scriptedModel({ modelId: 'gpt-4o', ids, replies: [
    { calls: [['call_d1', 'consultar_pedido', { pedido: 'PED-260412' }]] },
    { text: 'El pedido son 18 palets de vacunas con cadena de frío +2/+8 °C. Paso la reserva al agente de transportistas.',
      calls: [['call_d2', 'delegar_reserva_transporte', { origen: 'Zaragoza (PLAZA, nave 14)', destino: 'Valencia (Ribarroja)', fecha: '2026-12-07', palets: 18, referencia: 'PED-260412', notas: 'Cliente Farmadistribución Aragón, recogida a primera hora.' }]] },
    'Listo, María: el transporte del PED-260412 queda reservado con Trans Ebro S.L. (reserva RSV-77120, 612 €), recogida el 07/12 a las 06:00 en la nave 14.',
  ] }),
  system: 'Eres el agente de despacho de Logística Cierzo. Revisa cada pedido y delega la reserva del transporte. Responde en español.',
  prompt: 'Hola, ¿me organizas el camión para el pedido PED-260412 de Farmadistribución? Recogida el lunes.',
  tools: despachoTools,
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: SESSION, userId: USER },
  telemetry: telemetry('agente-despacho'),
});
writeJsonl(dir, 'otel-export.jsonl', [await flush()]);
