// Accounts payable: a nightly autopay agent reads approved-for-payment invoices from the AP inbox,
// checks the approval policy and schedules SEPA / wire transfers.
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const lib = await import(require.resolve('../../harness/langsmith/lib.mjs'));
const { ScriptedChatModel, tool, agentGraph, traced, writeRuns, startClock, here, z, SystemMessage, HumanMessage } = lib;

startClock('2025-03-24T05:00:12.000Z', 417);

const INVOICES = {
  'INV-US-88213': { invoice_number: '88213', supplier: 'Kestrel Instruments Inc.', supplier_country: 'US', issue_date: '03/07/2025',
    due_date: '04/08/2025', currency: 'USD', total_due: '4,250.00', payment: { method: 'wire', account: '021000021 / 483920117', bank: 'JPMorgan Chase' },
    po: 'PO-2025-0311', lines: 3 },
  'INV-IT-0417': { invoice_number: 'FT 2025/0417', supplier: 'Meccanica Bresciana S.r.l.', supplier_country: 'IT', issue_date: '14/03/2025',
    due_date: '28/03/2025', currency: 'EUR', total_due: '12.480,00', imponibile: '10.229,51', iva_22: '2.250,49',
    payment: { method: 'SEPA', iban: 'IT60X0542811101000000123456', bic: 'BPMOIT22XXX' }, po: 'PO-2025-0298', lines: 7 },
};
const listInbox = tool(async () => JSON.stringify({ mailbox: 'ap-inbox@norrland-robotics.se', status: 'approved_for_payment', items: Object.keys(INVOICES) }),
  { name: 'list_payable_invoices', description: 'Invoices in the AP inbox approved for payment by the budget owner.', schema: z.object({}) });
const fetchInvoice = tool(async ({ doc_id }) => JSON.stringify({ doc_id, ...INVOICES[doc_id], extracted_by: 'docai-invoice-v3', confidence: 0.97 }),
  { name: 'fetch_invoice', description: 'Extracted fields of an invoice document (as printed on the invoice).', schema: z.object({ doc_id: z.string() }) });
const policy = tool(async ({ amount, currency }) => {
  const eur = currency === 'USD' ? amount * 0.924 : amount;
  return JSON.stringify(eur >= 10000
    ? { decision: 'requires_cfo_approval', threshold_eur: 10000, amount_eur: Math.round(eur * 100) / 100 }
    : { decision: 'auto_approved', threshold_eur: 10000, amount_eur: Math.round(eur * 100) / 100 });
}, { name: 'check_payment_policy', description: 'Checks the payment approval policy: payments of 10,000 EUR or more need CFO approval.',
  schema: z.object({ amount: z.number().describe('amount in major units'), currency: z.string() }) });
let seq = 0;
const schedule = tool(async ({ doc_id, amount, currency, execution_date, remittance_info }) => JSON.stringify({
  payment_id: `PAY-20250324-${String(++seq).padStart(4, '0')}`, doc_id, amount, currency, execution_date, remittance_info, status: 'scheduled', debtor_account: 'SE45 5000 0000 0583 9825 7466' }),
{ name: 'schedule_payment', description: 'Schedules an outgoing payment from the operating account.', latency: [400, 1100],
  schema: z.object({ doc_id: z.string(), amount: z.number(), currency: z.string(), execution_date: z.string(), remittance_info: z.string() }) });

const model = new ScriptedChatModel({ model: 'claude-3-5-sonnet-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01Hq7sX3bVn2', name: 'list_payable_invoices', args: {} }] },
  { tool_calls: [{ id: 'toolu_01Kd9wP4mTz8', name: 'fetch_invoice', args: { doc_id: 'INV-US-88213' } },
                 { id: 'toolu_01Rf2aL6cQy5', name: 'fetch_invoice', args: { doc_id: 'INV-IT-0417' } }] },
  { tool_calls: [{ id: 'toolu_01Ub8nE1gWx3', name: 'check_payment_policy', args: { amount: 4250.0, currency: 'USD' } },
                 { id: 'toolu_01Mz5jT7pKd0', name: 'check_payment_policy', args: { amount: 12.48, currency: 'EUR' } }] },
  { tool_calls: [{ id: 'toolu_01Aa3vB9sHn6', name: 'schedule_payment', args: { doc_id: 'INV-US-88213', amount: 4250.0, currency: 'USD', execution_date: '2025-04-04', remittance_info: 'Invoice 88213 / PO-2025-0311' } },
                 { id: 'toolu_01Gc6yN2rLf4', name: 'schedule_payment', args: { doc_id: 'INV-IT-0417', amount: 12.48, currency: 'EUR', execution_date: '2025-03-26', remittance_info: 'Fattura FT 2025/0417 / PO-2025-0298' } }] },
  { content: 'Autopay run 2025-03-24 complete — 2 invoices processed, both within policy:\n'
    + '• Kestrel Instruments Inc., invoice 88213: USD 4,250.00 auto-approved (≈ EUR 3,927), wire scheduled for 2025-04-04 (PAY-20250324-0001).\n'
    + '• Meccanica Bresciana S.r.l., invoice FT 2025/0417: EUR 12.48 auto-approved, SEPA transfer scheduled for 2025-03-26 (PAY-20250324-0002).\n'
    + 'No invoices require CFO approval today.' },
] });

const app = agentGraph({ model, tools: [listInbox, fetchInvoice, policy, schedule], agentNode: 'ap_agent', toolsNode: 'ap_tools', name: 'autopay' });
await traced(app, { messages: [
  new SystemMessage('You are the accounts-payable autopay agent of Norrland Robotics AB. For every invoice approved for payment: read it, '
    + 'check the payment policy with the total due, and schedule the payment two business days before the due date. Do not schedule payments that need CFO approval; list them instead.'),
  new HumanMessage('Nightly autopay run for 2025-03-24.') ] },
{ project: 'ap-autopay', runName: 'autopay', metadata: { session_id: '7731029', user_id: 'svc-ap-autopay', cron: '0 5 * * 1-5' },
  configurable: { thread_id: '7731029' } });

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
