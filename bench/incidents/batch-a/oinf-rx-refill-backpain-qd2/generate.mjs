// Pharmacy refill assistant (LangGraph.js + scripted model, MemorySaver checkpointer), traced with OpenInference.
// The app fits the conversation into a token budget before each model call (trimMessages, last, start on human).
// Run from the checkout root: node bench/incidents/batch-a/oinf-rx-refill-backpain-qd2/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('refill-assistant', { 'deployment.environment': 'production', 'service.version': '1.31.0' });
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage, trimMessages } = await load('@langchain/core/messages');
const { MemorySaver } = await load('@langchain/langgraph');

const BUDGET = 700; // history budget (approximate tokens) per model call
const countTokens = (msgs) => msgs.reduce((n, m) => n + 4 + Math.ceil(
  (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)).length / 4)
  + Math.ceil(JSON.stringify(m.tool_calls ?? []).length / 4), 0);
const SYSTEM = new SystemMessage('You are the refill assistant of Hollis Pharmacy. Patient: PT-00918273 (Dana Whitfield). '
  + 'Use the tools to check refills, place orders and book delivery. Be brief.');
const prepare = async (messages) => [SYSTEM, ...await trimMessages(messages, {
  maxTokens: BUDGET, strategy: 'last', tokenCounter: countTokens, startOn: 'human' })];

const profile = tool(async ({ patientId }) => JSON.stringify({ patientId, name: 'Dana Whitfield', dob: '1958-04-22',
  prescriptionsOnFile: [
    { rxNumber: 'RX6620418', drug: 'Atorvastatin 20 mg tab', sig: '1 tab at bedtime', refillsLeft: 3 },
    { rxNumber: 'RX6620419', drug: 'Lisinopril 10 mg tab', sig: '1 tab daily', refillsLeft: 1 }],
  allergies: [], insurance: 'Medicare Part D – plan S5601' }),
{ name: 'get_patient_profile', description: 'Prescriptions dispensed by this pharmacy, allergies, insurance.',
  schema: z.object({ patientId: z.string() }) });
const checkRefill = tool(async ({ rxNumber }) => JSON.stringify({ rxNumber, eligible: true, earliestFillDate: '2025-02-17', copayUsd: rxNumber === 'RX6620418' ? 0 : 2.5 }),
{ name: 'check_refill', description: 'Whether a prescription can be refilled now.', schema: z.object({ rxNumber: z.string() }) });
const placeRefill = tool(async ({ rxNumber, orderId }) => JSON.stringify({ orderId: orderId ?? 'ORD-7731-K', rxNumber, status: 'QUEUED_FOR_FILL' }),
{ name: 'place_refill', description: 'Queue a refill; pass orderId to add it to an open order.',
  schema: z.object({ rxNumber: z.string(), orderId: z.string().optional() }) });
const slots = tool(async ({ zip, day }) => JSON.stringify({ zip, day, slots: [
  { slotId: 'DLV-0220-AM', window: '09:00-12:00' }, { slotId: 'DLV-0220-PM', window: '13:00-17:00' }] }),
{ name: 'get_delivery_slots', description: 'Courier windows for a ZIP code and day.', schema: z.object({ zip: z.string(), day: z.string() }) });
const book = tool(async ({ orderId, slotId, address }) => JSON.stringify({ orderId, slotId, address, status: 'SCHEDULED', date: '2025-02-20', window: '13:00-17:00' }),
{ name: 'book_delivery', description: 'Attach a delivery slot and address to an order.',
  schema: z.object({ orderId: z.string(), slotId: z.string(), address: z.string() }) });
const searchOtc = tool(async ({ query }) => JSON.stringify({ query, results: [
  { sku: 'OTC-118204', name: 'Ibuprofen 400 mg, 24 tablets', priceUsd: 6.49, label: 'Take with food. Do not exceed 1200 mg/day without medical advice.' },
  { sku: 'OTC-118377', name: 'Naproxen sodium 220 mg, 24 caplets', priceUsd: 7.29, label: 'Take with water. Max 2 caplets in 24 h.' },
  { sku: 'OTC-104455', name: 'Acetaminophen 500 mg, 50 caplets', priceUsd: 5.99, label: 'Max 3000 mg/day. Contains acetaminophen.' },
  { sku: 'OTC-120918', name: 'Diclofenac 1% gel, 100 g', priceUsd: 11.99, label: 'Apply to affected area up to 4 times daily.' }] }),
{ name: 'search_otc', description: 'Search the over-the-counter catalog.', schema: z.object({ query: z.string() }) });
const addOtc = tool(async ({ orderId, sku, qty }) => JSON.stringify({ orderId, sku, qty, status: 'ADDED', orderTotalUsd: 8.99 }),
{ name: 'add_otc_item', description: 'Add an OTC product to an open order.',
  schema: z.object({ orderId: z.string(), sku: z.string(), qty: z.number() }) });

const model = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  // turn 1
  { tool_calls: [{ name: 'get_patient_profile', args: { patientId: 'PT-00918273' } }] },
  { tool_calls: [{ name: 'check_refill', args: { rxNumber: 'RX6620418' } }] },
  { content: 'Thanks, Dana — I\'ve noted the warfarin from Riverside. Your atorvastatin 20 mg (RX6620418) can be refilled now, $0 copay. Shall I place it?' },
  // turn 2
  { tool_calls: [{ name: 'place_refill', args: { rxNumber: 'RX6620418' } }] },
  { tool_calls: [{ name: 'place_refill', args: { rxNumber: 'RX6620419', orderId: 'ORD-7731-K' } }] },
  { content: 'Done: atorvastatin and lisinopril are queued on order ORD-7731-K. Lisinopril has a $2.50 copay and this uses your last refill, so you\'ll need a new prescription next time.' },
  // turn 3
  { tool_calls: [{ name: 'get_delivery_slots', args: { zip: '97214', day: '2025-02-20' } }] },
  { tool_calls: [{ name: 'book_delivery', args: { orderId: 'ORD-7731-K', slotId: 'DLV-0220-PM', address: '14 Alder Ct, Portland OR 97214' } }] },
  { content: 'Booked: Thursday Feb 20, 1–5 pm, to 14 Alder Ct.' },
  // turn 4
  { tool_calls: [{ name: 'search_otc', args: { query: 'back pain relief' } }] },
  { tool_calls: [{ name: 'add_otc_item', args: { orderId: 'ORD-7731-K', sku: 'OTC-118204', qty: 1 } }] },
  { content: 'Sorry about your back! I added Ibuprofen 400 mg (24 tablets, $6.49) to Thursday\'s delivery. Take one with food up to three times a day; if the pain lasts more than 10 days, check in with your doctor.' },
] });

const app = await reactGraph({ model, tools: [profile, checkRefill, placeRefill, slots, book, searchOtc, addOtc],
  prepare, checkpointer: new MemorySaver(), name: 'refill-assistant' });
const config = { configurable: { thread_id: 'thr_hollis_5Jd82QmX' } };
const say = (text) => t.turn({ userId: 'PT-00918273' }, () => app.invoke({ messages: [new HumanMessage(text)] }, config));

await say('Hi, I need to refill my atorvastatin please. Also for your records, I\'m on warfarin 5 mg a day from the '
  + 'Riverside anticoagulation clinic — they fill it there, so it won\'t be in your system.');
await say('Yes please. And can you add my lisinopril to the same order?');
await say('Great. Can it come Thursday afternoon? Address is 14 Alder Ct, Portland 97214.');
await say('One more thing, my lower back has been killing me since the weekend. Could you add something for the pain to that delivery?');

t.write(path.join(here, 'traces.jsonl'));
