// Freight dispatch desk: a planner agent takes a shipper's request, looks the shipment up and hands the
// carrier search to a booking agent (a second generateText run inside the planner's tool). Recorded with
// the Vercel AI SDK's OpenTelemetry integration (gen_ai.* attributes); the app's request span carries the
// conversation id and the shipper's account. Offline: both models are scripted MockLanguageModelV4s.
import {
  setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir, trace, context,
  generateText, tool, z, stepCountIs, OpenTelemetry,
} from '../../harness/vercel/harness.mjs';

const here = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({ serviceName: 'dispatch-desk', resource: { 'deployment.environment': 'production', 'service.version': '2025.23.1' }, seed: 'rtm-lyon-ze9' });
const ids = makeIds('rtm-lyon-ze9');

const CONVERSATION = 'dd_conv_01JXK4W9TQ3M8R6ZB2N5HFA7CE';
const ACCOUNT = 'acct_vermeulen_coatings';

const shipments = {
  'SHP-NL-0614-2291': {
    ref: 'SHP-NL-0614-2291', shipper: 'Vermeulen Coatings B.V.', consignee: 'Peintures Duval SAS',
    origin: 'Waalhaven O.z. 44, 3087 BM Rotterdam, NL', destination: 'ZI Lyon Sud-Est, 69800 Saint-Priest, FR',
    goods: 'Paint, solvent-based, in 20 L steel pails', un_number: 'UN1263', adr_class: '3', packing_group: 'II',
    pallets: 22, gross_kg: 9840, pickup_window: 'Wed 2025-06-11 09:00-12:00', deliver_by: 'Fri 2025-06-13 14:00',
    budget_eur: 2950,
  },
};

const carrierOffers = [
  { offer_id: 'OF-77310', carrier: 'Transports Bellamy SARL', vehicle: 'Tautliner 13.6 m', adr_certified: false, eta: 'Thu 2025-06-12 16:00', price_eur: 2180 },
  { offer_id: 'OF-77318', carrier: 'Van der Berg Logistics', vehicle: 'Tautliner 13.6 m, ADR kit', adr_certified: true, eta: 'Fri 2025-06-13 10:00', price_eur: 2640 },
  { offer_id: 'OF-77325', carrier: 'Rhône Express Fret', vehicle: 'Box trailer 13.6 m', adr_certified: true, eta: 'Fri 2025-06-13 18:00', price_eur: 2410 },
];

// --- booking agent -------------------------------------------------------------------------------
const bookingTools = {
  search_carriers: tool({
    description: 'Spot-market road freight offers for a lane and load.',
    inputSchema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number().int(), gross_kg: z.number(), pickup: z.string(), requirements: z.array(z.string()).optional() }),
    execute: async () => ({ lane: 'NL-3087 -> FR-69800', offers: carrierOffers, quoted_at: '2025-06-10T08:41:12Z' }),
  }),
  book_carrier: tool({
    description: 'Books a carrier offer and returns the booking confirmation.',
    inputSchema: z.object({ offer_id: z.string(), shipment_ref: z.string() }),
    execute: async ({ offer_id, shipment_ref }) => {
      const o = carrierOffers.find((x) => x.offer_id === offer_id);
      return { booking_ref: 'BK-250610-4417', offer_id, shipment_ref, carrier: o.carrier, price_eur: o.price_eur, eta: o.eta, status: 'confirmed', driver_contact: '+33 6 12 48 90 37' };
    },
  }),
};
const bookingModel = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-mini-2024-07-18', ids,
  replies: [
    { calls: [['call_k3Rf8TzQw1vLm0Yp', 'search_carriers', { origin: 'Rotterdam, NL (3087 BM)', destination: 'Saint-Priest, FR (69800)', pallets: 22, gross_kg: 9840, pickup: '2025-06-11 09:00-12:00' }]] },
    { calls: [['call_u9Hc2NsXe7BdGa4J', 'book_carrier', { offer_id: 'OF-77310', shipment_ref: 'SHP-NL-0614-2291' }]] },
    'Booked OF-77310 with Transports Bellamy SARL (tautliner 13.6 m) for EUR 2,180 — cheapest offer, ETA Thu 12 Jun 16:00, inside the Friday 14:00 deadline and the EUR 2,950 budget. Booking ref BK-250610-4417, driver +33 6 12 48 90 37.',
  ],
});

