// Coworking room-booking bot in a shared Slack thread (LangGraph.js, LangSmith runs), English.
// LangSmith groups the thread under one session_id; the checkpointer keeps one history per member.
// node bench/incidents/batch-a/langsmith-rooms-shared-thread/generate.mjs  -> runs.jsonl
import path from 'node:path';
import * as h from '../../harness/langsmith/lib.mjs';
const { z, SystemMessage, HumanMessage, MemorySaver } = h;

h.startClock('2025-06-17T08:31:05Z', 5150);

const bookings = new Map();
let seq = 55119;
const availability = h.tool(async ({ date, start, end, min_capacity }) => {
  const rooms = min_capacity <= 1
    ? [{ room: 'Phone Booth 1', capacity: 1, free: false }, { room: 'Phone Booth 2', capacity: 1, free: true }]
    : [{ room: 'Aalto', capacity: 8, free: true, equipment: ['screen', 'whiteboard'] }, { room: 'Saarinen', capacity: 6, free: true, equipment: ['whiteboard'] },
       { room: 'Jacobsen', capacity: 12, free: false }];
  return JSON.stringify({ date, start, end, rooms });
}, { name: 'check_availability', description: 'Free rooms for a slot at Hub Nordbahnhof.',
  schema: z.object({ date: z.string(), start: z.string(), end: z.string(), min_capacity: z.number().int() }) });
const book = h.tool(async ({ room, date, start, end, member_id }) => {
  const b = { booking_id: `BKG-${++seq}`, room, date, start, end, member_id, extras: [] };
  bookings.set(b.booking_id, b); return JSON.stringify({ status: 'confirmed', ...b });
}, { name: 'book_room', description: 'Book a room for a member.',
  schema: z.object({ room: z.string(), date: z.string(), start: z.string(), end: z.string(), member_id: z.string() }) });
const extras = h.tool(async ({ booking_id, items }) => { const b = bookings.get(booking_id); b.extras.push(...items);
  return JSON.stringify({ status: 'updated', booking_id, extras: b.extras, extra_cost_eur: 38.0 }); }, {
  name: 'add_extras', description: 'Add equipment or catering to a booking.', schema: z.object({ booking_id: z.string(), items: z.array(z.string()) }) });
const move = h.tool(async ({ booking_id, start, end }) => { const b = bookings.get(booking_id); Object.assign(b, { start, end });
  return JSON.stringify({ status: 'rescheduled', ...b }); }, {
  name: 'reschedule_booking', description: 'Move a booking to another time on the same day (if free).',
  schema: z.object({ booking_id: z.string(), start: z.string(), end: z.string() }) });
const tools = [availability, book, extras, move];

const replies = [
  // Tomasz, turn 1
  { content: '', tool_calls: [{ id: 'call_t1a', name: 'check_availability', args: { date: '2025-06-18', start: '10:00', end: '11:00', min_capacity: 6 } }] },
  { content: '', tool_calls: [{ id: 'call_t1b', name: 'book_room', args: { room: 'Aalto', date: '2025-06-18', start: '10:00', end: '11:00', member_id: 'MBR-2291' } }] },
  { content: 'Booked *Aalto* (8 seats, screen + whiteboard) for tomorrow, Wed 18 June, 10:00–11:00. Booking id BKG-55120.' },
  // Amara, turn 1
  { content: '', tool_calls: [{ id: 'call_a1a', name: 'check_availability', args: { date: '2025-06-19', start: '14:00', end: '15:00', min_capacity: 1 } }] },
  { content: '', tool_calls: [{ id: 'call_a1b', name: 'book_room', args: { room: 'Phone Booth 2', date: '2025-06-19', start: '14:00', end: '15:00', member_id: 'MBR-3047' } }] },
  { content: 'Phone Booth 1 is taken then, so I booked *Phone Booth 2* for Thu 19 June, 14:00–15:00 (BKG-55121).' },
  // Tomasz, turn 2
  { content: '', tool_calls: [{ id: 'call_t2a', name: 'add_extras', args: { booking_id: 'BKG-55120', items: ['projector', 'coffee & pastries x6'] } }] },
  { content: 'Added a projector and coffee & pastries for 6 to BKG-55120 (Aalto, tomorrow 10:00). That adds €38.00 to your monthly invoice.' },
  // Amara, turn 2
  { content: '', tool_calls: [{ id: 'call_a2a', name: 'reschedule_booking', args: { booking_id: 'BKG-55121', start: '15:00', end: '16:00' } }] },
  { content: 'Done — Phone Booth 2 is now yours on Thu 19 June from 15:00 to 16:00 (BKG-55121).' },
];
const model = new h.ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies });
const app = h.agentGraph({ model, tools, checkpointer: new MemorySaver(), agentNode: 'roombot', toolsNode: 'hub_api' });

const slackThread = 'C0HUBROOMS-1718613065.001200';
const members = { U06TOMASZK: { id: 'MBR-2291', name: 'Tomasz Kowal' }, U03AMARAO: { id: 'MBR-3047', name: 'Amara Okafor' } };
const system = (u) => new SystemMessage(`You are RoomBot for Hub Nordbahnhof. You are talking to ${members[u].name} (member ${members[u].id}). ` +
  'Today is Tue 17 June 2025. Book rooms with the tools and confirm with the booking id.');
async function say(slackUser, text, first) {
  const msgs = first ? [system(slackUser), new HumanMessage(text)] : [new HumanMessage(text)];
  await h.traced(app, { messages: msgs }, { project: 'hub-roombot',
    metadata: { session_id: slackThread, user_id: slackUser, slack_channel: 'C0HUBROOMS' },
    configurable: { thread_id: `${slackThread}/${slackUser}` } });
}
await say('U06TOMASZK', 'can you grab us a room tomorrow 10-11? we are 6', true);
h.advance(h.minutes(3), h.minutes(5));
await say('U03AMARAO', 'piggybacking: is there a phone booth free on Thursday 14:00-15:00? need it for an interview', true);
h.advance(h.minutes(11), h.minutes(14));
await say('U06TOMASZK', 'also add a projector + coffee for the 6 of us to my booking pls', false);
h.advance(h.minutes(1), h.minutes(2));
await say('U03AMARAO', 'thanks! actually can you push mine to 15:00-16:00?', false);

h.writeRuns(path.join(h.here(import.meta.url), 'runs.jsonl'));
