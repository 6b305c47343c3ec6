// Accounts-payable agent (EN): nightly job that schedules payments for approved supplier invoices.
// AI SDK v7 generateText with the current @ai-sdk/otel OpenTelemetry integration (gen_ai.* attributes),
// scripted model; the job wraps the run in its own span. Writes the job's OTLP/HTTP request body as one
// pretty-printed JSON document, otlp-request.json.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, z, stepCountIs, OpenTelemetry, writeJsonDocument, scriptDir,
} from '../../harness/vercel/harness.mjs';

const out = scriptDir(import.meta.url);
const { tracer, flush } = setupTracing({
  serviceName: 'ap-automation',
  resource: { 'deployment.environment': 'production', 'service.version': '0.22.4', 'service.namespace': 'finance' },
  seed: 'ap-nightly-2024-11-18',
});
const ids = makeIds('ap-nightly-2024-11-18');

const invoices = [
  { invoice_id: 'inv_7Hq2Kd', vendor_id: 'ven_00412', vendor: 'Acme Corrugated Inc.', invoice_no: 'AC-55812', total: '$3,150.00', due: '2024-11-25', approved_by: 'k.osei', source: 'edi' },
  { invoice_id: 'inv_7Hq2Lm', vendor_id: 'ven_00977', vendor: 'Lakeside Freight LLC', invoice_no: 'LF/24/1093', total: 'USD 842.19', due: '2024-11-22', approved_by: 'k.osei', source: 'email-pdf' },
  { invoice_id: 'inv_7Hq2Np', vendor_id: 'ven_01288', vendor: 'Hoffmann Verpackungen GmbH', invoice_no: 'RE-2024-00917', total: '12.480,00 EUR', due: '2024-11-29', approved_by: 'm.lindqvist', source: 'email-pdf' },
];

const list_approved_invoices = tool({
  description: 'Lists supplier invoices approved for payment and not yet scheduled. `total` is the invoice total as printed on the document.',
  inputSchema: z.object({ status: z.enum(['approved']), limit: z.number().int().max(100).optional() }),
  execute: async () => ({ count: invoices.length, invoices }),
});

let seq = 0;
const schedule_payment = tool({
  description: 'Schedules a bank transfer to a vendor. amount_minor is the amount in minor currency units (cents); currency is ISO 4217.',
  inputSchema: z.object({
    vendor_id: z.string(), invoice_id: z.string(),
    amount_minor: z.number().int().positive(),
    currency: z.string().length(3),
    pay_on: z.string().describe('YYYY-MM-DD'),
  }),
  execute: async ({ vendor_id, invoice_id, amount_minor, currency, pay_on }) => ({
    payment_id: `pmt_2411${String(++seq).padStart(2, '0')}${['xQ', 'rT', 'wZ'][seq - 1]}`,
    status: 'scheduled', vendor_id, invoice_id, amount_minor, currency, pay_on, rail: currency === 'EUR' ? 'SEPA' : 'ACH',
  }),
});

const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4.1-2025-04-14', ids,
  replies: [
    { calls: [['call_bV0yXm4QeT7sLk2Nw9JpGh3R', 'list_approved_invoices', { status: 'approved', limit: 50 }]] },
    { calls: [
      ['call_Fz8nCd1KaR5uYq3MvE6tWs0L', 'schedule_payment', { vendor_id: 'ven_00412', invoice_id: 'inv_7Hq2Kd', amount_minor: 315000, currency: 'USD', pay_on: '2024-11-20' }],
      ['call_Jm2pTg7HxB4cNo9VrD1kZe5Q', 'schedule_payment', { vendor_id: 'ven_00977', invoice_id: 'inv_7Hq2Lm', amount_minor: 84219, currency: 'USD', pay_on: '2024-11-19' }],
      ['call_Qs6wLa3EyU8fKi0XnP2bCr7M', 'schedule_payment', { vendor_id: 'ven_01288', invoice_id: 'inv_7Hq2Np', amount_minor: 1248, currency: 'EUR', pay_on: '2024-11-26' }],
    ] },
    'Nightly AP run complete. 3 approved invoices scheduled (3 business days before due date):\n'
      + '| Vendor | Invoice | Amount | Pay on | Payment |\n|---|---|---|---|---|\n'
      + '| Acme Corrugated Inc. | AC-55812 | $3,150.00 | 2024-11-20 | pmt_241101xQ |\n'
      + '| Lakeside Freight LLC | LF/24/1093 | $842.19 | 2024-11-19 | pmt_241102rT |\n'
      + '| Hoffmann Verpackungen GmbH | RE-2024-00917 | €12,480.00 | 2024-11-26 | pmt_241103wZ (SEPA) |\n'
      + 'No invoices were skipped.',
  ],
});

await tracer.startActiveSpan('ap.nightly_run', { attributes: { 'ap.run_id': 'aprun-20241118-0200', 'ap.trigger': 'cron', 'ap.entity': 'US01' } }, async (span) => {
  await generateText({
    model,
    system: 'You are the accounts-payable agent. Each night, schedule payment for every approved invoice: pay 3 business days '
      + 'before the due date (or the next business day if that is in the past). Pay in the invoice currency. Report a summary table.',
    prompt: 'Run date: 2024-11-18. Process the approved invoices.',
    tools: { list_approved_invoices, schedule_payment },
    stopWhen: stepCountIs(6),
    telemetry: { functionId: 'ap-agent', integrations: [new OpenTelemetry()] },
  });
  span.end();
});

writeJsonDocument(out, 'otlp-request.json', await flush());
