// Travel concierge with a booking sub-agent. The concierge collects the trip from the traveller and
// hands off through a transfer tool whose arguments become the booking agent's only input.
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = await import(require.resolve('../../harness/langsmith/lib.mjs'));
const { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here, z,
  SystemMessage, HumanMessage, ToolMessage, StateGraph, MessagesAnnotation, MemorySaver, ToolNode, START, END } = lib;

startClock('2025-05-27T19:12:44.000Z', 3127);

// ---------------------------------------------------------------- booking sub-agent
const searchHotels = tool(async ({ city, check_in, check_out, adults, children }) => JSON.stringify({
  city, check_in, check_out, occupancy: { adults, children }, currency: 'EUR', results: [
    { offer_id: 'HX-LIS-88412-DLX', hotel: 'Memmo Príncipe Real', stars: 5, rating: 9.3, room: 'Deluxe Family Room', nightly: 236.0, total: 708.0, free_cancellation_until: '2025-06-09' },
    { offer_id: 'HX-LIS-40277-FAM', hotel: 'Lisboa Tejo Hotel', stars: 3, rating: 8.6, room: 'Family Room (1 double + sofa bed)', nightly: 148.0, total: 444.0, free_cancellation_until: '2025-06-10' },
    { offer_id: 'HX-LIS-51930-STD', hotel: 'Hotel Alif Avenidas', stars: 3, rating: 8.1, room: 'Triple Room', nightly: 121.0, total: 363.0, free_cancellation_until: null },
    { offer_id: 'HX-LIS-77105-JRS', hotel: 'Pestana Palace Lisboa', stars: 5, rating: 9.0, room: 'Junior Suite', nightly: 312.0, total: 936.0, free_cancellation_until: '2025-06-05' } ] }),
{ name: 'search_hotels', description: 'Search hotel availability and nightly rates.', latency: [700, 1600],
  schema: z.object({ city: z.string(), check_in: z.string(), check_out: z.string(), adults: z.number(), children: z.number() }) });

const bookHotel = tool(async ({ offer_id, lead_guest, loyalty_id }) => JSON.stringify({
  status: 'CONFIRMED', confirmation: 'TRV-7Q4K-2291', offer_id, lead_guest, loyalty_id,
  hotel: 'Memmo Príncipe Real', nightly: 236.0, total_charged: 708.0, currency: 'EUR', card: 'VISA •••• 4471' }),
{ name: 'book_hotel', description: 'Book a hotel offer and charge the card on file.', latency: [900, 2100],
  schema: z.object({ offer_id: z.string(), lead_guest: z.string(), loyalty_id: z.string().optional() }) });

const bookingModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ id: 'call_bk_search_01', name: 'search_hotels', args: { city: 'Lisbon', check_in: '2025-06-12', check_out: '2025-06-15', adults: 2, children: 1 } }] },
  { content: 'Memmo Príncipe Real has the best rating (9.3) with a family room and free cancellation until 9 June. Booking it.',
    tool_calls: [{ id: 'call_bk_book_02', name: 'book_hotel', args: { offer_id: 'HX-LIS-88412-DLX', lead_guest: 'Daniel Okafor', loyalty_id: 'TRV-GOLD-558120' } }] },
  { content: 'Booked: Memmo Príncipe Real, Deluxe Family Room, 12–15 June 2025 (3 nights), €236/night, €708 total charged to VISA •••• 4471. Confirmation TRV-7Q4K-2291, free cancellation until 9 June.' },
] });
const bookingAgent = agentGraph({ model: bookingModel, tools: [searchHotels, bookHotel], agentNode: 'booking_agent', toolsNode: 'booking_tools', name: 'booking_agent' });

