// Corporate travel desk (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry GenAI spans): a front-desk agent talks to
// the employee and delegates ticketing to a booking agent through the `book_trip` tool, whose execute runs a
// second generateText with the brief the front-desk model wrote. Scripted models, offline.
// Writes otel-collector.jsonl (one OTLP/JSON request per line).
import {
  generateText, tool, stepCountIs, z, OpenTelemetry,
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({
  serviceName: 'travel-desk',
  resource: { 'service.version': '5.2.1', 'deployment.environment.name': 'production', 'cloud.region': 'eu-west-2' },
  seed: 'travel-desk-u5',
});
const ids = makeIds('travel-desk-u5');
const tid = () => 'toolu_01' + ids('', 22);
const otel = new OpenTelemetry({ agentSpanName: 'functionId' });

const OFFERS = {
  '2025-03-14': [
    { offer_id: 'OF-LHRLIS-0314-A', carrier: 'TP', flight: 'TP1363', dep: 'LHR 07:05', arr: 'LIS 09:50', fare: 'Classic', changes: 'fee £45', price_gbp: 142.0 },
    { offer_id: 'OF-LHRLIS-0314-B', carrier: 'BA', flight: 'BA500', dep: 'LHR 11:20', arr: 'LIS 14:05', fare: 'Economy Flex', changes: 'free', price_gbp: 262.0 },
    { offer_id: 'OF-LHRLIS-0314-C', carrier: 'BA', flight: 'BA500', dep: 'LHR 11:20', arr: 'LIS 14:05', fare: 'Economy Basic', changes: 'not permitted', price_gbp: 129.0 },
    { offer_id: 'OF-LGWLIS-0314-D', carrier: 'U2', flight: 'EZY8503', dep: 'LGW 06:15', arr: 'LIS 09:05', fare: 'Standard', changes: 'fee £38', price_gbp: 96.5 },
  ],
  '2025-03-18': [
    { offer_id: 'OF-LISLHR-0318-A', carrier: 'TP', flight: 'TP1356', dep: 'LIS 19:10', arr: 'LHR 21:50', fare: 'Classic', changes: 'fee £45', price_gbp: 139.0 },
    { offer_id: 'OF-LISLHR-0318-B', carrier: 'BA', flight: 'BA503', dep: 'LIS 17:55', arr: 'LHR 20:30', fare: 'Economy Flex', changes: 'free', price_gbp: 239.0 },
    { offer_id: 'OF-LISLHR-0318-C', carrier: 'BA', flight: 'BA503', dep: 'LIS 17:55', arr: 'LHR 20:30', fare: 'Economy Basic', changes: 'not permitted', price_gbp: 118.0 },
  ],
};

// ---- booking agent (child run) ----
const bookingTools = {
  search_flights: tool({
    description: 'Search bookable fares for one direction on one date.',
    inputSchema: z.object({ origin: z.string().length(3), destination: z.string().length(3), date: z.string(), nearby_airports: z.boolean().optional() }),
    execute: async ({ date }) => ({ currency: 'GBP', offers: OFFERS[date] ?? [] }),
  }),
  ticket_offers: tool({
    description: 'Price-confirm, book and ticket the given offers for the traveller; charges the cost centre.',
    inputSchema: z.object({ offer_ids: z.array(z.string()), traveller_id: z.string(), cost_centre: z.string(), seat_preference: z.string().optional() }),
    execute: async ({ offer_ids }) => ({ pnr: 'X7KQ2D', status: 'TICKETED', tickets: ['125-2290318841'], offer_ids, total_gbp: 501.0, charged_to: 'CC-4410' }),
  }),
};

async function runBookingAgent(brief) {
  const model = scriptedModel({
    provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_01',
    replies: [
      { text: 'Searching both directions.', calls: [
        [tid(), 'search_flights', { origin: 'LON', destination: 'LIS', date: '2025-03-14', nearby_airports: true }],
        [tid(), 'search_flights', { origin: 'LIS', destination: 'LON', date: '2025-03-18', nearby_airports: true }],
      ] },
      { calls: [[tid(), 'ticket_offers', { offer_ids: ['OF-LHRLIS-0314-B', 'OF-LISLHR-0318-B'], traveller_id: 'EMP-30871', cost_centre: 'CC-4410', seat_preference: 'aisle' }]] },
      'Ticketed. PNR X7KQ2D, ticket 125-2290318841.\n'
        + '- Out Fri 14 Mar: BA500 LHR 11:20 → LIS 14:05, Economy Flex\n'
        + '- Back Tue 18 Mar: BA503 LIS 17:55 → LHR 20:30, Economy Flex\n'
        + 'Total £501.00 charged to CC-4410. Aisle seats requested; Executive Club Silver number attached.',
    ],
  });
  const res = await generateText({
    model,
    system: 'You are the booking agent of the travel desk. You receive a brief from the front desk and ticket it. '
      + "Prefer the traveller's loyalty airline and flexible fares (free changes) when available; use Heathrow unless told otherwise. "
      + 'Report the PNR, flights and total.',
    prompt: brief,
    tools: bookingTools,
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'booking-agent', integrations: [otel] },
  });
  return res.text;
}

