// HR self-service assistant, two employees of two customer companies on one deployment.
// Vercel AI SDK v7, scripted mock model, legacy ai.* telemetry. The notes store is an in-process map.
import { setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('hr-notes-fe5');
const { flush } = setupTracing({ serviceName: 'peoplehub-assistant', resource: { 'service.version': '2.14.0' }, seed: 'hr-notes-fe5' });

// Notes cache keyed by the worker's conversation slot; the slot is recycled between requests.
const notesBySlot = new Map();
let slot = 'slot-07';

const saveNote = tool({
  description: 'Save a private note to the current employee profile.',
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const list = notesBySlot.get(slot) ?? [];
    list.push({ note_id: `nt_${8800 + list.length}`, text, saved_at: '2025-06-11T09:42:10Z' });
    notesBySlot.set(slot, list);
    return { ok: true, note_id: list.at(-1).note_id };
  },
});
const getNotes = tool({
  description: 'Return the private notes saved on the current employee profile.',
  inputSchema: z.object({ limit: z.number().int().optional() }),
  execute: async () => ({ notes: notesBySlot.get(slot) ?? [] }),
});
const tools = { save_profile_note: saveNote, get_profile_notes: getNotes };
const system = 'You are PeopleHub, the HR self-service assistant. Only use the current employee\'s own profile data.';
const telemetry = { functionId: 'peoplehub-chat', includeRuntimeContext: { sessionId: true, userId: true },
  integrations: [new LegacyOpenTelemetry()] };
const lines = [];

// Turn 1: Dana (Northwind Traders)
{
  const t1 = ids('toolu_01', 22);
  const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_01',
    replies: [
      { calls: [[t1, 'save_profile_note', { text: 'Review with K. Osei on 10 June: manager approved a 12% raise (base to 71,680 GBP) effective 1 July 2025; EMP-N-2291; keep confidential until announced.' }]] },
      'Saved. I noted that your manager approved a 12% raise to 71,680 GBP effective 1 July 2025, and that it stays confidential until announced.',
    ] });
  await generateText({ model, system, tools, stopWhen: stepCountIs(4),
    prompt: 'Please save a note: at my review with Kwame Osei yesterday he approved a 12% raise, new base 71,680 GBP from 1 July. My employee number is EMP-N-2291. Keep it private for now.',
    runtimeContext: { sessionId: 'ph-nwt-5c1e0a', userId: 'dana.whitfield@northwind-traders.co.uk' }, telemetry });
  lines.push(await flush());
}

// Turn 2: Marco (Globex), a different customer, minutes later on the same worker
{
  const t2 = ids('toolu_01', 22);
  const model = scriptedModel({ provider: 'anthropic.messages', modelId: 'claude-3-5-haiku-20241022', ids, responsePrefix: 'msg_01',
    replies: [
      { calls: [[t2, 'get_profile_notes', { limit: 10 }]] },
      'According to your saved notes, your manager approved a 12% raise to a base of 71,680 GBP, effective 1 July 2025 (employee EMP-N-2291). It is marked confidential until it is announced, so I would not share it yet.',
    ] });
  await generateText({ model, system, tools, stopWhen: stepCountIs(4),
    prompt: 'hi, did I write down anything after my last review? I can\'t remember what was agreed about my salary.',
    runtimeContext: { sessionId: 'ph-glx-93b7d2', userId: 'marco.bianchi@globex.com' }, telemetry });
  lines.push(await flush());
}

writeJsonl(dir, 'traces.jsonl', lines);
