// Asistente de viajes por WhatsApp de una agencia: agente LangGraph con checkpointer (MemorySaver),
// modelo guionizado (sin red). Para ahorrar tokens, el historial que ve el modelo se recorta a los
// últimos mensajes con trimMessages. Spans OpenInference como OTLP/JSON, una petición por turno.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('viajes-solymar-wa-bot', { 'deployment.environment': 'pro', 'service.version': '1.12.0' });

const tools = [
  tool(async ({ origen, destino, ida, vuelta, pasajeros }) => JSON.stringify({ origen, destino, pasajeros, opciones: [
    { id: 'OF-TP1027-TP1032', compania: 'TAP Air Portugal', ida: `${ida} 09:40→10:05 TP1027`, vuelta: `${vuelta} 18:05→20:25 TP1032`, precio_total_eur: 286.4, equipaje: '1 maleta 23 kg' },
    { id: 'OF-IB3104-IB3107', compania: 'Iberia', ida: `${ida} 07:15→07:40 IB3104`, vuelta: `${vuelta} 21:10→23:30 IB3107`, precio_total_eur: 254.1, equipaje: 'solo cabina' },
    { id: 'OF-FR7363-FR7364', compania: 'Ryanair', ida: `${ida} 13:55→14:25 FR7363`, vuelta: `${vuelta} 15:00→17:20 FR7364`, precio_total_eur: 148.0, equipaje: 'solo bolso' },
  ] }), { name: 'buscar_vuelos', description: 'Busca vuelos de ida y vuelta.',
    schema: z.object({ origen: z.string(), destino: z.string(), ida: z.string(), vuelta: z.string(), pasajeros: z.number() }) }),
  tool(async ({ oferta_id, pasajeros, asistencia_especial }) => JSON.stringify({ localizador: 'Q7XK2M', oferta_id, estado: 'emitido',
    pasajeros: pasajeros.length, ssr: (asistencia_especial ?? []).map((a) => a.codigo), importe_cobrado_eur: 286.4 }),
    { name: 'reservar_vuelo', description: 'Reserva y emite una oferta de vuelo.', schema: z.object({ oferta_id: z.string(), pasajeros: z.array(z.string()),
      asistencia_especial: z.array(z.object({ pasajero: z.string(), codigo: z.enum(['WCHR', 'WCHS', 'WCHC', 'BLND', 'DEAF']) })).optional() }) }),
  tool(async ({ zona, entrada, salida }) => JSON.stringify({ zona, entrada, salida, resultados: [
    { hotel_id: 'LIS-CH-0412', nombre: 'Hotel Lis Chiado', estrellas: 4, precio_noche_eur: 149, valoracion: 9.1, distancia_metro_m: 120,
      accesibilidad: 'Edificio pombalino sin ascensor; habitaciones en plantas 1 a 4, acceso solo por escalera' },
    { hotel_id: 'LIS-BX-0088', nombre: 'Baixa Terrace Suites', estrellas: 4, precio_noche_eur: 176, valoracion: 8.7, distancia_metro_m: 300,
      accesibilidad: 'Ascensor; 2 habitaciones adaptadas con ducha a ras de suelo; entrada sin escalones' },
    { hotel_id: 'LIS-BX-0131', nombre: 'Pensão Rossio Velho', estrellas: 2, precio_noche_eur: 98, valoracion: 7.9, distancia_metro_m: 80,
      accesibilidad: '3 escalones en la entrada; ascensor de 70 cm' },
  ] }), { name: 'buscar_hoteles', description: 'Busca hoteles disponibles. Filtro opcional solo_accesibles.',
    schema: z.object({ zona: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number(), precio_max_noche: z.number().optional(), solo_accesibles: z.boolean().optional() }) }),
  tool(async ({ hotel_id, habitacion, entrada, salida }) => JSON.stringify({ confirmacion: 'HB-7730-2291', hotel_id, habitacion, entrada, salida,
    noches: 3, importe_total_eur: 447, cancelacion_gratuita_hasta: '2026-03-05', tarifa: 'no reembolsable tras 2026-03-05' }),
    { name: 'reservar_hotel', description: 'Reserva una habitación.', schema: z.object({ hotel_id: z.string(), habitacion: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number(), peticiones: z.string().optional() }) }),
];

