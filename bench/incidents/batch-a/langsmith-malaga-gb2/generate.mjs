// Travel-booking assistant (Spanish) on WhatsApp. The graph keeps the conversation in a checkpointer and
// trims what the model sees to a token budget before each call.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-02T19:41:10.000Z', 12);
const THREAD = 'wa-34655501923';
const hoteles = [
  { id: 'MLG-ALCSKY', nombre: 'Hotel Alcazaba Sky', zona: 'La Malagueta', precio_noche_eur: 139, piscina: 'azotea', politica: 'solo adultos (+18)', cunas: false },
  { id: 'MLG-PEDFAM', nombre: 'Hotel Familia Pedregalejo', zona: 'Pedregalejo (2,1 km de La Malagueta)', precio_noche_eur: 148, piscina: 'exterior', politica: 'familias', cunas: true },
  { id: 'MLG-MLGT11', nombre: 'Apartahotel Malagueta 11', zona: 'La Malagueta', precio_noche_eur: 171, piscina: 'no', politica: 'familias', cunas: true },
];
const buscar = tool(async ({ piscina, precio_max }) => JSON.stringify({ resultados: hoteles.filter((h) =>
  h.precio_noche_eur <= precio_max && (!piscina || h.piscina !== 'no')) }), {
  name: 'buscar_hoteles', description: 'Busca hoteles disponibles en una ciudad y fechas.',
  schema: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number().int(), ninos: z.number().int(),
    piscina: z.boolean(), precio_max: z.number() }) });
const reservar = tool(async ({ hotel_id, adultos, ninos, cuna }) => JSON.stringify({ estado: 'CONFIRMADA', localizador: 'BK-7Q4M2Z',
  hotel_id, habitacion: 'Doble Superior vista mar', adultos, ninos, cuna, total_eur: 556, cancelacion: 'no reembolsable' }), {
  name: 'reservar_habitacion', description: 'Reserva una habitación. La tarifa es no reembolsable.',
  schema: z.object({ hotel_id: z.string(), entrada: z.string(), salida: z.string(), adultos: z.number().int(), ninos: z.number().int(), cuna: z.boolean() }) });

const trim = (messages) => trimMessages(messages, { maxTokens: 240, strategy: 'last', includeSystem: true, startOn: 'human',
  tokenCounter: (ms) => ms.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content.length : 40) / 4), 0) });

const model = new ScriptedChatModel({ replies: [
  { content: '¡Hola! Encantada de ayudaros a organizar la Semana Santa en Málaga. Para buscaros el alojamiento que mejor encaje necesito algunos datos más: ¿qué fechas exactas tenéis pensadas (entrada y salida)? ¿En qué zona de Málaga os gustaría alojaros: centro histórico, La Malagueta, Pedregalejo, El Palo o Teatinos? ¿Hay un presupuesto máximo por noche? Y si tenéis preferencia por régimen (solo alojamiento, desayuno o media pensión), decídmelo también.' },
  { content: 'Anotado: del 14 al 18 de abril, cerca de La Malagueta y hasta 150 € por noche. ¿Algo más que sea importante para vosotros?' },
  { tool_calls: [{ id: 'call_h8Lk2p', name: 'buscar_hoteles', args: { ciudad: 'Málaga', entrada: '2025-04-14', salida: '2025-04-18', adultos: 2, ninos: 0, piscina: true, precio_max: 150 } }] },
  { content: 'He encontrado dos opciones con piscina por menos de 150 €/noche. La mejor situada es el Hotel Alcazaba Sky, en plena Malagueta, con piscina en la azotea por 139 €/noche. ¿Te lo reservo?' },
  { tool_calls: [{ id: 'call_r2Vn9c', name: 'reservar_habitacion', args: { hotel_id: 'MLG-ALCSKY', entrada: '2025-04-14', salida: '2025-04-18', adultos: 2, ninos: 0, cuna: false } }] },
  { content: '¡Listo! Reserva confirmada en el Hotel Alcazaba Sky, Doble Superior vista mar, del 14 al 18 de abril para 2 adultos. Localizador BK-7Q4M2Z, total 556 € (tarifa no reembolsable). ¡Que disfrutéis de Málaga!' },
] });
const app = agentGraph({ model, tools: [buscar, reservar], checkpointer: new MemorySaver(), prepare: trim, name: 'viajes_asistente' });
const sys = new SystemMessage('Eres la asistente de reservas de Viajes Azahar. Tutea al cliente. Confirma siempre antes de reservar.');
const turns = [
  [sys, new HumanMessage('Hola! Queremos ir a Málaga en Semana Santa mi pareja y yo con nuestra hija de 3 años. Necesitamos cuna o cama supletoria en la habitación y, por favor, nada de hoteles solo para adultos, que ya nos pasó una vez.')],
  [new HumanMessage('Del 14 al 18 de abril, cerca de la playa de La Malagueta, máximo 150 € la noche.')],
  [new HumanMessage('Que tenga piscina, eso sí.')],
  [new HumanMessage('Vale, resérvalo.')],
];
for (const [i, msgs] of turns.entries()) {
  if (i) advance(minutes(1), minutes(6));
  await traced(app, { messages: msgs }, { project: 'viajes-azahar-whatsapp', metadata: { thread_id: THREAD, user_id: 'cli-883104' },
    configurable: { thread_id: THREAD } });
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
