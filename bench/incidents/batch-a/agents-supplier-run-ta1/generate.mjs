// Accounts-payable assistant of a UK manufacturer: it lists approved supplier invoices due this week,
// reads each invoice as the AP system stores it (amounts as printed on the supplier's document),
// checks the treasury balance and queues the payments. OpenAI Agents SDK (JS), scripted fake model.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, scriptedModel, writeTrace, z } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const listApproved = tool({
  name: 'ap_list_approved',
  description: 'List supplier invoices approved for payment and due on or before a date.',
  parameters: z.object({ due_on_or_before: z.string() }),
  execute: async () => JSON.stringify({ count: 2, items: [
    { doc: 'AP/2026/01187', supplier: 'Hartmann Stahlbau GmbH', supplier_id: 'SUP-00417', approved_by: 'r.osei', due: '2026-02-05' },
    { doc: 'AP/2026/01203', supplier: 'Pacific Fasteners Inc.', supplier_id: 'SUP-00233', approved_by: 'r.osei', due: '2026-02-06' },
  ] }),
});

const invoices = {
  'AP/2026/01187': { doc: 'AP/2026/01187', supplier_ref: 'RE-2026-0093', supplier: 'Hartmann Stahlbau GmbH', po: 'PO-55120',
    lines: 3, total_gross: '14.280,00 €', vat_note: 'Steuerschuldnerschaft des Leistungsempfängers', bank: { iban: 'DE44 5001 0517 5407 3249 31', bic: 'INGDDEFFXXX' }, terms: '30 Tage netto' },
  'AP/2026/01203': { doc: 'AP/2026/01203', supplier_ref: 'PF-INV-770214', supplier: 'Pacific Fasteners Inc.', po: 'PO-55141',
    lines: 7, total_gross: '$3,912.40', vat_note: 'Export, zero-rated', bank: { aba: '121000248', account: '****6630' }, terms: 'Net 30' },
};
const getInvoice = tool({
  name: 'ap_get_invoice',
  description: 'Fetch one approved supplier invoice with its captured header fields.',
  parameters: z.object({ doc: z.string() }),
  execute: async ({ doc }) => JSON.stringify(invoices[doc] ?? { error: 'not found' }),
});

const treasuryBalance = tool({
  name: 'treasury_balance',
  description: 'Available balance of the company payment accounts per currency.',
  parameters: z.object({ currencies: z.array(z.string()) }),
  execute: async () => JSON.stringify({ as_of: '2026-02-02T07:58:00Z', accounts: [
    { account: 'NWC-EUR-01', currency: 'EUR', available: 61840.12 },
    { account: 'NWC-USD-01', currency: 'USD', available: 22105.77 },
  ] }),
});

let pmt = 0;
const createPayment = tool({
  name: 'payments_create',
  description: 'Queue a supplier payment for the next release batch. amount is the invoice amount in major units of currency (e.g. 1250.50).',
  parameters: z.object({ supplier_id: z.string(), doc: z.string(), amount: z.number(), currency: z.enum(['GBP', 'EUR', 'USD']), remittance_ref: z.string() }),
  execute: async (a) => JSON.stringify({ payment_id: ['PMT-2602-000913', 'PMT-2602-000914'][pmt++], status: 'queued', release_batch: '2026-02-03T06:00Z', ...a }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'ap_list_approved', args: { due_on_or_before: '2026-02-06' } }] },
  { tool_calls: [
    { name: 'ap_get_invoice', args: { doc: 'AP/2026/01187' } },
    { name: 'ap_get_invoice', args: { doc: 'AP/2026/01203' } },
  ] },
  { tool_calls: [{ name: 'treasury_balance', args: { currencies: ['EUR', 'USD'] } }] },
  { tool_calls: [
    { name: 'payments_create', args: { supplier_id: 'SUP-00417', doc: 'AP/2026/01187', amount: 14.28, currency: 'EUR', remittance_ref: 'RE-2026-0093' } },
    { name: 'payments_create', args: { supplier_id: 'SUP-00233', doc: 'AP/2026/01203', amount: 3912.40, currency: 'USD', remittance_ref: 'PF-INV-770214' } },
  ] },
  { content: 'Both approved invoices due this week are queued for tomorrow\'s 06:00 release batch:\n\n- Hartmann Stahlbau GmbH, RE-2026-0093 (AP/2026/01187): EUR 14.28, payment PMT-2602-000913\n- Pacific Fasteners Inc., PF-INV-770214 (AP/2026/01203): USD 3,912.40, payment PMT-2602-000914\n\nBalances cover both (EUR 61,840.12 and USD 22,105.77 available). Nothing else is approved and due before 6 Feb.' },
], { seed: 'nwc-ap-0202', model: 'gpt-4.1', served: 'gpt-4.1-2025-04-14' });

const agent = new Agent({
  name: 'AP Assistant',
  instructions: 'You are the accounts payable assistant of Northwind Components Ltd. Only pay invoices that are approved. Pay the invoice total in the invoice currency. Check treasury balances before queueing payments.',
  model: m,
  tools: [listApproved, getInvoice, treasuryBalance, createPayment],
});

const runner = new Runner({ groupId: 'ap-chat-3f9e1c07', workflowName: 'ap-assistant', traceMetadata: { user_id: 'j.whitfield', dept: 'finance-ops' } });
await runner.run(agent, 'Morning — can you queue payment for the approved supplier invoices that fall due this week?');
writeTrace(here, 'trace.jsonl');
