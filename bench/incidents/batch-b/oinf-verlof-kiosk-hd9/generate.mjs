// HR self-service kiosk of a Dutch distribution centre (English UI). The absence lookup caches the
// resolved record per kiosk, not per employee: the second employee on the same kiosk gets the first
// employee's absence record, and the agent answers him with her parental-leave facts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load, writeJson } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');

const t = tracing('hr-kiosk-agent', { 'host.name': 'kiosk-03.dc-tilburg' });

const HRIS = {
  'NL-20417': { personnel_no: 'NL-20417', name: 'Anouk de Graaf', contract_hours: 32, statutory_days_left: 6,
    extra_days_left: 3, parental_leave: { from: '2026-09-01', to: '2027-02-12', paid_pct: 70 }, next_roster: 'none (on leave)' },
  'NL-31188': { personnel_no: 'NL-31188', name: 'Rik Smeets', contract_hours: 40, statutory_days_left: 11,
    extra_days_left: 0, parental_leave: null, next_roster: '2026-12-07 early shift' },
};
const kioskCache = new Map(); // keyed by kiosk, filled on first lookup of a badge scan
const absenceLookup = (kiosk) => tool(async ({ personnel_no }) => {
  if (!kioskCache.has(kiosk)) kioskCache.set(kiosk, HRIS[personnel_no]);
  return JSON.stringify({ source: 'afas-hris', ...kioskCache.get(kiosk) });
}, { name: 'lookup_absence_record', description: 'Leave balances and planned absence for a personnel number.',
  schema: z.object({ personnel_no: z.string().describe('e.g. NL-12345') }) });

async function session({ sessionId, userId, question, replies }) {
  const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies });
  const app = await reactGraph({ model, tools: [absenceLookup('kiosk-03')], name: 'hr_kiosk' });
  await t.turn({ userId }, () => app.invoke({ messages: [
    new SystemMessage('You are the HR self-service assistant at DC Tilburg. The employee is identified by badge scan; only discuss their own record.'),
    new HumanMessage(question),
  ] }, { metadata: { session_id: sessionId } }));
}

await session({ sessionId: 'kiosk03-0941-7c2a', userId: 'NL-20417',
  question: '[badge NL-20417] Hi, can you confirm until when my parental leave runs and how many holiday days I still have?',
  replies: [
    { tool_calls: [{ name: 'lookup_absence_record', args: { personnel_no: 'NL-20417' } }] },
    { content: 'Hi Anouk, your parental leave runs from 1 September 2026 to 12 February 2027 at 70 % pay. You still have 6 statutory and 3 extra holiday days.' },
  ] });
await session({ sessionId: 'kiosk03-0957-d418', userId: 'NL-31188',
  question: '[badge NL-31188] How many vacation days do I have left this year? Thinking of taking the week after Christmas.',
  replies: [
    { tool_calls: [{ name: 'lookup_absence_record', args: { personnel_no: 'NL-31188' } }] },
    { content: 'You have 6 statutory and 3 extra days left, 9 in total. Note that you are registered on parental leave until 12 February 2027 and have no roster until then, so a holiday request for the week after Christmas is not needed — you are already off.' },
  ] });

t.write(path.join(here, 'traces.jsonl'));
writeJson(path.join(here, 'truth.json'), { failures: [
  { class: 'none', session: 'kiosk03-0941-7c2a', step: 'whole session',
    story: 'Anouk\'s own record is looked up and answered correctly.' },
  { class: 'bleed', session: 'kiosk03-0957-d418',
    step: 'the lookup_absence_record result for NL-31188 (it carries NL-20417, Anouk de Graaf) and the final answer',
    story: 'The absence lookup cached per kiosk returned the previous employee\'s record, and the agent told Rik he had Anouk\'s 9 remaining days and her parental leave until 12 February 2027, so he was told not to request his Christmas week off.' },
] });
