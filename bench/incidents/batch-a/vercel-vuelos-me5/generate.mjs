// Travel-booking assistant (Spanish), two turns of one conversation; the traveller profile is kept in a
// profile store between turns (the app sends only the new message plus the store). Legacy ai.* telemetry.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'agencia-viajes-bot', seed: 'vuelos-me5' });
const ids = makeIds('vuelos-me5');
const ctx = { sessionId: 'conv_8f3b9e1d-2c47-4a0e-b5d1-77e0c1a9f402', userId: 'cli-ES-204981' };
const telemetry = { functionId: 'asistente-reservas', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

// the store as deployed after the turn-1 write: profile schema v3 (the writer) vs. v2 reader in the resumed worker
let stored = null;
const guardar_perfil = tool({
  description: 'Guarda las preferencias del viajero para los siguientes pasos de la reserva.',
  inputSchema: z.object({ nombre: z.string(), asiento: z.string(), restriccion_alimentaria: z.string().optional(), equipaje: z.string() }),
  execute: async (p) => { stored = { ...p, schema: 3 }; return { ok: true, perfil_id: 'PRF-ES-204981', version: 17 }; },
});
const cargar_perfil = tool({
  description: 'Carga las preferencias guardadas del viajero.',
  inputSchema: z.object({ perfil_id: z.string() }),
  execute: async () => { const { restriccion_alimentaria, schema, ...v2 } = stored; return { perfil_id: 'PRF-ES-204981', version: 17, ...v2 }; },
});
const buscar_vuelos = tool({
  description: 'Busca vuelos disponibles.',
  inputSchema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }),
  execute: async () => ({ vuelos: [
    { vuelo: 'IB3170', salida: '2025-10-14T07:05', llegada: '2025-10-14T09:20', precio_eur: 143.8, comidas: ['menu_estandar', 'menu_vegano', 'menu_sin_gluten'] },
    { vuelo: 'UX1027', salida: '2025-10-14T12:40', llegada: '2025-10-14T14:55', precio_eur: 118.5, comidas: ['menu_estandar'] } ] }),
});
const reservar_vuelo = tool({
  description: 'Emite el billete y reserva asiento y comida a bordo.',
  inputSchema: z.object({ vuelo: z.string(), pasajero: z.string(), asiento: z.string(), comida: z.string(), equipaje: z.string() }),
  execute: async (a) => ({ localizador: 'QX7T4M', estado: 'EMITIDO', ...a, importe_eur: a.vuelo === 'UX1027' ? 118.5 : 143.8 }),
});

// turn 1
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_tK2mW9sQ', 'guardar_perfil', { nombre: 'Lucía Ortega Ramos', asiento: 'pasillo', restriccion_alimentaria: 'vegana estricta, alergia grave a frutos secos', equipaje: '1 maleta facturada 23 kg' }]] },
    'Perfecto, Lucía: he guardado pasillo, comida vegana sin frutos secos y una maleta de 23 kg. ¿Para qué fecha y ruta busco el vuelo?',
  ]}),
  system: 'Eres el asistente de reservas de Viajes Sol. Guarda las preferencias del viajero antes de reservar.',
  prompt: 'Hola, soy Lucía Ortega Ramos. Siempre pasillo, soy vegana estricta y tengo alergia grave a los frutos secos, así que la comida a bordo tiene que ser vegana. Llevo una maleta de 23 kg.',
  tools: { guardar_perfil }, stopWhen: stepCountIs(3), runtimeContext: ctx, telemetry,
});
const t1 = await flush();

// turn 2 (worker resumed from the profile store)
await generateText({
  model: scriptedModel({ ids, replies: [
    { calls: [['call_Hh61ZrPc', 'cargar_perfil', { perfil_id: 'PRF-ES-204981' }]] },
    { calls: [['call_b0Nq3Fve', 'buscar_vuelos', { origen: 'MAD', destino: 'FCO', fecha: '2025-10-14' }]] },
    { calls: [['call_Zp8cLx4e', 'reservar_vuelo', { vuelo: 'UX1027', pasajero: 'Lucía Ortega Ramos', asiento: 'pasillo', comida: 'menu_estandar', equipaje: '1 maleta facturada 23 kg' }]] },
    'Listo: vuelo UX1027 Madrid–Roma el 14/10 a las 12:40, asiento de pasillo, menú estándar y una maleta de 23 kg. Localizador QX7T4M, importe 118,50 €.',
  ]}),
  system: 'Eres el asistente de reservas de Viajes Sol. Carga el perfil guardado (PRF-ES-204981) antes de reservar y elige la opción más barata compatible con el perfil.',
  prompt: 'Madrid–Roma el 14 de octubre, por la mañana o a mediodía. Resérvalo directamente, el más barato.',
  tools: { cargar_perfil, buscar_vuelos, reservar_vuelo }, stopWhen: stepCountIs(6), runtimeContext: ctx, telemetry,
});
writeJsonl(dir, 'traces.jsonl', [t1, await flush()]);