const replies = [
  // 1
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIS', ida: '2026-03-12', vuelta: '2026-03-15', pasajeros: 2 } }] },
  { content: '¡Hola! Para el 12-15 de marzo Madrid–Lisboa, 2 personas:\n1. TAP, 09:40 ida / 18:05 vuelta (TP1027/TP1032), 286,40 € total con maleta de 23 kg.\n2. Iberia, 07:15 / 21:10, 254,10 €, solo cabina.\n3. Ryanair, 13:55 / 15:00, 148 €, solo bolso.\nTodas ofrecen asistencia en aeropuerto gratuita si la pedimos al reservar. ¿Cuál te encaja?' },
  // 2
  { tool_calls: [{ name: 'reservar_vuelo', args: { oferta_id: 'OF-TP1027-TP1032', pasajeros: ['Carmen Ruiz Olmedo', 'Lucía Ortega Ruiz'],
    asistencia_especial: [{ pasajero: 'Carmen Ruiz Olmedo', codigo: 'WCHR' }] } }] },
  { content: 'Hecho: localizador Q7XK2M, TAP TP1027 el jueves 12 a las 09:40 y TP1032 el domingo 15 a las 18:05, 286,40 €. Tu madre tiene asistencia con silla (WCHR) pedida en Barajas y en Lisboa; presentaos en el mostrador de asistencia 2 h antes.' },
  // 3
  { content: 'Con el DNI en vigor es suficiente: Portugal está en el espacio Schengen y TAP lo acepta como documento de viaje para españoles. Comprobad solo que no caduque antes del 15 de marzo.' },
  // 4
  { tool_calls: [{ name: 'buscar_hoteles', args: { zona: 'Baixa-Chiado', entrada: '2026-03-12', salida: '2026-03-15', huespedes: 2, precio_max_noche: 180 } }] },
  { content: 'Tres opciones en Baixa-Chiado para 12-15 de marzo:\n• Hotel Lis Chiado ★★★★, 149 €/noche, nota 9,1, a 120 m del metro: la mejor relación calidad-precio.\n• Baixa Terrace Suites ★★★★, 176 €/noche, nota 8,7.\n• Pensão Rossio Velho ★★, 98 €/noche, nota 7,9.\nYo iría al Lis Chiado. ¿Lo reservo?' },
  // 5
  { tool_calls: [{ name: 'reservar_hotel', args: { hotel_id: 'LIS-CH-0412', habitacion: 'Doble dos camas', entrada: '2026-03-12', salida: '2026-03-15', huespedes: 2 } }] },
  { content: '¡Reservado! Hotel Lis Chiado, confirmación HB-7730-2291, habitación doble con dos camas del 12 al 15 de marzo (3 noches), 447 € en total. Cancelación gratuita hasta el 5 de marzo. ¡Buen viaje a Lisboa!' },
];
const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies });

const system = new SystemMessage('Eres el asistente de Viajes Solymar por WhatsApp. Buscas y reservas vuelos y hoteles para el cliente. Respuestas breves, en español, tuteando.');
const prepare = async (messages) => [system, ...await trimMessages(messages, {
  maxTokens: 6, tokenCounter: (msgs) => msgs.length, strategy: 'last', startOn: 'human' })];

const app = await reactGraph({ model, tools, prepare, checkpointer: new MemorySaver(), name: 'solymar-agente' });
const threadId = 'wa:34611907342:2026-02-03';
const turn = (text) => t.turn({ userId: 'wa:34611907342' }, () => app.invoke({ messages: [new HumanMessage(text)] },
  { metadata: { thread_id: threadId, canal: 'whatsapp' }, configurable: { thread_id: threadId } }));

await turn('Hola! Organizo una escapada a Lisboa del 12 al 15 de marzo para mi madre (78 años) y para mí, desde Madrid. Mi madre va en silla de ruedas, así que todo tiene que ser accesible: vuelo con asistencia y hotel adaptado, sin escaleras. ¿Qué vuelos hay?');
await turn('El de TAP. Pasajeras: Carmen Ruiz Olmedo y Lucía Ortega Ruiz.');
await turn('Otra cosa, ¿mi madre puede viajar solo con el DNI o necesita pasaporte?');
await turn('Vale. Ahora el hotel: zona Baixa o Chiado, máximo 180 € la noche.');
await turn('Perfecto, reserva el Lis Chiado, habitación con dos camas.');

t.write(path.join(here, 'otlp-traces.jsonl'));
