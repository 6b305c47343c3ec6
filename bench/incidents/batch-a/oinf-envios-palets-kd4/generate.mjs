// Logística (es): un agente coordinador lee el pedido y pasa el encargo a un agente de transporte
// (subgrafo LangGraph.js) con un resumen en texto. Modelos guionizados, sin red.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('plataforma-envios', { 'deployment.environment': 'pre-es' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage, AIMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');

const consultarPedido = tool(async ({ pedido }) => JSON.stringify({
  pedido, cliente: 'Laboratorios Albéniz S.L.', origen: 'Coslada (Madrid)', destino: 'Paterna (Valencia)',
  palets: 6, peso_total_kg: 2340, mercancia: 'vacunas veterinarias', conservacion: 'refrigerado 2-8 ºC, cadena de frío obligatoria',
  recogida: '2025-03-12T07:00:00+01:00', entrega_max: '2025-03-12T18:00:00+01:00', presupuesto_max_eur: 900 }),
{ name: 'consultar_pedido', description: 'Datos logísticos de un pedido.', schema: z.object({ pedido: z.string() }) });

const buscarTransportistas = tool(async ({ origen, destino, palets }) => JSON.stringify({ ofertas: [
  { id: 'OF-55102', transportista: 'TransLevante', vehiculo: 'tráiler lona', temperatura: 'ambiente', palets_max: 33, precio_eur: 610, salida: '07:30' },
  { id: 'OF-55107', transportista: 'FrioRuta Express', vehiculo: 'camión frigorífico', temperatura: '2-8 ºC', palets_max: 12, precio_eur: 845, salida: '07:15' },
  { id: 'OF-55119', transportista: 'Mudanzas Turia', vehiculo: 'rígido lona', temperatura: 'ambiente', palets_max: 8, precio_eur: 590, salida: '11:00' },
] }), { name: 'buscar_transportistas', description: 'Ofertas de transporte para una ruta.',
  schema: z.object({ origen: z.string(), destino: z.string(), palets: z.number(), fecha: z.string() }) });

const reservar = tool(async ({ oferta, referencia }) => JSON.stringify({ reserva: 'RSV-2025-031247', oferta, referencia, estado: 'confirmada' }),
{ name: 'reservar_transporte', description: 'Reserva en firme una oferta de transporte.', schema: z.object({ oferta: z.string(), referencia: z.string() }) });

const coordinador = await reactGraph({ name: 'coordinador', tools: [consultarPedido], model: new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PED-88-4410' } }] },
  { content: 'Encargo para transporte: pedido PED-88-4410, 6 palets (2.340 kg) de Coslada a Paterna, recogida el 12/03 a partir de las 07:00 y entrega antes de las 18:00. Presupuesto máximo 900 €. Elegir la oferta más económica que cumpla horario.' },
] }) });

const transporte = await reactGraph({ name: 'agente_transporte', tools: [buscarTransportistas, reservar], model: new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'buscar_transportistas', args: { origen: 'Coslada', destino: 'Paterna', palets: 6, fecha: '2025-03-12' } }] },
  { tool_calls: [{ name: 'reservar_transporte', args: { oferta: 'OF-55102', referencia: 'PED-88-4410' } }] },
  { content: 'Reservado: TransLevante, tráiler lona, salida 07:30 del 12/03, 610 € (reserva RSV-2025-031247). Es la oferta más barata que llega antes de las 18:00; ahorro de 290 € sobre el presupuesto.' },
] }) });

const app = new StateGraph(MessagesAnnotation)
  .addNode('coordinar', async (state, config) => coordinador.invoke({ messages: state.messages }, config))
  .addNode('transporte', async (state, config) => {
    const encargo = state.messages[state.messages.length - 1].content;
    const out = await transporte.invoke({ messages: [
      new SystemMessage('Eres el agente de transporte. Busca ofertas y reserva la que cumpla el encargo.'),
      new HumanMessage(encargo)] }, config);
    return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
  })
  .addEdge(START, 'coordinar').addEdge('coordinar', 'transporte').addEdge('transporte', END)
  .compile({ name: 'envios' });

await t.turn({ userId: 'op-lucia.ferrer' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el coordinador de envíos. Consulta el pedido y prepara el encargo para el agente de transporte.'),
  new HumanMessage('Organiza el transporte del pedido PED-88-4410 para el miércoles, por favor.'),
] }, { metadata: { thread_id: 'hilo-4410-0312' } }));
t.write(path.join(here, 'traces.jsonl'));
