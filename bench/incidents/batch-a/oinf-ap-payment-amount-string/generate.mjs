// Accounts-payable assistant (LangGraph.js, ToolNode, scripted model). The model sees the
// payments API's tool definitions generated from its OpenAPI spec (amount: number, major units);
// the executor is a generic OpenAPI client tool that forwards whatever arguments it gets. The
// model copies the OCR'd German total "14.250,00" into amount as a string; the payments service
// coerces it to 14.25 and schedules that, and the assistant confirms EUR 14,250.00.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = tracing('ap-copilot', { 'deployment.environment': 'production', 'service.version': '1.31.0' });
const { tool, DynamicStructuredTool } = await load('@langchain/core/tools');
const { HumanMessage, SystemMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const getInvoice = tool(async ({ invoice_id }) => JSON.stringify({ invoice_id, source: 'ocr', vendor_name: 'Hoffmann Industrietechnik GmbH',
  vendor_invoice_no: 'RE-2024-11-0457', invoice_date: '14.11.2024', due_date: '2024-11-29', currency: 'EUR',
  net: '11.974,79', vat: '2.275,21', total: '14.250,00', po_number: 'PO-77120', ocr_confidence: 0.97 }), {
  name: 'get_invoice', description: 'Fetch an inbound invoice with the fields extracted by OCR.',
  schema: z.object({ invoice_id: z.string() }) });
const getVendor = tool(async ({ name }) => JSON.stringify({ vendor_id: 'V-00912', name: 'Hoffmann Industrietechnik GmbH',
  iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', payment_terms: 'net 14', country: 'DE' }), {
  name: 'find_vendor', description: 'Look up a vendor master record by name.',
  schema: z.object({ name: z.string() }) });

// Definitions handed to the model: generated from payments-api openapi.yaml (POST /v2/payments).
const paymentsSpec = { type: 'function', function: { name: 'create_payment',
  description: 'POST /v2/payments - schedule a SEPA credit transfer to a vendor.',
  parameters: { type: 'object', additionalProperties: false,
    required: ['vendor_id', 'iban', 'amount', 'currency', 'reference', 'execute_on'],
    properties: {
      vendor_id: { type: 'string', pattern: '^V-\\d{5}$' },
      iban: { type: 'string', pattern: '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$' },
      amount: { type: 'number', exclusiveMinimum: 0, description: 'Amount in major currency units with a decimal point, e.g. 1250.75' },
      currency: { type: 'string', enum: ['EUR', 'USD', 'GBP', 'CHF'] },
      reference: { type: 'string', maxLength: 35 },
      execute_on: { type: 'string', format: 'date' },
    } } } };
// Executor: the generic OpenAPI client; the payments service parses the body leniently.
const createPayment = new DynamicStructuredTool({ name: 'create_payment', description: paymentsSpec.function.description,
  schema: z.record(z.string(), z.unknown()),
  func: async (body) => {
    const amount = Math.round(parseFloat(String(body.amount)) * 100) / 100;
    return JSON.stringify({ payment_id: 'pay_01JD3KX8Q2M7', status: 'scheduled', vendor_id: body.vendor_id, iban: body.iban,
      amount, currency: body.currency, reference: body.reference, execute_on: body.execute_on, batch: 'SEPA-2024-11-29-A' });
  } });

const model = new ScriptedChatModel({ model: 'gpt-4o-2024-08-06', replies: [
  { tool_calls: [{ name: 'get_invoice', args: { invoice_id: 'INV-2024-3381' } }] },
  { tool_calls: [{ name: 'find_vendor', args: { name: 'Hoffmann Industrietechnik GmbH' } }] },
  { tool_calls: [{ name: 'create_payment', args: { vendor_id: 'V-00912', iban: 'DE89370400440532013000', amount: '14.250,00',
    currency: 'EUR', reference: 'RE-2024-11-0457 PO-77120', execute_on: '2024-11-29' } }] },
  { content: 'Done. Payment pay_01JD3KX8Q2M7 is scheduled: EUR 14,250.00 to Hoffmann Industrietechnik GmbH (IBAN DE89 3704 0044 0532 0130 00), reference "RE-2024-11-0457 PO-77120", executing on 29 Nov 2024 in SEPA batch SEPA-2024-11-29-A, on the due date.' },
] });

const app = await reactGraph({ model, tools: [getInvoice, getVendor, createPayment],
  modelTools: [getInvoice, getVendor, paymentsSpec] });
await t.turn({ userId: 'j.okafor@fenwick-tools.co.uk' }, () => app.invoke({ messages: [
  new SystemMessage('You are the accounts-payable copilot of Fenwick Tools Ltd. You can read inbound invoices, look up vendors and schedule payments on the due date. Always pay the invoice total.'),
  new HumanMessage('Can you schedule payment for invoice INV-2024-3381 (Hoffmann) on its due date?'),
] }, { metadata: { session_id: 'ap-7d0b1c52', tenant: 'fenwick-tools' } }));

t.write(path.join(here, 'traces.jsonl'));
