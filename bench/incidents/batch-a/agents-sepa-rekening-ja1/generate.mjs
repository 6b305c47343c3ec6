// Banking (English UI, Dutch supplier): an intake agent reads a scanned supplier invoice, then hands
// the customer over to the payments agent (tool history stripped by the handoff filter), which
// schedules the SEPA transfer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, Runner, tool, handoff, z, removeAllTools, scriptedModel, writeTrace } from '../../harness/agents/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const readInvoice = tool({
  name: 'ocr_read_invoice', description: 'Extracts payment fields from an uploaded invoice document.',
  parameters: z.object({ document_id: z.string() }),
  execute: async ({ document_id }) => JSON.stringify({
    document_id, supplier: 'Van Dijk Installatietechniek B.V.', invoice_no: 'VDI-2026-0412',
    totaal_te_betalen: '€ 1.234,50', iban: 'NL91 ABNA 0417 1643 00', betalingskenmerk: '7003 1182 4409 5521',
    vervaldatum: '20-02-2026', confidence: 0.97,
  }),
});

const scheduleTransfer = tool({
  name: 'schedule_sepa_transfer', description: 'Schedules a SEPA credit transfer from the customer\'s current account.',
  parameters: z.object({
    from_account: z.string(), creditor_name: z.string(), creditor_iban: z.string(),
    amount_minor: z.number().int().describe('amount in cents'), currency: z.string(),
    structured_reference: z.string(), execution_date: z.string().describe('YYYY-MM-DD'),
  }),
  execute: async (a) => JSON.stringify({ payment_id: 'pmt_01JKZ8W4Q2R7', status: 'SCHEDULED', amount: `${(a.amount_minor / 100).toFixed(2)} ${a.currency}`, execution_date: a.execution_date }),
});

const m = scriptedModel([
  { tool_calls: [{ name: 'ocr_read_invoice', args: { document_id: 'doc_7Hq2mX' } }] },
  { content: 'Invoice read. For Payments: invoice VDI-2026-0412 from Van Dijk Installatietechniek B.V., amount EUR 1,234.50 (shown on the invoice as "€ 1.234,50", Dutch notation), IBAN NL91 ABNA 0417 1643 00, structured reference 7003 1182 4409 5521, due 20 February 2026. Customer wants it paid from the current account ending 2207, on the due date, not earlier.',
    tool_calls: [{ name: 'transfer_to_Payments', args: {} }] },
  { tool_calls: [{ name: 'schedule_sepa_transfer', args: {
    from_account: 'CUR-****2207', creditor_name: 'Van Dijk Installatietechniek B.V.', creditor_iban: 'NL91ABNA0417164300',
    amount_minor: 123450, currency: 'EUR', structured_reference: '7003118244095521', execution_date: '2026-02-20' } }] },
  { content: 'Done. I\'ve scheduled EUR 1,234.50 to Van Dijk Installatietechniek B.V. (NL91 ABNA 0417 1643 00, reference 7003 1182 4409 5521) from your account ending 2207 for 20 February 2026. Payment id pmt_01JKZ8W4Q2R7; you can cancel it until the day before.' },
], { seed: 'sepa-ja1' });

const payments = new Agent({
  name: 'Payments', model: m, tools: [scheduleTransfer],
  instructions: 'You schedule payments for the customer. Use only the details handed over to you; amounts go in cents.',
});
const intake = new Agent({
  name: 'Intake', model: m, tools: [readInvoice],
  instructions: 'You read the documents customers upload. Before handing over to Payments, write out every payment detail Payments needs.',
  handoffs: [handoff(payments, { inputFilter: removeAllTools })],
});

const runner = new Runner({ groupId: 'conv#2026-02-09#b71f', workflowName: 'Bill pay assistant', traceMetadata: { user_id: 'rb-cust-55102774' } });
await runner.run(intake, 'I uploaded the plumber\'s invoice (doc_7Hq2mX). Please pay it from my current account ending 2207 on the due date, not before.');
writeTrace(here, 'trace.jsonl');
