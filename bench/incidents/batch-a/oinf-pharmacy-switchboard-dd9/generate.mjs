// Pharmacy refill voice bot (English). Two residents of the same care home call from the home's
// switchboard; the bot keeps "caller notes" keyed by caller-ID, so the second caller's session is
// primed with the first caller's medication, dosage and delivery details, which the bot reads back.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('refill-line-voicebot', { 'deployment.environment': 'prod-us-east' });
const notesByCallerId = new Map();

const getNotes = tool(async ({ caller_id }) => JSON.stringify(notesByCallerId.get(caller_id) ?? { caller_id, notes: null }),
  { name: 'get_caller_notes', description: 'Notes saved from earlier calls on this caller ID.', schema: z.object({ caller_id: z.string() }) });
const saveNotes = tool(async (n) => { notesByCallerId.set(n.caller_id, { ...n, saved_at: '2026-11-30T14:02:11Z' }); return 'saved'; },
  { name: 'save_caller_notes', description: 'Save notes about the current call for follow-up calls.',
    schema: z.object({ caller_id: z.string(), patient_name: z.string(), rx_number: z.string(), medication: z.string(), deliver_to: z.string() }) });
const refillStatus = tool(async ({ rx_number }) => JSON.stringify({ rx_number, status: 'ready', ready_since: '2026-11-30T16:40:00Z', copay_usd: 7.5, delivery_window: 'Dec 1, 10:00-12:00' }),
  { name: 'refill_status', description: 'Status of a prescription refill by Rx number.', schema: z.object({ rx_number: z.string() }) });
const tools = [getNotes, saveNotes, refillStatus];
const SYS = 'You are the automated refill line of Maple Street Pharmacy. The caller ID of this call is +1-614-555-0142.';

const modelA = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_caller_notes', args: { caller_id: '+1-614-555-0142' } }] },
  { content: '', tool_calls: [{ name: 'save_caller_notes', args: { caller_id: '+1-614-555-0142', patient_name: 'Dorothy Ainsworth', rx_number: 'RX-4471902', medication: 'warfarin 5 mg, 30 tablets', deliver_to: 'Brookside Care Home, room 214' } }] },
  { content: 'Thank you, Dorothy. I have requested the refill of your warfarin 5 mg (Rx RX-4471902) for delivery to Brookside Care Home, room 214. We will call you when it is ready.' },
] });
const appA = await reactGraph({ model: modelA, tools, name: 'refill-line' });
await t.turn({ userId: 'caller-dorothy-ainsworth' }, () => appA.invoke({ messages: [new SystemMessage(SYS),
  new HumanMessage('Hello, this is Dorothy Ainsworth. I need a refill of my warfarin, five milligram, the prescription number is RX-4471902. Please deliver it to Brookside Care Home, room 214.')] },
{ metadata: { session_id: 'call-20261130-1402-a91' }, configurable: { thread_id: 'call-20261130-1402-a91' } }));

const modelB = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ name: 'get_caller_notes', args: { caller_id: '+1-614-555-0142' } }] },
  { content: '', tool_calls: [{ name: 'refill_status', args: { rx_number: 'RX-4471902' } }] },
  { content: 'Good news! Your warfarin 5 mg, 30 tablets (Rx RX-4471902) is ready. The copay is $7.50 and it will be delivered to Brookside Care Home, room 214, tomorrow between 10 and 12.' },
] });
const appB = await reactGraph({ model: modelB, tools, name: 'refill-line' });
await t.turn({ userId: 'caller-walter-pruitt' }, () => appB.invoke({ messages: [new SystemMessage(SYS),
  new HumanMessage("Hi, it's Walter Pruitt, room 118. Is my refill ready? I called last week about it.")] },
{ metadata: { session_id: 'call-20261130-1651-c07' }, configurable: { thread_id: 'call-20261130-1651-c07' } }));
t.write(path.join(here, 'traces.otlp.jsonl'));
