// Motor-insurance claims chat (English, UK): a policyholder reports a cracked windscreen. The policy
// service is flaky at first; the glass excess on this policy is nil; no mobile fitter covers the area.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, advance, minutes, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
let policyCalls = 0;

const getPolicy = tool(async ({ policy_ref }) => {
  if (++policyCalls === 1) throw new Error('PolicyAdminError: 503 Service Unavailable (upstream pas-core timed out after 10000 ms)');
  return JSON.stringify({ policy_ref, holder: 'Mr Dev Patel', vehicle: { reg: 'LK19 XRT', model: 'Skoda Octavia Estate 2019' },
    cover: 'comprehensive', status: 'in force', period: '2024-11-02/2025-11-01',
    excess: { compulsory_gbp: 250, voluntary_gbp: 150 },
    windscreen_cover: { included: true, repair_excess_gbp: 0, replacement_excess_gbp: 0,
      basis: 'Protected Glass add-on (purchased at renewal)', affects_no_claims_discount: false } });
}, { name: 'get_policy', description: 'Fetch a motor policy by reference (MTR-NNNNNNN).', latency: [200, 900],
  schema: z.object({ policy_ref: z.string() }) });

const findFitters = tool(async ({ postcode, service }) => JSON.stringify(service === 'mobile'
  ? { postcode, service, radius_miles: 15, results: [] }
  : { postcode, service, radius_miles: 15, results: [{ fitter_id: 'GF-2207', name: 'ClearView Glass Centre Ashford',
      address: 'Unit 4, Orbital Park, Ashford TN24 0SA', distance_miles: 11.8, next_slots: ['2025-06-18T09:30', '2025-06-18T13:00', '2025-06-19T08:30'] }] }), {
  name: 'find_glass_fitters', description: 'Approved windscreen fitters near a postcode; service is "mobile" or "centre".',
  schema: z.object({ postcode: z.string(), service: z.enum(['mobile', 'centre']) }) });

const openClaim = tool(async (a) => JSON.stringify({ claim_ref: 'CLM-25-0617-88314', ...a, status: 'open', customer_pays_gbp: a.excess_gbp }), {
  name: 'open_glass_claim', description: 'Open a windscreen claim and book the fitter slot.',
  schema: z.object({ policy_ref: z.string(), fitter_id: z.string(), slot: z.string(), damage: z.string(), excess_gbp: z.number() }) });

const tools = [getPolicy, findFitters, openClaim];
const SYSTEM = 'You are the claims assistant for Kestrel Motor Insurance. Verify the policy before discussing cover. '
  + 'If a system call fails, retry once before telling the customer. Never book without the customer choosing a slot.';
const meta = { session_id: 'kmi-chat-4f0c2a91', user_id: 'MTR-3380417', channel: 'web' };
const run = (replies, messages) => traced(agentGraph({ model: new ScriptedChatModel({ replies, model: 'claude-3-5-haiku-20241022', provider: 'anthropic' }),
  tools, name: 'claims_assistant' }), { messages }, { project: 'kestrel-claims', metadata: meta });

startClock('2025-06-17T18:21:40Z', 5);
let s = await run([
  { tool_calls: [{ id: 'toolu_01Hc7', name: 'get_policy', args: { policy_ref: 'MTR-3380417' } }] },
  { tool_calls: [{ id: 'toolu_01Hc8', name: 'get_policy', args: { policy_ref: 'MTR-3380417' } }] },
  { tool_calls: [{ id: 'toolu_01Hc9', name: 'find_glass_fitters', args: { postcode: 'TN23 5QP', service: 'mobile' } }] },
  { content: 'Thanks Mr Patel, your Octavia (LK19 XRT) is covered. Your policy includes the Protected Glass add-on, so a windscreen repair or replacement has a £0 excess and won\'t affect your no-claims discount. Unfortunately none of our approved mobile fitters covers TN23 5QP at the moment, so I can\'t send someone to your home. Would a fitting centre work for you instead?' },
], [new SystemMessage(SYSTEM), new HumanMessage('Hi, a stone cracked my windscreen on the M20 this afternoon, crack is about 20cm from the passenger side. Policy MTR-3380417, postcode TN23 5QP. Can someone come to my house?')]);

advance(minutes(2), minutes(4));
s = await run([
  { tool_calls: [{ id: 'toolu_01Hd1', name: 'find_glass_fitters', args: { postcode: 'TN23 5QP', service: 'centre' } }] },
  { content: 'The nearest approved centre is ClearView Glass Centre Ashford, Unit 4, Orbital Park (11.8 miles). Free slots: Wed 18 June 09:30 or 13:00, or Thu 19 June 08:30. A 20 cm crack will need a replacement rather than a repair. Which slot would you like?' },
], [...s.messages, new HumanMessage('Ok, a centre is fine.')]);

advance(minutes(3), minutes(6));
await run([
  { tool_calls: [{ id: 'toolu_01Hd4', name: 'open_glass_claim', args: { policy_ref: 'MTR-3380417', fitter_id: 'GF-2207',
    slot: '2025-06-18T13:00', damage: 'windscreen crack approx. 20 cm, passenger side, stone chip M20', excess_gbp: 0 } }] },
  { content: 'Booked: claim CLM-25-0617-88314, windscreen replacement at ClearView Glass Centre Ashford on Wednesday 18 June at 13:00. And yes, you pay nothing: your usual £400 excess (£250 compulsory + £150 voluntary) applies to other claims, but glass claims under your Protected Glass add-on carry a £0 excess. Please bring the car\'s V5C reference or the policy number.' },
], [...s.messages, new HumanMessage('Wednesday 1pm please. And just to check, I really pay nothing? My excess is £400 normally.')]);

const written = writeRuns(path.join(dir, 'runs.jsonl'));
console.log(`runs.jsonl: ${written.length} runs`);
