// Asistente de reservas de Viajes Altamar: agente LangGraph.js con checkpointer en memoria (un hilo
// por conversación) y recorte del historial por presupuesto de tokens antes de cada llamada al modelo
// (trimMessages de @langchain/core). Modelo con guion, sin red; spans OpenInference en OTLP/JSON.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('altamar-reservas-bot', { 'deployment.environment': 'prod', 'service.version': '5.12.0' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');
const { z } = await load('zod');

const vuelos = {
  'MAD-EZE-2025-05-03': [
    { vuelo: 'IB6845', salida: '2025-05-03T12:05', llegada: '2025-05-03T20:10', tarifa_eur: 1012.4, plazas: 9 },
    { vuelo: 'IB6841', salida: '2025-05-03T23:55', llegada: '2025-05-04T08:40', tarifa_eur: 948.9, plazas: 4 },
  ],
  'EZE-MAD-2025-05-17': [
    { vuelo: 'IB6844', salida: '2025-05-17T13:20', llegada: '2025-05-18T06:35', tarifa_eur: 871.15, plazas: 7 },
    { vuelo: 'IB6846', salida: '2025-05-17T22:45', llegada: '2025-05-18T15:50', tarifa_eur: 902.0, plazas: 12 },
  ],
};
const buscar = tool(async ({ origen, destino, fecha }) => JSON.stringify({ origen, destino, fecha,
  opciones: vuelos[`${origen}-${destino}-${fecha}`] ?? [] }), {
  name: 'buscar_vuelos', description: 'Busca vuelos directos disponibles (GDS).',
  schema: z.object({ origen: z.string().describe('IATA'), destino: z.string().describe('IATA'), fecha: z.string().describe('AAAA-MM-DD') }) });

const reservar = tool(async (a) => JSON.stringify({ localizador: a.localizador ?? 'QX7T2M', estado: 'HK', vuelo: a.vuelo,
  fecha: a.fecha, pasajero: a.pasajero, asiento: a.asiento ?? (a.vuelo === 'IB6841' ? '41A' : '31D'),
  comida_especial: a.comida_especial ?? null, viajero_frecuente: a.viajero_frecuente ?? null,
  importe_eur: a.vuelo === 'IB6841' ? 948.9 : 871.15 }), {
  name: 'reservar_tramo', description: 'Reserva un tramo y lo añade al localizador (crea uno nuevo si no se indica).',
  schema: z.object({ vuelo: z.string(), fecha: z.string(), pasajero: z.string(), localizador: z.string().optional(),
    asiento: z.string().optional(), comida_especial: z.string().optional().describe('código SSR, p. ej. VGML, GFML, DBML'),
    viajero_frecuente: z.string().optional() }) });

const asiento = tool(async ({ localizador, vuelo, asiento }) => JSON.stringify({ localizador, vuelo, asiento_anterior: '41A',
  asiento_nuevo: asiento, estado: 'CONFIRMADO' }), {
  name: 'cambiar_asiento', description: 'Cambia el asiento de un tramo reservado.',
  schema: z.object({ localizador: z.string(), vuelo: z.string(), asiento: z.string() }) });

const pasajero = 'GARCIA LOPEZ/MARTIN MR';
const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turno 1
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'EZE', fecha: '2025-05-03' } }] },
  { content: 'Para el 3 de mayo Madrid → Buenos Aires (Ezeiza) tengo dos vuelos directos:\n'
    + '1. IB6845 sale 12:05, llega 20:10 — 1.012,40 €\n2. IB6841 sale 23:55, llega 08:40 (+1) — 948,90 € (quedan 4 plazas)\n'
    + 'Anoto la comida sin gluten y tu Iberia Plus para la reserva. ¿Cuál prefieres?' },
  // turno 2
  { tool_calls: [{ name: 'reservar_tramo', args: { vuelo: 'IB6841', fecha: '2025-05-03', pasajero,
    comida_especial: 'GFML', viajero_frecuente: 'IB48213377' } }] },
  { content: 'Reservado el IB6841 del 3 de mayo. Localizador QX7T2M, asiento 41A, menú sin gluten (GFML) y tu Iberia Plus IB 48213377 incluidos. Importe 948,90 €.' },
  // turno 3
  { tool_calls: [{ name: 'cambiar_asiento', args: { localizador: 'QX7T2M', vuelo: 'IB6841', asiento: '23C' } }] },
  { content: 'Hecho: ahora tienes el 23C, pasillo, en el IB6841.' },
  // turno 4
  { tool_calls: [{ name: 'buscar_vuelos', args: { origen: 'EZE', destino: 'MAD', fecha: '2025-05-17' } }] },
  { content: 'Vuelta el 17 de mayo Buenos Aires → Madrid:\n1. IB6844 sale 13:20, llega 06:35 (+1) — 871,15 €\n2. IB6846 sale 22:45, llega 15:50 (+1) — 902,00 €\n¿Te reservo alguno?' },
  // turno 5: el modelo solo ve lo que deja el recorte
  { tool_calls: [{ name: 'reservar_tramo', args: { vuelo: 'IB6844', fecha: '2025-05-17', pasajero, localizador: 'QX7T2M', asiento: '30C' } }] },
  { content: 'Listo, vuelta reservada: IB6844 del 17 de mayo añadido al localizador QX7T2M, asiento 30C (pasillo). Importe 871,15 €. ¡Buen viaje, Martín!' },
] });

const approx = (msgs) => msgs.reduce((n, m) => n + Math.ceil((typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + (m.tool_calls?.length ? 30 : 0), 0);
const prepare = (messages) => trimMessages(messages, { maxTokens: 400, strategy: 'last',
  tokenCounter: approx, includeSystem: true, startOn: 'human', allowPartial: false });

const app = await reactGraph({ model, tools: [buscar, reservar, asiento], prepare, checkpointer: new MemorySaver(), name: 'altamar_reservas' });
const hilo = 'conv_01JNQ8Z4M7Y2K3T6W9R5B1C0DE';
const cliente = 'cli-553019';
const cfg = { configurable: { thread_id: hilo }, metadata: { thread_id: hilo, canal: 'whatsapp' } };
const turnos = [
  [new SystemMessage('Eres el asistente de reservas de Viajes Altamar. Reserva solo lo que el cliente confirme. Pasajero: GARCIA LOPEZ/MARTIN MR.'),
    new HumanMessage('Hola! Quiero volar Madrid–Buenos Aires ida el 3 de mayo y vuelta el 17, un adulto. Soy celíaco, necesito comida sin gluten en todos los vuelos. Mi Iberia Plus es IB 48213377.')],
  [new HumanMessage('Me quedo con el de la noche, el IB6841.')],
  [new HumanMessage('¿Me puedes cambiar a pasillo? Es un vuelo largo.')],
  [new HumanMessage('Genial. Ahora mira la vuelta del 17.')],
  [new HumanMessage('Reserva el IB6844, también en pasillo porfa.')],
];
for (const messages of turnos) await t.turn({ userId: cliente }, () => app.invoke({ messages }, cfg));
t.write(path.join(here, 'traces.jsonl'));
