// Accounts payable: a treasury operator asks the AP agent to schedule this week's supplier
// payments. Invoices come from the e-invoicing inbox as extracted by each supplier's format.
// Run: node bench/incidents/batch-a/agents-ap-payment-run/generate.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const invoices = {
  'INV-NL-20250611-07': { invoice_id: 'INV-NL-20250611-07', supplier: 'Van Dijk Verpakkingen B.V.', iban: 'NL91ABNA0417164300',
    total_due: '845,20', currency: 'EUR', due_date: '2025-06-13', source: 'peppol-ubl' },
  'INV-US-88102': { invoice_id: 'INV-US-88102', supplier: 'Northwind Sensors Inc.', iban: 'DE89370400440532013000',
    total_due: '2315.75', currency: 'EUR', due_date: '2025-06-13', source: 'pdf-ocr' },
  'FT-2025/00318': { invoice_id: 'FT-2025/00318', supplier: 'Officine Meccaniche Bresciani S.r.l.', iban: 'IT60X0542811101000000123456',
    total_due: '12.480,00', currency: 'EUR', due_date: '2025-06-13', source: 'fatturapa-xml' },
};

const listDue = tool({
  name: 'list_due_invoices',
  description: 'Lists approved supplier invoices due on or before a date.',
  parameters: z.object({ due_by: z.string().describe('ISO date') }),
  execute: async () => JSON.stringify({ count: 3, invoices: Object.keys(invoices).map((id) => ({ invoice_id: id, approved_by: 'k.osei' })) }),
});

const fetchInvoice = tool({
  name: 'fetch_supplier_invoice',
  description: 'Returns the extracted header of a supplier invoice from the e-invoicing inbox.',
  parameters: z.object({ invoice_id: z.string() }),
  execute: async ({ invoice_id }) => JSON.stringify(invoices[invoice_id]),
});

let seq = 5519;
const createPayment = tool({
  name: 'create_payment',
  description: 'Schedules a SEPA credit transfer from the operating account. amount is a decimal number in major units of currency.',
  parameters: z.object({
    invoice_id: z.string(), payee_iban: z.string(), amount: z.number(), currency: z.string(), execution_date: z.string(),
  }),
  execute: async (a) => JSON.stringify({ payment_id: `PAY-0611-${seq++}`, ...a, status: 'scheduled', debtor_account: 'OPS-EUR-01' }),
});

const calls = [
  ['INV-NL-20250611-07', 'NL91ABNA0417164300', 845.2],
  ['INV-US-88102', 'DE89370400440532013000', 2315.75],
  ['FT-2025/00318', 'IT60X0542811101000000123456', 12.48],
];
const m = scriptedModel([
  { tool_calls: [{ name: 'list_due_invoices', args: { due_by: '2025-06-13' } }] },
  { tool_calls: calls.map(([id]) => ({ name: 'fetch_supplier_invoice', args: { invoice_id: id } })) },
  { tool_calls: calls.map(([id, iban, amount]) => ({ name: 'create_payment', args: {
    invoice_id: id, payee_iban: iban, amount, currency: 'EUR', execution_date: '2025-06-13' } })) },
  { content: 'Done — three SEPA transfers are scheduled from OPS-EUR-01 for Friday 13 June:\n'
    + '- PAY-0611-5519: EUR 845.20 to Van Dijk Verpakkingen B.V. (INV-NL-20250611-07)\n'
    + '- PAY-0611-5520: EUR 2,315.75 to Northwind Sensors Inc. (INV-US-88102)\n'
    + '- PAY-0611-5521: EUR 12.48 to Officine Meccaniche Bresciani S.r.l. (FT-2025/00318)\n'
    + 'Total for the run: EUR 3,173.43.' },
], { seed: 'ap-payment-run' });

const agent = new Agent({
  name: 'AP Payments',
  instructions: 'You run supplier payment batches for the treasury team. Only pay approved invoices, pay the full '
    + 'amount due on the due date, and report each scheduled payment.',
  model: m,
  tools: [listDue, fetchInvoice, createPayment],
});
const runner = new Runner({
  groupId: '3b0f6a2d-1c4e-4e8a-9d71-52aa0c3e9f10',
  workflowName: 'ap-payment-run',
  traceMetadata: { user_id: 'treasury.lhanson', entity: 'ACME-EU-BV' },
});
await runner.run(agent, 'Please schedule payment for everything approved and due by this Friday (2025-06-13).');
writeTrace(here, 'agent-traces.jsonl');
