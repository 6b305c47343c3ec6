// Fleet maintenance planner (English): checks a van's mileage against its service history and updates the plan.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-01-20T13:04:51.000Z', 303);
const dir = here(import.meta.url);

const history = tool(async ({ unit }) => JSON.stringify({ unit, model: 'Ford Transit 350 L3H2', interval_km: 20000,
  services: [
    { date: '2024-02-14', odometer_km: 162310, type: 'B-service', workshop: 'Leeds Depot' },
    { date: '2024-08-29', odometer_km: 182405, type: 'A-service', workshop: 'Leeds Depot' } ] }), {
  name: 'get_service_history', description: 'Workshop service records for a fleet unit.', schema: z.object({ unit: z.string() }) });

const telemetry = tool(async ({ unit }) => JSON.stringify({ unit, device: 'TLM-GW4-00A7F3', odometer_km: 0,
  fuel_pct: null, last_sync: '1970-01-01T00:00:00Z', gps: null, firmware: '4.12.0' }), {
  name: 'get_vehicle_telemetry', description: 'Latest telematics reading (odometer, fuel, position) for a fleet unit.',
  schema: z.object({ unit: z.string() }) });

const updatePlan = tool(async (args) => JSON.stringify({ ok: true, plan_ref: 'MP-25-01187', ...args }), {
  name: 'update_maintenance_plan', description: 'Writes the next service due point for a unit and whether it is due now.',
  schema: z.object({ unit: z.string(), next_service_km: z.number(), due_now: z.boolean(), note: z.string().optional() }) });

const app = agentGraph({ name: 'fleet_planner', tools: [history, telemetry, updatePlan], model: new ScriptedChatModel({ replies: [
  { tool_calls: [{ id: 'toolu_01HkV7', name: 'get_service_history', args: { unit: 'VAN-LDS-0419' } },
                 { id: 'toolu_01HkV8', name: 'get_vehicle_telemetry', args: { unit: 'VAN-LDS-0419' } }] },
  { content: 'Current reading is 0 km, well short of the next interval.',
    tool_calls: [{ id: 'toolu_01HkWa', name: 'update_maintenance_plan', args: { unit: 'VAN-LDS-0419', next_service_km: 20000, due_now: false,
      note: 'Odometer 0 km per telematics; next service at 20,000 km.' } }] },
  { content: 'VAN-LDS-0419 is not due for a service. Telematics shows 0 km on the current count, so I set the next service at 20,000 km (plan MP-25-01187). No workshop slot needed this month.' },
] }) });

await traced(app, { messages: [
  new SystemMessage('You plan preventive maintenance for the Northway Couriers fleet. Use the service history and telematics; book or defer services via the maintenance plan.'),
  new HumanMessage('Driver says VAN-LDS-0419 feels sluggish. Is it due a service? Sort the plan out either way.') ] },
{ project: 'fleet-ops', metadata: { conversation_id: 'conv_01JHZ3QK8W4R9T2M6B0XN5EDPA', user_id: 'ops.hannah.w' } });
advance(100);
writeRuns(path.join(dir, 'runs.jsonl'));
