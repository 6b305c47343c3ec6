// Freight desk of a Spanish 3PL. An intake agent talks to the shipper and fills an order; a booking
// agent (a separate compiled graph) is then started with a brief built from the order's routing fields.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  StateGraph, MessagesAnnotation, START, END, SystemMessage, HumanMessage, AIMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2026-10-06T07:42:31.000Z', 913);

const fichaCliente = tool(async ({ cif }) => JSON.stringify({ cif, razon_social: 'Pinturas Levante Industrial S.A.', almacen: 'Ribarroja del Turia (Valencia)', consejero_seguridad_adr: 'sí' }), {
  name: 'ficha_cliente', description: 'Datos del cargador por CIF.', schema: z.object({ cif: z.string() }) });
const buscarTransportistas = tool(async ({ origen, destino, palets, mercancia_peligrosa }) => JSON.stringify({ ofertas: [
  { transportista: 'Trans Ebro Norte S.L.', codigo: 'TEN-442', adr: false, precio_eur: 612, salida: '2026-10-08 06:00' },
  { transportista: 'Logística Turia ADR S.L.', codigo: 'LTA-108', adr: true, precio_eur: 884, salida: '2026-10-08 07:30' },
] }), { name: 'buscar_transportistas', description: 'Ofertas de camión completo o grupaje.',
  schema: z.object({ origen: z.string(), destino: z.string(), palets: z.number(), mercancia_peligrosa: z.boolean() }) });
const reservar = tool(async ({ codigo, palets }) => JSON.stringify({ reserva: 'RSV-26-0418807', codigo, palets, estado: 'confirmada' }), {
  name: 'reservar_transporte', description: 'Reserva en firme una oferta.', schema: z.object({ codigo: z.string(), palets: z.number(), notas: z.string() }) });

const intakeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-11-20', replies: [
  { tool_calls: [{ id: 'call_fc01', name: 'ficha_cliente', args: { cif: 'A46219873' } }] },
  { content: 'Perfecto. Resumen del pedido: 14 palets de esmalte al disolvente (UN1263, clase 3, grupo de embalaje II, ADR), recogida en Ribarroja del Turia el 8 de octubre, entrega en Plaza (Zaragoza) antes del 9 de octubre a las 12:00. Paso la reserva al equipo de tráfico.' },
] });
const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_bt01', name: 'buscar_transportistas', args: { origen: 'Ribarroja del Turia', destino: 'Plaza, Zaragoza', palets: 14, mercancia_peligrosa: false } }] },
  { tool_calls: [{ id: 'call_rv01', name: 'reservar_transporte', args: { codigo: 'TEN-442', palets: 14, notas: 'Carga general, 14 palets, entrega antes del 9/10 12:00' } }] },
  { content: 'Reserva RSV-26-0418807 confirmada con Trans Ebro Norte S.L. (TEN-442): salida 8/10 a las 06:00, 612 €. Es la opción más económica.' },
] });

const intake = agentGraph({ model: intakeModel, tools: [fichaCliente], name: 'recepcion_pedidos', agentNode: 'recepcion' });
const booking = agentGraph({ model: bookingModel, tools: [buscarTransportistas, reservar], name: 'trafico_reservas', agentNode: 'trafico' });

// The order the intake desk keeps; only the routing fields go into the traffic brief.
const pedido = { cif: 'A46219873', palets: 14, origen: 'Ribarroja del Turia', destino: 'Plaza, Zaragoza',
  recogida: '2026-10-08', entrega_max: '2026-10-09 12:00', mercancia: 'esmalte al disolvente', onu: 'UN1263', clase_adr: '3', grupo_embalaje: 'II' };
const ruta = ({ palets, origen, destino, recogida, entrega_max }) => ({ palets, origen, destino, recogida, entrega_max });

const parent = new StateGraph(MessagesAnnotation)
  .addNode('recepcion_pedidos', async (state, config) => ({ messages: (await intake.invoke({ messages: state.messages }, config)).messages }))
  .addNode('trafico_reservas', async (state, config) => {
    const brief = `Reserva un transporte para este pedido: ${JSON.stringify(ruta(pedido))}`;
    const out = await booking.invoke({ messages: [new SystemMessage('Eres el agente de tráfico. Busca ofertas y reserva la más adecuada para el pedido.'), new HumanMessage(brief)] }, config);
    return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
  })
  .addEdge(START, 'recepcion_pedidos').addEdge('recepcion_pedidos', 'trafico_reservas').addEdge('trafico_reservas', END)
  .compile({ name: 'mesa_fletes' });

await traced(parent, { messages: [
  new SystemMessage('Eres el asistente de la mesa de fletes. Recoge los datos del envío y pásalo a tráfico.'),
  new HumanMessage('Hola, somos Pinturas Levante (CIF A46219873). Necesito mover 14 palets de esmalte al disolvente, UN1263 clase 3, GE II, va por ADR. Recogida en nuestro almacén de Ribarroja el 8 de octubre y tiene que estar en Plaza, Zaragoza, antes del 9 a las 12:00.'),
] }, { project: 'fletes-prod', metadata: { session_id: 'flt-2026-10-06-00731', user_id: 'cli-A46219873' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
