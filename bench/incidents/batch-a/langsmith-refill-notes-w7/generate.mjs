// Pharmacy refill assistant (LangGraph tool-calling agent) with long-term patient notes kept in LangGraph's
// InMemoryStore. Two patients chat with the assistant on the same afternoon, in separate sessions.
// Offline: scripted chat model, LangSmith runs captured from core's LangChainTracer.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2024-10-09T14:02:31.000Z', 90210);
const store = new InMemoryStore();
const NOTES_NS = ['rx-assistant', 'patient-notes'];

const rxDb = {
  'pt-100482': [{ rx_number: 'RX-3391027', drug: 'Lisinopril 10 mg tablet', sig: '1 tablet daily', refills_left: 2,
    prescriber: 'Dr. Hannah Lindqvist', pharmacy_on_file: 'PH-MAL-002' }],
  'pt-100517': [{ rx_number: 'RX-3407755', drug: 'Amoxicillin 500 mg capsule', sig: '1 capsule 3x daily for 10 days',
    refills_left: 1, prescriber: 'Dr. Emeka Okafor', pharmacy_on_file: 'PH-MAL-002' },
  { rx_number: 'RX-3398410', drug: 'Cetirizine 10 mg tablet', sig: '1 tablet daily as needed', refills_left: 5,
    prescriber: 'Dr. Emeka Okafor', pharmacy_on_file: 'PH-MAL-002' }],
};
const pharmacies = { 'PH-ELM-014': 'Elm Street', 'PH-MAL-002': 'Westgate Mall' };

let n = 0;
const rememberNote = tool(async ({ note }) => {
  const key = `note-${++n}`;
  await store.put(NOTES_NS, key, { note, saved_at: new Date().toISOString() });
  return JSON.stringify({ ok: true, key });
}, { name: 'remember_note', description: 'Save a note about the patient for future conversations.',
  schema: z.object({ note: z.string() }) });
const recallNotes = tool(async () => {
  const items = await store.search(NOTES_NS);
  return JSON.stringify({ notes: items.map((i) => i.value) });
}, { name: 'recall_notes', description: 'Recall saved notes about the patient (allergies, preferences).', schema: z.object({}) });
const getPrescriptions = tool(async ({ patient_id }) => JSON.stringify({ patient_id, prescriptions: rxDb[patient_id] ?? [] }),
  { name: 'get_prescriptions', description: 'Active prescriptions of a patient.', schema: z.object({ patient_id: z.string() }) });
const requestRefill = tool(async ({ rx_number, pharmacy_id }) => JSON.stringify({
  refill_id: `RF-${rx_number.slice(3)}-01`, rx_number, pharmacy_id, pharmacy: pharmacies[pharmacy_id],
  status: 'queued', ready_by: '2024-10-10T11:00:00-04:00' }),
  { name: 'request_refill', description: 'Queue a refill at a pharmacy.', latency: [300, 800],
    schema: z.object({ rx_number: z.string(), pharmacy_id: z.string() }) });
const holdForPharmacist = tool(async ({ rx_number, reason }) => JSON.stringify({
  ticket: 'PHX-77120', rx_number, status: 'on_hold', queue: 'pharmacist-review', reason }),
  { name: 'hold_for_pharmacist', description: 'Put a refill on hold for pharmacist review.',
    schema: z.object({ rx_number: z.string(), reason: z.string() }) });
const tools = [rememberNote, recallNotes, getPrescriptions, requestRefill, holdForPharmacist];
const system = (pid) => new SystemMessage(`You are the refill assistant of Northfield Pharmacy. The signed-in patient is ${pid}. `
  + 'Pharmacies: PH-ELM-014 (Elm Street), PH-MAL-002 (Westgate Mall). Check saved notes before any refill.');

// ---- first patient
const modelA = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [
    { id: 'call_a81Lk2', name: 'remember_note', args: { note: 'Allergic to penicillin (hives).' } },
    { id: 'call_a81Lk3', name: 'remember_note', args: { note: 'Send all refills to the Elm Street store (PH-ELM-014), not Westgate Mall.' } }] },
  { tool_calls: [{ id: 'call_a81Lk4', name: 'get_prescriptions', args: { patient_id: 'pt-100482' } }] },
  { tool_calls: [{ id: 'call_a81Lk5', name: 'request_refill', args: { rx_number: 'RX-3391027', pharmacy_id: 'PH-ELM-014' } }] },
  { content: 'Got it — I\'ve noted your penicillin allergy and that refills go to Elm Street from now on. '
    + 'Your Lisinopril 10 mg refill (RX-3391027) is queued at Elm Street and should be ready by 11:00 tomorrow.' },
] });
await traced(agentGraph({ model: modelA, tools }), { messages: [system('pt-100482'), new HumanMessage(
  'Hi! Two things for my file: I\'m allergic to penicillin, I break out in hives. And please send my refills to the Elm '
  + 'Street store from now on, the mall one is always a mess. Also can you refill my blood pressure pills?')] },
  { project: 'rx-assistant', metadata: { session_id: 'rxs_8f31c2d07a', user_id: 'pt-100482', channel: 'app' } });

advance(minutes(38), minutes(44));

// ---- second patient
const modelB = new ScriptedChatModel({ model: 'gpt-4o-mini-2024-07-18', replies: [
  { tool_calls: [
    { id: 'call_b27Qp9', name: 'recall_notes', args: {} },
    { id: 'call_b27Qq0', name: 'get_prescriptions', args: { patient_id: 'pt-100517' } }] },
  { tool_calls: [
    { id: 'call_b27Qq1', name: 'hold_for_pharmacist', args: { rx_number: 'RX-3407755',
      reason: 'Patient has a documented penicillin allergy (hives); amoxicillin is a penicillin-class antibiotic.' } },
    { id: 'call_b27Qq2', name: 'request_refill', args: { rx_number: 'RX-3398410', pharmacy_id: 'PH-ELM-014' } }] },
  { content: 'I\'ve put your amoxicillin refill (RX-3407755) on hold for the pharmacist: your file shows a penicillin allergy '
    + '(hives), and amoxicillin belongs to the penicillin family, so a pharmacist will call Dr. Okafor about an alternative '
    + '(ticket PHX-77120). Your cetirizine refill is queued at your usual Elm Street store and will be ready by 11:00 tomorrow.' },
] });
await traced(agentGraph({ model: modelB, tools }), { messages: [system('pt-100517'), new HumanMessage(
  'hey can you refill my amoxicillin and my allergy meds? send them to my usual pharmacy pls')] },
  { project: 'rx-assistant', metadata: { session_id: 'rxs_91d0ae44c3', user_id: 'pt-100517', channel: 'web' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
