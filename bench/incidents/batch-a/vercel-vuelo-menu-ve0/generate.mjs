// Asistente de viajes (español): two chat turns of one conversation, each its own trace under an app span
// carrying session.id; scripted model (no network) on the real `ai` package.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, sleep } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('vuelo-menu-ve0');
const { flush, tracer } = setupTracing({ serviceName: 'viajes-asistente', seed: 'vuelo-menu-ve0' });
const SESSION = 'conv_9d1e5b7a-44c0-4f1b-b3a2-1c7e0a6f2d81';
const VIAJERO = 'VJ-88213';

// Profile store: writes go to the primary, reads are served by a replica that lags one version behind.
const primary = { [VIAJERO]: { version: 6, asiento: 'pasillo', idioma: 'es' } };
let replica = structuredClone(primary);
const guardarPerfil = tool({
  description: 'Guarda preferencias del viajero en su perfil.',
  inputSchema: z.object({ viajero: z.string(), cambios: z.record(z.string(), z.any()) }),
  execute: async ({ viajero, cambios }) => {
    const p = primary[viajero];
    Object.assign(p, cambios); p.version += 1;
    return { ok: true, viajero, version: p.version };
  },
});
const leerPerfil = tool({
  description: 'Lee el perfil y las preferencias del viajero.',
  inputSchema: z.object({ viajero: z.string() }),
  execute: async ({ viajero }) => ({ viajero, ...replica[viajero] }),
});
const menusVuelo = tool({
  description: 'Menús disponibles para un vuelo.',
  inputSchema: z.object({ vuelo: z.string(), fecha: z.string() }),
  execute: async () => ({ vuelo: 'IB6251', menus: [
    { codigo: 'STD', nombre: 'Menú estándar: pollo al pesto con praliné de avellana' },
    { codigo: 'NLML', nombre: 'Menú sin frutos secos: merluza con verduras' },
    { codigo: 'VGML', nombre: 'Menú vegano: curry de garbanzos' },
  ] }),
});
const reservarMenu = tool({
  description: 'Reserva un menú especial o estándar para el viajero.',
  inputSchema: z.object({ viajero: z.string(), vuelo: z.string(), codigo_menu: z.string() }),
  execute: async ({ codigo_menu }) => ({ localizador: 'QX7RZP', menu: codigo_menu, estado: 'confirmado' }),
});
const tools = { guardar_perfil: guardarPerfil, leer_perfil: leerPerfil, menus_vuelo: menusVuelo, reservar_menu: reservarMenu };
const system = 'Eres el asistente de viajes de la agencia. Usa el perfil del viajero para cualquier reserva. El historial de la conversación no se conserva entre turnos: todo lo importante va al perfil.';
const telemetry = { functionId: 'asistente-viajes', includeRuntimeContext: { userId: true }, integrations: [new OpenTelemetry()] };

async function turn(prompt, replies) {
  await tracer.startActiveSpan('chat.turn', { attributes: { 'session.id': SESSION, 'enduser.id': VIAJERO } }, async (span) => {
    await generateText({ model: scriptedModel({ modelId: 'gpt-4o-mini', ids, replies }), system, prompt, tools,
      stopWhen: stepCountIs(6), runtimeContext: { userId: VIAJERO }, telemetry });
    span.end();
  });
}

await turn('Hola, antes de nada: soy alérgica a los frutos secos (anafilaxia). Apúntalo para mis vuelos.', [
  { calls: [['call_' + ids('', 22), 'guardar_perfil', { viajero: VIAJERO, cambios: { alergias: ['frutos secos'], gravedad: 'anafilaxia' } }]] },
  'Hecho: he guardado en tu perfil la alergia a los frutos secos (anafilaxia). La tendré en cuenta en todas tus reservas.',
]);
await sleep(40);
await turn('Resérvame la comida del vuelo IB6251 del viernes 13 de junio, por favor.', [
  { calls: [['call_' + ids('', 22), 'leer_perfil', { viajero: VIAJERO }]] },
  { calls: [['call_' + ids('', 22), 'menus_vuelo', { vuelo: 'IB6251', fecha: '2025-06-13' }]] },
  { calls: [['call_' + ids('', 22), 'reservar_menu', { viajero: VIAJERO, vuelo: 'IB6251', codigo_menu: 'STD' }]] },
  'Listo: te he reservado el menú estándar (pollo al pesto con praliné de avellana) en el IB6251 del viernes, localizador QX7RZP. Asiento de pasillo según tu perfil.',
]);

writeJsonl(dir, 'traces.jsonl', [await flush()]);
