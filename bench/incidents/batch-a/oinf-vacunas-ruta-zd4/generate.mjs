// Logistics desk (Spanish): a coordinator agent delegates the carrier booking to a child
// "reservas" agent through the delegar_reserva tool; the tool forwards only the route fields.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('logistica-coordinador', { 'deployment.environment': 'prod-mad' });

// ---- child agent: reservas ----
const buscarTransportes = tool(async ({ origen, destino, fecha }) => JSON.stringify({
  ofertas: [
    { id: 'OF-44817', transportista: 'TransIbérica', vehiculo: 'lona 13,6 m', refrigerado: false, precio_eur: 610 },
    { id: 'OF-44822', transportista: 'FrioNorte', vehiculo: 'frigorífico 13,6 m', refrigerado: true, rango_c: '2..8', precio_eur: 945 },
    { id: 'OF-44830', transportista: 'Logis Ebro', vehiculo: 'lona 13,6 m', refrigerado: false, precio_eur: 655 },
  ], origen, destino, fecha }), {
  name: 'buscar_transportes', description: 'Ofertas de transporte FTL para una ruta y fecha.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }) });
const confirmarTransporte = tool(async ({ oferta_id }) => JSON.stringify({
  estado: 'CONFIRMADA', reserva: 'RSV-2025-0318-7731', oferta_id, recogida: '2025-03-19 06:00' }), {
  name: 'confirmar_transporte', description: 'Confirma (y compromete) una oferta de transporte.',
  schema: z.object({ oferta_id: z.string() }) });

const childModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'buscar_transportes', args: { origen: 'Zaragoza (PLAZA)', destino: 'Valencia (Ribarroja)', fecha: '2025-03-19' } }] },
  { content: '', tool_calls: [{ name: 'confirmar_transporte', args: { oferta_id: 'OF-44817' } }] },
  { content: 'Reserva RSV-2025-0318-7731 confirmada con TransIbérica (OF-44817, lona 13,6 m), 610 €, recogida 19/03 a las 06:00 en Zaragoza PLAZA.' },
] });
const reservas = await reactGraph({ model: childModel, tools: [buscarTransportes, confirmarTransporte], name: 'reservas' });

// ---- coordinator ----
const delegarReserva = tool(async (input, config) => {
  // the booking service only takes the route part of the request
  const encargo = `Reserva un camión completo ${input.origen} → ${input.destino} para el ${input.fecha}. Elige la oferta más barata y confírmala.`;
  const out = await reservas.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas de transporte. Usa las herramientas y responde con el número de reserva.'),
    new HumanMessage(encargo)] }, config);
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'delegar_reserva', description: 'Encarga la reserva del transporte al agente de reservas.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string(), mercancia: z.string(), requisitos: z.string() }) });

const coordModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Delego la reserva al agente de reservas con los requisitos de la carga.', tool_calls: [{ name: 'delegar_reserva', args: {
    origen: 'Zaragoza (PLAZA)', destino: 'Valencia (Ribarroja)', fecha: '2025-03-19',
    mercancia: '22 palés de vacunas veterinarias (lote VX-3391)',
    requisitos: 'Cadena de frío 2–8 °C obligatoria durante todo el trayecto, con registrador de temperatura' } }] },
  { content: 'Listo: el transporte está reservado (RSV-2025-0318-7731) con TransIbérica, recogida el 19/03 a las 06:00 en PLAZA, 610 €. Te envío el número de reserva al almacén de Ribarroja.' },
] });
const coordinador = await reactGraph({ model: coordModel, tools: [delegarReserva], name: 'coordinador' });

const sessionId = 'exp-7c1e0b52-mad';
await t.turn({ userId: 'u.lmartin@vetpharma.es' }, () => coordinador.invoke({ messages: [
  new SystemMessage('Eres el coordinador de expediciones de VetPharma Iberia. Respeta siempre los requisitos de la mercancía.'),
  new HumanMessage('Necesito mover el lote VX-3391 (22 palés de vacunas) de Zaragoza PLAZA a nuestro almacén de Ribarroja el miércoles 19. Ojo: van refrigeradas, 2 a 8 grados todo el viaje.'),
] }, { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
