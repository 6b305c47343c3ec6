// Payroll: the timesheet reports worked time as h:mm; the agent submits the values as decimal hours.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getTimesheet = tool({
  name: 'get_timesheet', description: 'Returns the approved clock-in records of an employee for an ISO week.',
  parameters: z.object({ employee_id: z.string(), week: z.string() }),
  execute: async ({ employee_id, week }) => JSON.stringify({
    employee_id, week, approved_by: 'mgr-tkowalski', entries: [
      { date: '2026-11-23', site: 'DC-Reno-2', worked: '7:30' },
      { date: '2026-11-24', site: 'DC-Reno-2', worked: '8:45' },
      { date: '2026-11-25', site: 'DC-Reno-2', worked: '6:15' },
      { date: '2026-11-26', site: 'DC-Reno-2', worked: '7:50' },
      { date: '2026-11-27', site: 'DC-Reno-2', worked: '4:20' },
    ] }),
});
const submitHours = tool({
  name: 'submit_payroll_hours', description: 'Submits worked hours (decimal hours) for a pay period. Gross pay is computed from the rate code.',
  parameters: z.object({ employee_id: z.string(), week: z.string(), daily_hours: z.array(z.number()), total_hours: z.number(), rate_code: z.string() }),
  execute: async ({ employee_id, total_hours }) => JSON.stringify({ batch: 'PR-2026-48-0193', employee_id, total_hours, hourly_rate_usd: 24.5, gross_usd: Math.round(total_hours * 24.5 * 100) / 100, status: 'queued_for_run' }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_timesheet', args: { employee_id: 'E-20417', week: '2026-W48' } }] },
  { tool_calls: [{ name: 'submit_payroll_hours', args: { employee_id: 'E-20417', week: '2026-W48', daily_hours: [7.3, 8.45, 6.15, 7.5, 4.2], total_hours: 33.6, rate_code: 'HRLY-STD' } }] },
  { content: "Done. Dana Whitfield's (E-20417) approved timesheet for week 48 was submitted to payroll batch PR-2026-48-0193: 33.6 hours at $24.50/h, gross $823.20. No overtime this week, so nothing needs a second approval." },
], { seed: 'ea6-timesheet' });

const agent = new Agent({
  name: 'Payroll Assistant',
  instructions: 'You help HR coordinators push approved timesheets into the weekly payroll run. Always read the approved timesheet first, then submit the hours exactly as approved.',
  model: m, tools: [getTimesheet, submitHours],
});
const runner = new Runner({ groupId: 'hrops-wk48-E20417', workflowName: 'Payroll intake', traceMetadata: { user: 'hr-coord-mbell' } });
await runner.run(agent, 'Please push the approved week 48 timesheet for Dana Whitfield (E-20417) into this week\'s payroll run.');
writeTrace(here, 'trace.jsonl');