// --- planner agent -------------------------------------------------------------------------------
const plannerTools = {
  get_shipment: tool({
    description: 'Loads a shipment record from the TMS.',
    inputSchema: z.object({ shipment_ref: z.string() }),
    execute: async ({ shipment_ref }) => shipments[shipment_ref] ?? { error: 'not found' },
  }),
  hand_to_booking_agent: tool({
    description: 'Hands carrier sourcing and booking to the booking agent. Pass the shipment reference and a brief with everything the booking agent needs.',
    inputSchema: z.object({ shipment_ref: z.string(), brief: z.string() }),
    execute: async ({ shipment_ref, brief }) => {
      const r = await generateText({
        model: bookingModel,
        system: 'You are the carrier booking agent of the dispatch desk. Source road freight offers for the brief you get, pick the cheapest offer that satisfies the brief, book it and report the booking.',
        prompt: `Shipment ${shipment_ref}\n\n${brief}`,
        tools: bookingTools,
        stopWhen: stepCountIs(4),
        telemetry: { functionId: 'carrier-booking-agent', integrations: [new OpenTelemetry()] },
      });
      return r.text;
    },
  }),
};
const plannerModel = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4o-2024-08-06', ids,
  replies: [
    { calls: [['call_Pz4aW6mYc8Er2Tq1', 'get_shipment', { shipment_ref: 'SHP-NL-0614-2291' }]] },
    { calls: [['call_Jb0nV5kXs3Hd9Lf7', 'hand_to_booking_agent', { shipment_ref: 'SHP-NL-0614-2291',
      brief: 'Road freight Rotterdam (Waalhaven, 3087 BM) -> Saint-Priest / Lyon (69800). 22 EUR pallets, 9,840 kg gross, paint in 20 L steel pails. Pickup Wed 11 Jun 09:00-12:00, delivery no later than Fri 13 Jun 14:00. Budget max EUR 2,950 all-in.' }]] },
    'Done — SHP-NL-0614-2291 is booked with Transports Bellamy SARL for EUR 2,180 (booking BK-250610-4417). Pickup Wednesday 11 June 09:00-12:00 at Waalhaven, expected at Saint-Priest Thursday 12 June 16:00, well before your Friday 14:00 cut-off and EUR 770 under budget. Driver contact: +33 6 12 48 90 37.',
  ],
});

const request = 'Hi, we need a truck for SHP-NL-0614-2291 — the paint order for Duval in Lyon. Pickup Wednesday morning at our Waalhaven site, must be in Saint-Priest by Friday 14:00 latest, and please stay under 2,950 all-in. Thanks, Marieke';

await tracer.startActiveSpan('POST /api/dispatch/chat', { attributes: {
  'http.request.method': 'POST', 'http.route': '/api/dispatch/chat', 'gen_ai.conversation.id': CONVERSATION, 'user.id': ACCOUNT,
} }, async (span) => {
  await generateText({
    model: plannerModel,
    system: 'You are the dispatch planner of a road freight forwarder. Look the shipment up in the TMS, then hand carrier sourcing to the booking agent and report the result to the shipper.',
    prompt: request,
    tools: plannerTools,
    stopWhen: stepCountIs(5),
    telemetry: { functionId: 'dispatch-planner', integrations: [new OpenTelemetry()] },
  });
  span.setAttribute('http.response.status_code', 200);
  span.end();
});

writeJsonl(here, 'otlp-traces.jsonl', [await flush()]);
console.log(`wrote ${here}/otlp-traces.jsonl`);
