// Corporate travel assistant (LangGraph.js + scripted model + MemorySaver), OpenInference OTLP/JSON.
// The app keeps a rolling context window: the model sees the system prompt plus the most recent
// messages of the thread (starting at a user message).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const t = tracing('travel-desk-bot', { 'deployment.environment': 'prod', 'service.version': '3.14.2' });

const flights = [
  { flight: 'FR 1884', from: 'DUB', to: 'LIS', dep: '2024-10-16T22:55', arr: '2024-10-17T02:15', fare_eur: 289, cabin: 'economy', note: 'overnight arrival' },
  { flight: 'EI 484', from: 'DUB', to: 'LIS', dep: '2024-10-16T15:40', arr: '2024-10-16T19:05', fare_eur: 431, cabin: 'economy' },
  { flight: 'TP 1329', from: 'DUB', to: 'LIS', dep: '2024-10-17T06:00', arr: '2024-10-17T09:20', fare_eur: 342, cabin: 'economy' },
];
const searchFlights = tool(async ({ origin, destination, date }) => JSON.stringify({ origin, destination, date, results: flights }),
  { name: 'search_flights', description: 'Search scheduled flights.', schema: z.object({ origin: z.string(), destination: z.string(), date: z.string() }) });
const searchHotels = tool(async ({ city, check_in, check_out }) => JSON.stringify({ city, check_in, check_out, results: [
  { hotel: 'Hotel Avenida Palace', nightly_eur: 168, walk_min_to_venue: 6 }, { hotel: 'Lisboa Tejo', nightly_eur: 121, walk_min_to_venue: 14 }] }),
  { name: 'search_hotels', description: 'Search hotels.', schema: z.object({ city: z.string(), check_in: z.string(), check_out: z.string() }) });
const entryRules = tool(async ({ country, passport }) => JSON.stringify({ country, passport, visa_required: false, note: 'EU/EEA citizens: valid ID card or passport' }),
  { name: 'entry_requirements', description: 'Entry requirements for a destination.', schema: z.object({ country: z.string(), passport: z.string() }) });
const bookFlight = tool(async ({ flight, date, traveller_id, payment }) => JSON.stringify({ pnr: 'K7WQ2N', flight, date, traveller_id, payment, status: 'TICKETED', total_eur: 289 }),
  { name: 'book_flight', description: 'Book and ticket a flight on the corporate account.',
    schema: z.object({ flight: z.string(), date: z.string(), traveller_id: z.string(), payment: z.string() }) });

const model = new ScriptedChatModel({ replies: [
  // turn 1
  { content: '', tool_calls: [{ name: 'search_flights', args: { origin: 'DUB', destination: 'LIS', date: '2024-10-16' } }] },
  { content: 'Here are the options for the 16th: FR 1884 (22:55→02:15, €289), EI 484 (15:40→19:05, €431) and TP 1329 on the 17th (06:00→09:20, €342). Given you want to arrive the evening before and not fly overnight, EI 484 at €431 fits within your €450 cap. Want me to look at hotels too?' },
  // turn 2
  { content: '', tool_calls: [{ name: 'search_hotels', args: { city: 'Lisbon', check_in: '2024-10-16', check_out: '2024-10-18' } }] },
  { content: 'Near the venue: Hotel Avenida Palace (€168/night, 6 min walk) or Lisboa Tejo (€121/night, 14 min walk).' },
  // turn 3
  { content: '', tool_calls: [{ name: 'entry_requirements', args: { country: 'PT', passport: 'IE' } }] },
  { content: 'No visa needed: with an Irish passport or ID card you can enter Portugal freely.' },
  // turn 4
  { content: '', tool_calls: [{ name: 'search_flights', args: { origin: 'DUB', destination: 'LIS', date: '2024-10-16' } }] },
  { content: '', tool_calls: [{ name: 'book_flight', args: { flight: 'FR 1884', date: '2024-10-16', traveller_id: 'EMP-00731', payment: 'corporate_card_on_file' } }] },
  { content: 'Done! You are booked on FR 1884, Dublin 22:55 → Lisbon 02:15, booking reference K7WQ2N, €289 charged to the corporate card. It was the cheapest fare available for the 16th.' },
] });

const system = new SystemMessage('You are the Corrib Analytics travel desk assistant. Book within company policy. Be brief.');
const WINDOW = 6;
const prepare = (messages) => {
  let recent = messages.slice(-WINDOW);
  const firstHuman = recent.findIndex((m) => m._getType() === 'human');
  if (firstHuman > 0) recent = recent.slice(firstHuman);
  return [system, ...recent];
};
const app = await reactGraph({ model, tools: [searchFlights, searchHotels, entryRules, bookFlight], prepare,
  checkpointer: new MemorySaver(), name: 'travel-desk' });

const cfg = { configurable: { thread_id: 'td-thr-5c09e1b4' }, metadata: { session_id: 'td-thr-5c09e1b4' } };
const user = { userId: 'EMP-00731' };
const ask = (content) => t.turn(user, () => app.invoke({ messages: [{ role: 'user', content }] }, cfg));

await ask("Hi, I need to get from Dublin to Lisbon for the offsite that starts Thursday 17 Oct at 09:00. Two hard rules: our policy caps the fare at €450, and I won't do an overnight / red-eye, I need to land the evening before so I'm rested.");
await ask('Thanks. What hotels are close to the LX Factory venue for two nights?');
await ask('Do I need anything for entry? Irish passport.');
await ask("Perfect, go ahead and book the flight then, put it on the corporate card on file.");

t.write(path.join(here, 'traces.otlp.jsonl'));
