// Agencia de viajes: un coordinador (LangGraph.js) atiende al cliente y transfiere la reserva a un
// subagente "reservas" (grafo hijo con sus propias herramientas), al que solo pasa un resumen.
// Modelos guionizados, sin red. Salida: runs.jsonl.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  StateGraph, MessagesAnnotation, START, END, SystemMessage, HumanMessage, ToolMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-06-03T16:05:44.000Z', 55);

const buscarVuelos = tool(async ({ origen, destino, fecha }) => JSON.stringify({ origen, destino, fecha, moneda: 'EUR', ofertas: [
  { oferta: 'OF-7Q2K', vuelo: 'IB6251', escalas: 0, salida: '2025-07-14T23:55', llegada: '2025-07-15T06:10', tarifa_total: 1184.6, pasajeros: 2 },
  { oferta: 'OF-3M9T', vuelo: 'UX091+UX1843', escalas: 1, via: 'LIS', salida: '2025-07-14T11:20', llegada: '2025-07-14T21:45', tarifa_total: 1046.2, pasajeros: 2 },
  { oferta: 'OF-8H1D', vuelo: 'AA69', escalas: 0, salida: '2025-07-14T16:35', llegada: '2025-07-14T20:05', tarifa_total: 1412.0, pasajeros: 2 },
] }), { name: 'buscar_vuelos', description: 'Busca ofertas de vuelo para dos pasajeros.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }) });

const emitirBillete = tool(async ({ oferta, localizador_cliente }) => JSON.stringify({
  pnr: 'X7R4QB', oferta, localizador_cliente, estado: 'EMITIDO', importe_cargado_eur: 1046.2,
  condiciones: 'tarifa no reembolsable; cambios con penalización de 150 EUR',
}), { name: 'emitir_billete', description: 'Emite los billetes de una oferta y carga la tarjeta del cliente.',
  schema: z.object({ oferta: z.string(), localizador_cliente: z.string() }) });

const transferir = tool(async ({ resumen }) => 'Transferido a reservas.', { name: 'transferir_a_reservas',
  description: 'Pasa la gestión de la reserva al equipo de reservas con un resumen del encargo.',
  schema: z.object({ resumen: z.string() }) });

// --- subagente de reservas (grafo hijo)
const modeloReservas = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_bv_01', name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'JFK', fecha: '2025-07-14' } }] },
  { tool_calls: [{ id: 'call_eb_02', name: 'emitir_billete', args: { oferta: 'OF-3M9T', localizador_cliente: 'CLI-55-0917' } }] },
  { content: 'Billetes emitidos: UX091+UX1843 vía Lisboa el 14/07, 2 pasajeros, 1.046,20 EUR, PNR X7R4QB. Era la opción más económica.' },
] });
const reservas = agentGraph({ model: modeloReservas, tools: [buscarVuelos, emitirBillete], agentNode: 'reservas_agente',
  toolsNode: 'reservas_herramientas', name: 'reservas' });

// --- coordinador
const modeloCoord = new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_tr_00', name: 'transferir_a_reservas', args: { resumen:
    'Cliente CLI-55-0917, 2 adultos, Madrid (MAD) → Nueva York (JFK), ida el 14 de julio de 2025. Emitir la opción más económica disponible.' } }] },
  (msgs) => ({ content: `Listo, su reserva está confirmada: ${msgs[msgs.length - 1].content}` }),
] });

const coordinador = async (state, config) => ({ messages: [await modeloCoord.invoke(state.messages, config)] });
const aReservas = async (state, config) => {
  const ultimo = state.messages[state.messages.length - 1];
  const call = ultimo.tool_calls[0];
  const out = await reservas.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas. Busca y emite billetes según el encargo recibido.'),
    new HumanMessage(call.args.resumen),
  ] }, config);
  const final = out.messages[out.messages.length - 1].content;
  return { messages: [new ToolMessage({ tool_call_id: call.id, name: call.name, content: final })] };
};
const ruta = (state) => (state.messages[state.messages.length - 1].tool_calls?.length ? 'reservas' : END);
const app = new StateGraph(MessagesAnnotation).addNode('coordinador', coordinador).addNode('reservas', aReservas)
  .addEdge(START, 'coordinador').addConditionalEdges('coordinador', ruta, ['reservas', END]).addEdge('reservas', 'coordinador')
  .compile();

await traced(app, { messages: [
  new SystemMessage('Eres el coordinador de Viajes Alcázar. Recoges lo que pide el cliente y delegas la emisión en reservas.'),
  new HumanMessage('Hola, somos dos adultos, Madrid a Nueva York el 14 de julio. Tiene que ser vuelo directo, mi mujer '
    + 'no puede hacer escalas por motivos médicos, y el tope son 1.200 euros en total. Mi código de cliente es CLI-55-0917.'),
] }, { project: 'viajes-alcazar', metadata: { session_id: 'va-conv-20250603-3391', user_id: 'CLI-55-0917' },
  configurable: { thread_id: 'va-conv-20250603-3391' } });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
