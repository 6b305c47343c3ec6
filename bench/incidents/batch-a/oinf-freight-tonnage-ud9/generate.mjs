// Logistics dispatcher (English): container load read from the yard system, a truck booked for it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('dispatch-copilot', { 'deployment.environment': 'production' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const containerManifest = tool(async ({ container_no }) => JSON.stringify({
  container_no, iso_type: '40HC', status: 'DISCHARGED', yard_slot: 'B-14-03',
  cargo: 'machine parts, crated', gross_weight: '18.4 t', tare_weight: '3.9 t', seal: 'SL448821', customs: 'RELEASED' }),
{ name: 'container_manifest', description: 'Reads a container record from the terminal yard system.',
  schema: z.object({ container_no: z.string().describe('ISO 6346 container number') }) });

const FLEET = [
  { max_kg: 1200, vehicle: 'VAN-3.5T', rate_eur: 240 },
  { max_kg: 12000, vehicle: 'RIGID-18T', rate_eur: 610 },
  { max_kg: 28000, vehicle: 'TRACTOR+CHASSIS-40', rate_eur: 890 },
];
const bookHaulage = tool(async ({ container_no, pickup, delivery, weight_kg, date }) => {
  const v = FLEET.find((f) => weight_kg <= f.max_kg);
  return JSON.stringify({ booking_ref: 'HB-88213', container_no, vehicle_class: v.vehicle, weight_kg,
    pickup, delivery, date, slot: '07:30-09:00', rate_eur: v.rate_eur, status: 'CONFIRMED' });
}, { name: 'book_haulage', description: 'Books a haulage job; the vehicle class is chosen from the declared weight.',
  schema: z.object({ container_no: z.string(), pickup: z.string(), delivery: z.string(),
    weight_kg: z.number().describe('gross weight in kilograms'), date: z.string().describe('YYYY-MM-DD') }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { content: '', tool_calls: [{ name: 'container_manifest', args: { container_no: 'MSKU4471902' } }] },
  { content: '', tool_calls: [{ name: 'book_haulage', args: { container_no: 'MSKU4471902', pickup: 'Felixstowe Trinity Terminal, slot B-14-03',
    delivery: 'Hallam Engineering, Unit 6, Sheffield S9 1XU', weight_kg: 18.4, date: '2024-12-03' } }] },
  { content: 'Done. MSKU4471902 (40HC, customs released) is booked for collection on 3 Dec, 07:30-09:00, booking ref HB-88213, vehicle class VAN-3.5T at €240. Delivery to Hallam Engineering in Sheffield.' },
] });

const app = await reactGraph({ model, tools: [containerManifest, bookHaulage], name: 'dispatch-copilot' });
await t.turn({ userId: 'ops.kwame.asante' }, () => app.invoke({ messages: [
  new SystemMessage('You are the dispatch copilot for Northgate Freight. Book road haulage for containers released at the port.'),
  new HumanMessage('Can you book a truck for MSKU4471902 from Felixstowe to Hallam Engineering, Unit 6, Sheffield S9 1XU on Tuesday 3 December? Use the weight from the yard system.'),
] }, { metadata: { session_id: '6f0c2b9e-41d7-4a8e-9b35-0e7a1c4d52f8' }, runName: 'dispatch-copilot' }));
t.write(path.join(here, 'traces.jsonl'));
