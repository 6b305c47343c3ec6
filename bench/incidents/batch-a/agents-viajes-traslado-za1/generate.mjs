// Travel concierge (Spanish). Three turns of one conversation, each a separate run; the app keeps the
// conversation history in a store between turns (result.history). After turn 2 the write to the store
// is lost (the save is fire-and-forget and the worker restarts), so turn 3 is resumed from the copy
// saved after turn 1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const reservarHotel = tool({
  name: 'reservar_hotel', description: 'Reserva habitaciones de hotel.',
  parameters: z.object({ hotel: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int() }),
  execute: async (a) => JSON.stringify({ localizador: 'HT-88K2QZ', estado: 'confirmada', ...a }),
});
const modificarReserva = tool({
  name: 'modificar_reserva', description: 'Modifica una reserva de hotel existente.',
  parameters: z.object({ localizador: z.string(), entrada: z.string().nullable(), salida: z.string().nullable(), huespedes: z.number().int().nullable() }),
  execute: async (a) => JSON.stringify({ localizador: a.localizador, estado: 'modificada', entrada: '2026-04-13', salida: '2026-04-15', huespedes: 3, suplemento_eur: 48 }),
});
const reservarTraslado = tool({
  name: 'reservar_traslado', description: 'Reserva un traslado privado aeropuerto-hotel.',
  parameters: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), hora: z.string(), pasajeros: z.number().int() }),
  execute: async (a) => JSON.stringify({ bono: 'TR-20260412-5531', estado: 'confirmado', vehiculo: a.pasajeros <= 2 ? 'berlina' : 'monovolumen', ...a }),
});

const model = scriptedModel([
  // turn 1
  { tool_calls: [{ name: 'reservar_hotel', args: { hotel: 'Hotel Alcázar Sevilla', entrada: '2026-04-12', salida: '2026-04-15', huespedes: 2 } }] },
  { content: 'Listo: Hotel Alcázar Sevilla del 12 al 15 de abril para 2 personas, localizador HT-88K2QZ.' },
  // turn 2
  { tool_calls: [{ name: 'modificar_reserva', args: { localizador: 'HT-88K2QZ', entrada: '2026-04-13', salida: null, huespedes: 3 } }] },
  { content: 'Hecho. La reserva HT-88K2QZ queda del 13 al 15 de abril para 3 personas (suplemento de 48 €).' },
  // turn 3
  { tool_calls: [{ name: 'reservar_traslado', args: { origen: 'Aeropuerto de Sevilla (SVQ)', destino: 'Hotel Alcázar Sevilla', fecha: '2026-04-12', hora: '18:40', pasajeros: 2 } }] },
  { content: 'Traslado reservado: el 12 de abril a las 18:40 desde el aeropuerto de Sevilla al hotel, 2 pasajeros en berlina. Bono TR-20260412-5531.' },
], { seed: 'viajes-sev' });

const agent = new Agent({ name: 'Conserje', model, tools: [reservarHotel, modificarReserva, reservarTraslado],
  instructions: 'Eres el conserje de viajes de Viajes Giralda. Gestiona hotel y traslados con las herramientas. Responde en español.' });
const runner = new Runner({ groupId: 'conv_7Q2mX9sLpA', workflowName: 'Conserje de viajes',
  traceMetadata: { user_id: 'cli-55019', canal: 'whatsapp' } });

const store = {};
const r1 = await runner.run(agent, [user('Hola, quiero el Hotel Alcázar en Sevilla del 12 al 15 de abril, somos 2.')]);
store['conv_7Q2mX9sLpA'] = structuredClone(r1.history);

const r2 = await runner.run(agent, [...store['conv_7Q2mX9sLpA'], user('Cambio de planes: llegamos el 13 por la tarde y viene mi hermana, seremos 3.')]);
const pendingSave = structuredClone(r2.history); // never persisted: worker restarted before the write
void pendingSave;

await runner.run(agent, [...store['conv_7Q2mX9sLpA'], user('Perfecto. Resérvanos también el traslado del aeropuerto al hotel, el vuelo aterriza a las 18:40.')]);

writeTrace(here, 'traces.jsonl');
