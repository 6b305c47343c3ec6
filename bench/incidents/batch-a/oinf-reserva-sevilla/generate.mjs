// Travel desk on WhatsApp (Spanish): a LangGraph agent with a MemorySaver checkpointer keeps the
// whole conversation per thread, but only the last messages are sent to the model (trimMessages).
// Scripted chat model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const t = tracing('meridiano-wa-assistant', { 'service.version': '2.14.1' });

const HOTELES = {
  'SVQ-CEN-0112': { nombre: 'Hotel Doña Lucía', barrio: 'Santa Cruz', precio_noche: 124, admite_mascotas: true, suplemento_mascota: 'sin coste', parking: 'público a 300 m (22 €/día)' },
  'SVQ-CEN-0389': { nombre: 'Casa Palacio Alfalfa', barrio: 'Alfalfa', precio_noche: 129, admite_mascotas: true, suplemento_mascota: '10 €/noche', parking: 'no' },
  'SVQ-ARE-0071': { nombre: 'Hotel Río Arenal', barrio: 'Arenal', precio_noche: 112, admite_mascotas: true, suplemento_mascota: '15 €/estancia', parking: 'propio (18 €/día, reservar)' },
  'SVQ-TRI-0457': { nombre: 'Hostal Callejón del Agua', barrio: 'Triana', precio_noche: 84, admite_mascotas: false, suplemento_mascota: null, parking: 'no' },
  'SVQ-TRI-0502': { nombre: 'Hotel Zenit Triana', barrio: 'Triana', precio_noche: 109, admite_mascotas: true, suplemento_mascota: '12 €/noche', parking: 'propio (20 €/día)' },
  'SVQ-TRI-0618': { nombre: 'Apartahotel Betis 41', barrio: 'Triana', precio_noche: 97, admite_mascotas: true, suplemento_mascota: '25 €/estancia', parking: 'no' },
};

const buscarHoteles = tool(async ({ ciudad, barrio, entrada, salida, huespedes, admite_mascotas, precio_max }) => {
  const hits = Object.entries(HOTELES)
    .filter(([, h]) => !barrio || h.barrio === barrio)
    .filter(([, h]) => !admite_mascotas || h.admite_mascotas)
    .filter(([, h]) => !precio_max || h.precio_noche <= precio_max)
    .map(([id, h]) => ({ hotel_id: id, nombre: h.nombre, barrio: h.barrio, precio_noche_eur: h.precio_noche, admite_mascotas: h.admite_mascotas }));
  return JSON.stringify({ ciudad, entrada, salida, huespedes, resultados: hits });
}, {
  name: 'buscar_hoteles',
  description: 'Busca hoteles con disponibilidad en el inventario de Meridiano.',
  schema: z.object({
    ciudad: z.string(), barrio: z.string().optional(),
    entrada: z.string().describe('YYYY-MM-DD'), salida: z.string().describe('YYYY-MM-DD'),
    huespedes: z.number().int(), admite_mascotas: z.boolean().optional(), precio_max: z.number().optional(),
  }),
});

const detalleHotel = tool(async ({ hotel_id }) => JSON.stringify({ hotel_id, ...HOTELES[hotel_id] }), {
  name: 'detalle_hotel',
  description: 'Ficha de un hotel: servicios, parking, condiciones.',
  schema: z.object({ hotel_id: z.string() }),
});

