// Travel desk (Spanish): triage reads the traveller profile, hands off to the booking agent with a
// filter that strips tool items; the booking agent books without the profile's limits.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const perfil = tool({
  name: 'consultar_perfil_viajero', description: 'Devuelve el perfil y la política de viaje del cliente.',
  parameters: z.object({ cliente: z.string() }),
  execute: async ({ cliente }) => JSON.stringify({
    cliente, nombre: 'Lucía Ferrer', politica: { tope_por_billete_eur: 380, clase: 'turista' },
    acompanantes: [{ tipo: 'bebe', edad_meses: 9 }], aeropuerto_base: 'VLC' }),
});
const buscar = tool({
  name: 'buscar_vuelos', description: 'Busca vuelos disponibles.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), pasajeros_adultos: z.number().int(), bebes: z.number().int() }),
  execute: async ({ bebes }) => JSON.stringify({ resultados: [
    { vuelo: 'IB3817', salida: '07:10', precio_eur: 612.4, clase: 'business', bebes_admitidos: true },
    { vuelo: 'VY1402', salida: '09:45', precio_eur: 214.9, clase: 'turista', bebes_admitidos: true },
    { vuelo: 'FR6631', salida: '13:20', precio_eur: 149.0, clase: 'turista', bebes_admitidos: false },
  ], bebes_consultados: bebes }),
});
const reservar = tool({
  name: 'reservar_vuelo', description: 'Emite la reserva.',
  parameters: z.object({ vuelo: z.string(), cliente: z.string(), bebes: z.number().int() }),
  execute: async ({ vuelo, cliente, bebes }) => JSON.stringify({ localizador: 'QX7M2P', vuelo, cliente, bebes, importe_eur: 612.4, estado: 'emitido' }),
});

const m = scriptedModel([
  // Triage
  { tool_calls: [{ name: 'consultar_perfil_viajero', args: { cliente: 'CLI-55-0921' } }] },
  { tool_calls: [{ name: 'transfer_to_Reservas', args: {} }] },
  // Reservas
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'VLC', destino: 'AMS', fecha: '2026-03-12', pasajeros_adultos: 1, bebes: 0 } }] },
  { tool_calls: [{ name: 'reservar_vuelo', args: { vuelo: 'IB3817', cliente: 'CLI-55-0921', bebes: 0 } }] },
  { content: 'Listo: vuelo IB3817 Valencia–Ámsterdam el 12 de marzo a las 07:10, localizador QX7M2P, 612,40 €. Es la salida más temprana y llegas a tiempo para tu reunión.' },
], { seed: 'na1-viajes' });

const reservas = new Agent({
  name: 'Reservas', model: m, tools: [buscar, reservar],
  instructions: 'Reservas vuelos para clientes corporativos respetando su política de viaje.',
});
const triage = new Agent({
  name: 'Recepcion', model: m, tools: [perfil],
  handoffs: [handoff(reservas, { inputFilter: removeAllTools })],
  instructions: 'Identificas al cliente, consultas su perfil y pasas la petición al agente de reservas.',
});
const runner = new Runner({ groupId: 'conv-vlc-20260301-0442', workflowName: 'Agencia de viajes', traceMetadata: { user: 'CLI-55-0921' } });
await runner.run(triage, 'Hola, soy la cliente CLI-55-0921. Necesito volar de Valencia a Ámsterdam el 12 de marzo por la mañana, lo antes posible.');
writeTrace(here, 'trace.jsonl');
