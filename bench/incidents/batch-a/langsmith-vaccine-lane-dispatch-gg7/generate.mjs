// Freight desk: an intake agent talks to the shipper and delegates carrier booking to a dispatch
// agent (a second LangGraph agent invoked from a tool, agent-as-tool).
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  SystemMessage, HumanMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-04T13:05:44.000Z', 12);
const dir = here(import.meta.url);

// ---- dispatch agent (receiver)
const searchCarriers = tool(async ({ origin, destination, pallets, pickup_date, equipment }) => JSON.stringify({
  query: { origin, destination, pallets, pickup_date, equipment: equipment ?? 'any' },
  offers: [
    { offer_id: 'OF-77310', carrier: 'Nordline Freight', equipment: 'dry_van_53', transit_h: 19, rate_usd: 1480, pickup_window: '2025-02-06 06:00-10:00' },
    { offer_id: 'OF-77318', carrier: 'ColdChain Express', equipment: 'reefer_53', temp_range_c: '-20..+20', transit_h: 21, rate_usd: 2310, pickup_window: '2025-02-06 08:00-12:00' },
    { offer_id: 'OF-77324', carrier: 'Hartwell Trucking', equipment: 'dry_van_53', transit_h: 22, rate_usd: 1395, pickup_window: '2025-02-06 12:00-16:00' },
  ] }), { name: 'search_carrier_offers', description: 'Spot-market truckload offers for a lane.',
  schema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number().int(), pickup_date: z.string(), equipment: z.string().optional() }) });

const tender = tool(async ({ offer_id, shipment_ref }) => JSON.stringify({
  tender_id: 'TND-2025-004417', offer_id, shipment_ref, status: 'ACCEPTED', carrier: 'Nordline Freight',
  equipment: 'dry_van_53', pro_number: 'NLF8830217', pickup_window: '2025-02-06 06:00-10:00' }),
{ name: 'tender_load', description: 'Tenders a shipment to a carrier offer (binding).',
  schema: z.object({ offer_id: z.string(), shipment_ref: z.string() }) });

const dispatchModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_d1Qm', name: 'search_carrier_offers', args: { origin: 'Indianapolis, IN', destination: 'Atlanta, GA', pallets: 14, pickup_date: '2025-02-06' } }] },
  { tool_calls: [{ id: 'call_d2Xr', name: 'tender_load', args: { offer_id: 'OF-77310', shipment_ref: 'SHP-IND-88214' } }] },
  { content: 'Tendered SHP-IND-88214 to Nordline Freight (offer OF-77310, $1,480, 19 h transit). Tender TND-2025-004417 accepted, PRO NLF8830217, pickup Thu 2025-02-06 06:00-10:00 at Indianapolis DC.' },
] });
const dispatchAgent = agentGraph({ model: dispatchModel, tools: [searchCarriers, tender], name: 'dispatch_agent', agentNode: 'dispatcher', toolsNode: 'dispatch_tools' });

const delegate = tool(async ({ brief }, config) => {
  const out = await dispatchAgent.invoke({ messages: [
    new SystemMessage('You are the dispatch desk. Book the cheapest carrier offer that satisfies the brief. Tendering is binding.'),
    new HumanMessage(brief)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'delegate_to_dispatch', description: 'Hands a booking brief to the dispatch desk, which searches and tenders the load.',
  schema: z.object({ brief: z.string() }) });

// ---- intake agent (sender)
const lookupOrder = tool(async ({ order_id }) => JSON.stringify({
  order_id, shipment_ref: 'SHP-IND-88214', consignee: 'Peachtree Regional Pharmacy Co-op', ship_from: 'Indianapolis DC, 5100 W Raymond St',
  ship_to: 'Atlanta, GA 30336', pallets: 14, gross_kg: 6120, commodity: 'Influenza vaccine (inactivated), 10-dose vials',
  handling: ['KEEP REFRIGERATED 2-8 C', 'DO NOT FREEZE', 'continuous temp logger required'], requested_pickup: '2025-02-06' }),
{ name: 'lookup_order', description: 'Order master data.', schema: z.object({ order_id: z.string() }) });

const intakeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_i1Bz', name: 'lookup_order', args: { order_id: 'SO-5529031' } }] },
  { content: 'I found SO-5529031: 14 pallets (6,120 kg) from Indianapolis DC to Atlanta, requested pickup Thursday. Shall I book the truck now?' },
  { tool_calls: [{ id: 'call_i2Kc', name: 'delegate_to_dispatch', args: { brief: 'Book FTL for shipment SHP-IND-88214 (order SO-5529031): Indianapolis DC, 5100 W Raymond St -> Atlanta, GA 30336. 14 pallets, 6,120 kg gross, pharmaceutical goods. Pickup Thursday 2025-02-06, delivery by Friday. Lowest cost preferred.' } }] },
  { content: 'Done: SHP-IND-88214 is booked with Nordline Freight, PRO NLF8830217, pickup Thursday 06:00-10:00, 19 h transit so it arrives in Atlanta Friday morning. Cost $1,480.' },
] });
const intake = agentGraph({ model: intakeModel, tools: [lookupOrder, delegate], name: 'shipper_intake', agentNode: 'intake', toolsNode: 'intake_tools' });

const meta = { thread_id: 'conv_7f3c91d2', user_id: 'shipper-acct-20417' };
const sys = new SystemMessage('You are the freight intake assistant for MidAm 3PL. Confirm order details with the shipper and delegate bookings to dispatch with a complete brief.');
const h1 = new HumanMessage('Hi, need a truck for order SO-5529031 going to Atlanta this Thursday.');
advance(300);
const t1 = await traced(intake, { messages: [sys, h1] }, { project: 'freight-desk', metadata: meta });
advance(95_000, 140_000);
await traced(intake, { messages: [...t1.messages, new HumanMessage('Yes please book it. Remember it is the flu vaccine lot, it has to stay 2-8 C the whole way, the logger gets checked at receiving.')] },
  { project: 'freight-desk', metadata: meta });

writeRuns(path.join(dir, 'runs.jsonl'));
