// Accounts-payable automation worker: one queued supplier invoice is processed by a Vercel AI SDK (ai v7)
// agent (generateText with tools), traced with the @ai-sdk/otel OpenTelemetry integration (GenAI
// conventions) under a job span. A batch worker has no chat session, so no session attribute is set.
// The finished spans are saved as one OTLP/HTTP JSON request body (pretty-printed), as the worker's
// debug exporter writes them. Scripted MockLanguageModelV4 (no network); the tools really execute.
// schedule_payment is declared with a plain JSON Schema (jsonSchema()), which the SDK does not validate.
import {
  setupTracing, scriptedModel, makeIds, writeJsonDocument, scriptDir, sleep, SpanStatusCode,
  generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, z,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const otel = setupTracing({
  serviceName: 'ap-automation-worker',
  resource: { 'service.version': '0.19.4', 'deployment.environment': 'production', 'service.namespace': 'finance' },
  seed: 'vercel-ap-invoice-transfer',
});
const ids = makeIds('vercel-ap-invoice-transfer');

const SYSTEM = `You are the accounts-payable agent of Harbourline Foods Ltd (company code GB10).
For each inbound supplier invoice: extract it, match it to the purchase order, check for duplicates, then schedule the
payment according to the supplier's payment terms. Payments up to EUR 10,000.00 are released automatically;
larger payments are queued for a second approver by the payments service. Finish with a one-paragraph summary for the AP log.`;

const tools = {
  extract_invoice: tool({
    description: 'OCR + field extraction for an inbound invoice document. Returns the fields as printed on the invoice.',
    inputSchema: z.object({ document_id: z.string() }),
    execute: async ({ document_id }) => {
      await sleep(220);
      return {
        document_id, supplier: 'Kühltechnik Brandt GmbH', supplier_vat_id: 'DE281946730', invoice_no: 'RE-2025-01187',
        invoice_date: '07.03.2025', po_reference: '4500044810', currency_printed: '€',
        net_total: '12.489,41 €', vat: '19 % MwSt. 2.372,99 €', gross_total: '14.862,40 €',
        iban: 'DE27 6805 0101 0012 3456 78', bic: 'FRSPDE66XXX', payment_terms: 'zahlbar innerhalb 30 Tagen netto',
        confidence: 0.97,
      };
    },
  }),
  match_purchase_order: tool({
    description: 'Looks up a purchase order in the ERP and returns the approved amount and goods-receipt status.',
    inputSchema: z.object({ po_number: z.string() }),
    execute: async ({ po_number }) => {
      await sleep(90);
      return { po_number, vendor_id: 'V-20931', vendor: 'Kühltechnik Brandt GmbH', approved_amount: 14862.4, currency: 'EUR', goods_receipt: 'complete (GR 5000771203, 04.03.2025)', price_tolerance_pct: 2 };
    },
  }),
  check_duplicate: tool({
    description: 'Checks whether an invoice number was already booked for a vendor.',
    inputSchema: z.object({ vendor_id: z.string(), invoice_no: z.string() }),
    execute: async ({ vendor_id, invoice_no }) => { await sleep(40); return { vendor_id, invoice_no, duplicate: false, checked_fiscal_years: [2024, 2025] }; },
  }),
  schedule_payment: tool({
    description: 'Schedules a SEPA credit transfer to a supplier. Amounts up to 10000.00 EUR are released automatically.',
    inputSchema: jsonSchema({
      type: 'object',
      properties: {
        vendor_id: { type: 'string' },
        iban: { type: 'string' },
        amount: { type: 'number', description: 'Amount in EUR, decimal point, e.g. 1250.00' },
        currency: { type: 'string', enum: ['EUR', 'GBP', 'USD'] },
        execution_date: { type: 'string', format: 'date' },
        remittance_info: { type: 'string' },
      },
      required: ['vendor_id', 'iban', 'amount', 'currency', 'execution_date', 'remittance_info'],
      additionalProperties: false,
    }),
    execute: async ({ vendor_id, iban, amount, currency, execution_date, remittance_info }) => {
      await sleep(160);
      const value = Math.round(Number.parseFloat(String(amount).replace(/[^0-9.,-]/g, '')) * 100) / 100;
      return {
        payment_id: 'PAY-GB10-2025-0031877', status: 'released', vendor_id, iban, amount: value, currency,
        execution_date, remittance_info, approval: value <= 10000 ? 'auto (within EUR 10,000.00 limit)' : 'pending second approver',
      };
    },
  }),
};

const call = (name, input) => [ids('', 9), name, input];
const model = scriptedModel({
  provider: 'mistral.chat', modelId: 'mistral-large-2411', ids, responsePrefix: '',
  replies: [
    { calls: [call('extract_invoice', { document_id: 'inbox-ap/2025/03/11/msg-77d1e0/att-1.pdf' })] },
    { calls: [call('match_purchase_order', { po_number: '4500044810' })] },
    { calls: [call('check_duplicate', { vendor_id: 'V-20931', invoice_no: 'RE-2025-01187' })] },
    { calls: [call('schedule_payment', {
      vendor_id: 'V-20931', iban: 'DE27680501010012345678', amount: '14.862,40', currency: 'EUR',
      execution_date: '2025-04-06', remittance_info: 'RE-2025-01187 / PO 4500044810' })] },
    'Invoice RE-2025-01187 from Kühltechnik Brandt GmbH (07.03.2025, gross 14.862,40 €) was matched to PO 4500044810 (approved EUR 14,862.40, goods receipt complete) and is not a duplicate. Payment PAY-GB10-2025-0031877 was released automatically for EUR 14.86 to DE27 6805 0101 0012 3456 78, execution date 2025-04-06 (30 days net), remittance "RE-2025-01187 / PO 4500044810".',
  ],
});

await otel.tracer.startActiveSpan('ap.process_invoice', {
  attributes: { 'messaging.system': 'aws_sqs', 'messaging.destination.name': 'ap-inbound-invoices', 'messaging.message.id': '5f0b8a1e-3c44-4a7e-bc0d-91e2f7a6d310', 'ap.company_code': 'GB10' },
}, async (span) => {
  await generateText({
    model, system: SYSTEM,
    prompt: 'New invoice e-mail from rechnung@kuehltechnik-brandt.de, subject "Rechnung RE-2025-01187", attachment inbox-ap/2025/03/11/msg-77d1e0/att-1.pdf. Process it.',
    tools, stopWhen: stepCountIs(8),
    telemetry: { functionId: 'ap-invoice-agent', integrations: [new OpenTelemetry()] },
  });
  span.setStatus({ code: SpanStatusCode.OK });
  span.end();
});
writeJsonDocument(out, 'otlp-export.json', await otel.flush());
console.log(`wrote ${out}/otlp-export.json`);
