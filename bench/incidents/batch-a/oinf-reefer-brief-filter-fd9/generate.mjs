// Freight desk of a pharma distributor: a coordinator agent talks to the shipper and hands the
// booking to a carrier-booking agent (a second LangGraph graph run as a child of the handoff tool).
// The handoff tool builds the child's brief from a fixed set of fields of the request.
// LangGraph.js, scripted chat models, OpenInference OTLP/JSON (offline).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('freight-desk', { 'service.version': '2026.11.2' });

// ---- booking agent (receiver)
const quoteLanes = tool(async ({ origin, destination, pallets, service_level }) => JSON.stringify({
  origin, destination, pallets, options: [
    { carrier: 'Nordbahn Logistik', product: 'FTL-AMB', service_level: 'ambient', transit_h: 26, price_eur: 1840 },
    { carrier: 'KühlExpress', product: 'FTL-REEF-2-8', service_level: 'reefer_2_8C', transit_h: 24, price_eur: 2915 },
  ].filter((o) => !service_level || o.service_level === service_level) }),
{ name: 'quote_lanes', description: 'Carrier quotes for a road lane.',
  schema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number(), service_level: z.enum(['ambient', 'reefer_2_8C', 'frozen']).optional() }) });
const bookLoad = tool(async (a) => JSON.stringify({ booking_ref: 'BK-NB-7730412', status: 'CONFIRMED', ...a }),
{ name: 'book_load', description: 'Books a load with a carrier (binding, cancellation fee 35%).',
  schema: z.object({ carrier: z.string(), product: z.string(), origin: z.string(), destination: z.string(), pallets: z.number(), pickup_date: z.string(), reference: z.string() }) });

const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'quote_lanes', args: { origin: 'Tilburg, NL', destination: 'Wels, AT', pallets: 6 } }] },
  { tool_calls: [{ name: 'book_load', args: { carrier: 'Nordbahn Logistik', product: 'FTL-AMB', origin: 'Tilburg, NL',
    destination: 'Wels, AT', pallets: 6, pickup_date: '2026-12-08', reference: 'PO-44871-WELS' } }] },
  { content: 'Booked: Nordbahn Logistik FTL-AMB, 6 pallets Tilburg → Wels, pickup 2026-12-08, 26 h transit, EUR 1,840. Booking ref BK-NB-7730412.' },
] });
const bookingAgent = await reactGraph({ model: bookingModel, tools: [quoteLanes, bookLoad], name: 'carrier_booking_agent' });

const handOff = tool(async (req, config) => {
  // The brief handed to the booking agent.
  const brief = `Book road freight. Reference ${req.reference}. ${req.pallets} pallets from ${req.origin} to ${req.destination}, ` +
    `pickup ${req.pickup_date}. Pick the cheapest option that meets the pickup date and confirm the booking.`;
  const out = await bookingAgent.invoke({ messages: [
    new SystemMessage('You are the carrier booking agent. Quote lanes, choose, and book. Reply with the booking reference.'),
    new HumanMessage(brief)] }, config);
  return out.messages[out.messages.length - 1].content;
}, { name: 'transfer_to_carrier_booking', description: 'Hands the shipment to the carrier booking agent, which quotes and books it.',
  schema: z.object({ reference: z.string(), origin: z.string(), destination: z.string(), pallets: z.number(),
    pickup_date: z.string(), handling_requirements: z.string().describe('temperature, hazmat, tail-lift …') }) });

// ---- coordinator (sender)
const coordModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { content: 'Handing this to our carrier booking desk now.', tool_calls: [{ name: 'transfer_to_carrier_booking', args: {
    reference: 'PO-44871-WELS', origin: 'Tilburg, NL', destination: 'Wels, AT', pallets: 6, pickup_date: '2026-12-08',
    handling_requirements: 'Insulin pens (GDP): must stay between 2 and 8 °C for the whole transit, temperature logger required; never ambient.' } }] },
  { content: 'All set, Sanne: your 6 pallets (PO-44871-WELS) are booked with Nordbahn Logistik, pickup Tilburg on 8 December, arrival in Wels about 26 hours later. Booking reference BK-NB-7730412, EUR 1,840.' },
] });
const coordinator = await reactGraph({ model: coordModel, tools: [handOff], name: 'freight_coordinator' });

const sessionId = 'fd-sess-0c41e9d2';
await t.turn({ userId: 'shipper:mediwell-nl:s.devries' }, () => coordinator.invoke({ messages: [
  new SystemMessage('You coordinate freight for MediWell Distribution. Collect the shipment details, then transfer the booking to the carrier booking agent with every handling requirement.'),
  new HumanMessage('Hi, we need 6 pallets of insulin pens moved from our Tilburg DC to the Wels hospital pharmacy, pickup Tuesday 8 Dec, PO-44871-WELS. They are 2–8 °C product, so refrigerated truck with a data logger please.'),
] }, { metadata: { session_id: sessionId }, configurable: { thread_id: sessionId } }));

t.write(path.join(here, 'spans.otlp.jsonl'));
