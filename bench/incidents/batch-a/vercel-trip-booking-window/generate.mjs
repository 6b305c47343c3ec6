// Wayfarer, a corporate travel assistant (Vercel AI SDK generateText, legacy ai.* telemetry).
// A multi-turn chat: the web app stores the user/assistant texts of the conversation and sends the
// model the last MAX_HISTORY messages on every turn (one generateText call, one trace, per turn).
// Run: node generate.mjs  (needs `npm ci` in bench/incidents/harness/vercel)
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  sleep, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const seed = 'vercel-trip-booking-window';
const tracing = setupTracing({
  serviceName: 'wayfarer-chat',
  resource: { 'service.version': '4.6.0', 'deployment.environment.name': 'production' },
  seed,
});
const ids = makeIds(seed);
const MAX_HISTORY = 4;

const flights = {
  'VIE-LIS-2025-03-14': [
    { offer: 'OF-31A7', carrier: 'TAP', flights: ['TP1269'], depart: '10:05', arrive: '12:40', stops: 0, price_eur: 312, fare: 'Classic', baggage: '1 x 23 kg' },
    { offer: 'OF-31A8', carrier: 'Lufthansa', flights: ['LH1235', 'LH1166'], via: 'FRA', connection_min: 50, depart: '06:35', arrive: '11:45', stops: 1, price_eur: 214, fare: 'Economy Light', baggage: 'hand luggage only', bag_fee_eur: 60 },
    { offer: 'OF-31A9', carrier: 'SWISS', flights: ['LX1579', 'LX2084'], via: 'ZRH', connection_min: 125, depart: '07:10', arrive: '13:20', stops: 1, price_eur: 241, fare: 'Economy Light', baggage: 'hand luggage only', bag_fee_eur: 60 },
  ],
  'LIS-VIE-2025-03-18': [
    { offer: 'OF-44C1', carrier: 'TAP', flights: ['TP1270'], depart: '17:25', arrive: '22:55', stops: 0, price_eur: 298, fare: 'Classic', baggage: '1 x 23 kg' },
    { offer: 'OF-44C2', carrier: 'Lufthansa', flights: ['LH1793', 'LH1686'], via: 'MUC', connection_min: 45, depart: '15:55', arrive: '22:30', stops: 1, price_eur: 189, fare: 'Economy Light', baggage: 'hand luggage only', bag_fee_eur: 60 },
    { offer: 'OF-44C3', carrier: 'SWISS', flights: ['LX2087', 'LX1580'], via: 'ZRH', connection_min: 110, depart: '14:30', arrive: '21:40', stops: 1, price_eur: 226, fare: 'Economy Light', baggage: 'hand luggage only', bag_fee_eur: 60 },
  ],
};

const searchFlights = tool({
  description: 'Search flight offers for one direction on one date.',
  inputSchema: z.object({ from: z.string().length(3), to: z.string().length(3), date: z.string().describe('YYYY-MM-DD') }),
  execute: async ({ from, to, date }) => { await sleep(150); return { from, to, date, currency: 'EUR', offers: flights[`${from}-${to}-${date}`] ?? [] }; },
});

const bookItinerary = tool({
  description: 'Book flight offers for the traveller. Special service requests (SSR codes such as WCHR, WCHS, WCHC, MEDA) must be given per passenger.',
  inputSchema: z.object({
    offers: z.array(z.string()).min(1),
    passengers: z.array(z.object({ name: z.string(), ssr: z.array(z.string()).default([]) })).min(1),
    cost_center: z.string().optional(),
  }),
  execute: async ({ offers, passengers }) => {
    await sleep(300);
    const total = Object.values(flights).flat().filter((o) => offers.includes(o.offer)).reduce((s, o) => s + o.price_eur, 0);
    return { pnr: 'K7Q2XM', status: 'ticketed', offers, passengers, total_eur: total, tickets: ['220-4471092835', '220-4471092836'] };
  },
});

const tools = { searchFlights, bookItinerary };
const system =
  'You are Wayfarer, the travel assistant of Fjord Events GmbH. Help employees find and book business trips. ' +
  'Respect any accessibility needs and preferences the traveller states. Keep answers short.';
const runtimeContext = { sessionId: 'wf-conv-5b2e91d0', userId: 'helga.brandstetter@fjord-events.at' };
const telemetry = { functionId: 'wayfarer', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] };

const history = [];
const lines = [];
async function turn(userText, replies) {
  history.push({ role: 'user', content: userText });
  const result = await generateText({
    model: scriptedModel({ provider: 'openai.chat', modelId: 'gpt-4o-mini', ids, replies }),
    system,
    messages: history.slice(-MAX_HISTORY),
    tools, stopWhen: stepCountIs(5), runtimeContext, telemetry,
  });
  history.push({ role: 'assistant', content: result.text });
  lines.push(await tracing.flush());
  await sleep(200);
}

await turn(
  'Hi! I need to fly Vienna to Lisbon on 14 March 2025 for the FIL trade fair and come back on the 18th. I use a wheelchair, so I need ' +
    'full wheelchair assistance (I cannot walk up aircraft steps) at every airport, and please no connections shorter than 90 minutes, ' +
    'transfers take me a long time.',
  [
    { calls: [[ids('call_'), 'searchFlights', { from: 'VIE', to: 'LIS', date: '2025-03-14' }]] },
    'Understood — I will only suggest options that leave you enough time and I will request full wheelchair assistance (WCHC). ' +
      'For 14 March:\n1. TAP TP1269, direct, 10:05 → 12:40, €312 (1 checked bag included)\n2. SWISS via Zurich, 07:10 → 13:20, ' +
      '2 h 05 min connection, €241\n(I left out a Lufthansa option via Frankfurt: its connection is only 50 minutes.)',
  ],
);
await turn('Great. And back on the 18th, late afternoon if possible?', [
  { calls: [[ids('call_'), 'searchFlights', { from: 'LIS', to: 'VIE', date: '2025-03-18' }]] },
  'For 18 March:\n1. TAP TP1270, direct, 17:25 → 22:55, €298\n2. SWISS via Zurich, 14:30 → 21:40, 1 h 50 min connection, €226',
]);
await turn('How much luggage do I get on those?', [
  'The TAP flights are Classic fares with one 23 kg checked bag included. The SWISS flights are Economy Light: hand luggage only, ' +
    'a checked bag costs €60 per direction.',
]);
await turn('OK, just book the cheapest option both ways, I trust you. Name as on my passport: Helga Brandstetter. Cost center FE-2210.', [
  { calls: [[ids('call_'), 'searchFlights', { from: 'VIE', to: 'LIS', date: '2025-03-14' }], [ids('call_'), 'searchFlights', { from: 'LIS', to: 'VIE', date: '2025-03-18' }]] },
  { calls: [[ids('call_'), 'bookItinerary', { offers: ['OF-31A8', 'OF-44C2'], passengers: [{ name: 'Helga Brandstetter', ssr: [] }], cost_center: 'FE-2210' }]] },
  'Booked! Booking reference K7Q2XM, ticketed:\n- 14 March: Lufthansa LH1235/LH1166 via Frankfurt, 06:35 → 11:45\n' +
    '- 18 March: Lufthansa LH1793/LH1686 via Munich, 15:55 → 22:30\nTotal €403, charged to cost center FE-2210. Have a great fair!',
]);

writeJsonl(out, 'traces.jsonl', lines);
