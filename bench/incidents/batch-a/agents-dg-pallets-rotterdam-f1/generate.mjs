// Freight desk: an intake agent looks up a purchase order, then hands the booking to a carrier
// booking agent through a handoff whose input filter drops tool items from the history.
// Offline: the model is a scripted fake Chat Completions endpoint (see harness/agents/lib.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const lookupPo = tool({
  name: 'lookup_po',
  description: 'Fetch a purchase order from the ERP (lines, weights, handling, delivery window).',
  parameters: z.object({ po_number: z.string() }),
  execute: async ({ po_number }) => JSON.stringify({
    po_number, customer: 'Veldhoven Power Systems B.V.', ship_from: 'Gliwice PL, dock 4',
    ship_to: 'Rotterdam DC (Maasvlakte), gate B', pallets: 6, gross_kg: 3120,
    commodity: 'Li-ion battery modules, 48V', dangerous_goods: { un: 'UN3480', class: '9', packing_group: 'II' },
    deliver_by: '2025-06-18', incoterm: 'DAP',
  }),
});

const listServices = tool({
  name: 'list_road_services',
  description: 'List the road freight services available on a lane.',
  parameters: z.object({ origin: z.string(), destination: z.string() }),
  execute: async ({ origin, destination }) => JSON.stringify({
    lane: `${origin} -> ${destination}`,
    services: [
      { code: 'GRP-STD', name: 'Groupage standard', transit_days: 5, adr: false, eur_per_pallet: 142 },
      { code: 'GRP-ADR', name: 'Groupage ADR', transit_days: 4, adr: true, eur_per_pallet: 219 },
      { code: 'FTL-EXP', name: 'Dedicated express', transit_days: 2, adr: true, eur_flat: 2890 },
    ],
  }),
});

const createBooking = tool({
  name: 'create_booking',
  description: 'Book a road shipment with the carrier.',
  parameters: z.object({
    po_ref: z.string(), service_code: z.string(), pallets: z.number().int(),
    gross_kg: z.number().nullable(), adr_un_number: z.string().nullable(), pickup_date: z.string(),
  }),
  execute: async (a) => JSON.stringify({
    booking: 'BK-NL-2025-0613-4471', po_ref: a.po_ref, service_code: a.service_code, pallets: a.pallets,
    pickup: a.pickup_date, eta: '2025-06-20', price_eur: a.pallets * 142, status: 'CONFIRMED',
  }),
});

const model = scriptedModel([
  // intake
  { tool_calls: [{ name: 'lookup_po', args: { po_number: 'PO-77310' } }] },
  { content: 'Found PO-77310. Passing you to our carrier booking desk.',
    tool_calls: [{ name: 'transfer_to_Carrier_booking', args: {} }] },
  // booking agent
  { tool_calls: [{ name: 'list_road_services', args: { origin: 'Gliwice PL', destination: 'Rotterdam NL' } }] },
  { tool_calls: [{ name: 'create_booking', args: {
    po_ref: 'PO-77310', service_code: 'GRP-STD', pallets: 6, gross_kg: null, adr_un_number: null, pickup_date: '2025-06-13' } }] },
  { content: 'Done. PO-77310 is booked on Groupage standard (booking BK-NL-2025-0613-4471): 6 pallets, pickup Friday 13 June at Gliwice, estimated arrival 20 June at Rotterdam DC. Price 852 EUR.' },
], { seed: 'dg-pallets-rotterdam' });

const booking = new Agent({
  name: 'Carrier booking',
  instructions: 'You book road freight with our contracted carriers. Pick the cheapest service that meets the shipment requirements, then create the booking and confirm it to the user.',
  model, tools: [listServices, createBooking],
});

const intake = new Agent({
  name: 'Freight intake',
  instructions: 'You are the first contact of the freight desk. Look up the purchase order the user mentions, then transfer to carrier booking.',
  model, tools: [lookupPo],
  handoffs: [handoff(booking, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'fdesk-conv-20250612-0931', workflowName: 'Freight desk',
  traceMetadata: { user_id: 'ops.kowalczyk@veldhoven-ps.nl', channel: 'teams' },
});
await runner.run(intake, 'Hi, need to ship PO-77310 (6 pallets) from Gliwice to our Rotterdam warehouse, pickup can be tomorrow 13/06. Please book it.');
writeTrace(here, 'trace.jsonl');
