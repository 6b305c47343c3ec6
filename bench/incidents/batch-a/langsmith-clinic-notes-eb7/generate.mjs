// Telehealth intake assistant: two patients of the same clinic, two conversations, one LangGraph agent.
// The notes tool keeps its memory in LangGraph's InMemoryStore under a namespace built from the clinic id.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, traced, writeRuns, agentGraph, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

const dir = here(import.meta.url);
startClock('2026-11-18T08:42:10Z', 31);
const store = new InMemoryStore();
const ns = (config) => ['intake_notes', config.configurable.clinic_id];

const saveNote = tool(async ({ note }, config) => {
  const key = `n-${Math.floor(Date.now() / 1000).toString(36)}`;
  await store.put(ns(config), key, { note, recorded_at: new Date().toISOString() });
  return JSON.stringify({ saved: true, key });
}, { name: 'save_intake_note', description: 'Save a clinical note for the current patient.',
  schema: z.object({ note: z.string() }) });
const recallNotes = tool(async (_args, config) => {
  const items = await store.search(ns(config));
  return JSON.stringify({ notes: items.map((i) => i.value) });
}, { name: 'recall_intake_notes', description: "Return the current patient's saved intake notes.",
  schema: z.object({}) });
const formulary = tool(async ({ condition }) => JSON.stringify({ condition, first_line: [
  { drug: 'amoxicillin', class: 'penicillin', dose: '500 mg three times daily, 5 days' },
  { drug: 'azithromycin', class: 'macrolide', dose: '500 mg day 1, then 250 mg days 2-5', interactions: ['warfarin: monitor INR'] }] }),
{ name: 'formulary_lookup', description: 'First-line options for a condition from the clinic formulary.',
  schema: z.object({ condition: z.string() }) });

const sys = new SystemMessage('You are the intake assistant of Northfield Family Clinic. Record relevant history with save_intake_note, check recall_intake_notes before suggesting options, and always tell the patient a clinician will confirm any prescription.');

// --- conversation 1: Mrs. Okafor
const m1 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_q8Lr2mWfA1', name: 'save_intake_note', args: { note: 'Penicillin allergy (hives, 2019). Takes warfarin 5 mg daily for atrial fibrillation. Reports sinus pain x 10 days.' } }] },
  { content: "Thanks, I've noted your penicillin allergy and that you take warfarin 5 mg daily. A clinician will review your sinus symptoms this morning." },
] });
const g1 = agentGraph({ model: m1, tools: [saveNote, recallNotes, formulary] });
await traced(g1, { messages: [sys, new HumanMessage("Hi, I've had sinus pain for ten days. I'm allergic to penicillin — got hives in 2019 — and I'm on warfarin 5 mg a day for AFib.")] },
  { project: 'intake-prod', metadata: { session_id: 'intake-7c1e0a', user_id: 'pt-20931', thread_id: 'intake-7c1e0a' }, configurable: { clinic_id: 'nf-044' } });

advance(minutes(37), minutes(41));
// --- conversation 2: Mr. Lindqvist
const m2 = new ScriptedChatModel({ replies: [
  { content: '', tool_calls: [{ id: 'call_Zt4pXv0Ke9', name: 'recall_intake_notes', args: {} }] },
  { content: '', tool_calls: [{ id: 'call_b7HsQn3Cw2', name: 'formulary_lookup', args: { condition: 'acute bacterial sinusitis' } }] },
  { content: "Based on your records: because of your penicillin allergy, amoxicillin is not an option for you. The usual alternative is azithromycin (500 mg on day 1, then 250 mg on days 2-5), but since you take warfarin 5 mg daily your INR will need monitoring. A clinician will confirm before anything is prescribed." },
] });
const g2 = agentGraph({ model: m2, tools: [saveNote, recallNotes, formulary] });
await traced(g2, { messages: [sys, new HumanMessage('Morning. Sore throat and blocked sinuses for about a week, green mucus. What antibiotic would I get? No other meds.')] },
  { project: 'intake-prod', metadata: { session_id: 'intake-d4f812', user_id: 'pt-11876', thread_id: 'intake-d4f812' }, configurable: { clinic_id: 'nf-044' } });

writeRuns(path.join(dir, 'runs.jsonl'));
