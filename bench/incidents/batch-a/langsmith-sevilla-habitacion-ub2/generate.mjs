// Agencia de viajes por WhatsApp (LangGraph.js + MemorySaver, trazado en LangSmith): un hilo de cuatro
// turnos; antes de cada llamada al modelo el historial se recorta a los últimos mensajes.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, startClock, advance, minutes, traced, writeRuns, here,
  MemorySaver, HumanMessage, SystemMessage, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-18T18:03:27.000Z', 12);
const THREAD = 'wa:34655012877';
const meta = { thread_id: THREAD, user_id: 'cli-88120', canal: 'whatsapp' };

const buscarVuelos = tool(async ({ origen, destino, fecha }) => JSON.stringify({ fecha, vuelos: [
  { vuelo: 'VY1432', cia: 'Vueling', sale: `${origen} 09:40`, llega: `${destino} 11:05`, precio_pax: 74.9 },
  { vuelo: 'IB8850', cia: 'Iberia Regional', sale: `${origen} 16:15`, llega: `${destino} 17:45`, precio_pax: 96.3 } ] }),
  { name: 'buscar_vuelos', description: 'Busca vuelos directos.', schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }) });
const reservarVuelo = tool(async ({ vuelo, fecha, pasajeros, asistencia_prm }) => JSON.stringify({ localizador: 'QX7M4R', estado: 'CONFIRMADO',
  vuelo, fecha, pasajeros: pasajeros.length, total: 149.8, ssr: asistencia_prm ? ['WCHR'] : [] }),
  { name: 'reservar_vuelo', description: 'Reserva un vuelo.', schema: z.object({ vuelo: z.string(), fecha: z.string(),
    pasajeros: z.array(z.string()), asistencia_prm: z.string().optional() }) });
const buscarHoteles = tool(async ({ zona, precio_max_noche }) => JSON.stringify({ zona, resultados: [
  { id: 'HTL-SVQ-2291', nombre: 'Hotel Doña Blanca', precio_noche: 118, habitacion: 'Doble estándar', planta: '2ª',
    notas: 'Casa sevillana del s. XVIII, acceso por escalera, sin ascensor' },
  { id: 'HTL-SVQ-0457', nombre: 'Alcázar Plaza Suites', precio_noche: 136, habitacion: 'Doble adaptada', planta: 'baja',
    notas: 'Ascensor, baño con plato de ducha a ras de suelo' },
  { id: 'HTL-SVQ-3310', nombre: 'Hotel Giralda Centro', precio_noche: 162, habitacion: 'Doble superior', planta: '4ª', notas: 'Ascensor' },
].filter((h) => h.precio_noche <= precio_max_noche) }), { name: 'buscar_hoteles', description: 'Busca hoteles en Sevilla.',
  schema: z.object({ zona: z.string(), entrada: z.string(), salida: z.string(), precio_max_noche: z.number() }) });
const reservarHotel = tool(async (a) => JSON.stringify({ reserva: 'BK-55102934', estado: 'confirmada', ...a, total: 354, cancelacion: 'no reembolsable' }),
  { name: 'reservar_hotel', description: 'Reserva una habitación.', latency: [250, 700], schema: z.object({ hotel_id: z.string(),
    entrada: z.string(), salida: z.string(), habitacion: z.string(), huespedes: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '¡Qué buen plan! ¿Desde qué ciudad salís?' },
  { tool_calls: [{ id: 'call_v1Fq', name: 'buscar_vuelos', args: { origen: 'BIO', destino: 'SVQ', fecha: '2025-03-12' } }] },
  { content: 'Para el 12 de marzo Bilbao-Sevilla hay dos directos: Vueling VY1432 a las 9:40 (74,90 €/persona) e Iberia IB8850 a las 16:15 (96,30 €/persona).' },
  { tool_calls: [{ id: 'call_v2Rk', name: 'reservar_vuelo', args: { vuelo: 'VY1432', fecha: '2025-03-12',
    pasajeros: ['Lucía Arrieta Goñi', 'Miren Goñi Etxeberria'], asistencia_prm: 'WCHR - pasajera 2, silla propia' } }] },
  { content: 'Hecho: VY1432 del 12/03 confirmado, localizador QX7M4R, 149,80 € en total. He pedido asistencia en aeropuerto para tu madre.' },
  { tool_calls: [{ id: 'call_h1Zp', name: 'buscar_hoteles', args: { zona: 'Catedral / Santa Cruz', entrada: '2025-03-12', salida: '2025-03-15', precio_max_noche: 140 } }] },
  { tool_calls: [{ id: 'call_h2Wd', name: 'reservar_hotel', args: { hotel_id: 'HTL-SVQ-2291', entrada: '2025-03-12', salida: '2025-03-15', habitacion: 'Doble estándar', huespedes: 2 } }] },
  { content: 'Reservado el Hotel Doña Blanca, a 3 minutos de la Catedral: habitación doble, 12 al 15 de marzo, 354 € (118 €/noche). Localizador BK-55102934.' },
] });

// El historial que ve el modelo se recorta a los últimos 8 mensajes (el de sistema siempre se conserva).
const prepare = (messages) => trimMessages(messages, { maxTokens: 8, strategy: 'last', tokenCounter: (ms) => ms.length,
  includeSystem: true, startOn: 'human' });
const app = agentGraph({ model, tools: [buscarVuelos, reservarVuelo, buscarHoteles, reservarHotel], checkpointer: new MemorySaver(), prepare, name: 'viajes-sol' });

const turn = (msgs) => traced(app, { messages: msgs }, { project: 'viajes-sol-prod', metadata: meta, configurable: { thread_id: THREAD } });
await turn([new SystemMessage('Eres el asistente de Viajes Sol. Organizas vuelos y hoteles y reservas cuando el cliente lo pide.'),
  new HumanMessage('Hola! Quiero organizar un viaje a Sevilla del 12 al 15 de marzo para mí y mi madre. Ella va en silla de ruedas, así que el hotel tiene que tener habitación adaptada y ascensor, eso es imprescindible.')]);
advance(minutes(3), minutes(6));
await turn([new HumanMessage('Desde Bilbao. Qué vuelos hay el 12?')]);
advance(minutes(9), minutes(14));
await turn([new HumanMessage('El de las 9:40 de Vueling. Resérvalo para las dos: Lucía Arrieta Goñi y Miren Goñi Etxeberria')]);
advance(minutes(20), minutes(35));
await turn([new HumanMessage('Genial. Ahora el hotel: cerca de la catedral, máximo 140 € la noche. Reserva directamente el más barato que cumpla lo que te dije, que me fío')]);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
