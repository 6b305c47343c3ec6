// Asistente de expediciones de un almacén (LangGraph.js, ToolNode, modelo guionizado).
// El ERP devuelve el peso del pedido como texto con separador de miles español ("1.250 kg");
// el agente lo pasa a la cotización como peso_kg = 1.25, la tarifa que sale es de mensajería
// para paquetes pequeños y la reserva se confirma con ese vehículo.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('expediciones-agent', { 'deployment.environment': 'pro' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const consultarPedido = tool(async ({ pedido }) => JSON.stringify({ pedido, cliente: 'Ferretería Hermanos Lasheras S.L.',
  destino: { ciudad: 'Zaragoza', cp: '50014', direccion: 'Polígono Cogullada, C/ Río de Janeiro 17' },
  bultos: 3, tipo_bulto: 'palet europeo', peso_total: '1.250 kg', volumen: '2,4 m³', fecha_carga: '2024-11-21' }), {
  name: 'consultar_pedido', description: 'Datos logísticos de un pedido del ERP (destino, bultos, peso, volumen).',
  schema: z.object({ pedido: z.string() }) });
const cotizar = tool(async ({ peso_kg, bultos, cp_destino }) => {
  const tarifa = peso_kg <= 30
    ? { cotizacion: 'COT-88127', servicio: 'Paquetería urgente 24h', vehiculo: 'furgoneta de reparto (máx. 30 kg por envío)', precio_eur: 14.6 }
    : { cotizacion: 'COT-88128', servicio: 'Grupaje paletizado', vehiculo: 'camión rígido 12 t con trampilla', precio_eur: 312.0 };
  return JSON.stringify({ ...tarifa, peso_kg, bultos, cp_destino, valida_hasta: '2024-11-20T23:59:00+01:00' });
}, {
  name: 'cotizar_transporte', description: 'Cotiza el transporte según peso en kilogramos, número de bultos y código postal de destino.',
  schema: z.object({ peso_kg: z.number().describe('Peso total en kg'), bultos: z.number().int(), cp_destino: z.string() }) });
const reservar = tool(async ({ cotizacion, pedido, fecha_carga }) => JSON.stringify({ reserva: 'RSV-2024-551903', cotizacion, pedido,
  fecha_carga, franja_recogida: '08:00-10:00', transportista: 'Envialia', estado: 'confirmada' }), {
  name: 'reservar_transporte', description: 'Reserva la recogida con una cotización vigente.',
  schema: z.object({ cotizacion: z.string(), pedido: z.string(), fecha_carga: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PED-2024-77812' } }] },
  { tool_calls: [{ name: 'cotizar_transporte', args: { peso_kg: 1.25, bultos: 3, cp_destino: '50014' } }] },
  { tool_calls: [{ name: 'reservar_transporte', args: { cotizacion: 'COT-88127', pedido: 'PED-2024-77812', fecha_carga: '2024-11-21' } }] },
  { content: 'Listo. He reservado el transporte del pedido PED-2024-77812 para Ferretería Hermanos Lasheras (Zaragoza, CP 50014): paquetería urgente 24 h con Envialia, recogida el 21/11 entre las 08:00 y las 10:00, 14,60 €. Número de reserva: RSV-2024-551903.' },
] });

const app = await reactGraph({ model, tools: [consultarPedido, cotizar, reservar] });
await t.turn({ userId: 'mgarces' }, () => app.invoke({ messages: [
  new SystemMessage('Eres el asistente de expediciones del almacén de Alcalá de Henares. Cotizas y reservas transportes de salida con la opción más barata que sirva para la carga.'),
  new HumanMessage('Buenos días, resérvame el transporte más económico para el pedido PED-2024-77812, sale el jueves.'),
] }, { metadata: { session_id: '20241119-ALC-0412', turno: 'mañana' } }));

t.write(path.join(here, 'traces.jsonl'));
