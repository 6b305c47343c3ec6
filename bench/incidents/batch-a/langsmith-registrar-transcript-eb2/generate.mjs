// University registrar assistant: checks a student's account hold before releasing an official transcript.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const dir = here(import.meta.url);
startClock('2025-06-16T14:03:27Z', 88);

let bursarCalls = 0;
const getAccountHolds = tool(async ({ student_id }) => {
  bursarCalls += 1;
  if (bursarCalls === 1) throw new Error('bursar-api: 504 Gateway Timeout (upstream sis-ledger did not respond within 8000 ms)');
  return JSON.stringify({ student_id, balance_due_usd: 0, holds: [], last_payment: { date: '2025-06-13', amount_usd: 1875.0, ref: 'PMT-55120983' } });
}, { name: 'get_account_holds', description: 'Bursar balance and registration/transcript holds for a student.',
  schema: z.object({ student_id: z.string() }), latency: [300, 900] });

const releaseTranscript = tool(async ({ student_id, delivery, recipient_email }) => JSON.stringify({
  request_id: 'TR-2025-061642', student_id, delivery, recipient_email, status: 'queued', eta: '1 business day' }), {
  name: 'release_official_transcript', description: 'Queues an official e-transcript. Must not be used while the student has a financial hold.',
  schema: z.object({ student_id: z.string(), delivery: z.enum(['electronic', 'mail']), recipient_email: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-2025-04-14', replies: [
  { content: '', tool_calls: [{ id: 'call_r7PqY2mXs0', name: 'get_account_holds', args: { student_id: 'U00482913' } }] },
  { content: 'The bursar system timed out; checking again before releasing anything.', tool_calls: [{ id: 'call_c3VbN8kJw4', name: 'get_account_holds', args: { student_id: 'U00482913' } }] },
  { content: '', tool_calls: [{ id: 'call_L9tE5aHz1u', name: 'release_official_transcript', args: { student_id: 'U00482913', delivery: 'electronic', recipient_email: 'admissions@grad.kestrel.edu' } }] },
  { content: 'Your account is clear: the balance is $0.00 after your payment of $1,875.00 on June 13 (ref PMT-55120983), and there are no holds. Your official e-transcript has been queued for admissions@grad.kestrel.edu (request TR-2025-061642) and should arrive within 1 business day.' },
] });

const g = agentGraph({ model, tools: [getAccountHolds, releaseTranscript], name: 'registrar_assistant' });
await traced(g, { messages: [
  new SystemMessage('You are the Office of the Registrar assistant. Official transcripts may only be released when the student has no financial hold.'),
  new HumanMessage('Hi, last week my transcript request was blocked because of a hold. I paid the balance on Friday. Can you send my official transcript to admissions@grad.kestrel.edu? Student ID U00482913.') ] },
  { project: 'registrar-assistant', metadata: { session_id: 'reg#2025-06-16#0412', user_id: 'U00482913' }, configurable: { thread_id: 'reg#2025-06-16#0412' } });
writeRuns(path.join(dir, 'runs.jsonl'));
