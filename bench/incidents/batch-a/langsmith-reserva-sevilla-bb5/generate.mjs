// Agencia de viajes online: asistente de reservas (LangGraph, checkpointer en memoria por hilo) que
// recorta el historial a una ventana de tokens antes de cada llamada al modelo (trimMessages).
// Offline: @langchain/langgraph + @langchain/core reales, modelo guionizado, runs de LangSmith capturados.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, MemorySaver, trimMessages, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-21T18:04:37.000Z', 12);
const THREAD = 'th_5d1e0a9c-viajes-web';
const USER = 'cli-000482913';

const hoteles = {
  'HTL-SVQ-0231': { nombre: 'Hotel Alcázar Plaza', estrellas: 4, zona: 'Santa Cruz', distancia_catedral_m: 350,
    habitaciones: [{ tipo: 'Doble estándar', precio_noche_eur: 129, desayuno: false }, { tipo: 'Doble adaptada (PMR)', precio_noche_eur: 129, desayuno: false }],
    parking: { disponible: true, precio_dia_eur: 24, acceso: 'rampa, plaza ancha nº 3' } },
  'HTL-SVQ-0417': { nombre: 'Hotel Triana Río', estrellas: 3, zona: 'Triana', distancia_catedral_m: 1400,
    habitaciones: [{ tipo: 'Doble estándar', precio_noche_eur: 84, desayuno: true }, { tipo: 'Doble adaptada (PMR)', precio_noche_eur: 98, desayuno: true },
      { tipo: 'Doble superior', precio_noche_eur: 112, desayuno: true }],
    parking: { disponible: true, precio_dia_eur: 15, acceso: 'ascensor desde el garaje' } },
  'HTL-SVQ-0588': { nombre: 'Casa Macarena Suites', estrellas: 3, zona: 'Macarena', distancia_catedral_m: 1900,
    habitaciones: [{ tipo: 'Estudio', precio_noche_eur: 76, desayuno: false }], parking: { disponible: false } },
};

const buscar = tool(async ({ ciudad, entrada, salida, huespedes }) => JSON.stringify({ ciudad, entrada, salida, huespedes,
  resultados: Object.entries(hoteles).map(([id, h]) => ({ hotel_id: id, nombre: h.nombre, estrellas: h.estrellas, zona: h.zona,
    habitaciones: h.habitaciones.map((r) => `${r.tipo}: ${r.precio_noche_eur} €/noche`) })) }),
{ name: 'buscar_hoteles', description: 'Busca hoteles con disponibilidad para unas fechas.',
  schema: z.object({ ciudad: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int() }), latency: [600, 1400] });

const detalle = tool(async ({ hotel_id }) => JSON.stringify({ hotel_id, ...hoteles[hotel_id] }),
{ name: 'detalle_hotel', description: 'Ficha completa de un hotel: habitaciones, desayuno, parking, distancias.',
  schema: z.object({ hotel_id: z.string() }), latency: [150, 400] });

const reservar = tool(async ({ hotel_id, tipo_habitacion, entrada, salida, titular }) => {
  const h = hoteles[hotel_id]; const r = h.habitaciones.find((x) => x.tipo === tipo_habitacion);
  return JSON.stringify({ localizador: 'LOC-7Q2K9', estado: 'confirmada', hotel: h.nombre, tipo_habitacion, entrada, salida,
    noches: 3, titular, total_eur: r.precio_noche_eur * 3, cancelacion_gratuita_hasta: '2025-04-11T23:59:00+02:00' });
}, { name: 'reservar_habitacion', description: 'Reserva en firme una habitación.',
  schema: z.object({ hotel_id: z.string(), tipo_habitacion: z.string(), entrada: z.string(), salida: z.string(), titular: z.string() }),
  latency: [700, 1600] });

