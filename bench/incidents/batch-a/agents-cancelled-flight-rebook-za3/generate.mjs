// Airline travel assistant: a passenger whose flight was cancelled is rebooked. The concierge hands
// the conversation to the rebooking desk with tool history stripped (removeAllTools) and writes the
// facts it found into its hand-over message. Offline: scripted model replies.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getBooking = tool({
  name: 'get_booking',
  description: 'Retrieve a booking (PNR) with segments, status and passenger preferences.',
  parameters: z.object({ record_locator: z.string(), last_name: z.string() }),
  execute: async ({ record_locator }) => JSON.stringify({
    record_locator, passenger: 'OKAFOR/AMARA MS', tier: 'Gold', seat_preference: 'AISLE',
    segments: [{ flight: 'BA0175', date: '2025-11-19', from: 'LHR', to: 'JFK', dep: '10:25', arr: '13:20', cabin: 'M', status: 'UN', remark: 'CANCELLED BY CARRIER - OPS' }],
    ticket: '125-2489910337',
  }),
});

const getFareRules = tool({
  name: 'get_fare_rules',
  description: 'Fare rules that apply to the ticket for voluntary and involuntary changes.',
  parameters: z.object({ ticket: z.string(), reason: z.string() }),
  execute: async ({ ticket, reason }) => JSON.stringify({
    ticket, reason, fare_basis: 'OLN0Z7S3',
    involuntary: { change_fee: 0, fare_difference: 'waived', allowed_carriers: ['BA', 'AA', 'IB', 'AY'], same_cabin: true, date_window_days: 2 },
  }),
});

const searchFlights = tool({
  name: 'search_flights',
  description: 'Search seat availability.',
  parameters: z.object({ origin: z.string(), destination: z.string(), date: z.string(), arrive_before: z.string(), carriers: z.array(z.string()), cabin: z.string() }),
  execute: async ({ origin, destination, date }) => JSON.stringify({ origin, destination, date, results: [
    { flight: 'BA0117', dep: '08:20', arr: '11:15', cabin: 'M', seats: 4, aisle_available: true },
    { flight: 'AA0101', dep: '11:05', arr: '14:00', cabin: 'M', seats: 9, aisle_available: false },
    { flight: 'BA0113', dep: '14:40', arr: '17:35', cabin: 'M', seats: 2, aisle_available: true },
  ] }),
});

const reissue = tool({
  name: 'reissue_ticket',
  description: 'Rebook and reissue the ticket onto a new flight.',
  parameters: z.object({ record_locator: z.string(), ticket: z.string(), new_flight: z.string(), date: z.string(), seat: z.string(), waiver_code: z.string() }),
  execute: async ({ record_locator, new_flight, date }) => JSON.stringify({
    record_locator, status: 'TICKETED', new_ticket: '125-2489910412', flight: new_flight, date, dep: '08:20', arr: '11:15', seat: '31C', amount_collected: { value: 0, currency: 'GBP' },
  }),
});

const m = scriptedModel([
  // Concierge
  { tool_calls: [{ name: 'get_booking', args: { record_locator: 'K7QX2M', last_name: 'Okafor' } }] },
  { tool_calls: [{ name: 'get_fare_rules', args: { ticket: '125-2489910337', reason: 'INVOLUNTARY_CARRIER_CANCEL' } }] },
  { content: 'Handing over to Rebooking. Case summary: booking K7QX2M, ticket 125-2489910337, passenger Amara Okafor (Gold, prefers an aisle seat). BA0175 LHR-JFK on 19 Nov (dep 10:25) was cancelled by the carrier, so this is an involuntary change: change fee 0 and fare difference waived, same cabin (economy, M), allowed on BA, AA, IB or AY within 2 days. Passenger must land at JFK before 18:00 local on 19 Nov.',
    tool_calls: [{ name: 'transfer_to_Rebooking', args: {} }] },
  // Rebooking
  { tool_calls: [{ name: 'search_flights', args: { origin: 'LHR', destination: 'JFK', date: '2025-11-19', arrive_before: '18:00', carriers: ['BA', 'AA', 'IB', 'AY'], cabin: 'M' } }] },
  { tool_calls: [{ name: 'reissue_ticket', args: { record_locator: 'K7QX2M', ticket: '125-2489910337', new_flight: 'BA0117', date: '2025-11-19', seat: 'AISLE', waiver_code: 'INVOL-OPS' } }] },
  { content: "You're rebooked, Amara. New flight: BA117 tomorrow, 19 Nov, leaving Heathrow at 08:20 and landing at JFK at 11:15, seat 31C (aisle). Your new ticket number is 125-2489910412 and there is nothing to pay, since the cancellation was ours. If you'd rather fly later, BA113 (lands 17:35) also has aisle seats." },
], { seed: 'rebook-za3' });

const rebooking = new Agent({
  name: 'Rebooking',
  instructions: 'You rebook passengers on disrupted itineraries within the fare rules you are given. Respect arrival constraints and seat preferences.',
  model: m, tools: [searchFlights, reissue],
});
const concierge = new Agent({
  name: 'Trip Concierge',
  instructions: 'You are the first point of contact. Look up the booking and the applicable fare rules, then hand over to Rebooking with a complete case summary.',
  model: m, tools: [getBooking, getFareRules],
  handoffs: [handoff(rebooking, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'trip-K7QX2M-20251118T0912Z', workflowName: 'Disruption desk', traceMetadata: { user: 'ff-88213470' } });
const res = await runner.run(concierge, "Hi, my flight to New York tomorrow just got cancelled (booking K7QX2M, surname Okafor). Please get me on something else, I have to land before 6pm because of my brother's wedding rehearsal.");
console.log(res.finalOutput);
writeTrace(here, 'trace.jsonl');
