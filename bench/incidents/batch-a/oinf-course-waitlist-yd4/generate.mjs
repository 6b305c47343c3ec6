// Registrar help-desk agent (LangGraph.js + OpenInference). The section-availability service is
// flaky during the registration rush; the agent retries before acting.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { z } = await load('zod');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');

const t = tracing('registrar-helpdesk', { 'deployment.environment': 'prod', 'service.version': '3.0.11' });

let availabilityCalls = 0;
const sectionAvailability = tool(async ({ crn, term }) => {
  availabilityCalls++;
  if (availabilityCalls === 1) throw new Error('GET /banner/sections/' + crn + '?term=' + term + ' -> 503 Service Unavailable (upstream connect error or disconnect/reset before headers)');
  return JSON.stringify({ crn, term, course: 'STAT 3120 – Applied Regression', section: '002', instructor: 'Okafor, N.',
    meets: 'TR 09:30-10:45', capacity: 45, enrolled: 45, seats_available: 0, waitlist_capacity: 15, waitlist_count: 2 });
}, {
  name: 'section_availability', description: 'Live seat availability for a course section (CRN).',
  schema: z.object({ crn: z.string(), term: z.string() }),
});
const joinWaitlist = tool(async ({ student_id, crn, term }) => JSON.stringify({ ok: true, student_id, crn, term, waitlist_position: 3,
  notify: 'email + SMS when a seat opens; 24h to claim' }), {
  name: 'join_waitlist', description: 'Adds the student to the waitlist of a full section.',
  schema: z.object({ student_id: z.string(), crn: z.string(), term: z.string() }),
});

const model = new ScriptedChatModel({ replies: [
  { tool_calls: [{ name: 'section_availability', args: { crn: '40817', term: '202509' } }] },
  { content: 'The availability service did not answer; trying once more.', tool_calls: [{ name: 'section_availability', args: { crn: '40817', term: '202509' } }] },
  { tool_calls: [{ name: 'join_waitlist', args: { student_id: 'U00318842', crn: '40817', term: '202509' } }] },
  { content: 'STAT 3120 section 002 (CRN 40817, TR 09:30-10:45) is full: 45 of 45 seats taken, 0 available. As you asked, I put you on the waitlist — you are number 3 of 15. You will get an email and SMS when a seat opens and have 24 hours to claim it. (The first availability check failed with a 503, so I re-checked before doing anything.)' },
] });
const prepare = (messages) => [new SystemMessage('You are the Registrar help-desk assistant. Only enrol or waitlist a student after a successful live availability check.'), ...messages];
const app = await reactGraph({ model, tools: [sectionAvailability, joinWaitlist], prepare });
await t.turn({ userId: 'U00318842' }, () => app.invoke({ messages: [new HumanMessage(
  'hi, can I still get into CRN 40817 for fall (202509)? if it is full just put me on the waitlist. student id U00318842')] },
  { configurable: { thread_id: 'rhd-7f3b6e0a9d' }, metadata: { thread_id: 'rhd-7f3b6e0a9d', user_id: 'U00318842' } }));

t.write(path.join(here, 'traces.otlp.jsonl'));
