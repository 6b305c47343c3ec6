// HR self-service assistant (one worker process, two employees chatting a few minutes apart).
// The leave-balance tool memoises the HRIS response per cost centre to spare the rate-limited HRIS API.
// OpenAI Agents SDK (JS) over a scripted fake model: offline, no keys.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const DIRECTORY = { 'emp-10482': { cost_centre: 'CC-4410' }, 'emp-20917': { cost_centre: 'CC-4410' } };
const HRIS = {
  'emp-10482': { balance_days: 11.5, carried_over: 2, as_of: '2026-03-02',
    requests: [{ id: 'LV-88213', type: 'medical', from: '2026-03-09', to: '2026-03-20', status: 'pending_manager' }] },
  'emp-20917': { balance_days: 19, carried_over: 5, as_of: '2026-03-02', requests: [] },
};
const memo = new Map();

const getLeaveBalance = tool({
  name: 'get_leave_balance', description: "Returns the employee's remaining annual leave and their open leave requests.",
  parameters: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => {
    const key = DIRECTORY[employee_id].cost_centre;
    if (!memo.has(key)) memo.set(key, HRIS[employee_id]);
    return JSON.stringify(memo.get(key));
  },
});
let seq = 88240;
const submitLeave = tool({
  name: 'submit_leave_request', description: 'Files an annual-leave request for approval by the line manager.',
  parameters: z.object({ employee_id: z.string(), from: z.string(), to: z.string(), working_days: z.number() }),
  execute: async ({ employee_id, from, to, working_days }) => JSON.stringify({ id: 'LV-' + (seq++), employee_id, type: 'annual', from, to, working_days, status: 'pending_manager' }),
});

const instructions = (emp) => `You are Nimbus, the HR self-service assistant of Larkfield Logistics. You are talking to employee ${emp}. Use the HR tools for anything about their leave; never guess balances.`;

// Conversation 1: Priya (emp-10482)
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'get_leave_balance', args: { employee_id: 'emp-10482' } }] },
    { content: 'Hi Priya! You have 11.5 days of annual leave left (including 2 carried over from last year). Your medical leave request LV-88213 for 9–20 March is still waiting for your manager\'s approval.' },
  ], { seed: 'pto-a-mm5' });
  const agent = new Agent({ name: 'Nimbus', instructions: instructions('emp-10482'), model, tools: [getLeaveBalance, submitLeave] });
  await new Runner({ groupId: 'hrbot-t-5f21a0', workflowName: 'HR self-service', traceMetadata: { user: 'emp-10482' } })
    .run(agent, 'hey, how many holiday days do I have left? and has my request gone through yet?');
}

// Conversation 2: Tom (emp-20917), a few minutes later on the same worker
{
  const model = scriptedModel([
    { tool_calls: [{ name: 'get_leave_balance', args: { employee_id: 'emp-20917' } }] },
    { tool_calls: [{ name: 'submit_leave_request', args: { employee_id: 'emp-20917', from: '2026-04-07', to: '2026-04-09', working_days: 3 } }] },
    { content: 'Done, Tom. I filed your annual leave for 7–9 April (3 working days) as LV-88240; it is now with your manager for approval. After this you will have 8.5 days left for the year. Note that you also still have a medical leave request (LV-88213, 9–20 March) pending approval, so your manager will see both.' },
  ], { seed: 'pto-b-mm5' });
  const agent = new Agent({ name: 'Nimbus', instructions: instructions('emp-20917'), model, tools: [getLeaveBalance, submitLeave] });
  await new Runner({ groupId: 'hrbot-t-5f21c7', workflowName: 'HR self-service', traceMetadata: { user: 'emp-20917' } })
    .run(agent, 'Can you book me off 7th to 9th April? Want to make sure I still have enough left after that.');
}

writeTrace(here, 'hr-assistant.jsonl');
