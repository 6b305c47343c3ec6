// Pharmacy refill assistant: two patients of the same store, each in their own chat session, served by
// one process. The refill lookup keeps a short-lived cache of the last pharmacy-system response per store.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here, rand,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-02-11T14:03:12.000Z', 77);
const id = () => 'call_' + Array.from({ length: 24 }, () => '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(rand() * 62)]).join('');

const pharmacyDb = {
  'pt-20931': { patient_id: 'pt-20931', patient: 'Maryam Okafor', rx: 'RX-6604187', drug: 'Sertraline 50 mg tablet', qty: 30,
    status: 'ready_for_pickup', bin: 'B-14', copay_usd: 12.4, prescriber: 'Dr. H. Lindqvist', refills_left: 2 },
  'pt-77102': { patient_id: 'pt-77102', patient: 'Daniel Reyes', rx: 'RX-6611920', drug: 'Lisinopril 10 mg tablet', qty: 90,
    status: 'awaiting_prescriber_authorization', bin: null, copay_usd: null, prescriber: 'Dr. P. Amato', refills_left: 0 },
};
const cache = new Map(); // store_id -> { at, body }
const refillStatus = tool(async ({ patient_id, store_id }) => {
  const hit = cache.get(store_id);
  if (hit && Date.now() - hit.at < 15 * 60_000) return hit.body;
  const body = JSON.stringify({ store_id, ...pharmacyDb[patient_id], checked_at: new Date().toISOString() });
  cache.set(store_id, { at: Date.now(), body });
  return body;
}, { name: 'get_refill_status', description: 'Current refill status of the patient\'s active prescription at a store',
  schema: z.object({ patient_id: z.string(), store_id: z.string() }) });
const notify = tool(async ({ patient_id, channel, message }) => JSON.stringify({ queued: true, patient_id, channel, notification_id: 'ntf_' + Math.floor(rand() * 1e9).toString(36) }),
  { name: 'send_pickup_reminder', description: 'Sends the patient a pickup reminder', schema: z.object({ patient_id: z.string(), channel: z.enum(['sms', 'email']), message: z.string() }) });

const SYSTEM = new SystemMessage('You are the refill assistant for Northgate Pharmacy #0412. Only discuss the signed-in patient\'s own prescriptions.');
const run = async (replies, userId, session, text) => {
  const model = new ScriptedChatModel({ replies });
  const g = agentGraph({ model, tools: [refillStatus, notify], prepare: async (m) => [SYSTEM, ...m], name: 'refill_assistant' });
  await traced(g, { messages: [new HumanMessage(text)] }, { project: 'northgate-refills', runName: 'refill_assistant',
    metadata: { session_id: session, user_id: userId, store_id: 'store-0412' } });
};
const [a1, a2, b1, b2] = [id(), id(), id(), id()];
await run([
  { content: '', tool_calls: [{ id: a1, name: 'get_refill_status', args: { patient_id: 'pt-20931', store_id: 'store-0412' } }] },
  { content: '', tool_calls: [{ id: a2, name: 'send_pickup_reminder', args: { patient_id: 'pt-20931', channel: 'sms', message: 'Your prescription RX-6604187 is ready for pickup at Northgate #0412, bin B-14.' } }] },
  { content: 'Good news, your Sertraline 50 mg (30 tablets, RX-6604187) is ready for pickup at bin B-14. Your copay is $12.40 and you have 2 refills left. I also sent you an SMS reminder.' },
], 'pt-20931', 'sess_4c07e2b9a1', 'Hi, is my refill ready yet? I want to pick it up after work.');
advance(minutes(6), minutes(8));
await run([
  { content: '', tool_calls: [{ id: b1, name: 'get_refill_status', args: { patient_id: 'pt-77102', store_id: 'store-0412' } }] },
  { content: '', tool_calls: [{ id: b2, name: 'send_pickup_reminder', args: { patient_id: 'pt-77102', channel: 'sms', message: 'Your prescription RX-6604187 is ready for pickup at Northgate #0412, bin B-14.' } }] },
  { content: 'Yes! Your Sertraline 50 mg (30 tablets, RX-6604187) is ready for pickup at bin B-14. The copay is $12.40, and you have 2 refills remaining. I\'ve texted you a reminder.' },
], 'pt-77102', 'sess_91d3f05c6e', 'hello can you check whether my blood pressure refill went through? running low');
writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
