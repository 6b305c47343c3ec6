// Accounts-payable copilot (LangGraph.js agent/ToolNode loop) for a property-management company.
// Scripted model, no network. Writes traces.jsonl (OTLP/JSON, one request per turn).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tracing, ScriptedChatModel, reactGraph, load } from '../../harness/oinf/oinf.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tool } = await load('@langchain/core/tools');
const { SystemMessage, HumanMessage } = await load('@langchain/core/messages');
const { z } = await load('zod');

const t = tracing('ap-copilot', { 'deployment.environment': 'production', 'service.version': '1.18.2', 'cloud.region': 'eu-west-1' });

const getInvoice = tool(async ({ document_id }) => JSON.stringify({
  document_id, source: 'inbox/ap@harbourlet.co.uk', ocr_confidence: 0.97,
  supplier: 'Van Dijk Installatietechniek B.V.', supplier_vat: 'NL853174922B01', invoice_number: 'VDI-2024-1187',
  invoice_date: '31-10-2024', due_date: '30-11-2024', po_reference: 'PO-HL-30412',
  description: 'Vervanging cv-ketels en leidingwerk, blok C, Keizersgracht 214',
  subtotal: '10.314,05', vat_21: '2.165,95', total_incl_vat: '12.480,00', currency: 'EUR',
  iban: 'NL91ABNA0417164300', bic: 'ABNANL2A',
}), { name: 'get_invoice', description: 'Returns the OCR-extracted fields of a supplier invoice in the AP inbox.',
  schema: z.object({ document_id: z.string() }) });

const matchPo = tool(async ({ po_reference, supplier_vat }) => JSON.stringify({
  po_reference, supplier_vat, po_status: 'goods_received', po_currency: 'EUR', po_open_amount: '12480.00', match: 'ok',
}), { name: 'match_purchase_order', description: 'Checks an invoice against its purchase order (2-way match).',
  schema: z.object({ po_reference: z.string(), supplier_vat: z.string() }) });

const approvalPolicy = tool(async ({ amount_eur }) => JSON.stringify(amount_eur >= 5000
  ? { amount_eur, requires_second_approver: true, approver_role: 'finance_director', threshold_eur: 5000 }
  : { amount_eur, requires_second_approver: false, threshold_eur: 5000 }),
{ name: 'check_approval_policy', description: 'Tells whether a payment of this amount needs a second approver.',
  schema: z.object({ amount_eur: z.number().describe('payment amount in euros') }) });

const schedulePayment = tool(async ({ iban, amount_eur, reference, execution_date }) => JSON.stringify({
  payment_id: 'pmt_01JC9QX4T7RZ2M', status: 'scheduled', iban, amount_eur, currency: 'EUR', reference, execution_date, batch: 'SEPA-2024-11-28-A',
}), { name: 'schedule_payment', description: 'Schedules a SEPA credit transfer in the next payment run.',
  schema: z.object({ iban: z.string(), bic: z.string(), amount_eur: z.number().describe('amount in euros, decimal'), reference: z.string(), execution_date: z.string() }) });

const model = new ScriptedChatModel({ model: 'gpt-4.1-mini-2025-04-14', replies: [
  { content: '', tool_calls: [{ name: 'get_invoice', args: { document_id: 'doc_7f2b9e41' } }] },
  { content: '', tool_calls: [{ name: 'match_purchase_order', args: { po_reference: 'PO-HL-30412', supplier_vat: 'NL853174922B01' } }] },
  { content: '', tool_calls: [{ name: 'check_approval_policy', args: { amount_eur: 12.48 } }] },
  { content: '', tool_calls: [{ name: 'schedule_payment', args: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', amount_eur: 12.48,
    reference: 'VDI-2024-1187', execution_date: '2024-11-28' } }] },
  { content: 'Done. The Van Dijk Installatietechniek invoice VDI-2024-1187 matches PO-HL-30412 (goods received) and is below the €5,000 dual-approval threshold, so I scheduled it straight away: payment pmt_01JC9QX4T7RZ2M in SEPA run SEPA-2024-11-28-A, executing 28 Nov, two days before the due date.' },
] });

const app = await reactGraph({ model, tools: [getInvoice, matchPo, approvalPolicy, schedulePayment], name: 'ap_copilot' });

const conv = 'ap-7c0d5e2a-91f4-4b8e-a3c6-2e1f0b9d4471';
await t.turn({ userId: 'u_2231_mokafor' }, () => app.invoke({ messages: [
  new SystemMessage('You are the accounts-payable copilot of Harbourlet Property Management Ltd. For each invoice: read it, match it to its PO, check the approval policy, and schedule payment only if no second approver is required; otherwise route it for approval.'),
  new HumanMessage('Can you process the Van Dijk invoice that came in this morning (doc_7f2b9e41)? They are chasing us, please get it into this week\'s payment run.'),
] }, { configurable: { thread_id: conv }, metadata: { conversation_id: conv, workspace: 'harbourlet-finance' } }));

t.write(path.join(here, 'traces.jsonl'));
