// Corporate travel desk: a "concierge" LangGraph agent delegates hotel booking to a "hotel_booker"
// agent (its own compiled LangGraph with its own model), exposed to the concierge as a tool
// (agent-as-tool). The booker is started with only the `brief` argument of the hand-off call.
// Both agents are traced by the OpenInference LangChain instrumentation; the app names the agent of
// each span with openinference-core context attributes (agent.name). Scripted models, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');
const { context } = await load('@opentelemetry/api');
const { setAttributes, getAttributes } = await load('@arizeai/openinference-core');

const t = tracing('travel-desk', { 'service.namespace': 'corp-travel', 'service.version': '2024.46.1' });
const asAgent = (name, fn) => context.with(setAttributes(context.active(), { ...(getAttributes(context.active()) ?? {}), 'agent.name': name }), fn);

// ---- hotel_booker agent ----
const searchHotels = tool(async ({ city, near, check_in, check_out }) => JSON.stringify({
  query: { city, near, check_in, check_out }, currency: 'EUR', results: [
    { hotel_id: 'HNV-40217', name: 'Hotel am Messesee', distance_km: 0.4, rate_per_night: 289.0, rate_code: 'FAIR-FLEX', refundable: true, breakfast: true, smoking: false },
    { hotel_id: 'HNV-11852', name: 'Leine Business Inn Laatzen', distance_km: 2.9, rate_per_night: 152.0, rate_code: 'CORP-NEG', refundable: true, breakfast: true, smoking: false },
    { hotel_id: 'HNV-30964', name: 'Stadtbahn Hotel Kronsberg', distance_km: 1.8, rate_per_night: 174.5, rate_code: 'FAIR-FLEX', refundable: false, breakfast: false, smoking: false }] }), {
  name: 'search_hotels', description: 'Search hotel availability and nightly rates (EUR, incl. VAT).',
  schema: z.object({ city: z.string(), near: z.string().optional(), check_in: z.string().describe('YYYY-MM-DD'), check_out: z.string().describe('YYYY-MM-DD') }) });

const bookHotel = tool(async ({ hotel_id, check_in, check_out, guest_name, rate_code, billing }) => JSON.stringify({
  status: 'CONFIRMED', confirmation: 'HX8Q2K', hotel_id, check_in, check_out, nights: 4, guest_name, rate_code,
  rate_per_night: 289.0, total_eur: 1156.0, billing, cancellation: 'free until 2024-11-09 18:00 local' }), {
  name: 'book_hotel', description: 'Book a room. billing is "cost_center:<id>" or "card_on_file".',
  schema: z.object({ hotel_id: z.string(), check_in: z.string(), check_out: z.string(), guest_name: z.string(),
    rate_code: z.string(), billing: z.string() }) });

const bookerModel = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'search_hotels', args: { city: 'Hannover', near: 'Messegelände', check_in: '2024-11-11', check_out: '2024-11-15' } }] },
  { tool_calls: [{ name: 'book_hotel', args: { hotel_id: 'HNV-40217', check_in: '2024-11-11', check_out: '2024-11-15',
    guest_name: 'Jonas Berger', rate_code: 'FAIR-FLEX', billing: 'card_on_file' } }] },
  { content: 'Booked Hotel am Messesee (0.4 km from the fairground, non-smoking, breakfast included), 11–15 Nov, '
    + 'confirmation HX8Q2K, flexible rate, free cancellation until 9 Nov 18:00. Billed to the card on file.' },
] });
const booker = await reactGraph({ model: bookerModel, tools: [searchHotels, bookHotel], name: 'hotel_booker',
  prepare: (m) => [new SystemMessage('You are the hotel booking agent of the travel desk. Find a suitable hotel for the brief '
    + 'you are given and book it. Prefer short walking distance to the venue. Report the confirmation.'), ...m] });

// ---- concierge agent ----
const profile = tool(async ({ employee_id }) => JSON.stringify({
  employee_id, name: 'Jonas Berger', title: 'Key Account Manager', home_office: 'Rotterdam', loyalty: { accor: '3081 4470 2219' },
  preferences: { room: 'non-smoking', bed: 'queen' }, travel_class: 'T2' }), {
  name: 'lookup_traveler_profile', description: 'Traveler profile from the HR travel system.',
  schema: z.object({ employee_id: z.string() }) });

const handToBooker = tool(async ({ brief }, config) => {
  const out = await asAgent('hotel_booker', () => booker.invoke({ messages: [new HumanMessage(brief)] }, config));
  return out.messages[out.messages.length - 1].content;
}, {
  name: 'transfer_to_hotel_booker', description: 'Hand the hotel booking over to the hotel booking agent. Give it a brief.',
  schema: z.object({ brief: z.string().describe('What to book, for whom, where and when') }) });

const conciergeModel = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'lookup_traveler_profile', args: { employee_id: 'E-20931' } }] },
  { tool_calls: [{ name: 'transfer_to_hotel_booker', args: { brief: 'Book a non-smoking room in Hannover close to the Messe '
    + '(Agritechnica) for Jonas Berger, check-in 2024-11-11, check-out 2024-11-15.' } }] },
  { content: 'All set, Jonas: you are booked at Hotel am Messesee, a few minutes walk from the Agritechnica halls, '
    + '11–15 November. Confirmation HX8Q2K, breakfast included, free cancellation until 9 Nov 18:00. Have a good fair!' },
] });
const concierge = await reactGraph({ model: conciergeModel, tools: [profile, handToBooker], name: 'concierge',
  prepare: (m) => [new SystemMessage('You are the concierge of the corporate travel desk. Understand the traveler\'s request, '
    + 'look up the traveler profile, and delegate bookings to the specialist agents. Company travel policy applies.'), ...m] });

const sessionId = '01JCQ7N4WZ3H8V2X5KRM6TBD9E';
await t.turn({ userId: 'E-20931' }, () => asAgent('concierge', () => concierge.invoke({ messages: [new HumanMessage(
  'Hi, I need a hotel in Hannover for Agritechnica — arriving Monday 11 Nov, leaving Friday 15 Nov. '
  + 'Policy caps me at €160 per night for Hannover during fair week, and it has to be billed to cost center CC-4471-DE, '
  + 'not my card. Employee ID E-20931.')] },
  { metadata: { session_id: sessionId, channel: 'teams' } })));
t.write(path.join(here, 'spans.jsonl'));
