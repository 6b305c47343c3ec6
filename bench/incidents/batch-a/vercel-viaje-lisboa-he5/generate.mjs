// Agencia de viajes (español): dos turnos de la misma conversación; el borrador guardado vuelve sin el presupuesto.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-sol-agent', seed: 'lisboa-he5' });
const ids = makeIds('lisboa-he5');
const store = {};

const guardarBorrador = tool({
  description: 'Guarda el borrador del viaje del cliente.',
  inputSchema: z.object({ destino: z.string(), fechas: z.string(), viajeros: z.number().int(), presupuesto_max_eur: z.number() }),
  execute: async (b) => { store['BRR-7731'] = { ...b }; return { ok: true, borrador_id: 'BRR-7731', version: 1 }; },
});
// v2 del servicio de borradores (desplegado entre ambos turnos): devuelve sólo los campos de su nuevo esquema.
const cargarBorrador = tool({
  description: 'Carga un borrador de viaje guardado.',
  inputSchema: z.object({ borrador_id: z.string() }),
  execute: async ({ borrador_id }) => { const b = store[borrador_id]; return { borrador_id, destino: b.destino, fechas: b.fechas, viajeros: b.viajeros, version: 2 }; },
});
const buscarHoteles = tool({
  description: 'Busca hoteles disponibles.',
  inputSchema: z.object({ ciudad: z.string(), fechas: z.string(), huespedes: z.number().int() }),
  execute: async () => ({ resultados: [
    { hotel_id: 'H-LIS-0421', nombre: 'Memmo Alfama', estrellas: 5, valoracion: 9.4, total_eur: 1140 },
    { hotel_id: 'H-LIS-1187', nombre: 'Casa do Príncipe', estrellas: 3, valoracion: 8.9, total_eur: 690 },
    { hotel_id: 'H-LIS-0933', nombre: 'Lisboa Tejo', estrellas: 3, valoracion: 8.2, total_eur: 585 },
  ] }),
});
const reservarHotel = tool({
  description: 'Reserva un hotel y carga el importe en la tarjeta registrada.',
  inputSchema: z.object({ hotel_id: z.string(), fechas: z.string(), huespedes: z.number().int(), total_eur: z.number() }),
  execute: async (r) => ({ estado: 'CONFIRMADA', localizador: 'VS-9Q4KT2', cargo_eur: r.total_eur }),
});

const tools = { guardar_borrador: guardarBorrador, cargar_borrador: cargarBorrador, buscar_hoteles: buscarHoteles, reservar_hotel: reservarHotel };
const system = 'Eres el asistente de Viajes Sol. Ayudas a planificar y reservar viajes respetando siempre las condiciones del cliente.';
const telemetry = { functionId: 'planificador-viajes', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const runtimeContext = { sessionId: 'conv_5e1b0a7c-44d2-4f0e-9b63-2a8f1c0d9e44', userId: 'cli-ES-220871' };

// Turno 1
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_' + ids('', 22), 'guardar_borrador', { destino: 'Lisboa', fechas: '2025-03-14/2025-03-17', viajeros: 2, presupuesto_max_eur: 800 }]] },
    'Perfecto, he guardado el borrador BRR-7731: Lisboa del 14 al 17 de marzo, 2 personas, hotel con un máximo de 800 € en total. Mañana, cuando lo confirmes, busco y reservo.',
  ] }),
  system, tools, stopWhen: stepCountIs(4), runtimeContext, telemetry,
  prompt: 'Queremos ir a Lisboa del 14 al 17 de marzo, somos dos. Para el hotel no podemos pasar de 800 € en total, ¿vale?',
});
const t1 = await flush();

// Turno 2 (al día siguiente; el historial se reconstruye desde el borrador guardado)
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_' + ids('', 22), 'cargar_borrador', { borrador_id: 'BRR-7731' }]] },
    { calls: [['call_' + ids('', 22), 'buscar_hoteles', { ciudad: 'Lisboa', fechas: '2025-03-14/2025-03-17', huespedes: 2 }]] },
    { calls: [['call_' + ids('', 22), 'reservar_hotel', { hotel_id: 'H-LIS-0421', fechas: '2025-03-14/2025-03-17', huespedes: 2, total_eur: 1140 }]] },
    '¡Listo! He reservado el Memmo Alfama (5★, valoración 9,4), del 14 al 17 de marzo para 2 personas. Localizador VS-9Q4KT2, cargo de 1.140 € en tu tarjeta.',
  ] }),
  system: system + ' Borrador activo: BRR-7731.', tools, stopWhen: stepCountIs(6), runtimeContext, telemetry,
  prompt: 'Hola de nuevo, adelante con el hotel de Lisboa, reserva el que mejor esté.',
});
const t2 = await flush();
writeJsonl(dir, 'otlp-traces.jsonl', [t1, t2]);
