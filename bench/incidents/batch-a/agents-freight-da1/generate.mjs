// Freight desk (English). Intake looks up a shipment, then hands off to Carrier booking through a
// handoff that strips tool items (removeAllTools); intake writes the constraints into its hand-over
// message, which the filter keeps, and the carrier agent books within them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getShipment = tool({
  name: 'get_shipment', description: 'Fetch a shipment record from the TMS.',
  parameters: z.object({ shipment_ref: z.string() }),
  execute: async ({ shipment_ref }) => JSON.stringify({ shipment_ref, origin: 'Rotterdam DC-2', destination: 'Antwerp, Noorderlaan 147',
    pallets: 14, gross_weight_kg: 9120, adr: { un: 'UN1263', class: '3', packing_group: 'II' },
    temp_range_c: [5, 25], deliver_by: '2026-02-12T12:00:00+01:00', customer: 'Van Dijck Coatings NV' }),
});
const quoteCarriers = tool({
  name: 'quote_carriers', description: 'Get carrier quotes for a lane.',
  parameters: z.object({ origin: z.string(), destination: z.string(), pallets: z.number(), adr_class: z.string().nullable(),
    temp_controlled: z.boolean(), deliver_by: z.string() }),
  execute: async () => JSON.stringify({ quotes: [
    { carrier: 'NordLink Express', quote_id: 'Q-55102', eur: 1180, adr_certified: false, reefer: false, eta: '2026-02-11T16:00+01:00' },
    { carrier: 'Hollandia Tank & Box', quote_id: 'Q-55117', eur: 1465, adr_certified: true, reefer: true, eta: '2026-02-12T09:30+01:00' },
    { carrier: 'Scheldt Haulage', quote_id: 'Q-55121', eur: 1390, adr_certified: true, reefer: true, eta: '2026-02-12T15:00+01:00' } ] }),
});
const bookCarrier = tool({
  name: 'book_carrier', description: 'Book a carrier quote for a shipment.',
  parameters: z.object({ shipment_ref: z.string(), quote_id: z.string() }),
  execute: async ({ shipment_ref, quote_id }) => JSON.stringify({ booking: 'BK-RTM-0098841', shipment_ref, quote_id, status: 'confirmed' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_shipment', args: { shipment_ref: 'SHP/26/004417' } }] },
  { content: 'Hand-over for carrier booking: SHP/26/004417, 14 pallets, 9,120 kg, Rotterdam DC-2 → Antwerp (Noorderlaan 147). ADR UN1263 class 3, PG II: ADR-certified carrier required. Keep between 5 and 25 °C. Must arrive by 12 Feb 2026 12:00 CET.',
    tool_calls: [{ name: 'transfer_to_Carrier_booking', args: {} }] },
  { tool_calls: [{ name: 'quote_carriers', args: { origin: 'Rotterdam DC-2', destination: 'Antwerp, Noorderlaan 147', pallets: 14,
      adr_class: '3', temp_controlled: true, deliver_by: '2026-02-12T12:00:00+01:00' } }] },
  { tool_calls: [{ name: 'book_carrier', args: { shipment_ref: 'SHP/26/004417', quote_id: 'Q-55117' } }] },
  { content: 'Booked Hollandia Tank & Box (quote Q-55117, €1,465), booking BK-RTM-0098841, ETA 12 Feb 09:30. NordLink was cheaper at €1,180 but is not ADR-certified and has no temperature control; Scheldt Haulage would arrive at 15:00, after the 12:00 deadline.' },
], { seed: 'freight-da1' });

const carrier = new Agent({ name: 'Carrier booking', model: m, tools: [quoteCarriers, bookCarrier],
  instructions: 'You book carriers. Respect every constraint in the hand-over; choose the cheapest compliant quote.' });
const intake = new Agent({ name: 'Intake', model: m, tools: [getShipment],
  instructions: 'You take freight requests, look up the shipment and hand over to Carrier booking with a complete summary of its constraints.',
  handoffs: [handoff(carrier, { inputFilter: removeAllTools })] });

const runner = new Runner({ groupId: 'tms-desk-4c1f-2026-02-09', workflowName: 'Freight desk',
  traceMetadata: { user: 'planner.okafor' } });
await runner.run(intake, 'Can you get a truck for SHP/26/004417? Customer is chasing.');
writeTrace(here, 'trace.jsonl');
