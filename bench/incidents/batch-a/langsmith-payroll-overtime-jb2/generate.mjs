// HR payroll assistant (English): a manager asks to pay out an employee's approved overtime.
import path from 'node:path';
import { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here,
  HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

const out = path.join(here(import.meta.url), 'runs.jsonl');
startClock('2025-03-31T13:20:11Z', 44);

const timesheet = tool(async ({ employee_id, period }) => JSON.stringify({
  employee_id, name: 'Priya Raman', period, contract_hours_week: '37:30', approved_by: 'm.okafor',
  weeks: [{ week: '2025-W10', worked: '41:15', overtime: '3:45' }, { week: '2025-W11', worked: '37:30', overtime: '0:00' },
    { week: '2025-W12', worked: '40:00', overtime: '2:30' }, { week: '2025-W13', worked: '39:00', overtime: '1:30' }],
  overtime_total: '7:45', base_rate_gbp: 31.6 }),
{ name: 'get_timesheet', description: 'Returns approved timesheet totals (hh:mm) for an employee and pay period.',
  schema: z.object({ employee_id: z.string(), period: z.string() }) });
const adjust = tool(async ({ employee_id, overtime_hours, multiplier, period }) => {
  const gross = Math.round(overtime_hours * 31.6 * multiplier * 100) / 100;
  return JSON.stringify({ adjustment_id: 'ADJ-2025-03-00917', employee_id, period, overtime_hours, multiplier, gross_gbp: gross, status: 'queued_for_payrun_2025-04-25' });
}, { name: 'post_payroll_adjustment', description: 'Queues an overtime payment for the next pay run.',
  schema: z.object({ employee_id: z.string(), period: z.string(), overtime_hours: z.number().describe('decimal hours'), multiplier: z.number() }) });
const tools = [timesheet, adjust];

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01VbX3kq9T', name: 'get_timesheet', args: { employee_id: 'E-20417', period: '2025-03' } }] },
  { tool_calls: [{ id: 'toolu_01Ph8Rm2Lc', name: 'post_payroll_adjustment', args: { employee_id: 'E-20417', period: '2025-03', overtime_hours: 7.45, multiplier: 1.5 } }] },
  { content: 'Done. Priya Raman\'s March overtime (7.45 h at time-and-a-half) is queued as ADJ-2025-03-00917: £353.13 gross, paid in the 25 April pay run.' },
] });
await traced(agentGraph({ model, tools }), { messages: [
  new SystemMessage('You are the payroll assistant for Harrow & Vale Ltd. Overtime is paid at 1.5x base rate.'),
  new HumanMessage('Can you pay out Priya\'s approved overtime for March? Employee E-20417.')] },
{ project: 'hv-payroll-assistant', metadata: { session_id: 'slack-D05K2M8QW1T-1743427211.004900', user_id: 'U02MOKAFOR' } });
writeRuns(out);