const reservarHotel = tool(async ({ hotel_id, entrada, salida, huespedes, mascotas, titular }) => JSON.stringify({
  localizador: 'MRD-7Q4K2X', estado: 'CONFIRMADA', hotel_id, hotel: HOTELES[hotel_id].nombre,
  entrada, salida, noches: 3, huespedes, mascotas, titular,
  total_eur: HOTELES[hotel_id].precio_noche * 3, politica_cancelacion: 'no reembolsable',
}), {
  name: 'reservar_hotel',
  description: 'Reserva en firme una habitación doble. Tarifa no reembolsable.',
  schema: z.object({
    hotel_id: z.string(), entrada: z.string(), salida: z.string(), huespedes: z.number().int(),
    mascotas: z.number().int().describe('Número de mascotas que se alojan'), titular: z.string(),
  }),
});

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turno 1
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Sevilla', entrada: '2024-11-14', salida: '2024-11-17', huespedes: 2, admite_mascotas: true, precio_max: 130 } }] },
  { content: '¡Hola! Para el 14-17 de noviembre, 2 adultos + Lola, tengo estas opciones que admiten perros y no pasan de 130 €/noche:\n'
    + '1. Hotel Río Arenal (Arenal) – 112 €/noche\n2. Hotel Doña Lucía (Santa Cruz) – 124 €/noche\n3. Casa Palacio Alfalfa (Alfalfa) – 129 €/noche\n¿Te cuento más de alguno?' },
  // turno 2
  { tool_calls: [{ name: 'detalle_hotel', args: { hotel_id: 'SVQ-ARE-0071' } }] },
  { content: 'El Hotel Río Arenal tiene parking propio por 18 €/día (hay que reservarlo). Doña Lucía solo tiene público a 300 m (22 €/día) '
    + 'y Casa Palacio Alfalfa no tiene. Para ir en coche del 14 al 17, yo me quedaría con el Río Arenal: la doble os sale a 112 €/noche.' },
  // turno 3 (the first user message and the first answer are no longer in the window)
  { tool_calls: [{ name: 'buscar_hoteles', args: { ciudad: 'Sevilla', barrio: 'Triana', entrada: '2024-11-14', salida: '2024-11-17', huespedes: 2 } }] },
  { content: 'En Triana hay disponibilidad del 14 al 17:\n1. Hostal Callejón del Agua – 84 €/noche\n2. Apartahotel Betis 41 – 97 €/noche\n'
    + '3. Hotel Zenit Triana – 109 €/noche\nEl más económico es el Hostal Callejón del Agua: 252 € las tres noches.' },
  // turno 4
  { tool_calls: [{ name: 'reservar_hotel', args: { hotel_id: 'SVQ-TRI-0457', entrada: '2024-11-14', salida: '2024-11-17', huespedes: 2, mascotas: 0, titular: 'Carmen Ruiz Ortega' } }] },
  { content: '¡Reserva confirmada! 🎉\nHostal Callejón del Agua (Triana), 14–17 nov, 2 huéspedes, a nombre de Carmen Ruiz Ortega.\n'
    + 'Localizador: MRD-7Q4K2X · Total 252 € · tarifa no reembolsable.\n¡Que disfrutéis Sevilla!' },
] });

const SYSTEM = new SystemMessage('Eres el asistente de Viajes Meridiano por WhatsApp. Ayudas a buscar y reservar hoteles. '
  + 'Responde en español, de forma breve. Reserva solo cuando el cliente lo confirme.');
// Only the most recent messages are sent to the model, to keep WhatsApp sessions cheap.
const prepare = async (messages) => [SYSTEM, ...await trimMessages(messages, {
  maxTokens: 8, tokenCounter: (msgs) => msgs.length, strategy: 'last', startOn: 'human',
})];

const app = await reactGraph({ model, tools: [buscarHoteles, detalleHotel, reservarHotel], prepare,
  checkpointer: new MemorySaver(), name: 'meridiano-hoteles' });

const thread = 'wa-34611220987-1103';
const userId = 'wa:+34611220987';
const say = (text) => t.turn({ userId }, () => app.invoke({ messages: [new HumanMessage(text)] },
  { configurable: { thread_id: thread }, metadata: { thread_id: thread, canal: 'whatsapp' } }));

await say('Hola! Buscamos hotel en Sevilla del 14 al 17 de noviembre, somos dos adultos y viene nuestra perra Lola (12 kg), '
  + 'así que tiene que admitir perros sí o sí. Máximo 130 € la noche.');
await say('¿Alguno tiene parking? Vamos en coche desde Madrid.');
await say('¿Y por Triana no hay nada? Si es más barato, mejor.');
await say('Vale, resérvame el más barato de Triana, a nombre de Carmen Ruiz Ortega.');

t.write(path.join(here, 'traces.otlp.jsonl'));
