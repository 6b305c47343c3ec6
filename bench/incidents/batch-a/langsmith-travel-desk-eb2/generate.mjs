// Corporate travel desk: a concierge agent talks to the traveller, then hands the stay over to a
// hotel-booking subgraph that only receives the concierge's brief.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, AIMessage, StateGraph, MessagesAnnotation, START, END, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-09-02T08:14:03Z', 77);

const searchHotels = tool(async ({ city, check_in, nights }) => JSON.stringify({ city, check_in, nights, results: [
  { hotel_id: 'HTL:LIS:00419', name: 'Lisboa Riverside Suites', nightly_eur: 410, total_eur: 1640, step_free_access: false, note: 'historic building, 3 steps at entrance, no lift to upper floors' },
  { hotel_id: 'HTL:LIS:00873', name: 'Hotel Avenida Parque', nightly_eur: 265, total_eur: 1060, step_free_access: true, note: 'accessible room type ACC-K available' },
  { hotel_id: 'HTL:LIS:01102', name: 'Alfama Boutique Stay', nightly_eur: 198, total_eur: 792, step_free_access: false, note: 'stairs only' } ] }), {
  name: 'search_hotels', description: 'Searches the negotiated hotel inventory.',
  schema: z.object({ city: z.string(), check_in: z.string(), nights: z.number() }) });

const bookHotel = tool(async ({ hotel_id, check_in, nights, traveller_id, room_type }) => JSON.stringify({
  confirmation: 'BKG-7Q2K-LX91', hotel_id, check_in, nights, traveller_id, room_type, total_eur: 1640, cancellable_until: '2025-09-10' }), {
  name: 'book_hotel', description: 'Books a hotel room for a traveller.',
  schema: z.object({ hotel_id: z.string(), check_in: z.string(), nights: z.number(), traveller_id: z.string(), room_type: z.string() }) });

const concierge = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { content: "Thanks, Dana. Noted: Lisbon, 4 nights from 15 September, step-free access required (wheelchair), and a total hotel budget of €1,200 under the Q3 travel policy. I'm passing this to our booking agent now." },
  { content: 'Book a hotel in Lisbon for traveller EMP-20417 (Dana Whitfield), check-in 2025-09-15, 4 nights, close to the Parque das Nações conference venue. Prefer a quiet room.' },
] });
const booker = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ id: 'toolu_01HfX9e2kPq', name: 'search_hotels', args: { city: 'Lisbon', check_in: '2025-09-15', nights: 4 } }] },
  { content: '', tool_calls: [{ id: 'toolu_01Jm3ZrW8aT', name: 'book_hotel', args: { hotel_id: 'HTL:LIS:00419', check_in: '2025-09-15', nights: 4, traveller_id: 'EMP-20417', room_type: 'Deluxe King, quiet side' } }] },
  { content: 'Booked Lisboa Riverside Suites for EMP-20417, 15–19 September (4 nights), Deluxe King on the quiet side. Confirmation BKG-7Q2K-LX91, total €1,640, free cancellation until 10 September.' },
] });

const bookingAgent = agentGraph({ model: booker, tools: [searchHotels, bookHotel], agentNode: 'hotel_agent', toolsNode: 'hotel_tools', name: 'hotel_booking' });

const conciergeNode = async (state, config) => ({ messages: [await concierge.invoke(state.messages, config)] });
const handOff = async (state, config) => {
  advance(200, 500);
  const brief = await concierge.invoke([new SystemMessage('Write the brief for the hotel booking agent.'), ...state.messages], config);
  const out = await bookingAgent.invoke({ messages: [
    new SystemMessage('You are the hotel booking agent of Northwind Travel Desk. Book what the brief asks for.'),
    new HumanMessage(brief.content) ] }, config);
  return { messages: [new AIMessage(out.messages[out.messages.length - 1].content)] };
};
const desk = new StateGraph(MessagesAnnotation).addNode('concierge', conciergeNode).addNode('handoff_to_booking', handOff)
  .addEdge(START, 'concierge').addEdge('concierge', 'handoff_to_booking').addEdge('handoff_to_booking', END).compile({ name: 'travel_desk' });

await traced(desk, { messages: [
  new SystemMessage('You are the concierge of Northwind Travel Desk. Collect the trip requirements, then hand over to the booking agent.'),
  new HumanMessage("Hi, I'm at the Lisbon logistics summit 15–19 Sept, so 4 nights from the 15th. I use a wheelchair, so the hotel must have step-free access. Our policy caps the hotel at €1,200 total for this trip.") ] },
  { project: 'travel-desk', metadata: { thread_id: '5b0e2c4a-93f1-4c1e-8d7a-2f6a18c0e915', user_id: 'EMP-20417' },
    configurable: { thread_id: '5b0e2c4a-93f1-4c1e-8d7a-2f6a18c0e915' } });
writeRuns(path.join(dir, 'runs.jsonl'));
