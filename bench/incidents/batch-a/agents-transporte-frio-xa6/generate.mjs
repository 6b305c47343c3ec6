// Freight desk of a Spanish pharma distributor: two turns of one conversation; the second turn is
// handed from the front-desk agent to the booking agent through a handoff with an input filter
// that forwards only what the customer typed.
// OpenAI Agents SDK (JS) with a scripted fake Chat Completions model: no network, no key.
import { Agent, Runner, tool, handoff, user, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const consultarPedido = tool({
  name: 'consultar_pedido',
  description: 'Devuelve la ficha logística de un pedido: bultos, mercancía, condiciones de transporte.',
  parameters: z.object({ pedido: z.string() }),
  execute: async ({ pedido }) => JSON.stringify({
    pedido, cliente: 'Hospital Univ. Virgen del Rocío – Farmacia', origen: 'Plataforma Zaragoza (PLAZA, nave 14)',
    destino: 'Sevilla, Av. Manuel Siurot s/n', mercancia: 'vacunas antigripales (2.400 viales)',
    palets: 6, peso_bruto_kg: 1840, cadena_frio: '2–8 °C', registrador_temperatura: 'obligatorio',
    valor_declarado_eur: 48200, ventana_entrega: 'jueves 13/03, 07:00–10:00',
  }),
});

const reservarTransporte = tool({
  name: 'reservar_transporte',
  description: 'Reserva un vehículo para un pedido.',
  parameters: z.object({
    pedido: z.string(), origen: z.string(), destino: z.string(), fecha_recogida: z.string(),
    franja: z.string(), palets: z.number().int(), vehiculo: z.enum(['furgoneta_carga_general', 'rigido_lona', 'rigido_frigorifico', 'trailer_frigorifico']),
    temperatura_controlada: z.boolean(),
  }),
  execute: async (a) => JSON.stringify({
    reserva: 'RSV-ZAZ-SVQ-55120', pedido: a.pedido, vehiculo: a.vehiculo, palets: a.palets,
    recogida: a.fecha_recogida + ' ' + a.franja, precio_eur: 410.0, estado: 'confirmada',
  }),
});

const model = scriptedModel([
  // turn 1: Atención
  { tool_calls: [{ name: 'consultar_pedido', args: { pedido: 'PED-25-04417' } }] },
  { content: 'He localizado el pedido PED-25-04417: 6 palés de vacunas antigripales (1.840 kg) que deben viajar entre 2 y 8 °C con registrador de temperatura, entrega en el hospital el jueves 13/03 entre las 07:00 y las 10:00. ¿Quiere que le reserve el transporte?' },
  // turn 2: Atención hands over
  { tool_calls: [{ name: 'transfer_to_Reservas', args: {} }] },
  // turn 2: Reservas
  { tool_calls: [{ name: 'reservar_transporte', args: {
    pedido: 'PED-25-04417', origen: 'Zaragoza', destino: 'Sevilla', fecha_recogida: '2025-03-12',
    franja: 'tarde', palets: 1, vehiculo: 'furgoneta_carga_general', temperatura_controlada: false } }] },
  { content: 'Listo: reserva RSV-ZAZ-SVQ-55120 confirmada. Una furgoneta de carga general recogerá 1 palé del pedido PED-25-04417 en Zaragoza el miércoles 12/03 por la tarde para entregarlo en Sevilla el jueves por la mañana. Precio: 410,00 €.' },
], { seed: 'transporte-frio-xa6' });

// Only the customer's own words travel to the booking desk.
const soloCliente = (data) => ({
  ...data,
  inputHistory: Array.isArray(data.inputHistory) ? data.inputHistory.filter((i) => i.role === 'user') : data.inputHistory,
  preHandoffItems: [],
  newItems: [],
});

const reservas = new Agent({
  name: 'Reservas',
  instructions: 'Reservas transporte por carretera para los pedidos del cliente con reservar_transporte. Elige vehículo y número de palés según el pedido. Responde en español.',
  model, tools: [reservarTransporte],
});
const atencion = new Agent({
  name: 'Atención',
  instructions: 'Atiendes a los clientes de transporte. Consulta el pedido y, cuando el cliente quiera reservar, pasa la conversación a Reservas. Responde en español.',
  model, tools: [consultarPedido],
  handoffs: [handoff(reservas, { inputFilter: soloCliente })],
});

const runner = new Runner({
  groupId: 'conv-farmalog-2025-03-10-0917', workflowName: 'Mostrador de transporte',
  traceMetadata: { user_id: 'cli-HUVR-farmacia' },
});
const t1 = await runner.run(atencion, 'Hola, necesito mover el pedido PED-25-04417 desde nuestro almacén de Zaragoza al hospital de Sevilla.');
await runner.run(atencion, [...t1.history, user('Sí, perfecto. Resérvelo, por favor; que llegue a tiempo para la entrega del jueves.')]);
writeTrace('.', 'trazas-agentes.jsonl');
