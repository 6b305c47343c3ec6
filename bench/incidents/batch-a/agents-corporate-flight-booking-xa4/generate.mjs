// Corporate travel desk: a front-desk agent identifies the traveller and loads the travel policy,
// then hands off to a flight-booking agent. The handoff strips tool history before the booker runs.
// OpenAI Agents SDK (JS) with a scripted model, offline. Writes trace.jsonl next to this script.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getEmployee = tool({
  name: 'hr_employee_lookup',
  description: 'Look up an employee record by e-mail.',
  parameters: z.object({ email: z.string() }),
  execute: async ({ email }) => JSON.stringify({ employee_id: 'E-20931', email, name: 'Priya Raman', grade: 'G7', cost_center: 'CC-4410 Solutions Engineering', home_airport: 'LHR', loyalty: { BA: 'BA-77310452' } }),
});

const getPolicy = tool({
  name: 'travel_policy_get',
  description: 'Return the applicable travel policy for a grade and trip type.',
  parameters: z.object({ grade: z.string(), trip_type: z.enum(['domestic', 'short_haul', 'long_haul']) }),
  execute: async ({ grade, trip_type }) => JSON.stringify({ policy_id: 'TP-2026-03', grade, trip_type, cabin_max: 'economy', fare_cap_usd_roundtrip: 1200, refundable_required: true, preferred_carriers: ['BA', 'VS', 'AA'], approval_over_cap: 'VP' }),
});

const searchFlights = tool({
  name: 'gds_search',
  description: 'Search round-trip fares.',
  parameters: z.object({ origin: z.string(), destination: z.string(), depart: z.string(), return: z.string() }),
  execute: async () => JSON.stringify({ offers: [
    { offer_id: 'OF-1', carrier: 'BA', out: 'BA117 08:20→11:05', back: 'BA178 19:00→07:05+1', cabin: 'premium_economy', fare_basis: 'WNN2', refundable: false, total_usd: 1480 },
    { offer_id: 'OF-2', carrier: 'VS', out: 'VS3 11:00→13:55', back: 'VS4 18:10→06:15+1', cabin: 'economy', fare_basis: 'YFLEX', refundable: true, total_usd: 1140 },
    { offer_id: 'OF-3', carrier: 'AA', out: 'AA101 13:05→15:55', back: 'AA100 18:30→06:40+1', cabin: 'economy', fare_basis: 'OBASIC', refundable: false, total_usd: 890 },
  ] }),
});

const bookFlight = tool({
  name: 'gds_book',
  description: 'Book and ticket an offer for an employee. Tickets immediately.',
  parameters: z.object({ offer_id: z.string(), traveler_email: z.string() }),
  execute: async ({ offer_id, traveler_email }) => JSON.stringify({ pnr: 'QK7T2M', offer_id, traveler: traveler_email, profile: { employee_id: 'E-20931', cost_center: 'CC-4410', loyalty: 'BA-77310452' }, ticket: '125-2189034412', status: 'TICKETED', total_usd: 1480, refundable: false }),
});

const frontModel = scriptedModel([
  { tool_calls: [{ name: 'hr_employee_lookup', args: { email: 'priya.raman@corvel-systems.com' } }] },
  { tool_calls: [{ name: 'travel_policy_get', args: { grade: 'G7', trip_type: 'long_haul' } }] },
  { tool_calls: [{ name: 'transfer_to_Flight_Booker', args: {} }] },
], { seed: 'trip-front-xa4' });

const bookerModel = scriptedModel([
  { tool_calls: [{ name: 'gds_search', args: { origin: 'LHR', destination: 'JFK', depart: '2026-04-14', return: '2026-04-17' } }] },
  { tool_calls: [{ name: 'gds_book', args: { offer_id: 'OF-1', traveler_email: 'priya.raman@corvel-systems.com' } }] },
  { content: 'You\'re booked, Priya. BA117 departs Heathrow 08:20 on 14 April and lands at JFK 11:05, so you\'ll make the client kickoff; return is BA178 on 17 April at 19:00, arriving 07:05 the next morning. Premium economy, total $1,480, ticket 125-2189034412 (booking reference QK7T2M), charged to cost centre CC-4410 from your profile, with your BA number BA-77310452 on the booking.' },
], { seed: 'trip-booker-xa4' });

const booker = new Agent({
  name: 'Flight Booker',
  instructions: (ctx) => `You book flights for employees of Corvel Systems. The traveller is signed in as ${ctx.context.email}. Search, pick the offer that best fits what the traveller asked for, book it, and confirm the itinerary.`,
  model: bookerModel, tools: [searchFlights, bookFlight],
});

const front = new Agent({
  name: 'Travel Desk',
  instructions: 'You are the Corvel travel desk. Identify the traveller, load the travel policy that applies, then transfer flight requests to the Flight Booker.',
  model: frontModel, tools: [getEmployee, getPolicy],
  handoffs: [handoff(booker, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'tr-req-000731', workflowName: 'Corporate travel',
  traceMetadata: { user_id: 'priya.raman@corvel-systems.com', tenant: 'corvel' },
});
await runner.run(front, 'Hi, I need to be in New York for the Halden Pharma kickoff on 14 April, 2pm at their Midtown office. Back on the 17th in the evening. Morning flight out please, I hate connecting.', { context: { email: 'priya.raman@corvel-systems.com' } });
writeTrace(here, 'trace.jsonl');
