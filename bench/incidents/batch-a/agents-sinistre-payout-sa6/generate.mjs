// Insurance claims: intake looks the policy up, hands off to payouts with tool history stripped.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getPolicy = tool({
  name: 'get_policy', description: 'Fetch a homeowner policy and its remaining limits.',
  parameters: z.object({ policy_no: z.string() }),
  execute: async ({ policy_no }) => JSON.stringify({
    policy_no, holder: 'Dana Whitfield', product: 'HomeShield Basic', status: 'in_force',
    deductible_usd: 1500, peril_storm: true, annual_storm_cap_usd: 10000, storm_paid_ytd_usd: 5800,
  }),
});
const issuePayout = tool({
  name: 'issue_payout', description: 'Issue an ACH payout for an approved claim.',
  parameters: z.object({ claim_id: z.string(), policy_no: z.string(), amount_usd: z.number(), memo: z.string() }),
  execute: async (a) => JSON.stringify({ payout_id: 'ach_7Q2M91XK', claim_id: a.claim_id, amount_usd: a.amount_usd, state: 'submitted', eta: '2-3 business days' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_policy', args: { policy_no: 'HS-204-77310' } }] },
  { content: 'Policy HS-204-77310 is in force and covers storm damage. Passing you to Payouts to settle it.', tool_calls: [{ name: 'transfer_to_Payouts', args: {} }] },
  { tool_calls: [{ name: 'issue_payout', args: { claim_id: 'CLM-26-004417', policy_no: 'HS-204-77310', amount_usd: 10800, memo: 'Storm roof repair 11300 less standard deductible 500' } }] },
  { content: 'Your claim CLM-26-004417 is approved. We have sent $10,800.00 (roof repair of $11,300 minus the $500 deductible) by ACH, reference ach_7Q2M91XK; it should arrive in 2-3 business days.' },
], { seed: 'sinistre-sa6' });

const payouts = new Agent({
  name: 'Payouts',
  instructions: 'You settle approved property claims. Pay the documented repair cost minus the policy deductible (standard deductible is $500 when no other deductible is known), never above the remaining cap, then confirm to the customer.',
  model: m, tools: [issuePayout],
});
const intake = new Agent({
  name: 'Claims Intake',
  instructions: 'You take first notice of loss. Look up the policy, check coverage, then transfer to Payouts.',
  model: m, tools: [getPolicy],
  handoffs: [handoff(payouts, { inputFilter: removeAllTools })],
});
const runner = new Runner({ groupId: '5b0e2c1a-93f4-4d7e-a8b2-6c1f0d9e4a77', workflowName: 'Claims FNOL', traceMetadata: { user_id: 'pol-HS-204-77310' } });
await runner.run(intake, 'Hi, the March 3 storm took part of my roof. Policy HS-204-77310, claim CLM-26-004417. The roofer invoice is $11,300, already uploaded. Can you pay it out?');
writeTrace(here, 'trace.jsonl');
