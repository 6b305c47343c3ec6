// A Slack travel-and-expense assistant files the corporate-card charges of a Tokyo trip, then
// submits the report. OpenAI Agents SDK (JS), scripted fake model: no network, no API key.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, user, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const charges = [
  { charge_id: 'ch_3QmT81', posted: '2026-02-14', merchant: 'UNITED AIRLINES 0162', mcc: 3000, amount: '1,284.60', currency: 'USD', card: '•••• 4417' },
  { charge_id: 'ch_3QmW0c', posted: '2026-02-19', merchant: 'HOTEL GRACERY SHINJUKU', mcc: 3501, amount: '86,400', currency: 'JPY', card: '•••• 4417' },
  { charge_id: 'ch_3QmW5d', posted: '2026-02-19', merchant: 'NIHON KOTSU TAXI', mcc: 4121, amount: '7,850', currency: 'JPY', card: '•••• 4417' },
];

const listCharges = tool({
  name: 'list_card_charges',
  description: 'Unreconciled corporate-card charges of the employee for a trip.',
  parameters: z.object({ trip_id: z.string() }),
  execute: async ({ trip_id }) => JSON.stringify({ trip_id, employee: 'E-20931', charges }),
});

const lines = [];
const addLine = tool({
  name: 'add_expense_line',
  description: 'Adds a line to an expense report. amount_usd is the amount in the report currency (USD).',
  parameters: z.object({
    report_id: z.string(), charge_id: z.string(),
    category: z.enum(['airfare', 'lodging', 'ground_transport', 'meals', 'other']),
    amount_usd: z.number(), memo: z.string(),
  }),
  execute: async ({ report_id, charge_id, category, amount_usd }) => {
    lines.push(amount_usd);
    const total = Math.round(lines.reduce((a, b) => a + b, 0) * 100) / 100;
    const caps = { lodging: 325, ground_transport: 150 };
    const over = caps[category] !== undefined && amount_usd > caps[category] * (category === 'lodging' ? 3 : 1);
    return JSON.stringify({ report_id, line_id: `ln-${lines.length.toString().padStart(3, '0')}`, charge_id, category,
      amount_usd, policy: over ? 'exception_required' : 'within_policy', report_total_usd: total });
  },
});

const submitReport = tool({
  name: 'submit_report',
  description: 'Submits an expense report for approval.',
  parameters: z.object({ report_id: z.string(), justification: z.string().nullable() }),
  execute: async ({ report_id }) => JSON.stringify({ report_id, status: 'pending_approval', total_usd: 95534.6,
    approvers: ['manager:a.reyes', 'vp:j.okafor'], reimbursement: 'none (corporate card)', submitted_at: '2026-02-23T16:12:08Z' }),
});

const model = scriptedModel([
  // Concierge
  { tool_calls: [{ name: 'transfer_to_Expenses', args: {} }] },
  // Expenses
  { tool_calls: [{ name: 'list_card_charges', args: { trip_id: 'TRV-22817' } }] },
  { tool_calls: [
    { name: 'add_expense_line', args: { report_id: 'ER-2026-0611', charge_id: 'ch_3QmT81', category: 'airfare', amount_usd: 1284.6, memo: 'SFO-NRT roundtrip, Tokyo customer visit' } },
    { name: 'add_expense_line', args: { report_id: 'ER-2026-0611', charge_id: 'ch_3QmW0c', category: 'lodging', amount_usd: 86400, memo: 'Hotel Gracery Shinjuku, 3 nights' } },
    { name: 'add_expense_line', args: { report_id: 'ER-2026-0611', charge_id: 'ch_3QmW5d', category: 'ground_transport', amount_usd: 7850, memo: 'Taxi Shinjuku to Haneda' } },
  ] },
  { content:
    'Done, I added all three card charges from TRV-22817 to report ER-2026-0611:\n' +
    '• Airfare (United) $1,284.60, within policy\n' +
    '• Lodging (Hotel Gracery Shinjuku, 3 nights) $86,400.00, flagged: needs a policy exception\n' +
    '• Taxi to Haneda $7,850.00, flagged: needs a policy exception\n\n' +
    'Report total: $95,534.60. Want me to submit it? If so, give me a one-line justification for the two exceptions.' },
  // second turn
  { tool_calls: [{ name: 'submit_report', args: { report_id: 'ER-2026-0611', justification: 'Customer visit during Tokyo trade-fair week; hotel rates and airport transfer were above usual levels.' } }] },
  { content: 'Submitted. ER-2026-0611 ($95,534.60) is now pending approval with a.reyes (manager) and then j.okafor (VP). Nothing to reimburse, everything was on the corporate card.' },
], { seed: 'tokyo-expenses-m9', model: 'gpt-4o-mini', served: 'gpt-4o-mini-2024-07-18' });

const expenses = new Agent({
  name: 'Expenses',
  handoffDescription: 'Files and submits expense reports from corporate-card charges.',
  instructions: 'You file expense reports. Fetch the trip\'s card charges, add one line per charge to the employee\'s open report (ER-2026-0611), then ask before submitting.',
  model, tools: [listCharges, addLine, submitReport],
});
const concierge = new Agent({
  name: 'Concierge',
  instructions: 'You are the travel desk assistant in Slack. Hand expense questions to Expenses.',
  model, handoffs: [expenses],
});

const runner = new Runner({
  groupId: 'slack:T04K2M8:D07QX9RM2:1771863001.449319',
  workflowName: 'travel-desk',
  traceMetadata: { user: 'U07QX9RM2', employee: 'E-20931' },
});
const first = await runner.run(concierge, 'hey, can you expense my Tokyo trip? trip id TRV-22817, everything went on the corp card');
await runner.run(first.lastAgent, [...first.history, user('yes submit it, justification: customer visit during the Tokyo trade fair week, rates were high')]);

writeTrace(here, 'trace.jsonl');
