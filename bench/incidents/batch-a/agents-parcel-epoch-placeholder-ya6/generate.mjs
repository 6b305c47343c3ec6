// English parcel-support agent. The carrier API returns an epoch placeholder for "not delivered yet";
// the agent reads it as such, checks claim eligibility and does not file a claim.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const trackParcel = tool({
  name: 'track_parcel',
  description: 'Current tracking state of a parcel from the carrier API.',
  parameters: z.object({ tracking_number: z.string() }),
  execute: async ({ tracking_number }) => JSON.stringify({
    tracking_number, carrier: 'UPS', service: 'Ground',
    status: 'IN_TRANSIT', delivered_at: '1970-01-01T00:00:00Z', signed_by: null,
    last_scan: { at: '2027-01-11T06:42:00Z', facility: 'Louisville, KY hub', event: 'Departed facility' },
    estimated_delivery: '2027-01-13',
  }),
});

const claimEligibility = tool({
  name: 'check_claim_eligibility',
  description: 'Whether a lost-parcel claim can be opened for an order now.',
  parameters: z.object({ order_id: z.string(), tracking_number: z.string() }),
  execute: async () => JSON.stringify({
    eligible: false, reason: 'NOT_YET_DUE',
    rule: 'Lost-parcel claims open 48 hours after a delivery scan, or 5 calendar days after the estimated delivery date if there is no delivery scan.',
    opens_on: '2027-01-18',
  }),
});

const openClaim = tool({
  name: 'open_lost_parcel_claim',
  description: 'Opens a lost-parcel claim and starts a replacement shipment.',
  parameters: z.object({ order_id: z.string(), tracking_number: z.string(), note: z.string() }),
  execute: async () => JSON.stringify({ claim_id: 'CLM-0000', status: 'opened' }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'track_parcel', args: { tracking_number: '1Z84F0A90366174028' } }] },
  { tool_calls: [{ name: 'check_claim_eligibility', args: { order_id: 'BK-204417', tracking_number: '1Z84F0A90366174028' } }] },
  { content: "Thanks for checking with us. Your parcel has not been delivered yet, so there is nothing missing from your doorstep. The carrier's record still says IN_TRANSIT; its delivery date field holds 1 January 1970, which is the carrier's blank value for \"no delivery scan yet\" (that is probably what your app is reading as delivered), and nobody has signed for it.\n\nThe last scan was on 11 January at 06:42 UTC, when it left the Louisville, KY hub, and UPS currently estimates delivery on 13 January.\n\nI haven't opened a lost-parcel claim: with no delivery scan, a claim can only be opened from 18 January (5 days after the estimated date). If it hasn't arrived by then, reply here and we'll open it and ship a replacement." },
], { seed: 'parcel-epoch-ya6' });

const agent = new Agent({
  name: 'Order Support',
  instructions: 'You are the order-support agent for Birchwood Kitchenware. Look parcels up before answering. Only open a lost-parcel claim when check_claim_eligibility says it is eligible.',
  model, tools: [trackParcel, claimEligibility, openClaim],
});

const runner = new Runner({ groupId: 'sup-thread-61b0e7d2', workflowName: 'Order support', traceMetadata: { user: 'cust-88213' } });
await runner.run(agent, "My order BK-204417 (tracking 1Z84F0A90366174028) shows as delivered in the app but there's nothing here. Can you open a claim and send a replacement?");
writeTrace(here, 'trace.jsonl');
