// Agencia de viajes: el asistente guarda el expediente de una pasajera y una semana después lo
// recarga para confirmar los servicios con la aerolínea. Entre las dos conversaciones, un despliegue
// migra los expedientes al esquema v4.
// Run: node bench/incidents/batch-a/agents-expediente-silla-ruedas/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The agency's record store (in memory here), keyed by booking locator.
const store = new Map();
store.set('QX7RTM', { localizador: 'QX7RTM', esquema: 'expediente/v3', version: 2, pasajeros: [
  { nombre: 'GARCIA RUIZ/LUCIA', vuelo: 'IB3046', fecha: '2025-05-14', asistencia: null, dieta: null },
] });

const guardarExpediente = tool({
  name: 'guardar_expediente',
  description: 'Añade o actualiza un pasajero en el expediente de una reserva.',
  parameters: z.object({
    localizador: z.string(),
    pasajero: z.string().describe('APELLIDOS/NOMBRE'),
    vuelo: z.string(),
    fecha: z.string(),
    asistencia: z.string().nullable().describe('código SSR de asistencia (WCHR, WCHS, WCHC) o null'),
    dieta: z.string().nullable().describe('código SSR de comida especial o null'),
  }),
  execute: async ({ localizador, pasajero, vuelo, fecha, asistencia, dieta }) => {
    const exp = store.get(localizador);
    exp.pasajeros = exp.pasajeros.filter((p) => p.nombre !== pasajero);
    exp.pasajeros.push({ nombre: pasajero, vuelo, fecha, asistencia, dieta });
    exp.version += 1;
    return JSON.stringify({ ok: true, localizador, version: exp.version, pasajeros: exp.pasajeros.length, guardado: '2025-05-02T10:14:07Z' });
  },
});

// Deploy of 2025-05-06: records move to expediente/v4 (special services as a list).
function migrarV4(exp) {
  return {
    localizador: exp.localizador, esquema: 'expediente/v4', version: exp.version + 1, migrado: '2025-05-06T02:00:00Z',
    pasajeros: exp.pasajeros.map((p) => ({
      nombre: p.nombre, vuelo: p.vuelo, fecha: p.fecha, dieta: p.dieta,
      servicios_especiales: p.ssr ?? [],
    })),
  };
}

const cargarExpediente = tool({
  name: 'cargar_expediente',
  description: 'Devuelve el expediente guardado de una reserva.',
  parameters: z.object({ localizador: z.string() }),
  execute: async ({ localizador }) => JSON.stringify(store.get(localizador)),
});

const confirmarSsr = tool({
  name: 'confirmar_servicios_aerolinea',
  description: 'Envía a la aerolínea los asientos y los SSR de un pasajero y devuelve el estado.',
  parameters: z.object({
    localizador: z.string(), pasajero: z.string(), asiento: z.string(), ssr: z.array(z.string()),
  }),
  execute: async ({ localizador, pasajero, asiento, ssr }) => JSON.stringify({
    localizador, pasajero, aerolinea: 'IB', asiento: { numero: asiento, estado: 'HK' },
    ssr: ssr.map((c) => ({ codigo: c, estado: 'HK' })), referencia: 'IB-OSI-5521790',
  }),
});

const instrucciones = 'Eres el asistente de reservas de Viajes Alcázar. Guardas en el expediente todo lo que el cliente '
  + 'pida para cada pasajero y, cuando haya asientos, lo confirmas con la aerolínea a partir del expediente.';

// Conversación 1: el cliente añade a su madre con silla de ruedas y dieta sin gluten.
const m1 = scriptedModel([
  { tool_calls: [{ name: 'guardar_expediente', args: {
    localizador: 'QX7RTM', pasajero: 'RUIZ OTERO/CARMEN', vuelo: 'IB3046', fecha: '2025-05-14', asistencia: 'WCHS', dieta: 'GFML' } }] },
  { content: 'Hecho. He añadido a Carmen Ruiz Otero al expediente QX7RTM (IB3046, Madrid–Lima, 14 de mayo) con '
    + 'asistencia en silla de ruedas hasta la puerta del avión (WCHS) y menú sin gluten (GFML). Cuando tengáis los '
    + 'asientos, escríbeme y lo confirmo todo con Iberia.' },
], { seed: 'expediente-1' });
const agente1 = new Agent({ name: 'Asistente de reservas', instructions: instrucciones, model: m1, tools: [guardarExpediente, cargarExpediente, confirmarSsr] });
const conv = { groupId: 'conv_01JQ7W3K9M2R8XTB', workflowName: 'Viajes Alcázar · chat', traceMetadata: { user_id: 'cli-77310', canal: 'web' } };
await new Runner(conv).run(agente1,
  'Hola, quiero añadir a mi madre, Carmen Ruiz Otero, a la reserva QX7RTM (el IB3046 Madrid–Lima del 14 de mayo). '
  + 'Necesita silla de ruedas hasta la puerta del avión porque no puede subir escaleras, y es celíaca.');
writeTrace(here, 'traces-2025-05-02.jsonl');

store.set('QX7RTM', migrarV4(store.get('QX7RTM')));

// Conversación 2 (una semana después, mismo hilo): el cliente manda los asientos.
const m2 = scriptedModel([
  { tool_calls: [{ name: 'cargar_expediente', args: { localizador: 'QX7RTM' } }] },
  { tool_calls: [
    { name: 'confirmar_servicios_aerolinea', args: { localizador: 'QX7RTM', pasajero: 'GARCIA RUIZ/LUCIA', asiento: '23C', ssr: [] } },
    { name: 'confirmar_servicios_aerolinea', args: { localizador: 'QX7RTM', pasajero: 'RUIZ OTERO/CARMEN', asiento: '23D', ssr: ['GFML'] } },
  ] },
  { content: 'Todo confirmado con Iberia (referencia IB-OSI-5521790): Lucía en el 23C y Carmen en el 23D, con su menú '
    + 'sin gluten (GFML) confirmado. No hace falta que hagáis nada más antes del vuelo; ¡buen viaje a Lima!' },
], { seed: 'expediente-2' });
const agente2 = new Agent({ name: 'Asistente de reservas', instructions: instrucciones, model: m2, tools: [guardarExpediente, cargarExpediente, confirmarSsr] });
await new Runner(conv).run(agente2,
  'Ya tenemos los asientos: Lucía el 23C y mi madre el 23D. Confírmalo todo con Iberia, por favor.');
writeTrace(here, 'traces-2025-05-09.jsonl');