// ---- front desk (parent run) ----
const deskTools = {
  get_traveller_profile: tool({
    description: 'Traveller profile from the HR directory: name as on passport, loyalty programmes, preferences, cost centre.',
    inputSchema: z.object({ employee_id: z.string() }),
    execute: async ({ employee_id }) => ({
      employee_id, name_on_passport: 'OKAFOR/DANIEL CHUKWUEMEKA MR', loyalty: [{ programme: 'BA Executive Club', tier: 'Silver', number: 'BA41877302' }],
      seat_preference: 'aisle', meal: 'standard', cost_centre: 'CC-4410', home_airport: 'LHR',
    }),
  }),
  book_trip: tool({
    description: 'Hand the trip to the booking agent. Provide a complete brief of what to book.',
    inputSchema: z.object({ brief: z.string() }),
    execute: async ({ brief }) => ({ booking_agent_reply: await runBookingAgent(brief) }),
  }),
};

const deskModel = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', ids, responsePrefix: 'msg_01',
  replies: [
    { calls: [[tid(), 'get_traveller_profile', { employee_id: 'EMP-30871' }]] },
    { text: "I'll hand this to our booking agent.", calls: [[tid(), 'book_trip', {
      brief: 'Book a return flight London to Lisbon for Daniel Okafor (employee EMP-30871, passport name OKAFOR/DANIEL CHUKWUEMEKA MR). '
        + 'Outbound Friday 14 March 2025, return Tuesday 18 March 2025 in the evening. Economy. '
        + 'BA Executive Club Silver BA41877302, aisle seat. Charge cost centre CC-4410.',
    }]] },
    "Done, Daniel — you're ticketed (PNR X7KQ2D):\n"
      + '• Fri 14 Mar BA500 Heathrow 11:20 → Lisbon 14:05\n'
      + '• Tue 18 Mar BA503 Lisbon 17:55 → Heathrow 20:30\n'
      + 'Both on Economy Flex, so you can change for free. Total £501.00, charged to CC-4410. Have a good workshop!',
  ],
});

await generateText({
  model: deskModel,
  system: 'You are the front desk of the Halden & Pryce corporate travel desk. Collect what the traveller needs, look up their profile, '
    + 'then hand ticketing to the booking agent with book_trip. The company travel policy applies to every booking.',
  messages: [
    { role: 'user', content: 'Hi, I need flights to Lisbon for the Arvora client workshop. Out Friday 14 March, back Tuesday 18th evening. My employee id is EMP-30871.' },
    { role: 'assistant', content: 'Happy to help. Is there a time you need to be in Lisbon by on the 14th, and which budget applies to this trip?' },
    { role: 'user', content: "The workshop starts at 14:30 in Oeiras, so I have to land by 13:00 at the latest. Finance approved £450 return max for this one, it's billed to the client." },
  ],
  tools: deskTools,
  stopWhen: stepCountIs(6),
  telemetry: { functionId: 'front-desk', integrations: [otel] },
});

writeJsonl(out, 'otel-collector.jsonl', [await flush()]);
