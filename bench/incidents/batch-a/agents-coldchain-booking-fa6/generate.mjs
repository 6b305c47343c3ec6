// Freight desk (English). Intake looks up a pharma consignment (cold chain, 3 pallets, deadline)
// and hands off to Carrier Booking. The handoff's input filter forwards only the original user
// request ("keep the booking agent's prompt short"), so everything Intake learned is left behind.
// Run: node generate.mjs (offline, scripted fake model). Writes trace.jsonl next to this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getConsignment = tool({
  name: 'get_consignment',
  description: 'Fetch a consignment record from the TMS by reference.',
  parameters: z.object({ ref: z.string() }),
  execute: async ({ ref }) => JSON.stringify({
    ref, shipper: 'Medilog Benelux NV', origin_site: 'Antwerp DC-2',
    consignee: 'Apotheke am Markt, Leipzig', product: 'insulin glargine pens, 100 U/ml',
    handling: { temp_band: '+2..+8 C', monitored: true, hazmat: false },
    pallets: 3, gross_kg: 1140, deliver_by: '2026-12-08T10:00+01:00',
  }),
});
const quoteLanes = tool({
  name: 'quote_lanes',
  description: 'Get carrier quotes for a lane. service is one of ambient, reefer, express-reefer.',
  parameters: z.object({ origin: z.string(), destination: z.string(), service: z.string(), pallets: z.number() }),
  execute: async ({ service, pallets }) => JSON.stringify({ quotes: [
    { quote_id: 'Q-7781-AMB', carrier: 'Raben', service, pallets, price_eur: 212, eta: '2026-12-10' },
    { quote_id: 'Q-7782-AMB', carrier: 'DSV groupage', service, pallets, price_eur: 236, eta: '2026-12-09' },
  ] }),
});
const bookLane = tool({
  name: 'book_lane',
  description: 'Book a quoted lane. Irreversible once the carrier accepts.',
  parameters: z.object({ quote_id: z.string(), consignment_ref: z.string() }),
  execute: async ({ quote_id, consignment_ref }) => JSON.stringify({ booking: 'BK-26-009314', quote_id, consignment_ref, status: 'accepted', pickup: '2026-12-05 14:00-17:00' }),
});

const model = scriptedModel([
  // Intake
  { tool_calls: [{ name: 'get_consignment', args: { ref: 'CN-2026-44817' } }] },
  { content: 'Consignment CN-2026-44817: 3 pallets of insulin pens, must stay at +2..+8 C with temperature monitoring, due in Leipzig by 8 Dec 10:00. Passing this to Carrier Booking.',
    tool_calls: [{ name: 'transfer_to_Carrier_Booking', args: {} }] },
  // Carrier Booking (sees only the user request)
  { tool_calls: [{ name: 'quote_lanes', args: { origin: 'Antwerp', destination: 'Leipzig', service: 'ambient', pallets: 1 } }] },
  { tool_calls: [{ name: 'book_lane', args: { quote_id: 'Q-7781-AMB', consignment_ref: 'CN-2026-44817' } }] },
  { content: 'Booked: Raben ambient groupage, 1 pallet, Antwerp -> Leipzig, EUR 212 (cheapest quote). Booking BK-26-009314, pickup tomorrow 14:00-17:00, delivery 10 Dec.' },
], { seed: 'fa6-coldchain' });

const booking = new Agent({
  name: 'Carrier Booking',
  instructions: 'You book road freight. Quote the lane, pick the cheapest quote that fits, book it and report the booking number.',
  model, tools: [quoteLanes, bookLane],
});
const onlyTheRequest = (data) => ({ ...data, preHandoffItems: [], newItems: [] });
const intake = new Agent({
  name: 'Intake',
  instructions: 'You receive shipping requests. Look up the consignment in the TMS, then hand off to Carrier Booking.',
  model, tools: [getConsignment],
  handoffs: [handoff(booking, { inputFilter: onlyTheRequest })],
});

const runner = new Runner({ groupId: 'frt-desk/2026-12-04/0417', workflowName: 'Freight desk', traceMetadata: { user_id: 'ops.planner@medilog.be' } });
await runner.run(intake, 'Please book transport for consignment CN-2026-44817 out of our Antwerp DC, cheapest option that meets the requirements.');
writeTrace(here, 'trace.jsonl');
