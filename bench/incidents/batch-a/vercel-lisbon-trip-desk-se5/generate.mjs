// Corporate travel desk assistant "Atlas" (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration with
// runtimeContext attributes). The app is stateless between turns: each turn rebuilds the prompt from the
// persisted trip state (rendered as JSON into the system prompt) plus the traveller's new message.
// Between turn 2 and turn 3 the service is redeployed (2.14.3 -> 2.15.0); the new release reads the trip
// state with its own TripState type.
// Rerun from the checkout root: node bench/incidents/batch-a/vercel-lisbon-trip-desk-se5/generate.mjs
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonl, scriptDir, sleep,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-lisbon-trip-desk-se5';
const ids = makeIds(SEED);
const baseResource = { 'deployment.environment.name': 'production', 'cloud.region': 'eu-west-1' };
const oldRelease = setupTracing({ serviceName: 'travel-desk-agent', resource: { ...baseResource, 'service.version': '2.14.3' }, seed: `${SEED}:a` });
const newRelease = setupTracing({ serviceName: 'travel-desk-agent', resource: { ...baseResource, 'service.version': '2.15.0' }, seed: `${SEED}:b` });

const SESSION = 'atl_c0f3e9b2a1d54c7e';
const USER = 'E-40712';

// ---- persisted trip state (document store) ----
let stored = {
  schema: 2,
  trip_id: 'TRP-88213',
  traveler: { name: 'Dana Whitfield', employee_id: 'E-40712', grade: 'G7', home_office: 'Dublin',
    mobility: { wheelchair: true, needs: 'step-free access, roll-in shower' } },
  event: 'Web Summit 2024, Lisbon',
  dates: null, shortlist: [], selected_hotel: null, bookings: [],
};
// release 2.14.3 reader: passes the document through
const readV2 = (doc) => structuredClone(doc);
// release 2.15.0 reader: TripState v3 (traveler.accessibility); unknown keys are not carried over
const readV3 = (doc) => ({
  schema: 3,
  trip_id: doc.trip_id,
  traveler: { name: doc.traveler.name, employee_id: doc.traveler.employee_id, grade: doc.traveler.grade,
    home_office: doc.traveler.home_office, ...(doc.traveler.accessibility ? { accessibility: doc.traveler.accessibility } : {}) },
  event: doc.event, dates: doc.dates, shortlist: doc.shortlist, selected_hotel: doc.selected_hotel, bookings: doc.bookings,
});

const system = (state) => 'You are Atlas, the travel desk assistant of Norbridge Consulting. Book within the travel policy and '
  + "always respect the traveller's profile. Current trip state:\n" + JSON.stringify(state, null, 2);

// ---- travel backend stubs ----
const rooms = {
  'LIS-H-0931': [
    { code: 'STD-DBL', name: 'Standard Double', nightly_eur: 139, step_free: false, bathroom: 'bathtub with shower' },
    { code: 'ACC-KNG-RIS', name: 'Accessible King, roll-in shower', nightly_eur: 164, step_free: true, bathroom: 'roll-in shower' },
    { code: 'SUP-KNG', name: 'Superior King', nightly_eur: 171, step_free: false, bathroom: 'walk-in shower (15 cm step)' },
  ],
};
const tools = {
  search_hotels: tool({
    description: 'Search hotels with availability. room_features filters on room equipment.',
    inputSchema: z.object({ city: z.string(), near: z.string().optional(), check_in: z.string(), check_out: z.string(),
      room_features: z.array(z.enum(['step_free_access', 'roll_in_shower', 'twin_beds', 'kitchenette'])).optional() }),
    execute: async () => ({ results: [
      { hotel_id: 'LIS-H-2207', name: 'Myriad by SANA', distance_m: 650, matching_room: { code: 'ACC-KNG', nightly_eur: 289 } },
      { hotel_id: 'LIS-H-0931', name: 'TRYP Lisboa Oriente', distance_m: 400, matching_room: { code: 'ACC-KNG-RIS', nightly_eur: 164 } },
      { hotel_id: 'LIS-H-1580', name: 'Meliá Lisboa Oriente', distance_m: 550, matching_room: { code: 'ACC-DBL', nightly_eur: 198 } },
    ] }),
  }),
  get_room_availability: tool({
    description: 'Room types and nightly rates for one hotel and date range.',
    inputSchema: z.object({ hotel_id: z.string(), check_in: z.string(), check_out: z.string() }),
    execute: async ({ hotel_id, check_in, check_out }) => ({ hotel_id, check_in, check_out, currency: 'EUR', rooms: rooms[hotel_id] ?? [] }),
  }),
  get_travel_policy: tool({
    description: 'Travel policy limits for a city and employee grade.',
    inputSchema: z.object({ city: z.string(), grade: z.string() }),
    execute: async ({ city, grade }) => ({ city, grade, hotel_nightly_cap_eur: 150,
      exceptions: ['documented accessibility need: cap waived, approval automatic'] }),
  }),
  book_hotel: tool({
    description: 'Book a room. Charges the corporate card on file.',
    inputSchema: z.object({ hotel_id: z.string(), room_code: z.string(), check_in: z.string(), check_out: z.string(), employee_id: z.string() }),
    execute: async (b) => ({ status: 'confirmed', confirmation: 'TRY-5K2-88107', ...b, nightly_eur: 139, total_eur: 417, cancellable_until: '2024-11-09T18:00:00+00:00' }),
  }),
};

