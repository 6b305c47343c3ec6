// Accounts-payable copilot (Vercel AI SDK v7, scripted mock model, offline), legacy ai.* telemetry.
import { generateText, tool, stepCountIs, LegacyOpenTelemetry, z, setupTracing, scriptedModel, makeIds, writeJsonl, scriptDir } from '../../harness/vercel/harness.mjs';

const dir = scriptDir(import.meta.url);
const ids = makeIds('ap-brandt');
const { flush } = setupTracing({ serviceName: 'ap-copilot', resource: { 'deployment.environment': 'production', 'service.version': '0.9.3' }, seed: 'ap-brandt' });
const sessionId = 'apc_01HZX4R7M2QK9F';
const userId = 'j.okafor@northwind-tools.com';

const model = scriptedModel({ ids, modelId: 'gpt-4.1-mini', replies: [
  { calls: [[ids('call_', 24), 'search_invoices', { vendor_query: 'Brandt', status: 'open', received_after: '2024-05-27' }]] },
  { calls: [[ids('call_', 24), 'get_vendor_bank_details', { vendor_id: 'V-00318' }]] },
  { calls: [[ids('call_', 24), 'create_payment', { invoice_id: 'INV-DE-20931', vendor_id: 'V-00318', amount: 1.2345, currency: 'EUR', iban: 'DE44 6005 0101 0008 4127 93', value_date: '2024-06-12', reference: 'RE 2024-0588 / PO 77120' }]] },
  'Done. Payment for Brandt Metallbau invoice RE 2024-0588 (CNC brackets, PO 77120) is queued as PAY-5F2K9X to their Stuttgart account ending 4127 93, value date 12 June — two days before the due date, so no late fee.',
] });

const tools = {
  search_invoices: tool({ description: 'Search vendor invoices captured by the OCR inbox.', inputSchema: z.object({ vendor_query: z.string(), status: z.enum(['open', 'paid', 'all']), received_after: z.string() }),
    execute: async () => ({ count: 1, invoices: [{ invoice_id: 'INV-DE-20931', vendor_id: 'V-00318', vendor_name: 'Brandt Metallbau GmbH', vendor_invoice_no: 'RE 2024-0588', po: '77120', description: 'CNC-Halterungen, 150 Stk.', total_gross: '1.234,50', currency: 'EUR', received: '2024-05-29', due: '2024-06-14', ocr_locale: 'de-DE' }] }) }),
  get_vendor_bank_details: tool({ description: 'Verified bank details of a vendor.', inputSchema: z.object({ vendor_id: z.string() }),
    execute: async () => ({ vendor_id: 'V-00318', account_holder: 'Brandt Metallbau GmbH', iban: 'DE44 6005 0101 0008 4127 93', bic: 'SOLADEST600', verified_at: '2024-02-02' }) }),
  create_payment: tool({ description: 'Queue an outgoing SEPA payment. amount is in major units of currency.', inputSchema: z.object({ invoice_id: z.string(), vendor_id: z.string(), amount: z.number().positive(), currency: z.string().length(3), iban: z.string(), value_date: z.string(), reference: z.string() }),
    execute: async ({ amount, currency, value_date, invoice_id }) => ({ payment_id: 'PAY-5F2K9X', status: 'queued', invoice_id, amount: Math.round(amount * 100) / 100, currency, value_date, batch: 'SEPA-2024-06-12-A' }) }),
};

await generateText({
  model,
  system: 'You are the accounts-payable copilot for Northwind Tools Inc. You can look up invoices and queue payments to verified vendor accounts. Pay the full open amount unless told otherwise.',
  prompt: 'Can you pay the Brandt Metallbau invoice that came in last week? The one for the CNC brackets. Make sure it goes out before it is due.',
  tools, stopWhen: stepCountIs(6),
  runtimeContext: { sessionId, userId },
  telemetry: { functionId: 'ap-copilot.chat', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(dir, 'otel-traces.jsonl', [await flush()]);
