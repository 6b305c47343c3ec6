// Regenerates trace.jsonl: node bench/incidents/batch-a/agents-leave-balance-removealltools/generate.mjs
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Agent, Runner, tool, handoff, removeAllTools, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const lookupEmployee = tool({
  name: 'lookup_employee', description: 'HRIS record for an employee: contract, leave balance and approval rules.',
  parameters: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => JSON.stringify({
    employee_id, name: 'Julien Moreau', department: 'Warehouse Ops', contract: 'part-time 60% (Mon/Tue/Wed)',
    leave: { year: 2026, entitlement_days: 15, taken_days: 11.5, remaining_days: 3.5, carry_over_allowed: false },
    approval_rule: 'requests above 3 working days need line-manager approval', line_manager: 'Sade Okafor (E-11402)',
  }),
});

const workingDays = tool({
  name: 'count_working_days', description: 'Count the working days in a date range for an employee, excluding public holidays.',
  parameters: z.object({ employee_id: z.string(), start: z.string(), end: z.string() }),
  execute: async ({ start, end }) => JSON.stringify({ start, end, working_days: 6, public_holidays: ['2026-12-25', '2027-01-01'] }),
});

const bookLeave = tool({
  name: 'book_leave', description: 'Create a leave request in the HRIS. approval_route is "auto" for requests within balance and policy, otherwise "manager".',
  parameters: z.object({ employee_id: z.string(), start: z.string(), end: z.string(), working_days: z.number(), approval_route: z.enum(['auto', 'manager']) }),
  execute: async ({ employee_id, start, end, working_days, approval_route }) => JSON.stringify({
    request_id: 'LV-26-004518', employee_id, start, end, working_days,
    status: approval_route === 'auto' ? 'approved' : 'pending_manager', payroll_sync: 'scheduled 2026-12-05',
  }),
});

const model = scriptedModel([
  { tool_calls: [{ name: 'lookup_employee', args: { employee_id: 'E-20931' } }] },
  { tool_calls: [{ name: 'transfer_to_leave_booking', args: {} }] },
  { tool_calls: [{ name: 'count_working_days', args: { employee_id: 'E-20931', start: '2026-12-21', end: '2027-01-01' } }] },
  { tool_calls: [{ name: 'book_leave', args: { employee_id: 'E-20931', start: '2026-12-21', end: '2027-01-01', working_days: 6, approval_route: 'auto' } }] },
  { content: 'All set, Julien. Your leave from Monday 21 December to Friday 1 January is booked and approved (request LV-26-004518). '
    + 'Excluding the Christmas and New Year public holidays, it uses 6 working days. It will reach payroll on 5 December. Enjoy the break!' },
], { seed: 'leave-balance', model: 'gpt-4.1', served: 'gpt-4.1-2025-04-14' });

const leaveBooking = new Agent({
  name: 'leave_booking',
  handoffDescription: 'Books annual leave in the HRIS.',
  instructions: 'You book annual leave. Count the working days, then create the request. Use approval_route "auto" '
    + 'when the request fits the employee\'s remaining balance and the approval rules, otherwise "manager".',
  model,
  tools: [workingDays, bookLeave],
});

const helpdesk = new Agent({
  name: 'hr_helpdesk',
  instructions: 'You are the HR helpdesk of Northwind Logistics. Look up the employee first. '
    + 'Hand leave requests over to leave_booking.',
  model,
  tools: [lookupEmployee],
  // Tool traffic from the helpdesk is noise for the booking agent.
  handoffs: [handoff(leaveBooking, { inputFilter: removeAllTools })],
});

const runner = new Runner({
  groupId: 'hrdesk-20261202-000913', workflowName: 'HR helpdesk',
  traceMetadata: { user_id: 'E-20931', locale: 'en-GB' },
});
await runner.run(helpdesk, 'Hi, Julien Moreau here (E-20931). I\'d like to take off from 21 December until 1 January to visit family in Lyon. Can you book that?');
writeTrace(here, 'trace.jsonl');
