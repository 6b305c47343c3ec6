// Freight desk (English): a dispatcher agent reads the shipment, then hands over to a carrier-booking
// agent that runs as its own graph and only receives the dispatcher's hand-over note.
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, StateGraph, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';
import path from 'node:path';

startClock('2025-06-09T06:05:31Z', 1207);
const shipment = tool(async ({ ref }) => JSON.stringify({ ref, shipper: 'Vandermolen Coatings BV', origin: 'Rotterdam NL-3089', destination: 'Lyon FR-69007',
  commodity: 'Paint, flammable liquid', un_number: 'UN1263', adr_class: '3', packing_group: 'II', gross_kg: 17850, pallets: 22, deliver_by: '2025-06-12T16:00:00+02:00', tunnel_code: 'D/E' }),
  { name: 'get_shipment', description: 'Shipment master data by reference.', schema: z.object({ ref: z.string() }) });
const lanes = tool(async ({ origin, destination, gross_kg }) => JSON.stringify({ quotes: [
  { carrier: 'TransAlp Logistik', quote_id: 'Q-88213', price_eur: 1640, adr_certified: false, eta: '2025-06-11T14:00:00+02:00' },
  { carrier: 'Rhodanie Fret', quote_id: 'Q-88214', price_eur: 2190, adr_certified: true, eta: '2025-06-12T09:30:00+02:00' },
  { carrier: 'NordRoute', quote_id: 'Q-88215', price_eur: 1985, adr_certified: true, eta: '2025-06-13T11:00:00+02:00' }] }),
  { name: 'quote_lanes', description: 'Spot quotes for a road lane.', schema: z.object({ origin: z.string(), destination: z.string(), gross_kg: z.number() }) });
const book = tool(async ({ quote_id, ref }) => JSON.stringify({ booking: 'BK-20250609-4471', quote_id, ref, status: 'confirmed', pickup: '2025-06-10T07:00:00+02:00' }),
  { name: 'book_carrier', description: 'Books a quoted carrier for a shipment.', schema: z.object({ quote_id: z.string(), ref: z.string() }) });

const dispatcherModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_9dQf2', name: 'get_shipment', args: { ref: 'SHP-7Q4-0193' } }] },
  { content: 'Handing over to carrier booking: SHP-7Q4-0193, 22 pallets of paint, 17.85 t, Rotterdam → Lyon, must arrive by Thu 12 June 16:00. Please book the cheapest option that meets the date.' },
] });
const bookerModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_Lb7x0', name: 'quote_lanes', args: { origin: 'Rotterdam', destination: 'Lyon', gross_kg: 17850 } }] },
  { content: '', tool_calls: [{ id: 'call_Lb7x1', name: 'book_carrier', args: { quote_id: 'Q-88213', ref: 'SHP-7Q4-0193' } }] },
  { content: 'Booked TransAlp Logistik (Q-88213) for SHP-7Q4-0193 at €1,640, pickup Tue 10 June 07:00, ETA Wed 11 June 14:00 — a day ahead of the deadline. Booking BK-20250609-4471.' },
] });
const dispatcher = agentGraph({ model: dispatcherModel, tools: [shipment], agentNode: 'dispatch_llm', toolsNode: 'dispatch_tools', name: 'dispatcher' });
const booker = agentGraph({ model: bookerModel, tools: [lanes, book], agentNode: 'booking_llm', toolsNode: 'booking_tools', name: 'carrier_booking' });

const handover = async (state, config) => {
  const note = state.messages[state.messages.length - 1].content;
  const out = await booker.invoke({ messages: [new SystemMessage('You book road carriers for Kestrel Freight. Use quote_lanes, then book_carrier.'), new HumanMessage(note)] }, config);
  return { messages: [out.messages[out.messages.length - 1]] };
};
const desk = new StateGraph(MessagesAnnotation).addNode('dispatcher', dispatcher).addNode('carrier_booking', handover)
  .addEdge(START, 'dispatcher').addEdge('dispatcher', 'carrier_booking').addEdge('carrier_booking', END).compile({ name: 'freight_desk' });

await traced(desk, { messages: [new SystemMessage('You are the Kestrel Freight dispatcher. Look up the shipment and hand it over to carrier booking with everything it needs.'),
  new HumanMessage('Need a truck for SHP-7Q4-0193 this week please, customer is chasing.')] },
  { project: 'freight-desk', metadata: { session_id: 'fd-0609-b2c41e', user_id: 'ops.j.meijer', desk: 'NL-road' }, runName: 'freight_desk' });
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
