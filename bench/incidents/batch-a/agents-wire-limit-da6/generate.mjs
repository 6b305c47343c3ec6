// Business banking: the front-desk agent reads the account's daily wire limit, hands over to the
// payments agent through a handoff that strips tool items; the payments agent reads the limit again
// itself and splits the payment to stay within it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, scriptedModel, writeTrace, removeAllTools } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const accountLimits = tool({
  name: 'get_account_limits', description: 'Daily outgoing wire limit and what has been used today.',
  parameters: z.object({ account: z.string() }),
  execute: async ({ account }) => JSON.stringify({ account, currency: 'USD', daily_wire_limit: 50000, used_today: 12500, remaining_today: 37500, resets_at: '2026-12-05T00:00:00-05:00' }),
});
const scheduleWire = tool({
  name: 'schedule_wire', description: 'Schedule an outgoing wire. value_date is YYYY-MM-DD.',
  parameters: z.object({ account: z.string(), beneficiary_id: z.string(), amount: z.number(), currency: z.string(), value_date: z.string(), memo: z.string() }),
  execute: async (a) => JSON.stringify({ wire_id: 'WR-' + a.value_date.replaceAll('-', '') + '-' + (a.amount === 37500 ? '0031' : '0007'), status: 'scheduled', ...a }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'get_account_limits', args: { account: 'CHK-4471-0928' } }] },
  { content: 'Your account can send wires today; I am passing you to our payments specialist to set this up.', tool_calls: [{ name: 'transfer_to_Payments', args: {} }] },
  { tool_calls: [{ name: 'get_account_limits', args: { account: 'CHK-4471-0928' } }] },
  { tool_calls: [
    { name: 'schedule_wire', args: { account: 'CHK-4471-0928', beneficiary_id: 'BEN-LAKESIDE-STEEL', amount: 37500, currency: 'USD', value_date: '2026-12-04', memo: 'PO 88-1043 part 1 of 2' } },
    { name: 'schedule_wire', args: { account: 'CHK-4471-0928', beneficiary_id: 'BEN-LAKESIDE-STEEL', amount: 26500, currency: 'USD', value_date: '2026-12-07', memo: 'PO 88-1043 part 2 of 2' } } ] },
  { content: 'Your daily wire limit is $50,000 and $12,500 has already gone out today, so $64,000 cannot leave in one wire today. I scheduled it in two parts: $37,500 today (WR-20261204-0031) and the remaining $26,500 on Monday, December 7 (WR-20261207-0007), both to Lakeside Steel with reference PO 88-1043. If you need it all today, you can request a one-time limit increase from your relationship manager.' },
], { seed: 'wire-limit' });

const payments = new Agent({ name: 'Payments', instructions: 'You schedule wires. Always check the account limits yourself before scheduling; never exceed the remaining daily limit.', model: m, tools: [accountLimits, scheduleWire] });
const frontDesk = new Agent({ name: 'FrontDesk', instructions: 'You greet business customers, check their account and route payment requests to Payments.', model: m,
  tools: [accountLimits], handoffs: [handoff(payments, { inputFilter: removeAllTools })] });

const runner = new Runner({ groupId: 'bizchat-20261204-k9x2', workflowName: 'Business banking assistant', traceMetadata: { user_id: 'org-hartwell-mfg:ap-clerk-2' } });
await runner.run(frontDesk, 'Please wire $64,000 to Lakeside Steel (beneficiary BEN-LAKESIDE-STEEL) for PO 88-1043 from account CHK-4471-0928, today if possible.');
writeTrace(here, 'banking-trace.jsonl');
