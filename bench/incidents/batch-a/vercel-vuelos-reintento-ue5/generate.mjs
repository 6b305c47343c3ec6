// Agencia de viajes: la búsqueda de vuelos falla una vez (timeout del proveedor), el agente reintenta,
// obtiene tarifas reales y reserva con ellas. Vercel AI SDK v7, modelo simulado, sin red.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-asistente', resource: { 'deployment.environment': 'prod' }, seed: 'vuelos-reintento-ue5' });
const ids = makeIds('vuelos-reintento-ue5');

let intentos = 0;
const buscar_vuelos = tool({
  description: 'Busca vuelos disponibles entre dos aeropuertos en una fecha.',
  inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), pasajeros: z.number().int() }),
  execute: async ({ origen, destino, fecha }) => {
    intentos++;
    if (intentos === 1) throw new Error('GDS upstream timeout after 8000 ms (proveedor: amadeus-proxy, ref 7f3e-MAD)');
    return { origen, destino, fecha, vuelos: [
      { vuelo: 'IB3166', salida: '07:25', llegada: '09:05', tarifa_eur: 142.3, plazas: 4 },
      { vuelo: 'VY1422', salida: '13:10', llegada: '14:55', tarifa_eur: 98.9, plazas: 9 },
    ] };
  },
});
const reservar_vuelo = tool({
  description: 'Reserva un vuelo para los pasajeros indicados.',
  inputSchema: z.object({ vuelo: z.string(), fecha: z.string(), pasajeros: z.number().int(), tarifa_eur: z.number() }),
  execute: async ({ vuelo, pasajeros, tarifa_eur }) => ({ localizador: 'QX7K2M', vuelo, pasajeros, total_eur: Math.round(tarifa_eur * pasajeros * 100) / 100, estado: 'CONFIRMADA' }),
});

const model = scriptedModel({ modelId: 'gpt-4o-mini', ids, replies: [
  { calls: [['call_' + ids('', 20), 'buscar_vuelos', { origen: 'MAD', destino: 'BCN', fecha: '2025-06-12', pasajeros: 2 }]] },
  { text: 'El proveedor no respondió a tiempo; vuelvo a intentarlo.', calls: [['call_' + ids('', 20), 'buscar_vuelos', { origen: 'MAD', destino: 'BCN', fecha: '2025-06-12', pasajeros: 2 }]] },
  { calls: [['call_' + ids('', 20), 'reservar_vuelo', { vuelo: 'VY1422', fecha: '2025-06-12', pasajeros: 2, tarifa_eur: 98.9 }]] },
  'Listo: he reservado el vuelo VY1422 Madrid–Barcelona del 12 de junio (13:10–14:55) para 2 pasajeros. Localizador QX7K2M, total 197,80 €. Era la opción más barata; el IB3166 de las 07:25 costaba 142,30 € por persona.',
] });

await generateText({
  model,
  system: 'Eres un agente de viajes. Busca siempre disponibilidad antes de reservar y reserva la tarifa más barata salvo indicación contraria.',
  prompt: 'Necesito ir de Madrid a Barcelona el 12 de junio, somos dos. Reserva lo más barato, por favor.',
  tools: { buscar_vuelos, reservar_vuelo },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: 'conv_es_88213', userId: 'cli-40921' },
  telemetry: { functionId: 'reserva-vuelos', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new OpenTelemetry({ runtimeContext: true })] },
});
writeJsonl(dir, 'traces.jsonl', [await flush()]);
