// Law-firm client intake assistant (English): one deployment, one LangGraph InMemoryStore for intake
// notes; two clients talk to it on the same afternoon.
import path from 'node:path';
import { startClock, advance, minutes, ScriptedChatModel, tool, agentGraph, traced, writeRuns, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';
import { InMemoryStore } from '../../harness/langsmith/extra.mjs';

startClock('2025-02-18T14:02:31.000Z', 77);
const store = new InMemoryStore();
const ns = ['intake', 'hollis-baird-llp'];

const saveNote = tool(async ({ note }, config) => {
  const key = `n-${Date.now().toString(36)}`;
  await store.put(ns, key, { note, saved_by: config.metadata?.user_id });
  return JSON.stringify({ saved: true, key });
}, { name: 'save_intake_note', description: 'Saves an intake note for the current client.',
  schema: z.object({ note: z.string() }) });

const recallNotes = tool(async ({ topic }) => {
  const items = await store.search(ns, { limit: 5 });
  return JSON.stringify({ topic, notes: items.map((i) => ({ key: i.key, note: i.value.note, saved_at: i.createdAt })) });
}, { name: 'recall_client_notes', description: 'Returns the intake notes previously saved for this client.',
  schema: z.object({ topic: z.string() }) });

const sys = new SystemMessage('You are the intake assistant of Hollis & Baird LLP. Save what clients tell you with save_intake_note; when they come back, use recall_client_notes. Never give legal advice.');

// --- client 1
const m1 = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01JkX8fQ2mWvTz9sRb4LcN7e', name: 'save_intake_note', args: { note:
    'Amara Okafor. Divorce petition filed 3 Feb 2025 (Cook County, case 2025-D-001184). Two children (ages 6 and 9); seeking primary custody. Opposing counsel: Priya Natarajan. Temporary custody hearing 14 Mar 2025, 9:30.' } }] },
  { content: 'Thank you, Amara. I have noted the petition, the custody hearing on 14 March at 9:30 and opposing counsel\'s name. An associate will call you before Friday.' },
] });
await traced(agentGraph({ model: m1, tools: [saveNote, recallNotes], name: 'intake' }), { messages: [sys,
  new HumanMessage('Hi, this is Amara Okafor. I filed for divorce on Feb 3 in Cook County, case 2025-D-001184. I want primary custody of my two kids, 6 and 9. My husband\'s lawyer is Priya Natarajan. There is a temporary custody hearing on March 14 at 9:30.')] },
  { project: 'intake-prod', metadata: { session_id: 'ses_01JMB3Q7Y2', user_id: 'client:amara.okafor' } });

advance(minutes(47), minutes(52));

// --- client 2
const m2 = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01Pq4RzA7hVnY2cE5wKd8sT1', name: 'recall_client_notes', args: { topic: 'case summary and next deadline' } }] },
  { content: 'Welcome back, Daniel. From my notes: your petition was filed on 3 February 2025 in Cook County (case 2025-D-001184), you are seeking primary custody of your two children (6 and 9), and opposing counsel is Priya Natarajan. Your next date is the temporary custody hearing on 14 March 2025 at 9:30 — please arrive 20 minutes early.' },
] });
await traced(agentGraph({ model: m2, tools: [saveNote, recallNotes], name: 'intake' }), { messages: [sys,
  new HumanMessage('Hello again, Daniel Reyes here. I spoke to you last week about the dispute with my landlord. Can you remind me what I told you and when my next deadline is?')] },
  { project: 'intake-prod', metadata: { session_id: 'ses_01JMB7C0KD', user_id: 'client:daniel.reyes' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
