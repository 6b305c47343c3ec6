// Coordinador de transporte con un sub-agente de reservas (LangGraph.js + scripted models), traced with OpenInference.
// The coordinator delegates the booking through a tool that runs the booking agent on the instructions it is given.
// Run from the checkout root: node bench/incidents/batch-a/oinf-flete-palets-lyon-qd2/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('tms-copiloto', { 'deployment.environment': 'pro', 'service.version': '3.2.0' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

// --- booking agent (child) ---
const tarifas = tool(async ({ origen, destino, palets, fechaLimite }) => JSON.stringify({ origen, destino, palets, fechaLimite,
  ofertas: [
    { tarifaId: 'TF-24-LON-0881', transportista: 'Trans Ribera S.L.', vehiculo: 'lona 13,6 m', temperatura: 'ambiente', salida: '2024-12-09', llegada: '2024-12-11', precioEur: 1840 },
    { tarifaId: 'TF-24-FRI-0412', transportista: 'Frío Levante Logística', vehiculo: 'frigorífico 13,6 m (ATP FRC)', temperatura: '-20/+12 °C regulable', salida: '2024-12-09', llegada: '2024-12-11', precioEur: 2960 },
    { tarifaId: 'TF-24-LON-0903', transportista: 'Grupo Moltó', vehiculo: 'lona 13,6 m', temperatura: 'ambiente', salida: '2024-12-10', llegada: '2024-12-13', precioEur: 1710 },
  ] }), { name: 'buscar_tarifas', description: 'Ofertas de transporte completo por ruta.',
  schema: z.object({ origen: z.string(), destino: z.string(), palets: z.number(), fechaLimite: z.string(),
    temperatura: z.string().optional().describe('p. ej. "2-8 °C" si la carga es refrigerada') }) });
const reservar = tool(async ({ tarifaId, referencia }) => JSON.stringify({ reserva: 'RSV-2024-77812', tarifaId, referencia,
  estado: 'CONFIRMADA', recogida: '2024-12-09 07:30 Riba-roja de Túria', entregaPrevista: '2024-12-11 Corbas (69)' }),
{ name: 'reservar_camion', description: 'Confirma una oferta con el transportista.',
  schema: z.object({ tarifaId: z.string(), referencia: z.string() }) });

const reservas = await reactGraph({ name: 'agente-reservas', tools: [tarifas, reservar],
  model: new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
    { tool_calls: [{ name: 'buscar_tarifas', args: { origen: 'Riba-roja de Túria (ES)', destino: 'Corbas (FR)', palets: 14, fechaLimite: '2024-12-12' } }] },
    { tool_calls: [{ name: 'reservar_camion', args: { tarifaId: 'TF-24-LON-0881', referencia: 'PV-2024-5531' } }] },
    { content: 'Reserva RSV-2024-77812 confirmada con Trans Ribera S.L. (lona 13,6 m): recogida el 09/12 a las 07:30 en Riba-roja, entrega prevista el 11/12 en Corbas. 1.840 €. Descarté la oferta de Grupo Moltó (1.710 €) porque llega el 13/12.' },
  ] }) });

const delegar = tool(async ({ instrucciones }, config) => {
  const out = await reservas.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas. Busca tarifas, elige la opción más económica que cumpla las condiciones y resérvala.'),
    new HumanMessage(instrucciones)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'delegar_reserva', description: 'Pasa la reserva del transporte al agente de reservas.',
  schema: z.object({ instrucciones: z.string() }) });

// --- coordinator ---
const pedido = tool(async ({ pedido }) => JSON.stringify({ pedido, cliente: 'Zoetis Ibérica', mercancia: 'vacuna veterinaria (inactivada)',
  palets: 14, pesoBrutoKg: 12390, origen: 'Almacén Riba-roja de Túria', destino: 'Plateforme Corbas, Lyon',
  conservacion: '2-8 °C', adr: false }), { name: 'consultar_pedido', description: 'Datos de un pedido de salida.',
  schema: z.object({ pedido: z.string() }) });

const coordinador = await reactGraph({ name: 'coordinador-transporte', tools: [pedido, delegar],
  model: new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
    { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PV-2024-5531' } }] },
    { content: 'Paso la reserva al agente de reservas.', tool_calls: [{ name: 'delegar_reserva', args: { instrucciones:
      'Reservar camión completo para el pedido PV-2024-5531 (Zoetis Ibérica): 14 palés, 12.390 kg brutos, '
      + 'de Riba-roja de Túria a Corbas (Lyon). Entrega como muy tarde el 12/12/2024. Máx. 900 kg por palé.' } }] },
    { content: 'Hecho: el pedido PV-2024-5531 sale el lunes 09/12 a las 07:30 desde Riba-roja con Trans Ribera y llega a Corbas el 11/12, '
      + 'un día antes de tu límite. Reserva RSV-2024-77812, 1.840 €.' },
  ] }) });

await t.turn({ userId: 'ops.valencia.mgarcia' }, () => coordinador.invoke({ messages: [
  new SystemMessage('Eres el copiloto del departamento de tráfico. Consulta el pedido antes de organizar cualquier transporte.'),
  new HumanMessage('Buenas, hay que mover el PV-2024-5531 a Lyon. Son vacunas, van a 2-8 °C sí o sí, y tienen que estar allí '
    + 'como tarde el 12/12. Ojo que ningún palé pasa de 900 kg. ¿Me lo reservas?'),
] }, { metadata: { conversation_id: 'tms-conv-5f2c8e' } }));

t.write(path.join(here, 'traces.jsonl'));
