// Freight desk of a pharma 3PL (LangGraph.js, LangSmith runs): an intake agent reads the purchase order and
// hands the shipment over to a booking agent (its own subgraph) through a handoff tool; the booking agent
// quotes and books a truck from the handoff brief alone.
import path from 'node:path';
import {
  startClock, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, StateGraph, MessagesAnnotation, START, END, z,
} from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-05-13T13:02:48.000Z', 5131);

// ---------------------------------------------------------------- intake side
const getPurchaseOrder = tool(async ({ po_number }) => JSON.stringify({
  po_number, customer: 'CHU Lyon Sud – Pharmacie centrale', status: 'released',
  lines: [
    { sku: 'INS-GLA-100-5X3', description: 'Insulin glargine 100 U/ml, 5 x 3 ml pens', cartons: 96, storage: '+2 °C to +8 °C, do not freeze' },
    { sku: 'INS-ASP-100-10', description: 'Insulin aspart 100 U/ml, 10 ml vials', cartons: 54, storage: '+2 °C to +8 °C, do not freeze' },
  ],
  handling_units: { pallets: 2, type: 'EUR 1200x800', gross_weight_kg: 640 },
  ship_from: 'Pharmalog Rhône DC, Saint-Quentin-Fallavier (38070)',
  ship_to: 'CHU Lyon Sud, Pharmacie centrale, quai 3, Pierre-Bénite (69310)',
  requested_delivery: '2025-05-15T10:00:00+02:00', gdp_temperature_log_required: true,
}), { name: 'get_purchase_order', description: 'Reads a released purchase order from the WMS.',
  schema: z.object({ po_number: z.string() }) });

const handoffToBooking = tool(async ({ po_number }) => JSON.stringify({ accepted: true, queue: 'road-booking', po_number }),
  { name: 'handoff_to_booking', description: 'Hands a released order over to the road booking desk.',
    schema: z.object({ po_number: z.string(), pallets: z.number().int(), gross_weight_kg: z.number(),
      pickup: z.string(), delivery: z.string(), deliver_by: z.string(), notes: z.string().optional() }), latency: [20, 60] });

const intakeModel = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01HrXk2QwPz9aVn3Lb7cYt4e', name: 'get_purchase_order', args: { po_number: 'PO-77120' } }] },
  { tool_calls: [{ id: 'toolu_01MzJs8RfTq5bWd1Ke6uGh0o', name: 'handoff_to_booking', args: {
    po_number: 'PO-77120', pallets: 2, gross_weight_kg: 640,
    pickup: 'Pharmalog Rhône DC, Saint-Quentin-Fallavier (38070), ready 2025-05-14 14:00',
    delivery: 'CHU Lyon Sud, Pharmacie centrale, quai 3, Pierre-Bénite (69310)',
    deliver_by: '2025-05-15T10:00:00+02:00', notes: 'Hospital dock, tail-lift needed, call pharmacy 30 min before arrival.' } }] },
  { content: 'PO-77120 is released (2 EUR pallets, 640 kg, 150 cartons of insulin) and has been handed to the road booking desk for a delivery to CHU Lyon Sud before Thursday 10:00.' },
] });
const intake = agentGraph({ model: intakeModel, tools: [getPurchaseOrder, handoffToBooking], agentNode: 'intake_agent',
  toolsNode: 'intake_tools', name: 'intake' });

// ---------------------------------------------------------------- booking side
const quoteCarriers = tool(async ({ vehicle }) => JSON.stringify({ quotes: vehicle === 'reefer'
  ? [{ quote_id: 'QT-9F31-R1', carrier: 'Frigo Transports Bérard', vehicle: 'reefer 7.5 t, +2/+8 °C, data logger', pickup: '2025-05-14T15:00+02:00', eta: '2025-05-15T07:30+02:00', price_eur: 588 }]
  : [{ quote_id: 'QT-9F31-D1', carrier: 'Transports Girard', vehicle: 'dry van 7.5 t, tail-lift', pickup: '2025-05-14T16:00+02:00', eta: '2025-05-15T07:45+02:00', price_eur: 395 },
     { quote_id: 'QT-9F31-D2', carrier: 'Rhône Express Fret', vehicle: 'curtainsider 12 t', pickup: '2025-05-14T17:30+02:00', eta: '2025-05-15T08:15+02:00', price_eur: 431 }] }),
  { name: 'quote_carriers', description: 'Requests road quotes from contracted carriers.',
    schema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number().int(), weight_kg: z.number(),
      vehicle: z.enum(['dry_van', 'curtainsider', 'reefer']).describe('reefer = temperature-controlled'), ready_at: z.string(), deliver_by: z.string() }) });
