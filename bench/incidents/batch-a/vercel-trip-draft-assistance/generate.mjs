// Corporate travel assistant (Vercel AI SDK v7, @ai-sdk/otel GenAI spans). Each chat message is a
// separate HTTP request; the app does not replay the transcript, it keeps the trip being planned in a
// draft store that the agent reads and writes through tools.
import * as H from '../../harness/vercel/harness.mjs';
const { generateText, tool, z, stepCountIs, OpenTelemetry, SpanKind, context, trace } = H;

const dir = H.scriptDir(import.meta.url);
const tracing = H.setupTracing({
  serviceName: 'travel-desk-agent',
  resource: { 'deployment.environment': 'prod', 'service.version': '5.2.0', 'k8s.namespace.name': 'travel' },
  seed: 'batch-a/vercel-trip-draft-assistance',
});
const ids = H.makeIds('batch-a/vercel-trip-draft-assistance');
const app = tracing.tracer;

const SESSION = 'tdc:acme-eu:thr-00093417';
const USER = 'okonkwo.adaeze@acme-industrial.com';
const SYSTEM = 'You are the ACME travel desk assistant. Keep the trip being planned in the draft (load_trip_draft / save_trip_draft) since earlier messages are not shown to you. Respect travel policy: economy for flights under 6 hours.';

const searchFlights = tool({
  description: 'Search available flights.',
  inputSchema: z.object({ from: z.string(), to: z.string(), date: z.string(), cabin: z.enum(['economy', 'premium', 'business']) }),
  execute: async ({ from, to, date }) => ({
    results: [
      { offer_id: 'OF-LH-1a7c', flight: 'LH 1172', dep: `${date}T07:40`, arr: `${date}T10:05`, from, to, fare_eur: 312.4, stops: 0 },
      { offer_id: 'OF-KL-88e0', flight: 'KL 1624 / KL 1243', dep: `${date}T09:15`, arr: `${date}T13:50`, from, to, fare_eur: 268.9, stops: 1 },
    ],
  }),
});

// The draft service (v2 API) persists the v2 fields; the client still sends the older shape.
const store = new Map();
let revision = 3;
const DRAFT_V2_FIELDS = ['draft_id', 'traveller', 'route', 'date', 'cabin', 'selected_offer', 'cost_center'];
const saveDraft = tool({
  description: 'Save the trip draft for this conversation.',
  inputSchema: z.object({
    traveller: z.string(), route: z.string(), date: z.string(), cabin: z.string(),
    special_assistance: z.string().optional().describe('IATA SSR code, e.g. WCHR, WCHS, MAAS'),
    cost_center: z.string().optional(), selected_offer: z.string().optional(),
  }),
  execute: async (draft) => {
    const kept = { draft_id: 'DRF-20240917-3Q8W' };
    for (const k of DRAFT_V2_FIELDS) if (draft[k] !== undefined) kept[k] = draft[k];
    store.set(SESSION, kept);
    revision += 1;
    return { draft_id: kept.draft_id, saved: true, revision };
  },
});
const loadDraft = tool({
  description: 'Load the trip draft for this conversation.',
  inputSchema: z.object({}),
  execute: async () => ({ ...store.get(SESSION), revision }),
});
const bookFlight = tool({
  description: 'Book a flight offer for a traveller. special_assistance takes an IATA SSR code and is forwarded to the airline.',
  inputSchema: z.object({ offer_id: z.string(), traveller: z.string(), cost_center: z.string(), special_assistance: z.string().optional() }),
  execute: async ({ offer_id, traveller, cost_center, special_assistance }) => ({
    pnr: 'Q7XK2M', offer_id, traveller, cost_center, ssr: special_assistance ? [special_assistance] : [], ticket: '220-4417730925', status: 'ticketed',
  }),
});
const tools = { search_flights: searchFlights, save_trip_draft: saveDraft, load_trip_draft: loadDraft, book_flight: bookFlight };

async function turn(route, prompt, replies) {
  const model = H.scriptedModel({ provider: 'openai.responses', modelId: 'gpt-4o-2024-08-06', ids, responsePrefix: 'resp_', replies });
  const root = app.startSpan(`POST ${route}`, {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': 'POST', 'http.route': route, 'session.id': SESSION, 'enduser.id': USER },
  });
  await context.with(trace.setSpan(context.active(), root), () => generateText({
    model, system: SYSTEM, prompt, tools, stopWhen: stepCountIs(6),
    telemetry: { functionId: 'travel-desk', integrations: [new OpenTelemetry()] },
  }));
  root.setAttribute('http.response.status_code', 200);
  root.end();
  return tracing.flush();
}

const lines = [];
lines.push(await turn('/v1/threads/{thread}/messages',
  'Hi, I need to fly Munich to Amsterdam on 24 September for the supplier audit, cost center 4410-QA. Please note I use a wheelchair, so I need wheelchair assistance at both airports (I can walk up the aircraft steps but not long distances).',
  [
    { calls: [['call_gN0aZ4pV', 'search_flights', { from: 'MUC', to: 'AMS', date: '2024-09-24', cabin: 'economy' }]] },
    { calls: [['call_r8TqW2sL', 'save_trip_draft', {
      traveller: 'Adaeze Okonkwo', route: 'MUC-AMS', date: '2024-09-24', cabin: 'economy', special_assistance: 'WCHR', cost_center: '4410-QA' }]] },
    'I found two economy options for 24 September:\n1. LH 1172, nonstop, 07:40 → 10:05, €312.40\n2. KL 1624 / KL 1243 via one stop, 09:15 → 13:50, €268.90\n\nI noted wheelchair assistance (WCHR) at both airports in your draft. Which one should I book?',
  ]));
lines.push(await turn('/v1/threads/{thread}/messages',
  'The Lufthansa nonstop please, go ahead and book it.',
  [
    { calls: [['call_Bv5yHc1D', 'load_trip_draft', {}]] },
    { calls: [['call_Kp3mXe7R', 'book_flight', { offer_id: 'OF-LH-1a7c', traveller: 'Adaeze Okonkwo', cost_center: '4410-QA' }]] },
    { calls: [['call_Wz6sNf0T', 'save_trip_draft', {
      traveller: 'Adaeze Okonkwo', route: 'MUC-AMS', date: '2024-09-24', cabin: 'economy', cost_center: '4410-QA', selected_offer: 'OF-LH-1a7c' }]] },
    'Done! You are booked on LH 1172 Munich → Amsterdam on 24 September, departing 07:40 and arriving 10:05. Booking reference Q7XK2M, ticket 220-4417730925, charged to cost center 4410-QA. Have a good audit!',
  ]));

H.writeJsonl(dir, 'collector-export.jsonl', lines);
