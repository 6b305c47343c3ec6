// HR self-service assistant (English). The leave-balance service times out on the first call;
// the agent retries, gets the balance and books the leave within it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

let attempts = 0;
const leaveBalance = tool({
  name: 'get_leave_balance', description: 'Returns the remaining annual-leave balance of an employee for a leave year.',
  parameters: z.object({ employee_id: z.string(), leave_year: z.number() }),
  execute: async ({ employee_id, leave_year }) => {
    attempts++;
    if (attempts === 1) throw new Error('HRIS gateway: 504 Gateway Timeout after 10000 ms (absence-svc)');
    return JSON.stringify({ employee_id, leave_year, entitlement_days: 27, taken_days: 14.5, pending_days: 0, remaining_days: 12.5, carried_over_days: 0 });
  },
});
const requestLeave = tool({
  name: 'submit_leave_request', description: 'Submits an annual-leave request for manager approval.',
  parameters: z.object({ employee_id: z.string(), start_date: z.string(), end_date: z.string(), working_days: z.number() }),
  execute: async (a) => JSON.stringify({ request_id: 'LR-2026-03318', status: 'pending_manager_approval', approver: 'E-10077', ...a }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_leave_balance', args: { employee_id: 'E-20931', leave_year: 2026 } }] },
  { tool_calls: [{ name: 'get_leave_balance', args: { employee_id: 'E-20931', leave_year: 2026 } }] },
  { tool_calls: [{ name: 'submit_leave_request', args: { employee_id: 'E-20931', start_date: '2026-03-02', end_date: '2026-03-13', working_days: 10 } }] },
  { content: 'Done. The leave system was slow on the first try, but the second lookup worked: you have 12.5 days left for 2026. I submitted 2–13 March (10 working days) as request LR-2026-03318; it is waiting for your manager\'s approval, and you will have 2.5 days left afterwards.' },
], { seed: 'leave-retry-ya1' });

const agent = new Agent({
  name: 'HR_Assistant', model: m, tools: [leaveBalance, requestLeave],
  instructions: 'You help employees with leave. Always check the balance before submitting a request; never submit more days than remain. If a lookup fails, retry once before giving up.',
});
const runner = new Runner({ groupId: '7c1d0e5a-93b4-4f2e-8a61-2b0f4c9d7e18', workflowName: 'hr-self-service', traceMetadata: { user: 'E-20931' } });
await runner.run(agent, 'Can you book me annual leave from 2 to 13 March? I think I still have enough days.');
writeTrace(here, 'trace.jsonl');
