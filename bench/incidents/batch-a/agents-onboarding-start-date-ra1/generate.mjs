// HR onboarding assistant, four chat turns in one conversation (OpenAI Agents SDK, scripted fake model, offline).
// The chat backend keeps a sliding window of the conversation between turns. Writes trace.jsonl here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const getEmployee = tool({
  name: 'get_employee_record',
  description: 'Reads the new hire record from the HRIS.',
  parameters: z.object({ employee_id: z.string() }),
  execute: async ({ employee_id }) => JSON.stringify({
    employee_id, name: 'Priya Raman', title: 'Senior Data Engineer', team: 'Data Platform', manager: 'Dana Okafor',
    start_date: '2026-02-16', site: 'London - Kings Cross', contract: 'permanent', hris_last_sync: '2026-01-09T06:00:12Z',
  }),
});

const getCatalog = tool({
  name: 'get_equipment_catalog',
  description: 'Lists the standard equipment bundles for a job family.',
  parameters: z.object({ job_family: z.string() }),
  execute: async () => JSON.stringify({
    job_family: 'engineering', bundles: [
      { sku: 'ENG-MBP16-M4P-48', device: 'MacBook Pro 16" M4 Pro, 48 GB', default: true },
      { sku: 'ENG-TP-P16-64', device: 'ThinkPad P16 Gen 2, 64 GB, Ubuntu 24.04', default: false },
    ], peripherals: ['27" 4K monitor', 'USB-C dock', 'Yubikey 5C'], change_window: 'until 5 working days before start',
  }),
});

const getChecklist = tool({
  name: 'get_day_one_checklist',
  description: 'Returns the day-one checklist for a site.',
  parameters: z.object({ site: z.string() }),
  execute: async () => JSON.stringify({
    site: 'London - Kings Cross', arrive_by: '09:15', reception: 'Ground floor, 4 Pancras Square',
    bring: ['passport or BRP (right-to-work check)', 'P45 from previous employer', 'bank details for payroll'],
  }),
});

const bookOrientation = tool({
  name: 'book_orientation',
  description: 'Books the new hire onto an in-person orientation session.',
  parameters: z.object({ employee_id: z.string(), session_date: z.string(), site: z.string() }),
  execute: async ({ session_date }) => JSON.stringify({
    booking_ref: 'ORI-26-0416', session_date, starts: '09:30', room: 'Kings Cross 3.14 "Turing"', status: 'booked',
    calendar_invite_sent_to: 'priya.raman.personal@gmail.com',
  }),
});

const schedulePickup = tool({
  name: 'schedule_equipment_pickup',
  description: 'Schedules laptop and peripherals collection at the IT bar.',
  parameters: z.object({ employee_id: z.string(), sku: z.string(), pickup_date: z.string() }),
  execute: async ({ pickup_date, sku }) => JSON.stringify({
    ticket: 'ITREQ-771903', sku, pickup_date, location: 'IT bar, 2nd floor', status: 'scheduled', imaging_starts: '2026-02-10',
  }),
});

const model = scriptedModel([
  // turn 1
  { tool_calls: [{ name: 'get_employee_record', args: { employee_id: 'E-104552' } }] },
  { content: "Welcome aboard, Priya! Thanks for the heads-up. I've noted that your start date has moved from Monday 16 February to Monday 2 March, "
    + "as approved by Dana under HR-20931. The HR record still shows 16 February; it will be updated once HR-20931 is processed, "
    + "and I'll plan everything around 2 March." },
  // turn 2
  { tool_calls: [{ name: 'get_equipment_catalog', args: { job_family: 'engineering' } }] },
  { content: 'Engineering hires get a MacBook Pro 16" M4 Pro with 48 GB by default, plus a 27" 4K monitor, a USB-C dock and a YubiKey. '
    + 'If you prefer the ThinkPad P16 with Ubuntu you can switch up to 5 working days before you start.' },
  // turn 3
  { tool_calls: [{ name: 'get_day_one_checklist', args: { site: 'London - Kings Cross' } }] },
  { content: 'On day one please arrive by 09:15 at reception, ground floor of 4 Pancras Square, and bring your passport or BRP for the right-to-work check, '
    + 'your P45 and your bank details for payroll.' },
  // turn 4
  { tool_calls: [{ name: 'get_employee_record', args: { employee_id: 'E-104552' } }] },
  { tool_calls: [
    { name: 'book_orientation', args: { employee_id: 'E-104552', session_date: '2026-02-16', site: 'London - Kings Cross' } },
    { name: 'schedule_equipment_pickup', args: { employee_id: 'E-104552', sku: 'ENG-MBP16-M4P-48', pickup_date: '2026-02-13' } },
  ] },
  { content: "All set! You're booked on orientation on Monday 16 February at 09:30 in room 3.14 \"Turing\" (ref ORI-26-0416), "
    + 'and your MacBook Pro is scheduled for pickup at the IT bar on Friday 13 February (ITREQ-771903), so it is ready for your first day. '
    + 'The calendar invite is on its way to your personal email.' },
], { seed: 'hr-onb-e104552' });

const agent = new Agent({
  name: 'Onboarding Buddy',
  instructions: 'You help new hires before their first day: equipment, paperwork, orientation. Employee id of this user: E-104552. '
    + 'Book things for them when they ask.',
  model, tools: [getEmployee, getCatalog, getChecklist, bookOrientation, schedulePickup],
});

const runner = new Runner({
  groupId: 'hr-onb-7f2e9a41', workflowName: 'Onboarding Buddy',
  traceMetadata: { user_id: 'E-104552' },
});

// The chat backend persists result.history after each turn and sends at most the last MAX_ITEMS
// items back, starting at a user message.
const MAX_ITEMS = 10;
function window(items) {
  let kept = items.slice(-MAX_ITEMS);
  const first = kept.findIndex((it) => it.role === 'user');
  return first > 0 ? kept.slice(first) : kept;
}

let history = [];
const turns = [
  "Hi! I'm Priya, joining Data Platform. Quick heads-up: my start date moved from 16 Feb to 2 March, Dana approved it last week (HR-20931). "
    + "Can you make sure onboarding is planned for the new date?",
  'Which laptop will I get? I would prefer a Mac.',
  'Anything I need to bring on day one?',
  'Great, please book my orientation and the laptop pickup.',
];
for (const text of turns) {
  const result = await runner.run(agent, [...window(history), user(text)]);
  history = result.history;
}
writeTrace(here, 'trace.jsonl');
