// Regenerates trace.jsonl: node bench/incidents/batch-a/agents-freight-weight-separator/generate.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// The supplier portal returns its packing list as the supplier typed it (German number format).
const getPackingList = tool({
  name: 'get_packing_list', description: 'Fetch the supplier packing list (Lieferschein/Packliste) for an inbound shipment.',
  parameters: z.object({ shipment_ref: z.string() }),
  execute: async ({ shipment_ref }) => JSON.stringify({
    shipment_ref, lieferant: 'Rheinstahl Komponenten GmbH', abholort: 'Hafenstraße 41, 47119 Duisburg',
    packstuecke: 14, verpackung: 'Europalette', bruttogewicht: '12.400 kg', nettogewicht: '11.860 kg', lademeter: '5,6',
    ware: 'Flanschlager DN80, verzinkt', bereit_ab: '2026-12-03',
  }),
});

const bookFreight = tool({
  name: 'book_freight', description: 'Book a road-freight pickup with the contracted carrier. The carrier picks the vehicle class from the weight and pallet count.',
  parameters: z.object({
    shipment_ref: z.string(), pickup_address: z.string(), pickup_date: z.string().describe('YYYY-MM-DD'),
    pallets: z.number().int(), gross_weight_kg: z.number().describe('Gross weight in kilograms'),
    delivery_site: z.string(),
  }),
  execute: async ({ shipment_ref, gross_weight_kg, pallets, pickup_date }) => JSON.stringify({
    booking_id: 'TRX-2026-0091447', shipment_ref, carrier: 'Van der Meer Transport B.V.', pickup_date, pickup_window: '08:00-12:00',
    vehicle_class: gross_weight_kg <= 1200 ? 'LCV van 3.5 t (max payload 1,200 kg, 8 pallet places)' : 'Tautliner 40 t',
    pallets, gross_weight_kg, price_eur: gross_weight_kg <= 1200 ? 412.0 : 1385.0, status: 'confirmed',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'get_packing_list', args: { shipment_ref: 'IN-RTM-55120' } }] },
  { tool_calls: [{ name: 'book_freight', args: {
    shipment_ref: 'IN-RTM-55120', pickup_address: 'Hafenstraße 41, 47119 Duisburg', pickup_date: '2026-12-03',
    pallets: 14, gross_weight_kg: 12.4, delivery_site: 'DC Rotterdam-Waalhaven, Dock 7' } }] },
  { content: 'Pickup booked for IN-RTM-55120:\n'
    + '- Booking TRX-2026-0091447 with Van der Meer Transport, Thursday 3 Dec, 08:00-12:00 at Rheinstahl Komponenten (Duisburg)\n'
    + '- 14 Euro pallets, 12.4 kg gross, going to DC Rotterdam-Waalhaven, Dock 7\n'
    + '- Vehicle: LCV van 3.5 t, price EUR 412.00\n'
    + 'Status is confirmed.' },
], { seed: 'freight-weight', served: 'gpt-4o-2024-08-06' });

const agent = new Agent({
  name: 'InboundPlanner',
  instructions: 'You plan inbound road freight for the Rotterdam distribution centre. Use the supplier packing list '
    + 'for pallet count and weight, then book the pickup with the contracted carrier. Deliveries go to DC Rotterdam-Waalhaven, Dock 7.',
  model,
  tools: [getPackingList, bookFreight],
});

const runner = new Runner({
  groupId: 'b7f3c2e0-5d1a-4c8e-9f26-3a0e4d71b8c5', workflowName: 'inbound-freight-desk',
  traceMetadata: { user_id: 'planner.jvandijk', site: 'RTM-WH' },
});
await runner.run(agent, 'Can you book the pickup for inbound IN-RTM-55120 from Rheinstahl in Duisburg? It should be ready on Thursday.');
writeTrace(here, 'trace.jsonl');
