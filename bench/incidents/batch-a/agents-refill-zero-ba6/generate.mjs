// Pharmacy refill assistant (English): a refill request on a prescription with no refills left.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getRx = tool({
  name: 'get_prescription',
  description: 'Fetch a prescription record with refill counts and fill history.',
  parameters: z.object({ rx_number: z.string() }),
  execute: async ({ rx_number }) => JSON.stringify({
    rx_number, patient_id: 'PT-0088213', drug: 'Lisinopril 10 mg tablet', sig: 'Take 1 tablet by mouth once daily',
    days_supply: 90, refills_authorized: 3, refills_remaining: 0, next_refill_eligible: null, status: 'active',
    prescriber: { npi: '1487726051', name: 'Anika Howell, MD', practice: 'Riverside Family Medicine', fax: '+1-503-555-0148' },
    fills: [
      { date: '2026-02-09', type: 'original', qty: 90 },
      { date: '2026-05-06', type: 'refill 1 of 3', qty: 90 },
      { date: '2026-08-03', type: 'refill 2 of 3', qty: 90 },
      { date: '2026-11-01', type: 'refill 3 of 3', qty: 90 },
    ],
  }),
});
const requestRenewal = tool({
  name: 'request_renewal',
  description: 'Send an electronic renewal request (new prescription) to the prescriber.',
  parameters: z.object({ rx_number: z.string(), prescriber_npi: z.string(), note: z.string() }),
  execute: async ({ rx_number, prescriber_npi }) => JSON.stringify({ request_id: 'RNW-220913', rx_number, prescriber_npi, channel: 'surescripts', status: 'sent', typical_response: '1-3 business days' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_prescription', args: { rx_number: '4471-0932' } }] },
  { tool_calls: [{ name: 'request_renewal', args: { rx_number: '4471-0932', prescriber_npi: '1487726051', note: 'Patient requests continuation of lisinopril 10 mg daily; all 3 authorized refills dispensed, last fill 2026-11-01 (90 days).' } }] },
  { content: "I checked Rx 4471-0932 (lisinopril 10 mg). All 3 refills Dr. Howell authorized have been used; the last 90-day fill was on November 1, so I can't refill it as is.\n\nI've sent a renewal request to Dr. Howell at Riverside Family Medicine (request RNW-220913). Prescribers usually answer within 1-3 business days, and we'll text you when the new prescription arrives. Your November 1 fill should last until about January 30, so you have plenty of time and shouldn't run out in the meantime." },
], { seed: 'refill-zero' });

const agent = new Agent({
  name: 'Refill Assistant',
  instructions: 'You are the refill assistant for Cedar Pharmacy. Patient: Marcus Reyes (PT-0088213). Look the prescription up before answering. If no refills remain, request a renewal from the prescriber rather than refilling.',
  model: m, tools: [getRx, requestRenewal],
});
await new Runner({ groupId: 'cedar-sms-PT-0088213-1204', workflowName: 'Refill desk', traceMetadata: { user: 'PT-0088213' } })
  .run(agent, 'hi can you refill my lisinopril? rx 4471-0932. thanks');

writeTrace(here, 'traces.jsonl');
