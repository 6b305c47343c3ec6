// Logistics desk (Spanish): a coordinator agent takes a pharma shipment request and hands the booking to
// a booking sub-agent through a tool that passes only a short brief.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2026-12-02T09:14:40.000Z', 73);

// ---- booking sub-agent
const tarifas = tool(async ({ origen, destino, tipo_vehiculo }) => JSON.stringify({
  origen, destino, opciones: [
    { tipo_vehiculo: 'lona_estandar', plazas_palet: 33, precio_eur: 612.0, salida: '2026-12-03T06:00' },
    { tipo_vehiculo: 'frigorifico_2_8C', plazas_palet: 26, precio_eur: 948.0, salida: '2026-12-03T07:30' },
  ].filter((o) => !tipo_vehiculo || o.tipo_vehiculo === tipo_vehiculo) }),
{ name: 'consultar_tarifas', description: 'Tarifas de transporte por carretera entre dos plataformas.',
  schema: z.object({ origen: z.string(), destino: z.string(), tipo_vehiculo: z.string().optional() }) });
const reservar = tool(async ({ tipo_vehiculo, palets, salida, referencia_cliente }) => JSON.stringify({
  reserva: 'RSV-26-118402', estado: 'confirmada', tipo_vehiculo, palets, salida, referencia_cliente,
  transportista: 'Transportes Ebro Norte S.L.' }),
{ name: 'reservar_camion', description: 'Reserva un camión completo o parcial.',
  schema: z.object({ tipo_vehiculo: z.string(), palets: z.number(), salida: z.string(), referencia_cliente: z.string() }) });

const booker = agentGraph({ name: 'agente_reservas', agentNode: 'reservas', toolsNode: 'herramientas_reservas', tools: [tarifas, reservar], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'call_tf01', name: 'consultar_tarifas', args: { origen: 'Zaragoza PLAZA', destino: 'Sevilla ZAL' } }] },
  { tool_calls: [{ id: 'call_rv02', name: 'reservar_camion', args: { tipo_vehiculo: 'lona_estandar', palets: 18, salida: '2026-12-03T06:00', referencia_cliente: 'LAB-MQ-5521' } }] },
  { content: 'Reserva RSV-26-118402 confirmada: camión de lona estándar, 18 palets, salida 03/12 a las 06:00 desde Zaragoza PLAZA a Sevilla ZAL, 612,00 €. Es la opción más económica con salida mañana.' },
] }) });

const transferir = tool(async ({ resumen }, config) => {
  const out = await booker.invoke({ messages: [
    new SystemMessage('Eres el agente de reservas. Reserva el transporte más económico que cumpla el encargo.'),
    new HumanMessage(resumen)] }, { callbacks: config.callbacks, runName: 'agente_reservas' });
  return out.messages[out.messages.length - 1].content;
}, { name: 'transferir_a_reservas', latency: [20, 60],
  description: 'Pasa el encargo al agente de reservas con un resumen.', schema: z.object({ resumen: z.string() }) });

// ---- coordinator
const coordinador = agentGraph({ name: 'coordinador_envios', agentNode: 'coordinador', tools: [transferir], model: new ScriptedChatModel({ replies: [
  { content: 'Entendido. Para confirmar: 18 palets de vacunas de Laboratorios Miquel (ref. LAB-MQ-5521), de Zaragoza PLAZA a Sevilla ZAL, salida mañana 3 de diciembre, cadena de frío obligatoria entre 2 y 8 °C con registrador de temperatura. Paso la reserva al equipo de transporte.',
    tool_calls: [{ id: 'call_hd77', name: 'transferir_a_reservas', args: { resumen: 'Cliente LAB-MQ-5521 (Laboratorios Miquel): 18 palets, Zaragoza PLAZA → Sevilla ZAL, salida 03/12. Buscar la opción más barata disponible mañana.' } }] },
  { content: 'Listo: reserva RSV-26-118402 confirmada con Transportes Ebro Norte, 18 palets, salida mañana 03/12 a las 06:00 desde Zaragoza PLAZA hacia Sevilla ZAL, por 612,00 €. Le enviaremos el albarán por correo.' },
] }) });

await traced(coordinador, { messages: [
  new SystemMessage('Eres el coordinador de envíos de Ebro Cargo. Recoge los requisitos del cliente y delega la reserva con transferir_a_reservas.'),
  new HumanMessage('Buenos días. Necesito mover 18 palets de vacunas desde Zaragoza PLAZA a Sevilla ZAL, salida mañana. '
    + 'Es producto termolábil: tiene que ir refrigerado entre 2 y 8 °C todo el trayecto, con registrador de temperatura. Referencia LAB-MQ-5521.'),
] }, { project: 'ebro-cargo-desk', metadata: { thread_id: 'conv-ES-20261202-0931', user_id: 'lab-miquel-compras' },
  configurable: { thread_id: 'conv-ES-20261202-0931' } });

writeRuns(path.join(dir, 'runs.jsonl'));
