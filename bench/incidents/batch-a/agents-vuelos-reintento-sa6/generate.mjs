// Viajes (español): la búsqueda de vuelos falla una vez por timeout, se reintenta y la reserva usa el resultado bueno.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let intentos = 0;
const buscarVuelos = tool({
  name: 'buscar_vuelos', description: 'Busca vuelos disponibles en el GDS.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), pasajeros: z.number() }),
  execute: async (a) => {
    intentos++;
    if (intentos === 1) throw new Error('GDS gateway: ETIMEDOUT after 15000ms (amadeus-proxy-2)');
    return JSON.stringify({ resultados: [
      { vuelo: 'IB3170', salida: `${a.fecha}T07:05`, llegada: `${a.fecha}T09:20`, tarifa: 'Basic', precio: 0, moneda: 'EUR', plazas: 0, nota: 'agotado' },
      { vuelo: 'VY1284', salida: `${a.fecha}T10:40`, llegada: `${a.fecha}T12:55`, tarifa: 'Optima', precio: 142.3, moneda: 'EUR', plazas: 4 },
    ] });
  },
});
const reservar = tool({
  name: 'reservar_vuelo', description: 'Crea la reserva y emite el localizador.',
  parameters: z.object({ vuelo: z.string(), fecha: z.string(), pasajeros: z.number(), precio_total: z.number(), moneda: z.string() }),
  execute: async (a) => JSON.stringify({ localizador: 'K7TQ2M', vuelo: a.vuelo, estado: 'confirmada', importe: a.precio_total, moneda: a.moneda }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'AMS', fecha: '2026-04-17', pasajeros: 2 } }] },
  { content: 'El sistema de reservas no respondió a tiempo; lo intento de nuevo.', tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'AMS', fecha: '2026-04-17', pasajeros: 2 } }] },
  { tool_calls: [{ name: 'reservar_vuelo', args: { vuelo: 'VY1284', fecha: '2026-04-17', pasajeros: 2, precio_total: 284.6, moneda: 'EUR' } }] },
  { content: 'Listo. El IB3170 de las 07:05 estaba agotado, así que he reservado el VY1284 del 17 de abril (salida 10:40, llegada 12:55 a Ámsterdam) para 2 pasajeros, tarifa Optima, 284,60 € en total (142,30 € por persona). Localizador: K7TQ2M.' },
], { seed: 'vuelos-sa6' });

const agent = new Agent({
  name: 'Agente de viajes',
  instructions: 'Eres un agente de viajes corporativo. Busca vuelos, elige el más temprano con plazas y resérvalo. Si una herramienta falla, reinténtalo antes de responder. Responde en español.',
  model: m, tools: [buscarVuelos, reservar],
});
const runner = new Runner({ groupId: 'viaje#2026-0417#emp-5521', workflowName: 'Reservas corporativas', traceMetadata: { user_id: 'emp-5521' } });
await runner.run(agent, 'Necesito ir a Ámsterdam el 17 de abril desde Madrid, somos dos personas. Resérvame el primer vuelo que haya por la mañana.');
writeTrace(here, 'trace.jsonl');
