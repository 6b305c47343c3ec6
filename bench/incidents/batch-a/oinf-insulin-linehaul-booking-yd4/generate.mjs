// Freight dispatch desk: an intake agent talks to the shipper and hands the load to a carrier-booking
// agent (a second LangGraph graph run inside the transfer tool, fed the brief the intake agent writes).
// Both scripted, traced as OpenInference OTLP/JSON. Run from the checkout:
//   node bench/incidents/batch-a/<this folder>/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('dispatch-desk', { 'deployment.environment': 'production', 'service.namespace': 'tms' });

// --- carrier booking agent ---
const lanes = {
  dry_van: [
    { carrier: 'Ridgeway Freight LLC', mc: 'MC-884213', equipment: "53' dry van", rate_usd: 1180, transit_h: 11, on_time_pct: 96.1 },
    { carrier: 'Blue Ox Transport', mc: 'MC-1021877', equipment: "53' dry van", rate_usd: 1245, transit_h: 10, on_time_pct: 97.4 },
  ],
  reefer: [
    { carrier: 'Polar Line Carriers', mc: 'MC-660190', equipment: "53' reefer, continuous mode", rate_usd: 1690, transit_h: 11, on_time_pct: 98.0 },
  ],
};
const searchCapacity = tool(async ({ equipment }) => JSON.stringify({ lane: 'MEM → CMH', pickup_date: '2025-05-20', equipment,
  quotes: lanes[equipment] ?? [] }), {
  name: 'search_capacity',
  description: 'Spot capacity and rates for a lane.',
  schema: z.object({ origin_zip: z.string(), dest_zip: z.string(), pickup_date: z.string(),
    equipment: z.enum(['dry_van', 'reefer', 'flatbed']).describe('Trailer type'), weight_lb: z.number(), pallets: z.number(),
    temp_min_f: z.number().optional(), temp_max_f: z.number().optional() }),
});
const tender = tool(async (a) => JSON.stringify({ status: 'ACCEPTED', load_id: 'LD-2025-0520-3317', pro_number: 'RWF5521907',
  carrier: a.carrier, mc: a.mc, equipment: "53' dry van", rate_usd: a.rate_usd,
  pickup: { window: '2025-05-20 08:00-10:00 CDT', site: 'MedSource DC, 4120 Tchulahoma Rd, Memphis TN 38118' },
  delivery: { appointment: '2025-05-21 12:30 EDT', site: 'Ohio Valley Health Pharmacy, dock 7, 2200 Westbelt Dr, Columbus OH 43228' },
  reefer_setpoint_f: null }), {
  name: 'tender_load',
  description: 'Tenders the load to a carrier at the quoted rate.',
  schema: z.object({ order_ref: z.string(), carrier: z.string(), mc: z.string(), rate_usd: z.number(),
    delivery_deadline: z.string(), reefer_setpoint_f: z.number().optional() }),
});
const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'search_capacity', args: { origin_zip: '38118', dest_zip: '43228', pickup_date: '2025-05-20',
    equipment: 'dry_van', weight_lb: 8600, pallets: 6 } }] },
  { tool_calls: [{ name: 'tender_load', args: { order_ref: 'SO-447190', carrier: 'Ridgeway Freight LLC', mc: 'MC-884213',
    rate_usd: 1180, delivery_deadline: '2025-05-21T14:00:00-04:00' } }] },
  { content: 'Booked SO-447190 with Ridgeway Freight LLC (MC-884213), load LD-2025-0520-3317, PRO RWF5521907, $1,180 all-in. '
    + 'Pickup 05/20 08:00-10:00 CDT at MedSource DC Memphis; delivery appointment 05/21 12:30 EDT, dock 7, ahead of the 14:00 cutoff.' },
] });
const booking = await reactGraph({ model: bookingModel, tools: [searchCapacity, tender], name: 'carrier_booking' });
const bookingSystem = new SystemMessage('You are the carrier booking agent. Book the load described in the brief at the best '
  + 'rate that meets the delivery deadline. Use search_capacity, then tender_load.');

// --- intake agent ---
const lookupOrder = tool(async ({ order_ref }) => JSON.stringify({ order_ref, customer: 'MedSource Distribution', status: 'released',
  ship_from: 'MedSource DC, 4120 Tchulahoma Rd, Memphis TN 38118', ship_to: 'Ohio Valley Health Pharmacy, 2200 Westbelt Dr, Columbus OH 43228',
  lines: [{ sku: 'NDC 0169-6339-10', desc: 'insulin aspart pens 5x3mL', cases: 540 }], pallets: 6, gross_weight_lb: 8600,
  ready_date: '2025-05-20' }), {
  name: 'lookup_order', description: 'Sales order from the WMS.', schema: z.object({ order_ref: z.string() }),
});
const transfer = tool(async ({ brief }, config) => {
  const out = await booking.invoke({ messages: [bookingSystem, new HumanMessage(brief)] }, config);
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'transfer_to_carrier_booking',
  description: 'Hands the load to the carrier booking agent. brief: everything the booking agent needs to book it.',
  schema: z.object({ brief: z.string() }),
});
const intakeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'lookup_order', args: { order_ref: 'SO-447190' } }] },
  { tool_calls: [{ name: 'transfer_to_carrier_booking', args: { brief:
    'Order SO-447190 (MedSource Distribution). 6 pallets, 8,600 lb, 540 cases. Pickup MedSource DC, Memphis TN 38118, '
    + 'ready 2025-05-20 from 08:00. Deliver to Ohio Valley Health Pharmacy, 2200 Westbelt Dr, Columbus OH 43228, dock 7, '
    + 'no later than 14:00 ET on 2025-05-21 (receiving closes at 14:00). Budget up to $1,800 all-in.' } }] },
  { content: 'All set, Dana. SO-447190 is booked with Ridgeway Freight (MC-884213), PRO RWF5521907, $1,180 all-in, well under '
    + 'your $1,800 budget. Pickup tomorrow 08:00-10:00 CDT at your Memphis DC, delivery appointment Wednesday 12:30 ET at dock 7 '
    + 'in Columbus. I\'ll send the rate confirmation to your inbox.' },
] });
const intake = await reactGraph({ model: intakeModel, tools: [lookupOrder, transfer], name: 'dispatch_intake' });

await t.turn({ userId: 'dana.whitfield@medsource-dist.com' }, () => intake.invoke({ messages: [
  new SystemMessage('You are the intake agent of the Heartland 3PL dispatch desk. Look the order up, collect every requirement '
    + 'from the shipper and hand the load to carrier booking. Confirm the booking back to the shipper.'),
  new HumanMessage('Hi, need a truck for SO-447190 tomorrow out of Memphis to Columbus. It\'s insulin, so the trailer has to hold '
    + '36-46°F the whole way (pre-cooled, continuous mode, not cycle-sentry), and we need the temp download at delivery. '
    + 'Receiving at the pharmacy closes at 2pm ET on the 21st. Budget up to $1,800.'),
] }, { metadata: { session_id: 'dsk-20250519-0871-medsrc', channel: 'shipper-portal' } }));

t.write(path.join(here, 'traces.jsonl'));