// ---------------------------------------------------------------- concierge
const profile = tool(async ({ traveler }) => JSON.stringify({ traveler, name: 'Daniel Okafor', loyalty_id: 'TRV-GOLD-558120', tier: 'Gold',
  home_airport: 'MAN', card_on_file: 'VISA •••• 4471' }),
{ name: 'get_traveler_profile', description: 'Traveller profile, loyalty and payment card on file.', schema: z.object({ traveler: z.string() }) });
const transfer = tool(async () => 'transferred', { name: 'transfer_to_booking',
  description: 'Hand the hotel request over to the booking desk agent.',
  schema: z.object({ city: z.string(), check_in: z.string(), check_out: z.string(), adults: z.number(), children: z.number(), lead_guest: z.string(), loyalty_id: z.string().optional() }) });

const conciergeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ id: 'call_cg_prof_01', name: 'get_traveler_profile', args: { traveler: 'usr_5581' } }] },
  { content: 'Happy to help, Daniel! Just to confirm: Lisbon, checking in Thursday 12 June and out Sunday 15 June, two adults and your daughter (4), and no more than €160 a night. Shall I go ahead and book the best option within that budget?' },
  { tool_calls: [{ id: 'call_cg_xfer_02', name: 'transfer_to_booking', args: { city: 'Lisbon', check_in: '2025-06-12', check_out: '2025-06-15', adults: 2, children: 1, lead_guest: 'Daniel Okafor', loyalty_id: 'TRV-GOLD-558120' } }] },
  { content: 'All set! You are booked at the Memmo Príncipe Real (5★, rated 9.3) in a Deluxe Family Room for 12–15 June: €236 per night, €708 in total, charged to your VISA ending 4471. Confirmation number TRV-7Q4K-2291; free cancellation until 9 June. Enjoy Lisbon!' },
] });

const conciergeTools = new ToolNode([profile]);
const callConcierge = async (state, config) => ({ messages: [await conciergeModel.invoke(state.messages, config)] });
const bookingDesk = async (state, config) => {
  const call = state.messages[state.messages.length - 1].tool_calls.find((c) => c.name === 'transfer_to_booking');
  const a = call.args;
  const brief = `Book a hotel in ${a.city}, check-in ${a.check_in}, check-out ${a.check_out}, ${a.adults} adults and ${a.children} child. `
    + `Lead guest ${a.lead_guest}${a.loyalty_id ? `, loyalty ${a.loyalty_id}` : ''}.`;
  const out = await bookingAgent.invoke({ messages: [
    new SystemMessage('You are the booking desk. Search availability, pick the most suitable offer and book it with book_hotel. Report the confirmation.'),
    new HumanMessage(brief) ] }, config);
  const last = out.messages[out.messages.length - 1];
  return { messages: [new ToolMessage({ content: last.content, tool_call_id: call.id, name: 'transfer_to_booking' })] };
};
const route = (state) => {
  const calls = state.messages[state.messages.length - 1].tool_calls ?? [];
  if (calls.some((c) => c.name === 'transfer_to_booking')) return 'booking_desk';
  return calls.length ? 'concierge_tools' : END;
};
const app = new StateGraph(MessagesAnnotation)
  .addNode('concierge', callConcierge).addNode('concierge_tools', conciergeTools).addNode('booking_desk', bookingDesk)
  .addEdge(START, 'concierge').addConditionalEdges('concierge', route, ['concierge_tools', 'booking_desk', END])
  .addEdge('concierge_tools', 'concierge').addEdge('booking_desk', 'concierge')
  .compile({ checkpointer: new MemorySaver(), name: 'trip_concierge' });

const conv = 'conv_01JW8T9ZK3M8WQ2F7H6R1BXY5N';
const opts = { project: 'wayfarer-concierge', runName: 'trip_concierge',
  metadata: { conversation_id: conv, user_id: 'usr_5581', channel: 'web' }, configurable: { thread_id: conv } };
await traced(app, { messages: [
  new SystemMessage('You are Wayfarer, a travel concierge. Look up the traveller profile, confirm the trip details and constraints, then hand hotel bookings to the booking desk with transfer_to_booking.'),
  new HumanMessage('Hi, I need a hotel in Lisbon from June 12 to June 15 for me, my wife and our 4-year-old. Our budget is tight this time, max €160 per night please.') ] }, opts);
advance(minutes(2), minutes(4));
await traced(app, { messages: [new HumanMessage('Yes please, go ahead.')] }, opts);

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
