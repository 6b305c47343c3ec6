// Freight-booking copilot of a 3PL dispatcher desk (Vercel AI SDK v7, @ai-sdk/otel GenAI spans).
// The carrier tools are declared from the carrier's JSON Schema (jsonSchema(), no runtime validator),
// the way tools generated from an OpenAPI document usually are.
import * as H from '../../harness/vercel/harness.mjs';
const { generateText, tool, jsonSchema, stepCountIs, OpenTelemetry } = H;

const dir = H.scriptDir(import.meta.url);
const tracing = H.setupTracing({
  serviceName: 'dispatch-copilot',
  resource: { 'deployment.environment': 'production', 'service.version': '0.9.3', 'cloud.region': 'eu-central-1' },
  seed: 'batch-a/vercel-freight-weight-string',
});
const ids = H.makeIds('batch-a/vercel-freight-weight-string');

const SESSION = '018f3c2e-9b7a-7d11-a4c5-3e8b1f60d2a9';
const USER = 'disp-0427';

const getConsignment = tool({
  description: 'Fetch a consignment from the warehouse management system.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: { consignment_id: { type: 'string' } },
    required: ['consignment_id'],
  }),
  execute: async ({ consignment_id }) => ({
    consignment_id,
    shipper: 'Nordhaven Paper Mills',
    origin: { site: 'WH-ROT-02', city: 'Rotterdam', postcode: '3089 JB' },
    destination: { city: 'Lyon', postcode: '69007', dock: 'D14' },
    handling_units: 11,
    unit_type: 'EUR pallet',
    gross_weight: '8.6 t',
    dims_per_unit_cm: '120x80x145',
    ready_from: '2024-11-19T07:00:00+01:00',
    adr: false,
  }),
});

const carrierQuote = tool({
  description: 'Request a spot quote from the road carrier.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      origin_postcode: { type: 'string' },
      destination_postcode: { type: 'string' },
      pallets: { type: 'integer', minimum: 1 },
      weight_kg: { type: 'number', exclusiveMinimum: 0, description: 'Total gross weight in kilograms' },
      pickup_date: { type: 'string', format: 'date' },
    },
    required: ['origin_postcode', 'destination_postcode', 'pallets', 'weight_kg', 'pickup_date'],
    additionalProperties: false,
  }),
  // The carrier's gateway coerces numerics with parseFloat.
  execute: async (a) => {
    const kg = Number.parseFloat(a.weight_kg);
    return {
      quote_id: 'Q-5581-2211-07',
      lane: `NL-${a.origin_postcode.slice(0, 4)} > FR-${a.destination_postcode}`,
      pallets: a.pallets,
      chargeable_weight_kg: kg,
      vehicle: 'groupage / LTL',
      transit_days: 2,
      price: { amount: 684.0, currency: 'EUR' },
      valid_until: '2024-11-18T18:00:00+01:00',
    };
  },
});

const carrierBook = tool({
  description: 'Book a quoted transport with the carrier.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: { quote_id: { type: 'string' }, reference: { type: 'string' } },
    required: ['quote_id', 'reference'],
  }),
  execute: async ({ quote_id, reference }) => ({
    booking_ref: 'CB-24-771902',
    quote_id,
    reference,
    pickup_window: '2024-11-19 08:00-12:00',
    status: 'confirmed',
  }),
});

const model = H.scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-3-5-sonnet-20241022', ids, responsePrefix: 'msg_01',
  replies: [
    { calls: [['toolu_01HxQ7b3VdN2mW8kLp4sR6tY', 'get_consignment', { consignment_id: 'CN-2024-118734' }]] },
    { text: 'Ready tomorrow morning in Rotterdam, 11 EUR pallets. Getting a carrier quote.',
      calls: [['toolu_01Bz5cM9eKq1Fj7nHw3XvA2D', 'carrier_quote', {
        origin_postcode: '3089 JB', destination_postcode: '69007', pallets: 11, weight_kg: '8.6 t', pickup_date: '2024-11-19' }]] },
    { text: 'Quote received: 684 EUR, 2 days transit. Booking it.',
      calls: [['toolu_01Ra8gT4sWm6Yc2Lk9Pq0ZbE', 'carrier_book', { quote_id: 'Q-5581-2211-07', reference: 'CN-2024-118734' }]] },
    'Booked. Consignment CN-2024-118734 (11 EUR pallets, 8.6 t, Nordhaven Paper Mills) goes Rotterdam → Lyon dock D14 under carrier booking CB-24-771902. Pickup 19 Nov, 08:00–12:00, 2 days transit, 684.00 EUR (quote Q-5581-2211-07).',
  ],
});

await generateText({
  model,
  system: 'You are the dispatch copilot. Book road transport for consignments that are ready. Always quote before booking and report the booking reference.',
  prompt: 'CN-2024-118734 needs to go out tomorrow, please book the cheapest road option.',
  tools: { get_consignment: getConsignment, carrier_quote: carrierQuote, carrier_book: carrierBook },
  stopWhen: stepCountIs(6),
  runtimeContext: { sessionId: SESSION, userId: USER, desk: 'EU-South' },
  telemetry: {
    functionId: 'dispatch-copilot',
    includeRuntimeContext: { sessionId: true, userId: true, desk: true },
    integrations: [new OpenTelemetry({
      runtimeContext: true,
      enrichSpan: ({ runtimeContext }) => ({ 'session.id': runtimeContext?.sessionId, 'enduser.id': runtimeContext?.userId }),
    })],
  },
});

H.writeJsonl(dir, 'otlp-traces.jsonl', [await tracing.flush()]);
