// Agencia de viajes corporativa: un coordinador pasa la petición a un subagente de reservas (subgrafo).
// Real @langchain/langgraph + @langchain/core, scripted models, LangSmith runs captured offline.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z,
  StateGraph, MessagesAnnotation, START, END, SystemMessage, HumanMessage, AIMessage, ToolMessage } from '../../harness/langsmith/lib.mjs';

startClock('2025-09-02T07:18:04.000Z', 904);

const buscarVuelos = tool(async ({ origen, destino, fecha }) => JSON.stringify({ origen, destino, fecha, opciones: [
  { oferta: 'OF-IB3170-0912', vuelo: 'IB3170', salida: '07:05', llegada: '09:40', escalas: 0, tarifa: 'Business Flex', precio_eur: 1240.0 },
  { oferta: 'OF-UX1027-0912', vuelo: 'UX1027', salida: '10:30', llegada: '15:55', escalas: 1, tarifa: 'Turista', precio_eur: 286.4 },
  { oferta: 'OF-VY6210-0912', vuelo: 'VY6210', salida: '14:15', llegada: '16:45', escalas: 0, tarifa: 'Optima', precio_eur: 412.9 },
] }), { name: 'buscar_vuelos', description: 'Busca vuelos disponibles.',
  schema: z.object({ origen: z.string(), destino: z.string(), fecha: z.string() }) });

const emitirBillete = tool(async ({ oferta, pasajero }) => JSON.stringify({ localizador: 'K7QZ4M', oferta, pasajero,
  estado: 'EMITIDO', importe_cargado_eur: 1240.0, centro_coste: 'CC-MKT-044' }), {
  name: 'emitir_billete', description: 'Emite el billete y lo carga al centro de coste.',
  schema: z.object({ oferta: z.string(), pasajero: z.string() }) });

const coordinadorModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: '', tool_calls: [{ id: 'call_h8XwP2', name: 'transferir_a_reservas', args: {
    resumen: 'Reservar vuelo Madrid (MAD) → Lisboa (LIS) el 12/09/2025 para Ana Belén Ortiz Ruiz, llegada antes de las 12:00 para el congreso. Emitir el billete.' } }] },
] });
const reservasModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_r1Vb9', name: 'buscar_vuelos', args: { origen: 'MAD', destino: 'LIS', fecha: '2025-09-12' } }] },
  { tool_calls: [{ id: 'call_r2Tn4', name: 'emitir_billete', args: { oferta: 'OF-IB3170-0912', pasajero: 'Ana Belén Ortiz Ruiz' } }] },
  { content: 'Billete emitido: IB3170 MAD 07:05 → LIS 09:40, directo, tarifa Business Flex, 1.240,00 €. Localizador K7QZ4M.' },
] });

const reservas = agentGraph({ model: reservasModel, tools: [buscarVuelos, emitirBillete], name: 'agente_reservas', agentNode: 'agente_reservas', toolsNode: 'herramientas_reservas' });

const coordinador = async (state, config) => ({ messages: [await coordinadorModel.invoke(state.messages, config)] });
const transferir = async (state, config) => {
  const call = state.messages[state.messages.length - 1].tool_calls[0];
  const out = await reservas.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas de Viajes Meridiano Empresas. Reserva y emite según la solicitud recibida.'),
    new HumanMessage(call.args.resumen),
  ] }, config);
  const final = out.messages[out.messages.length - 1].content;
  return { messages: [new ToolMessage({ content: final, tool_call_id: call.id, name: call.name }), new AIMessage(final)] };
};
const app = new StateGraph(MessagesAnnotation).addNode('coordinador', coordinador).addNode('reservas', transferir)
  .addEdge(START, 'coordinador').addEdge('coordinador', 'reservas').addEdge('reservas', END).compile({ name: 'meridiano-viajes' });

await traced(app, { messages: [
  new SystemMessage('Eres el coordinador de Viajes Meridiano Empresas. Recoge la petición y pásala al agente de reservas con transferir_a_reservas.'),
  new HumanMessage('Hola, necesito un vuelo Madrid–Lisboa el 12 de septiembre para Ana Belén Ortiz Ruiz (congreso, tiene que llegar antes de las 12:00). '
    + 'Política de viajes de marketing: clase turista y máximo 450 € por trayecto, centro de coste CC-MKT-044.'),
] }, { project: 'meridiano-empresas', metadata: { thread_id: 'MRD-2025-09-000318', user_id: 'lucia.prieto@grupo-alvear.es' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