const bookCarrier = tool(async ({ quote_id, reference }) => JSON.stringify({ booking_id: 'TRK-25-051377', quote_id, reference, status: 'confirmed',
  carrier_confirmation: 'GIR/LYS/140525/07' }), { name: 'book_carrier', description: 'Books a quote with the carrier.',
  schema: z.object({ quote_id: z.string(), reference: z.string() }) });

const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_B8vZr1KqLm4T', name: 'quote_carriers', args: { origin: 'Saint-Quentin-Fallavier 38070', destination: 'Pierre-Bénite 69310',
    pallets: 2, weight_kg: 640, vehicle: 'dry_van', ready_at: '2025-05-14T14:00:00+02:00', deliver_by: '2025-05-15T10:00:00+02:00' } }] },
  { tool_calls: [{ id: 'call_C2wYs5NpRx7U', name: 'book_carrier', args: { quote_id: 'QT-9F31-D1', reference: 'PO-77120' } }] },
  { content: 'Booked TRK-25-051377 with Transports Girard (dry van 7.5 t with tail-lift): pick-up Wed 14 May 16:00 at Saint-Quentin-Fallavier, '
    + 'ETA Thu 15 May 07:45 at CHU Lyon Sud quai 3, €395 excl. VAT. Driver will call the pharmacy 30 min before arrival.' },
] });
const booking = agentGraph({ model: bookingModel, tools: [quoteCarriers, bookCarrier], agentNode: 'booking_agent',
  toolsNode: 'booking_tools', name: 'booking' });

// The booking desk is started from the handoff tool's arguments.
const runBooking = async (state, config) => {
  const call = state.messages.flatMap((m) => m.tool_calls ?? []).findLast((c) => c.name === 'handoff_to_booking');
  const a = call.args;
  const brief = `New road booking request for ${a.po_number}.\nPallets: ${a.pallets} | Gross weight: ${a.gross_weight_kg} kg\n`
    + `Pickup: ${a.pickup}\nDelivery: ${a.delivery}\nDeliver by: ${a.deliver_by}\nNotes: ${a.notes ?? '-'}`;
  const result = await booking.invoke({ messages: [new SystemMessage('You are the road booking desk of Pharmalog Rhône. Get quotes, book the '
    + 'cheapest quote that meets the request, and confirm the booking in one short paragraph.'), new HumanMessage(brief)] }, config);
  return { messages: [result.messages.at(-1)] };
};

const desk = new StateGraph(MessagesAnnotation).addNode('intake', intake).addNode('booking', runBooking)
  .addEdge(START, 'intake').addEdge('intake', 'booking').addEdge('booking', END).compile({ name: 'freight-desk' });

const thread = '3b9e6a0c-71d2-4f4e-a8c5-2e0d91f7b463';
await traced(desk, { messages: [
  new SystemMessage('You are the intake agent of the Pharmalog Rhône freight desk. Read the purchase order, check what the goods need, '
    + 'and hand the order to the road booking desk with everything the carrier must know.'),
  new HumanMessage('Hi, please organise transport for PO-77120 (insulin for CHU Lyon Sud). It must be at their pharmacy before Thursday 10:00, '
    + 'ready for pick-up tomorrow from 14:00. Cold chain 2–8 °C as always. Thanks, Maëlle – customer service')] },
  { project: 'freight-desk', configurable: { thread_id: thread },
    metadata: { thread_id: thread, user: 'maelle.perrin@pharmalog-rhone.fr', site: 'SQF-38' } });
writeRuns(out);
