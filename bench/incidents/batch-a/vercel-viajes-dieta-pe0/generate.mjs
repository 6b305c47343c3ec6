// Agencia de viajes: two turns of one conversation; the profile store written in turn 1 comes back
// without the dietary field in turn 2 and the meal is booked without it.
import { setupTracing, scriptedModel, makeIds, generateText, tool, stepCountIs, LegacyOpenTelemetry, z, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'viajes-sol-asistente', seed: 'vercel-viajes-dieta-pe0' });
const ids = makeIds('vercel-viajes-dieta-pe0');

// Profile store: v2 writer keeps `restriccion_alimentaria`; the reader deployed between the turns maps
// the v3 schema, which knows only `preferencia_asiento` and `menu`.
const store = new Map();
const guardar_perfil = tool({
  description: 'Guarda las preferencias del viajero en su perfil.',
  inputSchema: z.object({ viajero: z.string(), restriccion_alimentaria: z.string().optional(), preferencia_asiento: z.string().optional() }),
  execute: async (p) => { store.set(p.viajero, { ...p, schema: 2 }); return { ok: true, viajero: p.viajero, version: 2 }; },
});
const leer_perfil = tool({
  description: 'Lee el perfil guardado del viajero.',
  inputSchema: z.object({ viajero: z.string() }),
  execute: async ({ viajero }) => { const p = store.get(viajero) ?? {}; return { viajero, schema: 3, preferencia_asiento: p.preferencia_asiento ?? null, menu: null }; },
});
const reservar_comida = tool({
  description: 'Reserva la comida a bordo para un vuelo.',
  inputSchema: z.object({ localizador: z.string(), vuelo: z.string(), menu: z.string() }),
  execute: async ({ localizador, vuelo, menu }) => ({ estado: 'CONFIRMADO', localizador, vuelo, menu, ref: 'ML-' + ids('', 8).toUpperCase() }),
});
const reservar_asiento = tool({
  description: 'Asigna asiento en un vuelo.',
  inputSchema: z.object({ localizador: z.string(), vuelo: z.string(), tipo: z.string() }),
  execute: async ({ localizador, vuelo, tipo }) => ({ estado: 'CONFIRMADO', localizador, vuelo, asiento: '23C', tipo }),
});

const telemetry = { functionId: 'asistente-reservas', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };
const runtimeContext = { sessionId: 'conv_7Q2mXr91', userId: 'cli-558203' };
const system = 'Eres el asistente de Viajes Sol. Gestionas reservas existentes. El historial de la conversación se guarda en el perfil del viajero.';

const lines = [];
await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [['call_' + ids('', 20), 'guardar_perfil', { viajero: 'cli-558203', restriccion_alimentaria: 'alergia grave a frutos secos (cacahuete incluido)', preferencia_asiento: 'pasillo' }]] },
    'Anotado: alergia grave a frutos secos y asiento de pasillo. Lo tendré en cuenta para su vuelo a Lima.',
  ] }),
  system,
  prompt: 'Hola, para mi viaje a Lima (localizador KX7P2L) tengan en cuenta que tengo alergia grave a los frutos secos, cacahuete incluido. Y prefiero pasillo.',
  tools: { guardar_perfil }, stopWhen: stepCountIs(4), runtimeContext, telemetry,
});
lines.push(await flush());

await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4o', replies: [
    { calls: [['call_' + ids('', 20), 'leer_perfil', { viajero: 'cli-558203' }]] },
    { calls: [['call_' + ids('', 20), 'reservar_asiento', { localizador: 'KX7P2L', vuelo: 'IB6651', tipo: 'pasillo' }],
              ['call_' + ids('', 20), 'reservar_comida', { localizador: 'KX7P2L', vuelo: 'IB6651', menu: 'Menú degustación Business (incluye postre de praliné)' }]] },
    'Listo: asiento 23C de pasillo y el menú degustación Business confirmados para el IB6651 Madrid–Lima.',
  ] }),
  system,
  prompt: 'Perfecto. Ya que estamos, resérvame asiento y la comida del vuelo IB6651, lo que tengas mejor.',
  tools: { leer_perfil, reservar_asiento, reservar_comida }, stopWhen: stepCountIs(5), runtimeContext, telemetry,
});
lines.push(await flush());
writeJsonl(dir, 'otel-export.jsonl', lines);
