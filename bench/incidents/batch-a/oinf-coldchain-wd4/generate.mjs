// Freight dispatch: a dispatcher agent delegates carrier booking to a carrier-desk agent (a child
// LangGraph run started from a tool, fed the task text the dispatcher writes). OpenInference traces.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('dispatch-orchestrator', { 'service.version': '0.14.2', 'deployment.environment': 'production' });

// --- carrier desk (child agent) ---
const quote = tool(async ({ origin, destination, pallets }) => JSON.stringify({ quotes: [
  { carrier: 'Van Dijk Transport', quote_id: 'Q-55120', equipment: 'dry_van_13.6m', eur: 610 },
  { carrier: 'Frigo Benelux', quote_id: 'Q-55121', equipment: 'reefer_13.6m', temp_control: '-25..+25C', eur: 890 },
] }), { name: 'quote_carriers', description: 'Get carrier quotes for a lane.',
  schema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number() }) });
const book = tool(async ({ quote_id, shipment_ref, pickup }) => JSON.stringify({ booking: 'BK-7734-RTM', quote_id, shipment_ref, pickup, status: 'CONFIRMED' }),
  { name: 'book_carrier', description: 'Book a carrier quote.',
    schema: z.object({ quote_id: z.string(), shipment_ref: z.string(), pickup: z.string() }) });
const deskModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'quote_carriers', args: { origin: 'Rotterdam', destination: 'Antwerp', pallets: 18 } }] },
  { content: '', tool_calls: [{ name: 'book_carrier', args: { quote_id: 'Q-55120', shipment_ref: 'SHP-2025-04417', pickup: '2025-06-10T06:00+02:00' } }] },
  { content: 'Booked Van Dijk Transport (Q-55120, dry van 13.6 m, EUR 610) for SHP-2025-04417, pickup 10 June 06:00. Booking BK-7734-RTM.' },
] });
const desk = await reactGraph({ model: deskModel, tools: [quote, book], name: 'carrier-desk',
  prepare: (m) => [new SystemMessage('You are the carrier desk. Book the cheapest carrier that fits the task.'), ...m] });

// --- dispatcher (parent agent) ---
const getShipment = tool(async ({ ref }) => JSON.stringify({ ref, consignee: 'AZ Sint-Jan Apotheek, Antwerpen', goods: 'insulin pens, 18 pallets',
  gross_kg: 4210, temp_range_c: [2, 8], equipment_required: 'reefer', pickup: '2025-06-10T06:00+02:00', origin: 'Rotterdam DC2' }),
  { name: 'get_shipment', description: 'Shipment master data.', schema: z.object({ ref: z.string() }) });
const toDesk = tool(async ({ task }, config) => {
  const out = await desk.invoke({ messages: [new HumanMessage(task)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'carrier_desk', description: 'Hand the carrier booking over to the carrier desk agent.', schema: z.object({ task: z.string() }) });
const dispModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_shipment', args: { ref: 'SHP-2025-04417' } }] },
  { content: '', tool_calls: [{ name: 'carrier_desk', args: { task: 'Book a carrier for SHP-2025-04417: 18 pallets, Rotterdam DC2 -> Antwerpen, pickup 2025-06-10 06:00.' } }] },
  { content: 'Done: SHP-2025-04417 is booked with Van Dijk Transport, booking BK-7734-RTM, pickup Tuesday 06:00 at Rotterdam DC2.' },
] });
const dispatcher = await reactGraph({ model: dispModel, tools: [getShipment, toDesk], name: 'dispatcher',
  prepare: (m) => [new SystemMessage('You are the dispatch coordinator. Use the carrier desk for bookings.'), ...m] });

const session = 'dsp-20250606-0931-ae41';
await t.turn({ userId: 'planner.mvos' }, () => dispatcher.invoke({ messages: [new HumanMessage(
  'Please arrange transport for SHP-2025-04417 (insulin, must stay 2-8 °C the whole way). Pickup Tuesday morning.')] },
  { metadata: { session_id: session } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
