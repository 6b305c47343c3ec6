// Pharma logistics dispatch (Vercel AI SDK v7, legacy ai.* telemetry), one trace. A coordinator agent
// takes the shipper's request, checks the stock, and delegates the carrier booking to a booking
// sub-agent through the delegate_booking tool, whose only input is a free-text brief written by the
// coordinator. The sub-agent runs its own generateText inside the tool.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry, writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush } = setupTracing({ serviceName: 'dispatch-desk', resource: { 'service.namespace': 'northsea-3pl' }, seed: 'reefer-dispatch-ge0' });
const ids = makeIds('reefer-dispatch-ge0');

const sessionId = 'DSP-20261204-0173';
const userId = 'shipper:medivance-nl';
const telemetry = (fn) => ({ functionId: fn, includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] });

const searchCarriers = tool({
  description: 'Search carrier offers for a lane.',
  inputSchema: z.object({ origin: z.string(), destination: z.string(), pallets: z.number().int(), deliver_by: z.string(), equipment: z.enum(['any', 'dry_van', 'reefer']).default('any') }),
  execute: async ({ equipment }) => ({
    offers: [
      { offer_id: 'OF-5521-DV', carrier: 'Transports Vallet', equipment: 'dry_van', gdp_certified: false, eta: '2026-12-09T16:00+01:00', price_eur: 1980 },
      { offer_id: 'OF-5524-RF', carrier: 'KoelExpress BV', equipment: 'reefer', temp_range_c: '2..8', gdp_certified: true, eta: '2026-12-10T09:30+01:00', price_eur: 2940 },
      { offer_id: 'OF-5530-RF', carrier: 'Frigo Rhône', equipment: 'reefer', temp_range_c: '-25..25', gdp_certified: false, eta: '2026-12-10T11:00+01:00', price_eur: 2610 },
    ].filter((o) => equipment === 'any' || o.equipment === equipment),
  }),
});

const bookCarrier = tool({
  description: 'Book a carrier offer. Returns the transport order.',
  inputSchema: z.object({ offer_id: z.string(), reference: z.string() }),
  execute: async ({ offer_id, reference }) => ({ transport_order: 'TO-88-41027', offer_id, reference, status: 'booked', pickup: '2026-12-08T07:00+01:00' }),
});

const delegateBooking = tool({
  description: 'Hand the carrier booking to the booking agent. Give it a brief with everything it needs.',
  inputSchema: z.object({ brief: z.string(), reference: z.string() }),
  execute: async ({ brief, reference }) => {
    const r = await generateText({
      model: scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
        { calls: [['call_bk_01', 'searchCarriers', { origin: 'Rotterdam NL-RTM-03', destination: 'Lyon FR-LYS-HCL', pallets: 14, deliver_by: '2026-12-10T14:00+01:00' }]] },
        { calls: [['call_bk_02', 'bookCarrier', { offer_id: 'OF-5521-DV', reference }]] },
        'Booked OF-5521-DV (Transports Vallet, dry van), transport order TO-88-41027, pickup 8 Dec 07:00, ETA 9 Dec 16:00, EUR 1,980. Cheapest offer meeting the delivery deadline.',
      ] }),
      system: 'You are the carrier booking agent. Book the cheapest offer that meets the brief.',
      prompt: `Brief from dispatch (ref ${reference}):\n${brief}`,
      tools: { searchCarriers, bookCarrier },
      stopWhen: stepCountIs(5),
      runtimeContext: { sessionId, userId },
      telemetry: telemetry('carrier-booking-agent'),
    });
    return { booking_agent_report: r.text };
  },
});

const checkStock = tool({
  description: 'Stock and handling data for a SKU at a DC.',
  inputSchema: z.object({ sku: z.string(), dc: z.string() }),
  execute: async ({ sku, dc }) => ({ sku, dc, pallets_available: 22, lot: 'L2611-045', storage_class: 'CRT 2-8C', expiry: '2027-09-30' }),
});

await generateText({
  model: scriptedModel({ ids, modelId: 'gpt-4.1', replies: [
    { calls: [['call_co_01', 'checkStock', { sku: 'INS-PEN-100U-5x3', dc: 'NL-RTM-03' }]] },
    { calls: [['call_co_02', 'delegateBooking', {
      reference: 'MV-PO-559013',
      brief: 'Book road transport for 14 pallets of insulin pens (lot L2611-045) from our Rotterdam DC (NL-RTM-03) to Hospices Civils de Lyon central pharmacy (FR-LYS-HCL). Delivery by Thursday 10 Dec, 14:00.',
    }]] },
    'Done. 14 pallets of INS-PEN-100U-5x3 (lot L2611-045) are booked with Transports Vallet, transport order TO-88-41027: pickup Tue 8 Dec 07:00 in Rotterdam, arrival in Lyon Wed 9 Dec 16:00, EUR 1,980, well under your EUR 3,200 ceiling.',
  ] }),
  system: 'You are the dispatch coordinator of NorthSea 3PL. Check stock, then delegate carrier booking to the booking agent with delegate_booking, then confirm to the shipper.',
  prompt: 'Please ship 14 pallets of INS-PEN-100U-5x3 from Rotterdam to the HCL central pharmacy in Lyon (FR-LYS-HCL). This is insulin: it must travel refrigerated at 2-8 °C with a GDP-certified carrier. Deliver by Thu 10 Dec 14:00 at the latest, budget ceiling EUR 3,200. Our PO is MV-PO-559013.',
  tools: { checkStock, delegateBooking },
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId, userId },
  telemetry: telemetry('dispatch-coordinator'),
});

writeJsonl(out, 'spans.jsonl', [await flush()]);
