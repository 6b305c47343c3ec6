// Coordinador de logística (LangGraph.js + OpenInference, modelo guionizado, sin red).
// Un agente coordinador atiende al cliente y delega la reserva de transporte en un subagente
// (otro grafo LangGraph) al que sólo le llegan las instrucciones que el coordinador redacta.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('logistica-coordinador', { 'service.version': '0.9.4', 'deployment.environment': 'produccion' });

// ---------- subagente de transportes ----------
const buscarCapacidad = tool(async ({ origen, destino, palets, temperatura }) => JSON.stringify({
  consulta: { origen, destino, palets, temperatura },
  ofertas: [
    { oferta_id: 'OF-5521-A', transportista: 'Frigoríficos Levante', vehiculo: 'semirremolque frigo 33 pal.', recogida: '2025-06-10T18:00', entrega_estimada: '2025-06-12T07:30', precio_eur: 3140, temperatura: '+2/+8 °C', registrador: true },
    { oferta_id: 'OF-5521-B', transportista: 'TransRódano SAS', vehiculo: 'semirremolque frigo 33 pal. (grupaje)', recogida: '2025-06-11T14:00', entrega_estimada: '2025-06-13T15:00', precio_eur: 2460, temperatura: '+2/+8 °C', registrador: true },
    { oferta_id: 'OF-5521-C', transportista: 'Carga Ibérica', vehiculo: 'lona 33 pal.', recogida: '2025-06-10T10:00', entrega_estimada: '2025-06-11T22:00', precio_eur: 1980, temperatura: 'ambiente', registrador: false },
  ] }), { name: 'buscar_capacidad', description: 'Busca ofertas de transporte por carretera.',
  schema: z.object({ origen: z.string(), destino: z.string(), palets: z.number(), temperatura: z.string() }) });

const reservarTransporte = tool(async ({ oferta_id, referencia }) => JSON.stringify({
  estado: 'CONFIRMADA', localizador: 'LX-2506-00871', oferta_id, referencia,
  entrega_estimada: oferta_id === 'OF-5521-A' ? '2025-06-12T07:30' : '2025-06-13T15:00',
  precio_eur: oferta_id === 'OF-5521-A' ? 3140 : 2460 }), { name: 'reservar_transporte',
  description: 'Reserva en firme una oferta de transporte.', schema: z.object({ oferta_id: z.string(), referencia: z.string() }) });

const modeloTransportes = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'buscar_capacidad', args: { origen: 'Paterna (Valencia)', destino: 'Saint-Priest (Lyon)', palets: 14, temperatura: '+2/+8 °C' } }] },
  { content: 'Descarto OF-5521-C (lona, sin control de temperatura). Entre las dos frigoríficas, OF-5521-B cumple +2/+8 °C con registrador y es 680 € más barata que OF-5521-A; ambas dentro del presupuesto. Reservo OF-5521-B.',
    tool_calls: [{ name: 'reservar_transporte', args: { oferta_id: 'OF-5521-B', referencia: 'CT-2291/PED-7730' } }] },
  { content: 'Reserva confirmada: localizador LX-2506-00871, TransRódano SAS, semirremolque frigorífico +2/+8 °C con registrador, 14 palés Paterna → Saint-Priest, 2.460 €.' },
] });
const agenteTransportes = await reactGraph({ model: modeloTransportes, tools: [buscarCapacidad, reservarTransporte], name: 'agente_transportes',
  prepare: async (m) => [new SystemMessage('Eres el agente de reservas de transporte. Con las instrucciones recibidas, busca capacidad y reserva la opción más económica que cumpla los requisitos indicados.'), ...m] });

// ---------- coordinador ----------
const consultarCliente = tool(async ({ cif }) => JSON.stringify({ cif, razon_social: 'Laboratorios Turia S.L.', contrato: 'CT-2291',
  condiciones: 'GDP; cadena de frío +2/+8 °C; registrador de temperatura obligatorio', tope_por_envio_eur: 3500,
  almacen_origen: 'Paterna (Valencia)', contacto: 'Irene Climent' }), { name: 'consultar_cliente',
  description: 'Ficha y condiciones contractuales del cliente.', schema: z.object({ cif: z.string() }) });

const delegarReserva = tool(async ({ instrucciones }, config) => {
  const out = await agenteTransportes.invoke({ messages: [new HumanMessage(instrucciones)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'delegar_reserva', description: 'Encarga la reserva de transporte al agente de transportes. Pasa en "instrucciones" todo lo que necesita saber.',
  schema: z.object({ instrucciones: z.string() }) });

const modeloCoordinador = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'consultar_cliente', args: { cif: 'B46773120' } }] },
  { tool_calls: [{ name: 'delegar_reserva', args: { instrucciones: 'Cliente Laboratorios Turia S.L. (contrato CT-2291, pedido PED-7730). Transporte de 14 palés de vacunas desde su almacén de Paterna (Valencia) hasta el hub de Saint-Priest (Lyon). Requisitos: cadena de frío +2/+8 °C con registrador de temperatura (GDP). Presupuesto máximo 3.200 € por el envío. Usa como referencia CT-2291/PED-7730.' } }] },
  { content: 'Hecho, Irene. Transporte reservado con TransRódano SAS, localizador LX-2506-00871: semirremolque frigorífico +2/+8 °C con registrador para los 14 palés de Paterna a Saint-Priest, por 2.460 € (dentro de su presupuesto de 3.200 €). Le enviaremos el documento de transporte y el enlace de seguimiento por correo.' },
] });
const coordinador = await reactGraph({ model: modeloCoordinador, tools: [consultarCliente, delegarReserva], name: 'coordinador',
  prepare: async (m) => [new SystemMessage('Eres el coordinador de operaciones de Ribera Cargo. Atiendes a clientes por chat, compruebas sus condiciones contractuales y delegas las reservas de transporte en el agente de transportes.'), ...m] });

await t.turn({ userId: 'cliente:B46773120:icliment' }, () => coordinador.invoke({ messages: [new HumanMessage(
  'Buenos días. Soy Irene Climent, de Laboratorios Turia (CIF B46773120). Necesitamos mover 14 palés de vacunas de nuestro almacén de Paterna al hub de Saint-Priest, en Lyon, pedido PED-7730. ' +
  'Cadena de frío +2/+8 °C, como siempre. Es importante: el hub sólo recibe esta campaña hasta el jueves 12 de junio a las 10:00, después cierran la recepción. Presupuesto máximo 3.200 €.')] },
  { metadata: { conversation_id: '7d1f3b0e-88a2-4c55-b0e4-2f6a91c4e310', canal: 'portal-clientes' } }));

t.write(path.join(here, 'traces.jsonl'));