async function turn({ release, reader, text, replies, update }) {
  const state = reader(stored);
  const model = scriptedModel({ provider: 'openai.responses', modelId: 'gpt-4.1-mini-2025-04-14', responsePrefix: 'resp_', ids, replies });
  await generateText({
    model,
    system: system(state),
    prompt: text,
    tools,
    stopWhen: stepCountIs(6),
    runtimeContext: { sessionId: SESSION, userId: USER, tripId: state.trip_id },
    telemetry: { functionId: 'atlas-travel-desk', includeRuntimeContext: { sessionId: true, userId: true, tripId: true },
      integrations: [new OpenTelemetry({ runtimeContext: true, tracer: release.provider.getTracer('gen_ai') })] },
  });
  stored = { ...stored, ...update(state) };
  // what the new release writes back replaces the document
  if (state.schema === 3) stored = { ...state, ...update(state) };
  return release.flush();
}

const lines = [];
lines.push(await turn({
  release: oldRelease, reader: readV2,
  text: 'Hi Atlas, I need a hotel in Lisbon for Web Summit. Check in Mon Nov 11, out Thu Nov 14. Ideally walking distance to the MEO Arena.',
  replies: [
    { calls: [['call_7tYq2WnB4kZr9xDe1Fh6Ls3M', 'search_hotels', { city: 'Lisbon', near: 'MEO Arena, Parque das Nações', check_in: '2024-11-11',
      check_out: '2024-11-14', room_features: ['step_free_access', 'roll_in_shower'] }]] },
    'Here are three options within walking distance of the MEO Arena, each with a step-free room and roll-in shower for Nov 11–14:\n'
      + '1. TRYP Lisboa Oriente – 400 m, €164/night\n2. Meliá Lisboa Oriente – 550 m, €198/night\n3. Myriad by SANA – 650 m, €289/night\n'
      + 'Shall I check the details for one of them?',
  ],
  update: () => ({ dates: { check_in: '2024-11-11', check_out: '2024-11-14' },
    shortlist: [{ hotel_id: 'LIS-H-0931', name: 'TRYP Lisboa Oriente', distance_m: 400 },
      { hotel_id: 'LIS-H-1580', name: 'Meliá Lisboa Oriente', distance_m: 550 }, { hotel_id: 'LIS-H-2207', name: 'Myriad by SANA', distance_m: 650 }] }),
}));
await sleep(40);
lines.push(await turn({
  release: oldRelease, reader: readV2,
  text: "Myriad is way over what finance will approve. What's our cap for Lisbon, and how does the TRYP look?",
  replies: [
    { calls: [['call_Ua3pX8cVn1Gs5Kd0Ry7Tm2Qe', 'get_travel_policy', { city: 'Lisbon', grade: 'G7' }],
      ['call_Hw6eJ4bLz9Pq2Nf8Sx1Ck5Yv', 'get_room_availability', { hotel_id: 'LIS-H-0931', check_in: '2024-11-11', check_out: '2024-11-14' }]] },
    'The Lisbon cap for your grade is €150/night. At the TRYP Lisboa Oriente the Accessible King with roll-in shower is €164/night – above the cap, '
      + 'but the policy waives it automatically for a documented accessibility need, so it can be booked without extra approval. '
      + '(Their €139 Standard Double has a bathtub and is not step-free.)',
  ],
  update: () => ({ selected_hotel: 'LIS-H-0931' }),
}));
await sleep(40);
lines.push(await turn({
  release: newRelease, reader: readV3,
  text: "OK, let's go with the TRYP for those dates. Finance is being strict this quarter, so keep it within policy please.",
  replies: [
    { calls: [['call_Dk1rM7tQw3Zb6Lx9Ej2Pa8Vn', 'get_travel_policy', { city: 'Lisbon', grade: 'G7' }],
      ['call_Gp5sY2hNc8Vu4Tk1Wq7Rb3Xm', 'get_room_availability', { hotel_id: 'LIS-H-0931', check_in: '2024-11-11', check_out: '2024-11-14' }]] },
    { calls: [['call_Lf9aB3xKe6Jr1Md4Zt8Ws2Qc', 'book_hotel', { hotel_id: 'LIS-H-0931', room_code: 'STD-DBL', check_in: '2024-11-11',
      check_out: '2024-11-14', employee_id: 'E-40712' }]] },
    'Done – TRYP Lisboa Oriente, Standard Double, Nov 11–14: €139/night, €417 in total, within the €150 cap. '
      + 'Confirmation TRY-5K2-88107, free cancellation until Nov 9, 18:00.',
  ],
  update: () => ({ bookings: [{ confirmation: 'TRY-5K2-88107', hotel_id: 'LIS-H-0931', room_code: 'STD-DBL' }] }),
}));

writeJsonl(scriptDir(import.meta.url), 'collector-export.jsonl', lines);
