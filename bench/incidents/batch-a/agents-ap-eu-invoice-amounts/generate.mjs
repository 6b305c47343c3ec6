// Accounts payable: invoice totals come back from document extraction as printed on the invoice;
// the agent passes them into the payment tool's numeric amount field. OpenAI Agents SDK, scripted model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, z, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const docs = {
  'ap_7Hq2KxR9': {
    supplier: 'Kessler Hydraulik GmbH', vat_id: 'DE291847365', invoice_no: 'RE-2025-4471', invoice_date: '22.12.2025',
    lines: [{ text: 'Hydraulikzylinder HZ-80/40, Hub 300 mm', qty: '4', unit_price: '2.620,00 €', amount: '10.480,00 €' }, { text: 'Dichtungssatz DS-80', qty: '4', unit_price: '0,00 €', note: 'Garantie' }],
    net: '10.480,00 €', vat: '1.991,20 € (19 %)', total_gross: '12.471,20 €', due: '30.01.2026', iban: 'DE44 6005 0101 0004 4718 29',
  },
  'ap_9Lm4TzW1': {
    supplier: 'Van Dijk Verpakking B.V.', vat_id: 'NL859301274B01', invoice_no: '2025/12/0318', invoice_date: '2025-12-29',
    lines: [{ text: 'Corrugated shipping boxes 600x400x400, 6 pallets (1,440 pcs)', qty: '1', unit_price: 'EUR 2,603.31' }],
    net: 'EUR 2,603.31', vat: 'EUR 546.69 (21%)', total_gross: 'EUR 3,150.00', due: '2026-01-28', iban: 'NL91 ABNA 0417 1643 00',
  },
};

const listPending = tool({
  name: 'list_pending_invoices',
  description: 'Invoices received and approved for payment that do not have a payment scheduled yet.',
  parameters: z.object({ entity: z.string(), region: z.string() }),
  execute: async () => JSON.stringify([
    { doc_id: 'ap_7Hq2KxR9', supplier: 'Kessler Hydraulik GmbH', po: 'PO-30418', approval: 'approved (j.tanaka, 2026-01-08)' },
    { doc_id: 'ap_9Lm4TzW1', supplier: 'Van Dijk Verpakking B.V.', po: 'PO-30433', approval: 'approved (j.tanaka, 2026-01-08)' },
  ]),
});
const extractInvoice = tool({
  name: 'extract_invoice_fields',
  description: 'OCR + field extraction for a scanned supplier invoice. Returns fields as printed on the document.',
  parameters: z.object({ doc_id: z.string() }),
  execute: async ({ doc_id }) => JSON.stringify({ doc_id, ...docs[doc_id], extraction_confidence: 0.97 }),
});
const schedulePayment = tool({
  name: 'schedule_payment',
  description: 'Schedule a SEPA credit transfer. amount is a decimal number in major units (e.g. 1499.90), currency is ISO 4217.',
  parameters: z.object({ doc_id: z.string(), payee_iban: z.string(), amount: z.number(), currency: z.string(), execution_date: z.string(), remittance: z.string() }),
  execute: async ({ doc_id, amount, currency, execution_date }) => JSON.stringify({
    payment_id: doc_id === 'ap_7Hq2KxR9' ? 'pmt_01JH8Z3Q4W' : 'pmt_01JH8Z3R7N', status: 'scheduled', amount, currency, execution_date, batch: 'SEPA-2026-01-27',
  }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'list_pending_invoices', args: { entity: 'Northwind Fluidtech BV', region: 'EU' } }] },
  { tool_calls: [
    { name: 'extract_invoice_fields', args: { doc_id: 'ap_7Hq2KxR9' } },
    { name: 'extract_invoice_fields', args: { doc_id: 'ap_9Lm4TzW1' } },
  ] },
  { tool_calls: [
    { name: 'schedule_payment', args: { doc_id: 'ap_7Hq2KxR9', payee_iban: 'DE44600501010004471829', amount: 12.47, currency: 'EUR', execution_date: '2026-01-27', remittance: 'RE-2025-4471 / PO-30418' } },
    { name: 'schedule_payment', args: { doc_id: 'ap_9Lm4TzW1', payee_iban: 'NL91ABNA0417164300', amount: 3150.0, currency: 'EUR', execution_date: '2026-01-27', remittance: '2025/12/0318 / PO-30433' } },
  ] },
  { content: 'Both approved EU invoices are scheduled in the SEPA batch of 27 Jan 2026 (before their due dates):\n\n'
    + '| Supplier | Invoice | Amount | Payment |\n|---|---|---|---|\n'
    + '| Kessler Hydraulik GmbH | RE-2025-4471 | EUR 12.47 | pmt_01JH8Z3Q4W |\n'
    + '| Van Dijk Verpakking B.V. | 2025/12/0318 | EUR 3,150.00 | pmt_01JH8Z3R7N |\n\n'
    + 'Total outgoing: EUR 3,162.47.' },
], { seed: 'ap-eu-invoices', model: 'gpt-4.1-mini', served: 'gpt-4.1-mini-2025-04-14' });

const agent = new Agent({
  name: 'AP Clerk',
  instructions: 'You are the accounts-payable assistant for Northwind Fluidtech BV. For approved invoices, extract the invoice fields and schedule '
    + 'payment of the gross total to the supplier IBAN, executing in the last SEPA batch before the due date (batches run Tuesdays).',
  model: m,
  tools: [listPending, extractInvoice, schedulePayment],
});

const runner = new Runner({ groupId: 'ap-run/2026-01-13/0007', workflowName: 'AP payment run', traceMetadata: { user_id: 'svc-ap-scheduler', requested_by: 'j.tanaka@northwind-fluidtech.eu' } });
await runner.run(agent, 'Process today\'s approved EU supplier invoices and schedule their payments.');

writeTrace(here, 'trace.jsonl');
