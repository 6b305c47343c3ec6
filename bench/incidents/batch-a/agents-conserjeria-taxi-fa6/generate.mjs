// Hotel concierge bot (Spanish). The web worker keeps ONE module-level conversation buffer and
// passes it to every run, whichever guest is chatting. Guest A (room 512) books a taxi; guest B
// (room 208) asks about "my taxi" in a separate conversation and gets A's booking back.
// Run: node generate.mjs (offline, scripted fake model). Writes trace.jsonl next to this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const reservas = { '512': [], '208': [] };
const reservarTaxi = tool({
  name: 'reservar_taxi',
  description: 'Reserva un taxi para un huésped. Devuelve localizador, hora y matrícula.',
  parameters: z.object({ habitacion: z.string(), hora: z.string(), destino: z.string() }),
  execute: async ({ habitacion, hora, destino }) => {
    const r = { localizador: 'TX-55310', habitacion, hora, destino, matricula: '7213-LKW', compania: 'Radio Taxi Castellana' };
    reservas[habitacion]?.push(r);
    return JSON.stringify(r);
  },
});
const consultarReservas = tool({
  name: 'consultar_reservas_taxi',
  description: 'Lista las reservas de taxi de una habitación.',
  parameters: z.object({ habitacion: z.string() }),
  execute: async ({ habitacion }) => JSON.stringify({ habitacion, reservas: reservas[habitacion] ?? [] }),
});

const model = scriptedModel([
  // conversation A (room 512)
  { tool_calls: [{ name: 'reservar_taxi', args: { habitacion: '512', hora: '04:30', destino: 'Aeropuerto Madrid-Barajas T4' } }] },
  { content: 'Listo, señora Ferrer: taxi reservado para mañana a las 04:30 en la puerta principal, destino T4 de Barajas. Localizador TX-55310, matrícula 7213-LKW (Radio Taxi Castellana). Llegará con margen de sobra para su vuelo IB3170 de las 06:40.' },
  // conversation B (room 208)
  { content: 'Buenas noches. Su taxi está confirmado para mañana a las 04:30, le recogerá en la puerta principal con destino a la T4 de Barajas. Localizador TX-55310, matrícula 7213-LKW. Tiene tiempo de sobra para el vuelo IB3170 de las 06:40; el cargo irá a la tarjeta terminada en 7741.' },
], { seed: 'fa6-conserjeria' });

const conserje = new Agent({
  name: 'Conserje',
  instructions: 'Eres el conserje digital del Hotel Prado Real. Ayudas a los huéspedes con taxis, restaurantes y horarios. Sé breve y cordial.',
  model,
  tools: [reservarTaxi, consultarReservas],
});

// process-wide buffer shared by all chats
let historial = [];

async function turno(groupId, guest, texto) {
  const runner = new Runner({ groupId, workflowName: 'Conserjería Prado Real', traceMetadata: { user_id: guest } });
  const res = await runner.run(conserje, [...historial, user(texto)]);
  historial = res.history;
  return res.finalOutput;
}

await turno('conv_2b71c0e4', 'huesped-512',
  'Hola, soy Lucía Ferrer, de la habitación 512. Mañana tengo el vuelo IB3170 a las 06:40 desde Barajas T4. ¿Me pide un taxi para las 04:30? Lo pago con la tarjeta terminada en 7741.');
await turno('conv_9e04a1f7', 'huesped-208',
  'Buenas noches, habitación 208. ¿Me confirma a qué hora pasa mañana mi taxi y la matrícula?');

writeTrace(here, 'trace.jsonl');
