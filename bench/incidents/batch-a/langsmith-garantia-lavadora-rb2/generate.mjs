// Post-sale assistant of an appliance retailer (Spanish). One conversation, one user turn:
// the customer asks for a warranty repair of a washing machine; the agent looks the order up,
// checks the warranty and closes the claim. Real LangGraph + LangChainTracer, scripted model.
import path from 'node:path';
import {
  startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, z,
} from '../../harness/langsmith/lib.mjs';

startClock('2025-03-11T09:42:17.000Z', 4121);

const buscarPedido = tool(async ({ pedido }) => JSON.stringify({
  pedido, cliente: 'CLI-0055821', canal: 'web',
  lineas: [{ sku: 'BSH-WGG24400ES', descripcion: 'Lavadora Bosch Serie 6 WGG24400ES 9 kg', cantidad: 1, importe: 549.0 }],
  fecha_compra: '1970-01-01T00:00:00.000Z', fecha_entrega: null, estado: 'ENTREGADO', tienda_origen: 'ALC-03',
}), { name: 'buscar_pedido', description: 'Devuelve los datos de un pedido por su número.',
  schema: z.object({ pedido: z.string() }), latency: [140, 380] });

const comprobarGarantia = tool(async ({ sku, fecha_compra }) => {
  const inicio = new Date(fecha_compra);
  const fin = new Date(inicio); fin.setUTCFullYear(fin.getUTCFullYear() + 3);
  const hoy = new Date();
  return JSON.stringify({ sku, cubierta: fin > hoy, plazo_anios: 3,
    fin_garantia: fin.toISOString().slice(0, 10), motivo: fin > hoy ? null : 'PLAZO_VENCIDO' });
}, { name: 'comprobar_garantia', description: 'Comprueba si un producto sigue en garantía a partir de la fecha de compra.',
  schema: z.object({ sku: z.string(), fecha_compra: z.string() }), latency: [90, 210] });

const actualizarIncidencia = tool(async ({ incidencia, estado, motivo }) => JSON.stringify({
  incidencia, estado, motivo, notificado_cliente: true, actualizado: new Date().toISOString(),
}), { name: 'actualizar_incidencia', description: 'Cambia el estado de una incidencia de posventa y notifica al cliente por e-mail.',
  schema: z.object({ incidencia: z.string(), estado: z.enum(['abierta', 'aprobada', 'rechazada']), motivo: z.string() }),
  latency: [200, 520] });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_Qm2v8TnA1xLw0pR7', name: 'buscar_pedido', args: { pedido: 'EH-2023-448102' } }] },
  { tool_calls: [{ id: 'call_h9KdE3sYp0cVuB2j', name: 'comprobar_garantia',
    args: { sku: 'BSH-WGG24400ES', fecha_compra: '1970-01-01T00:00:00.000Z' } }] },
  { tool_calls: [{ id: 'call_Zr5aWq1nTf8mLx4e', name: 'actualizar_incidencia',
    args: { incidencia: 'INC-PV-2025-031977', estado: 'rechazada',
      motivo: 'Producto fuera del periodo de garantía legal de 3 años. Reparación no cubierta; se ofrece presupuesto.' } }] },
  { content: 'Hola, Marta. He revisado su pedido EH-2023-448102 (lavadora Bosch Serie 6 WGG24400ES). '
    + 'Lamentablemente el periodo de garantía de 3 años de este aparato ya ha finalizado, por lo que la reparación '
    + 'no está cubierta y he cerrado la incidencia INC-PV-2025-031977 como no cubierta. Si lo desea, nuestro servicio '
    + 'técnico puede pasarle un presupuesto de reparación (desplazamiento 45 € + mano de obra y piezas). '
    + 'Le he enviado también el detalle por correo electrónico.' },
] });

const app = agentGraph({ model, tools: [buscarPedido, comprobarGarantia, actualizarIncidencia], name: 'posventa' });
const thread = 'conv_7f3a91c2e04b';
advance(minutes(0.2));
await traced(app, { messages: [
  new SystemMessage('Eres el asistente de posventa de ElectroHogar. Los aparatos tienen 3 años de garantía legal desde la '
    + 'fecha de compra. Antes de resolver una reclamación consulta siempre el pedido y comprueba la garantía. '
    + 'La incidencia abierta por el cliente es INC-PV-2025-031977.'),
  new HumanMessage('Buenos días. Mi lavadora Bosch (pedido EH-2023-448102) hace un ruido muy fuerte al centrifugar y desde '
    + 'ayer pierde agua por abajo. ¿Me la cubre la garantía? Me gustaría que vinieran a repararla esta semana. Gracias, Marta'),
] }, { project: 'electrohogar-posventa', metadata: { thread_id: thread, user_id: 'CLI-0055821', canal: 'chat-web' },
  configurable: { thread_id: thread } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
