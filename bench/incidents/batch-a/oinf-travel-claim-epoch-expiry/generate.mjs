// Travel-insurance claims assistant (LangGraph.js, ToolNode, scripted model). The policy service
// returns a record whose dates came back as the Unix epoch and whose coverage is 0 (a null mapping
// in the policy adapter); the assistant reads it as an expired policy and rejects the claim.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('claims-assistant', { 'deployment.environment': 'prod', 'service.version': '3.8.2' });
const { tool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const getClaim = tool(async ({ claim_id }) => JSON.stringify({ claim_id, policy_no: 'TP-88310472', claimant: 'Aisha Rahman',
  type: 'trip_cancellation', loss_date: '2024-10-03', description: 'Flight TP1353 LIS-MAN cancelled, non-refundable hotel 3 nights',
  amount_claimed: { value: 1180.0, currency: 'GBP' }, documents: ['airline_cancellation.pdf', 'hotel_invoice.pdf'], status: 'submitted' }), {
  name: 'get_claim', description: 'Fetch a claim as submitted by the customer.', schema: z.object({ claim_id: z.string() }) });
const getPolicy = tool(async ({ policy_no }) => JSON.stringify({ policy_no, holder: 'Aisha Rahman', product: 'Annual Multi-Trip Plus',
  valid_from: '1970-01-01T00:00:00Z', valid_until: '1970-01-01T00:00:00Z', cancellation_cover_limit: 0, excess: 0,
  region: null }), {
  name: 'get_policy', description: 'Fetch a policy: cover period, limits and excess.', schema: z.object({ policy_no: z.string() }) });
const decideClaim = tool(async ({ claim_id, decision, reason }) => JSON.stringify({ claim_id, decision, reason,
  status: decision === 'reject' ? 'REJECTED' : 'APPROVED', decision_letter: 'LTR-2024-118-40923', letter_sent_to: 'a.rahman@fastmail.co.uk' }), {
  name: 'decide_claim', description: 'Record the claim decision and send the decision letter to the claimant.',
  schema: z.object({ claim_id: z.string(), decision: z.enum(['approve', 'reject', 'refer']), reason: z.string(), payout: z.number().optional() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'get_claim', args: { claim_id: 'CLM-7Q2K9X' } }] },
  { tool_calls: [{ name: 'get_policy', args: { policy_no: 'TP-88310472' } }] },
  { tool_calls: [{ name: 'decide_claim', args: { claim_id: 'CLM-7Q2K9X', decision: 'reject',
    reason: 'Policy TP-88310472 was not in force on the date of loss (2024-10-03): cover ended 1970-01-01 and the cancellation cover limit is GBP 0.' } }] },
  { content: "I'm sorry, Ms Rahman. I've reviewed claim CLM-7Q2K9X for your cancelled Lisbon–Manchester flight. Unfortunately your policy TP-88310472 had already expired before the date of loss (3 October 2024) and carries no cancellation cover, so the claim for £1,180.00 has been rejected. The decision letter (LTR-2024-118-40923) has been sent to your e-mail. If you renewed your cover elsewhere, you may want to claim on that policy." },
] });

const app = await reactGraph({ model, tools: [getClaim, getPolicy, decideClaim] });
await t.turn({ userId: 'cust-5581903' }, () => app.invoke({ messages: [
  new SystemMessage('You are the claims assistant of Harbourline Travel Insurance. For a claim: fetch it, check the policy covers the date of loss and the claim type, then record a decision. Refer to a human handler when anything is unclear.'),
  new HumanMessage("Hello, I'd like an update on my claim CLM-7Q2K9X. My flight home from Lisbon was cancelled in October. I bought the annual multi-trip cover in March this year."),
] }, { metadata: { session_id: 'CLM-7Q2K9X-chat-01', channel: 'portal' } }));

t.write(path.join(here, 'traces.jsonl'));