const count = (msgs) => msgs.reduce((n, m) => n + Math.ceil(
  (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4) + 4
  + (m.tool_calls?.length ? Math.ceil(JSON.stringify(m.tool_calls).length / 4) : 0), 0);
const prepare = (messages) => trimMessages(messages, { maxTokens: 560, strategy: 'last', tokenCounter: count,
  includeSystem: true, startOn: 'human' });

const SYSTEM = new SystemMessage('Eres el asistente de reservas de Viajes Giralda. Ayudas a buscar y reservar hoteles. '
  + 'Confirma siempre titular y tipo de habitación al reservar. Responde en español, de forma breve.');

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  // turno 1
  { tool_calls: [{ id: 'call_Rk2vB8QpXe1LmZt4Hc9YwN0s', name: 'buscar_hoteles', args: { ciudad: 'Sevilla', entrada: '2025-04-14', salida: '2025-04-17', huespedes: 2 } }] },
  { content: 'Para esas fechas tengo dos hoteles con habitación adaptada:\n'
    + '- Hotel Alcázar Plaza (4*, Santa Cruz): Doble adaptada (PMR), 129 €/noche.\n'
    + '- Hotel Triana Río (3*, Triana): Doble adaptada (PMR), 98 €/noche.\n'
    + 'Casa Macarena Suites no tiene habitaciones adaptadas. ¿Quieres más detalles de alguno?' },
  // turno 2
  { content: 'El Hotel Alcázar Plaza está a unos 350 m de la catedral, en pleno barrio de Santa Cruz. El Triana Río está al otro lado del río, a unos 1,4 km.' },
  // turno 3
  { tool_calls: [{ id: 'call_3HfT0aW9uKs6NcPq2VbE7xLd', name: 'detalle_hotel', args: { hotel_id: 'HTL-SVQ-0417' } }] },
  { content: 'Sí, en el Hotel Triana Río el desayuno está incluido en todas las habitaciones.' },
  // turno 4
  { content: 'Sí, tiene parking por 15 €/día, con ascensor directo desde el garaje.' },
  // turno 5
  { tool_calls: [{ id: 'call_Yp8mD1sQ4rJz7GkU0eXa5TcV', name: 'reservar_habitacion', args: { hotel_id: 'HTL-SVQ-0417',
    tipo_habitacion: 'Doble estándar', entrada: '2025-04-14', salida: '2025-04-17', titular: 'Lucía Ortega Benítez' } }] },
  { content: '¡Hecho! Reserva confirmada en el Hotel Triana Río:\n- Localizador: LOC-7Q2K9\n- Habitación: Doble estándar, desayuno incluido\n'
    + '- Del 14 al 17 de abril (3 noches), titular Lucía Ortega Benítez\n- Total: 252 €\nCancelación gratuita hasta el 11 de abril.' },
] });

const app = agentGraph({ model, tools: [buscar, detalle, reservar], checkpointer: new MemorySaver(), prepare, name: 'asistente-reservas' });
const opts = { project: 'giralda-reservas', runName: 'asistente-reservas', metadata: { thread_id: THREAD, user_id: USER, canal: 'web' },
  configurable: { thread_id: THREAD } };

const turnos = [
  [SYSTEM, new HumanMessage('Hola! Busco hotel en Sevilla del 14 al 17 de abril, dos adultos. Importante: mi marido va en silla de ruedas, así que la habitación tiene que ser adaptada.')],
  [new HumanMessage('¿Cuál de los dos está más cerca de la catedral?')],
  [new HumanMessage('Vale. ¿Y el Triana Río incluye desayuno? Es que salimos temprano todos los días.')],
  [new HumanMessage('¿Tiene parking? Vamos en coche desde Huelva.')],
  [new HumanMessage('Perfecto, pues resérvame la más barata del Triana Río, a nombre de Lucía Ortega Benítez.')],
];
const pausas = [[40_000, 90_000], [50_000, 120_000], [minutes(3), minutes(7)], [minutes(2), minutes(5)]];
for (let i = 0; i < turnos.length; i++) {
  await traced(app, { messages: turnos[i] }, opts);
  if (pausas[i]) advance(...pausas[i]);
}
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
