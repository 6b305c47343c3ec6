// Accounts-payable assistant (English) of a beverage distributor: pays the approved invoices of one
// German supplier in the weekly payment run. Vercel AI SDK v7 (`ai`) with the legacy ai.* telemetry
// (@ai-sdk/otel LegacyOpenTelemetry); the payment tool is declared with a plain JSON schema (jsonSchema),
// as the treasury service publishes it. Scripted MockLanguageModelV4, no network. Writes spans.jsonl.
import {
  setupTracing, scriptedModel, makeIds, generateText, tool, jsonSchema, stepCountIs, LegacyOpenTelemetry,
  writeJsonl, scriptDir,
} from '../../harness/vercel/harness.mjs';

const SEED = 'vercel-ap-weekly-transfers-k3';
const { flush } = setupTracing({
  serviceName: 'ap-copilot',
  resource: { 'deployment.environment': 'production', 'service.version': '3.2.0', 'service.namespace': 'finance' },
  seed: SEED,
});
const ids = makeIds(SEED);

const today = new Date();
const day = (n) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);

const tools = {
  list_approved_invoices: tool({
    description: 'Approved, unpaid supplier invoices for a vendor, as captured by the invoice OCR pipeline.',
    inputSchema: jsonSchema({
      type: 'object',
      properties: { vendor_id: { type: 'string' } },
      required: ['vendor_id'], additionalProperties: false,
    }),
    execute: async ({ vendor_id }) => ({
      vendor_id, vendor_name: 'Brauhaus Klein GmbH', country: 'DE',
      invoices: [
        { invoice_no: 'RE-100917', issued: day(-21), due: day(2), gross: '845,00 EUR', approved_by: 'm.ortega' },
        { invoice_no: 'RE-100931', issued: day(-14), due: day(9), gross: '1.234,50 EUR', approved_by: 'm.ortega' },
      ],
    }),
  }),
  get_vendor_bank_account: tool({
    description: 'Verified payout bank account of a vendor.',
    inputSchema: jsonSchema({ type: 'object', properties: { vendor_id: { type: 'string' } }, required: ['vendor_id'] }),
    execute: async ({ vendor_id }) => ({ vendor_id, iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', verified: true }),
  }),
  schedule_transfer: tool({
    description: 'Schedules a SEPA credit transfer in the next payment run. amount is the amount in major currency units.',
    inputSchema: jsonSchema({
      type: 'object',
      properties: {
        invoice_ref: { type: 'string' },
        amount: { type: 'number', description: 'Amount to pay, e.g. 1520.75' },
        currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'] },
        iban: { type: 'string' },
        execution_date: { type: 'string', format: 'date' },
      },
      required: ['invoice_ref', 'amount', 'currency', 'iban', 'execution_date'],
      additionalProperties: false,
    }),
    // The treasury client coerces the amount the way its SDK does (parseFloat, cents).
    execute: async ({ invoice_ref, amount, currency, iban, execution_date }) => {
      const cents = Math.round(Number.parseFloat(String(amount)) * 100);
      return { transfer_id: ids('trf_', 16), invoice_ref, amount: cents / 100, currency, iban, execution_date, status: 'scheduled', batch: 'PR-0347' };
    },
  }),
};

const k = () => ids('call_', 24);
const [a, b, c, d] = [k(), k(), k(), k()];
const runDate = day(1);
const model = scriptedModel({
  provider: 'openai.chat', modelId: 'gpt-4.1', ids,
  replies: [
    { calls: [[a, 'list_approved_invoices', { vendor_id: 'V-DE-00417' }], [b, 'get_vendor_bank_account', { vendor_id: 'V-DE-00417' }]] },
    { calls: [[c, 'schedule_transfer', { invoice_ref: 'RE-100917', amount: '845,00', currency: 'EUR', iban: 'DE89370400440532013000', execution_date: runDate }],
              [d, 'schedule_transfer', { invoice_ref: 'RE-100931', amount: '1.234,50', currency: 'EUR', iban: 'DE89370400440532013000', execution_date: runDate }]] },
    `Both approved Brauhaus Klein invoices are in tomorrow's payment run (${runDate}, batch PR-0347) to the verified account DE89 3704 0044 0532 0130 00:\n` +
      '- RE-100917: 845,00 EUR (due in 2 days)\n' +
      '- RE-100931: 1.234,50 EUR (due in 9 days)\n' +
      'Total 2.079,50 EUR. Nothing else is open for this vendor.',
  ],
});

await generateText({
  model,
  system: 'You are the accounts-payable copilot. Only pay invoices that are approved, to verified bank accounts, in the next payment run. Confirm what was scheduled.',
  prompt: 'Please put everything approved for Brauhaus Klein (vendor V-DE-00417) into the next payment run.',
  tools,
  stopWhen: stepCountIs(5),
  runtimeContext: { sessionId: 'ap-thread-0x3f9a21', userId: 'priya.nair@northcask.example' },
  telemetry: { functionId: 'ap-copilot.pay-vendor', includeRuntimeContext: { sessionId: true, userId: true }, integrations: [new LegacyOpenTelemetry()] },
});

writeJsonl(scriptDir(import.meta.url), 'spans.jsonl', [await flush()]);
