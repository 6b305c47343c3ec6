// Accounts-payable automation (English prompts, German supplier invoice). A deterministic graph node
// turns the invoice's formatted gross total into a number with parseFloat after stripping the currency
// sign; "1.234,50 €" becomes 1.234 -> 1.23, and the SEPA transfer is scheduled for that amount.
// Two invoices of one nightly batch, one trace each, same batch session.
import path from 'node:path';
import { startClock, advance, ScriptedChatModel, tool, traced, writeRuns, here, StateGraph, Annotation,
  MessagesAnnotation, ToolNode, START, END, HumanMessage, SystemMessage, z } from '../../harness/langsmith/lib.mjs';

startClock('2025-03-03T05:00:07.000Z', 5519);

const INVOICES = {
  'INV-IE-55120': { invoice_no: '55120', supplier: 'Shannon Packaging Ltd', vat_id: 'IE6388047V', iban: 'IE29AIBK93115212345678',
    total_gross: '€845.20', due_date: '2025-03-10', po: 'PO-2025-0192', lines: 3 },
  'INV-DE-00871': { invoice_no: 'RE-2025-00871', supplier: 'Müller Feinmechanik GmbH', vat_id: 'DE811569869', iban: 'DE89370400440532013000',
    total_gross: '1.234,50 €', due_date: '14.03.2025', po: 'PO-2025-0207', lines: 5 },
};
const fetchInvoice = tool(async ({ document_id }) => JSON.stringify({ document_id, ...INVOICES[document_id], ocr_confidence: 0.97 }),
  { name: 'get_invoice_document', latency: [300, 900], description: 'Returns the fields extracted from a scanned supplier invoice.',
    schema: z.object({ document_id: z.string() }) });

let paySeq = 40917;
const scheduleTransfer = tool(async ({ creditor_iban, amount, currency, execution_date, remittance }) => JSON.stringify({
  payment_id: `SEPA-${paySeq++}`, status: 'SCHEDULED', creditor_iban, amount, currency, execution_date, remittance }),
{ name: 'schedule_sepa_transfer', latency: [400, 1100], description: 'Schedules a SEPA credit transfer from the operating account.',
  schema: z.object({ creditor_iban: z.string(), amount: z.number().describe('Amount in EUR'), currency: z.string(),
    execution_date: z.string().describe('YYYY-MM-DD'), remittance: z.string() }) });

const State = Annotation.Root({ ...MessagesAnnotation.spec, document_id: Annotation(), invoice: Annotation(),
  amount: Annotation(), currency: Annotation(), due: Annotation() });

const toIsoDate = (d) => (/^\d{2}\.\d{2}\.\d{4}$/.test(d) ? d.split('.').reverse().join('-') : d);

function build(model) {
  const fetchNode = async (state, config) => {
    const msg = await fetchInvoice.invoke({ document_id: state.document_id }, config);
    return { invoice: JSON.parse(msg) };
  };
  const normalizeNode = async (state) => {
    const raw = state.invoice.total_gross;
    const amount = Math.round(parseFloat(raw.replace(/[^0-9.,-]/g, '')) * 100) / 100;
    return { amount, currency: 'EUR', due: toIsoDate(state.invoice.due_date) };
  };
  const approverNode = async (state, config) => {
    let messages = state.messages;
    if (messages.length === 0) {
      const inv = state.invoice;
      messages = [new SystemMessage('You are the AP payment agent of Kestrel Instruments B.V. Invoices under EUR 5,000 that match an open PO '
        + 'are auto-approved: schedule the SEPA transfer for the amount due on the due date, then report what you scheduled.'),
      new HumanMessage(`Invoice ${inv.invoice_no} from ${inv.supplier} (VAT ${inv.vat_id}), PO ${inv.po} matched.\n`
        + `Amount due: ${state.amount} ${state.currency}\nDue date: ${state.due}\nCreditor IBAN: ${inv.iban}`)];
      const reply = await model.invoke(messages, config);
      return { messages: [...messages, reply] };
    }
    return { messages: [await model.invoke(messages, config)] };
  };
  const route = (state) => (state.messages.at(-1).tool_calls?.length ? 'pay' : END);
  return new StateGraph(State).addNode('fetch_invoice', fetchNode).addNode('normalize_amount', normalizeNode)
    .addNode('approver', approverNode).addNode('pay', new ToolNode([scheduleTransfer]))
    .addEdge(START, 'fetch_invoice').addEdge('fetch_invoice', 'normalize_amount').addEdge('normalize_amount', 'approver')
    .addConditionalEdges('approver', route, ['pay', END]).addEdge('pay', 'approver').compile({ name: 'ap-payment-run' });
}

const model = new ScriptedChatModel({ model: 'claude-3-5-haiku-20241022', provider: 'anthropic', replies: [
  { tool_calls: [{ id: 'toolu_01Jx8eQz4TnVbW2cR7mK9pLs', name: 'schedule_sepa_transfer', args: {
    creditor_iban: 'IE29AIBK93115212345678', amount: 845.2, currency: 'EUR', execution_date: '2025-03-10', remittance: 'Invoice 55120 / PO-2025-0192' } }] },
  { content: 'Scheduled SEPA-40917: EUR 845.20 to Shannon Packaging Ltd (IE29AIBK93115212345678) for 2025-03-10, reference "Invoice 55120 / PO-2025-0192".' },
  { tool_calls: [{ id: 'toolu_01RbN3vYc6HdPq0aLs8Ue5Wf', name: 'schedule_sepa_transfer', args: {
    creditor_iban: 'DE89370400440532013000', amount: 1.23, currency: 'EUR', execution_date: '2025-03-14', remittance: 'RE-2025-00871 / PO-2025-0207' } }] },
  { content: 'Scheduled SEPA-40918: EUR 1.23 to Müller Feinmechanik GmbH (DE89370400440532013000) for 2025-03-14, reference "RE-2025-00871 / PO-2025-0207". Invoice is well under the EUR 5,000 auto-approval limit.' },
] });
const app = build(model);

for (const id of Object.keys(INVOICES)) {
  await traced(app, { document_id: id, messages: [] }, { project: 'ap-automation', runName: 'ap-payment-run',
    metadata: { session_id: 'apb_20250303_0500', user_id: 'svc-ap-automation', document_id: id }, tags: ['nightly-batch'] });
  advance(2500, 6000);
}

writeRuns(path.join(here(import.meta.url), 'runs.jsonl'));
