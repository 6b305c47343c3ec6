// Accounts-payable assistant of a haulage company (Vercel AI SDK v7, @ai-sdk/otel OpenTelemetry integration,
// scripted Anthropic-style model, offline). One request from an AP clerk; the app wraps it in its own span
// carrying gen_ai.conversation.id. The payments backend declares its schema with jsonSchema() and
// coerces what it receives. Writes ap-assistant-export.json (one OTLP/HTTP JSON request body).
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, OpenTelemetry, z,
  writeJsonDocument, scriptDir, SpanKind,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { flush, tracer } = setupTracing({ serviceName: 'ap-assistant', resource: { 'service.namespace': 'finance', 'deployment.environment': 'production' }, seed: 'ap-invoice-rr4' });
const ids = makeIds('ap-invoice-rr4');

const extract_invoice_fields = tool({
  description: 'OCR + field extraction for an uploaded supplier invoice. Returns the fields as printed on the document.',
  inputSchema: z.object({ document_id: z.string() }),
  execute: async ({ document_id }) => ({
    document_id,
    supplier: 'Brenner Stahlbau GmbH',
    invoice_number: 'RE-2024-08817',
    invoice_date: '03.06.2024',
    due_date: '28.06.2024',
    net: '1.079,41',
    vat_19: '205,09',
    total_gross: '1.284,50',
    currency: 'EUR',
    iban: 'DE89 3704 0044 0532 0130 00',
    confidence: 0.97,
  }),
});

const find_vendor = tool({
  description: 'Look up a vendor in the vendor master by name.',
  inputSchema: z.object({ name: z.string() }),
  execute: async () => ({
    vendor_id: 'V-00412', name: 'Brenner Stahlbau GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX',
    payment_terms: 'net 30', default_currency: 'EUR', status: 'active',
  }),
});

// The payments service: the tool schema says number; the backend is lenient and parses what it gets.
const schedule_payment = tool({
  description: 'Schedule an outgoing SEPA credit transfer to a vendor from the operating account.',
  inputSchema: jsonSchema({
    type: 'object',
    properties: {
      vendor_id: { type: 'string' },
      invoice_ref: { type: 'string' },
      amount: { type: 'number', description: 'Amount in major currency units, e.g. 1250.00' },
      currency: { type: 'string', enum: ['EUR', 'GBP', 'USD'] },
      execution_date: { type: 'string', format: 'date' },
    },
    required: ['vendor_id', 'invoice_ref', 'amount', 'currency', 'execution_date'],
    additionalProperties: false,
  }),
  execute: async ({ vendor_id, invoice_ref, amount, currency, execution_date }) => ({
    payment_id: 'pmt_7Hc2QeVb91LxT0',
    vendor_id,
    invoice_ref,
    amount: Math.round(Number.parseFloat(String(amount)) * 100) / 100,
    currency,
    execution_date,
    debit_account: 'OPS-EUR-01',
    status: 'scheduled',
  }),
});

const t = () => ids('toolu_01', 22);
const [a, b, c] = [t(), t(), t()];

const model = scriptedModel({
  provider: 'anthropic.messages', modelId: 'claude-sonnet-4-20250514', ids, responsePrefix: 'msg_01',
  replies: [
    { text: "I'll pull the fields from the invoice first.", calls: [[a, 'extract_invoice_fields', { document_id: 'doc_7c1e42' }]] },
    { calls: [[b, 'find_vendor', { name: 'Brenner Stahlbau GmbH' }]] },
    { text: 'The IBAN on the invoice matches the vendor master. Scheduling the transfer for 26 June.',
      calls: [[c, 'schedule_payment', { vendor_id: 'V-00412', invoice_ref: 'RE-2024-08817', amount: '1.284,50', currency: 'EUR', execution_date: '2024-06-26' }]] },
    'Done. Invoice RE-2024-08817 from Brenner Stahlbau GmbH (EUR 1,284.50 gross, due 28 June) is scheduled for payment on '
      + '26 June 2024 from OPS-EUR-01 — payment ID pmt_7Hc2QeVb91LxT0. The IBAN on the invoice matches the vendor master record.',
  ],
});

await tracer.startActiveSpan('ap.request', { kind: SpanKind.SERVER, attributes: {
  'gen_ai.conversation.id': 'ap-thread-5f2c9e81', 'user.id': 'clerk.mwalsh',
} }, async (span) => {
  await generateText({
    model,
    system: 'You are the accounts-payable assistant for Northline Haulage Ltd. You can read uploaded invoices, look up vendors '
      + 'and schedule payments. Always check the IBAN against the vendor master before scheduling.',
    prompt: 'Please pay the Brenner Stahlbau invoice I just uploaded (doc_7c1e42). It is due on the 28th; schedule it for the 26th so it lands in time.',
    tools: { extract_invoice_fields, find_vendor, schedule_payment },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'ap-assistant', integrations: [new OpenTelemetry()] },
  });
  span.end();
});
writeJsonDocument(out, 'ap-assistant-export.json', await flush());
console.log(`wrote ${out}/ap-assistant-export.json`);
