// Freight desk: a dispatcher agent hands a booking over to a carrier-booking agent (child graph fed a
// brief written by the dispatcher). LangGraph.js, OpenInference tracing, scripted models, offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { StateGraph, MessagesAnnotation, START, END } = await load('@langchain/langgraph');

const t = tracing('freight-desk', { 'service.namespace': 'ops-eu' });

const getShipment = tool(async ({ shipment_id }) => JSON.stringify({ shipment_id, origin: 'Hamburg DE-20457', destination: 'Lyon FR-69007',
  pallets: 2, gross_weight_kg: 640, goods: 'Paint thinner, 200 L drums', un_number: 'UN1263', adr_class: '3', packing_group: 'II',
  deliver_by: '2025-03-14T16:00:00+01:00' }), { name: 'get_shipment', description: 'Shipment master data from the TMS.',
  schema: z.object({ shipment_id: z.string() }) });

const quoteCarriers = tool(async ({ origin, destination, weight_kg, adr }) => JSON.stringify({ quotes: [
  { carrier: 'TransEuro Standard', service: 'groupage', adr_certified: false, price_eur: 412.0, eta: '2025-03-13' },
  { carrier: 'Dachser ADR Line', service: 'groupage-adr', adr_certified: true, price_eur: 689.5, eta: '2025-03-13' },
].filter((q) => !adr || q.adr_certified), origin, destination, weight_kg }), { name: 'quote_carriers', description: 'Road freight quotes.',
  schema: z.object({ origin: z.string(), destination: z.string(), weight_kg: z.number(), adr: z.boolean() }) });

const bookCarrier = tool(async (a) => JSON.stringify({ booking_ref: 'BK-7731-FRLYS', ...a, status: 'confirmed', pickup: '2025-03-11T08:00:00+01:00' }),
  { name: 'book_carrier', description: 'Books a carrier for a shipment.',
    schema: z.object({ shipment_id: z.string(), carrier: z.string(), service: z.string(), price_eur: z.number() }) });

const dispatcherModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_shipment', args: { shipment_id: 'SHP-88-4410-DE' } }] },
  { content: 'Booking brief for SHP-88-4410-DE: 2 pallets, 640 kg gross, Hamburg (DE-20457) to Lyon (FR-69007), must arrive by 14 Mar 2025 16:00. Please get quotes and book the cheapest carrier that makes the deadline.' },
] });
const bookingModel = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'quote_carriers', args: { origin: 'Hamburg DE-20457', destination: 'Lyon FR-69007', weight_kg: 640, adr: false } }] },
  { content: '', tool_calls: [{ name: 'book_carrier', args: { shipment_id: 'SHP-88-4410-DE', carrier: 'TransEuro Standard', service: 'groupage', price_eur: 412.0 } }] },
  { content: 'Booked SHP-88-4410-DE with TransEuro Standard (groupage), EUR 412.00, pickup 11 Mar 08:00, ETA 13 Mar. Booking ref BK-7731-FRLYS.' },
] });

const dispatcher = await reactGraph({ model: dispatcherModel, tools: [getShipment], name: 'dispatcher',
  prepare: (m) => [new SystemMessage('You are the dispatcher of the EU freight desk. Look up the shipment, then write a booking brief for the booking agent.'), ...m] });
const booking = await reactGraph({ model: bookingModel, tools: [quoteCarriers, bookCarrier], name: 'carrier_booking',
  prepare: (m) => [new SystemMessage('You are the carrier booking agent. Book exactly what the brief asks for.'), ...m] });

const desk = new StateGraph(MessagesAnnotation)
  .addNode('dispatcher', async (state) => ({ messages: (await dispatcher.invoke({ messages: state.messages })).messages.slice(state.messages.length) }))
  .addNode('carrier_booking', async (state) => {
    const brief = state.messages[state.messages.length - 1].content;
    const out = await booking.invoke({ messages: [new HumanMessage(brief)] });
    return { messages: [out.messages[out.messages.length - 1]] };
  })
  .addEdge(START, 'dispatcher').addEdge('dispatcher', 'carrier_booking').addEdge('carrier_booking', END)
  .compile({ name: 'freight_desk' });

await t.turn({ userId: 'ops.hamburg@kesselring-chemie.example' }, () => desk.invoke(
  { messages: [new HumanMessage('Please arrange road transport for shipment SHP-88-4410-DE, it has to be in Lyon by Friday 14 March.')] },
  { metadata: { conversation_id: '3c0e5b7a-91d4-4f2e-b8a6-0d7f41c9e2aa' } }));
t.write(path.join(here, 'traces.jsonl'));
