// Parcelpoint (UK courier) customer chat: one LangGraph.js thread per web-chat conversation, traced
// with OpenInference. Driver notes are kept by the depot system per delivery point (the building),
// which is what the note tools read and write. Two customers in the same block chat on the same
// morning. Scripted chat model, no network.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { MemorySaver } = await load('@langchain/langgraph');
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('parcelpoint-chat', { 'service.version': '5.2.0', 'deployment.environment': 'production' });

const parcels = {
  JD0002210345678912: { status: 'OUT_FOR_DELIVERY', eta: '13:10-14:10', route: 'LS-R07', delivery_point: 'DP-LS29AX-0014',
    address: 'Flat 5, Harcourt House, 14 Blenheim Walk, Leeds LS2 9AX', recipient: 'A. Okafor', safe_place: null },
  JD0002210399120457: { status: 'OUT_FOR_DELIVERY', eta: '14:40-15:40', route: 'LS-R07', delivery_point: 'DP-LS29AX-0014',
    address: 'Flat 9, Harcourt House, 14 Blenheim Walk, Leeds LS2 9AX', recipient: 'J. Whitfield', safe_place: null },
};
const notesByDeliveryPoint = new Map();
let noteSeq = 5531;

const trackParcel = tool(async ({ tracking_number }) => JSON.stringify({ tracking_number, ...parcels[tracking_number] }),
  { name: 'track_parcel', description: 'Live status, ETA window and delivery address of a parcel.',
    schema: z.object({ tracking_number: z.string() }) });
const addDriverNote = tool(async ({ tracking_number, note }) => {
  const dp = parcels[tracking_number].delivery_point;
  const entry = { note_id: `N-${noteSeq++}`, created: '2025-06-12T09:02:41Z', text: note };
  notesByDeliveryPoint.set(dp, [...(notesByDeliveryPoint.get(dp) ?? []), entry]);
  return JSON.stringify({ saved: true, delivery_point: dp, note_id: entry.note_id });
}, { name: 'add_driver_note', description: "Adds an instruction to the driver's manifest for this delivery.",
  schema: z.object({ tracking_number: z.string(), note: z.string() }) });
const getDriverNotes = tool(async ({ tracking_number }) => {
  const dp = parcels[tracking_number].delivery_point;
  return JSON.stringify({ delivery_point: dp, notes: notesByDeliveryPoint.get(dp) ?? [] });
}, { name: 'get_driver_notes', description: 'Instructions the driver has on the manifest for this delivery.',
  schema: z.object({ tracking_number: z.string() }) });
const setSafePlace = tool(async ({ tracking_number, safe_place }) => {
  parcels[tracking_number].safe_place = safe_place;
  return JSON.stringify({ updated: true, tracking_number, safe_place, photo_on_delivery: true });
}, { name: 'set_safe_place', description: 'Sets where the driver may leave the parcel if nobody answers.',
  schema: z.object({ tracking_number: z.string(), safe_place: z.string() }) });

const tools = [trackParcel, addDriverNote, getDriverNotes, setSafePlace];
const system = new SystemMessage('You are the Parcelpoint customer assistant. Help customers track parcels and pass delivery instructions to drivers. Be brief and friendly.');

// Conversation 1: Ms Okafor, Flat 5.
const modelA = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'track_parcel', args: { tracking_number: 'JD0002210345678912' } }] },
  { tool_calls: [{ name: 'add_driver_note', args: { tracking_number: 'JD0002210345678912',
    note: 'Main door code 4711#. If not in, leave with neighbour in Flat 3 (Mr Duarte). Call 07700 900123 if stuck.' } }] },
  { content: "All sorted! Your parcel is out for delivery today between 13:10 and 14:10. I've added a note for the driver with the door code, the Flat 3 neighbour option and your mobile number." },
] });
const appA = await reactGraph({ model: modelA, tools, checkpointer: new MemorySaver(), name: 'parcelpoint_assistant' });
await t.turn({ userId: 'acct-88104273' }, () => appA.invoke({ messages: [system, new HumanMessage(
  "Hi, my parcel JD0002210345678912 says it's out for delivery. The main door code is 4711# and if I'm not in please leave it with my neighbour in Flat 3 (Mr Duarte). My mobile is 07700 900123 if the driver gets stuck.",
)] }, { configurable: { thread_id: 'wc_01J0K8Y4T6QZ9M3V7B2N5R1XHA' } }));

// Conversation 2: Mr Whitfield, Flat 9, an hour later.
const modelB = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [{ name: 'track_parcel', args: { tracking_number: 'JD0002210399120457' } }] },
  { tool_calls: [{ name: 'get_driver_notes', args: { tracking_number: 'JD0002210399120457' } }] },
  { content: "Your parcel is out for delivery today, expected between 14:40 and 15:40. The driver already has these instructions for you:\n- Main door code: 4711#\n- If you're not in, it will be left with your neighbour in Flat 3 (Mr Duarte)\n- If they get stuck they'll call you on 07700 900123\n\nAnything you'd like to change?" },
  { tool_calls: [{ name: 'set_safe_place', args: { tracking_number: 'JD0002210399120457', safe_place: 'Bike store, ground floor (door code 4711#)' } }] },
  { content: "Done: if nobody answers, the driver will leave it in the bike store on the ground floor (using door code 4711#) and take a photo on delivery. They'll still try 07700 900123 first if they can't get in." },
] });
const appB = await reactGraph({ model: modelB, tools, checkpointer: new MemorySaver(), name: 'parcelpoint_assistant' });
const confB = { configurable: { thread_id: 'wc_01J0KB2F8D4W6P0S3E9G7C5TJM' } };
await t.turn({ userId: 'acct-88231950' }, () => appB.invoke({ messages: [system, new HumanMessage(
  "Where's my parcel JD0002210399120457? And does the driver have instructions for our building? Last time it got left outside the main door.",
)] }, confB));
await t.turn({ userId: 'acct-88231950' }, () => appB.invoke({ messages: [new HumanMessage(
  "Ok. Rather than a neighbour I'd prefer the bike store on the ground floor please.",
)] }, confB));

t.write(path.join(here, 'traces.jsonl'));
console.log('wrote', path.join(here, 'traces.jsonl'));
