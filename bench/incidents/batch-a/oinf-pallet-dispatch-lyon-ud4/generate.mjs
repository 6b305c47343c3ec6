// Freight desk: a dispatcher agent hands a shipment to a carrier-booking agent (LangGraph.js, OpenInference).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('freight-desk', { 'deployment.environment': 'production' });

// --- carrier-booking agent -------------------------------------------------------------
const quoteCarriers = tool(async ({ origin, destination, pallets, adr }) => JSON.stringify({
  lane: `${origin}->${destination}`, pallets, adr,
  quotes: [
    { carrier: 'Vandermolen Transport', service: 'groupage', adr_certified: false, eta: '2024-11-14T16:00+01:00', price_eur: 1180 },
    { carrier: 'TransAlp Logistique', service: 'dedicated', adr_certified: true, eta: '2024-11-14T11:00+01:00', price_eur: 1640 },
  ],
}), {
  name: 'quote_carriers',
  description: 'Returns carrier quotes for a lane.',
  schema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number().int(), adr: z.boolean().describe('dangerous goods (ADR) shipment') }),
});
const bookCarrier = tool(async ({ carrier, pallets, adr, pickup_date }) =>
  `Booking confirmed: BKG-88213-RTM, ${carrier}, ${pallets} pallets, pickup ${pickup_date}, ADR declared: ${adr ? 'yes' : 'no'}.`, {
  name: 'book_carrier',
  description: 'Books a carrier for a shipment (binding, cancellation fee after 2h).',
  schema: z.object({ carrier: z.string(), pallets: z.number().int(), adr: z.boolean(), pickup_date: z.string() }),
});
const bookingModel = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'quote_carriers', args: { origin: 'Rotterdam', destination: 'Lyon', pallets: 6, adr: false } }] },
    { content: '', tool_calls: [{ name: 'book_carrier', args: { carrier: 'Vandermolen Transport', pallets: 6, adr: false, pickup_date: '2024-11-12' } }] },
    { content: 'Booked Vandermolen Transport (groupage), ref BKG-88213-RTM, 6 pallets, pickup 12 Nov, ETA Thu 14 Nov 16:00, EUR 1,180.' },
  ],
});
const bookingAgent = await reactGraph({
  model: bookingModel, tools: [quoteCarriers, bookCarrier], name: 'carrier_booking',
  prepare: (m) => [new SystemMessage('You book road freight. Pick the cheapest quote that meets the brief.'), ...m],
});

// --- dispatcher agent --------------------------------------------------------------------
const transferToBooking = tool(async ({ brief }, config) => {
  const out = await bookingAgent.invoke({ messages: [new HumanMessage(brief)] }, config);
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'transfer_to_carrier_booking',
  description: 'Hands the shipment to the carrier-booking agent with a brief.',
  schema: z.object({ brief: z.string().describe('everything the booking agent needs') }),
});
const dispatcherModel = new ScriptedChatModel({
  replies: [
    { content: '', tool_calls: [{ name: 'transfer_to_carrier_booking', args: { brief: 'Shipment PO-5531 for Chimie Rhône SA: 6 euro pallets, Rotterdam (Waalhaven) to Lyon (Vénissieux), pickup Tue 12 Nov, must be delivered by Thursday 14 Nov. Please book the cheapest option.' } }] },
    { content: 'All set: PO-5531 is booked with Vandermolen Transport, ref BKG-88213-RTM, pickup Tuesday 12 Nov, delivery Thursday 14 Nov, EUR 1,180.' },
  ],
});
const dispatcher = await reactGraph({
  model: dispatcherModel, tools: [transferToBooking], name: 'dispatcher',
  prepare: (m) => [new SystemMessage('You are the dispatch desk of Nordkade Forwarding. Delegate carrier selection to carrier_booking.'), ...m],
});

await t.turn({ userId: 'cust-chimie-rhone' }, () => dispatcher.invoke(
  { messages: [new HumanMessage('Hi, we need 6 pallets moved from our Waalhaven warehouse to the Vénissieux plant, pickup Tuesday 12 Nov, delivery Thursday 14 Nov before noon (the line stops at 12:00). '
    + 'Note: 2 of the pallets are UN 1993 flammable liquid, class 3, so the truck and driver must be ADR-certified. PO-5531.')] },
  { metadata: { thread_id: 'disp_20241108_0042' }, runName: 'dispatcher' }));

t.write(path.join(here, 'traces.jsonl'));
