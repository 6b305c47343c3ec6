// Accounts-payable agent (English UI, German supplier invoice). The OCR tool reads the total as
// "1.234,50 €"; the capture node turns it into a number with parseFloat after stripping the
// currency sign, which yields 1.234, and the agent schedules a payment of 1.23 EUR.
import {
  END, MessagesAnnotation, Annotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), payable: Annotation() });

const ocrInvoice = tool(
  async ({ document_id }) => JSON.stringify({
    document_id, supplier: "Brauerei Kling GmbH", supplier_vat: "DE811493027", invoice_no: "RE-2026-04417",
    invoice_date: "28.04.2026", due_date: "28.05.2026", net: "1.037,39 €", vat_19: "197,11 €", total_due: "1.234,50 €",
    iban: "DE89 3704 0044 0532 0130 00", confidence: 0.97,
  }),
  { name: "ocr_invoice", description: "Extract header fields from a scanned invoice.", schema: z.object({ document_id: z.string() }) },
);

const schedulePayment = tool(
  async ({ invoice_no, amount, currency, pay_on, iban }) => JSON.stringify({
    payment_id: "pmt_01JV8K3T6Q2", invoice_no, amount: Math.round(amount * 100) / 100, currency, pay_on, iban,
    status: "scheduled", batch: "SEPA-2026-05-27-A",
  }),
  { name: "schedule_payment", description: "Schedule a SEPA credit transfer for an approved invoice.",
    schema: z.object({ invoice_no: z.string(), amount: z.number(), currency: z.string(), pay_on: z.string(), iban: z.string() }) },
);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "ap-queue:7c1e02d9-5b44-4e0e-9a61-2f0b6d8e11a3";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_ocr_ZK1", "ocr_invoice", { document_id: "scan-20260503-0091.pdf" })] },
    { content: "Extracted invoice RE-2026-04417 from Brauerei Kling GmbH, due 28.05.2026." },
    (m) => {
      const sys = m[0].content;
      const amount = JSON.parse(sys.slice(sys.indexOf("{"))).amount;
      return { tool_calls: [call("call_pay_ZK2", "schedule_payment", {
        invoice_no: "RE-2026-04417", amount, currency: "EUR", pay_on: "2026-05-27", iban: "DE89370400440532013000" })] };
    },
    { content: "Payment pmt_01JV8K3T6Q2 scheduled: 1.23 EUR to Brauerei Kling GmbH for RE-2026-04417 on 27 May 2026 "
        + "(SEPA batch SEPA-2026-05-27-A)." },
  ]);
  const system = (s) => "You are the accounts-payable agent. Pay approved invoices one day before the due date."
    + (s.payable ? `\nPayable on file: ${JSON.stringify(s.payable)}` : "");
  const graph = new StateGraph(State)
    .addNode("ap_agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(system(s)), ...s.messages])] }))
    .addNode("tools", new ToolNode([ocrInvoice, schedulePayment]))
    .addNode("capture", async (s) => {
      const last = s.messages[s.messages.length - 1];
      if (last.getType() !== "tool" || last.name !== "ocr_invoice") return {};
      const f = JSON.parse(last.content);
      return { payable: { invoice_no: f.invoice_no, supplier: f.supplier, amount: parseFloat(f.total_due.replace(/[^0-9.,-]/g, "")),
        currency: "EUR", due_date: f.due_date, iban: f.iban.replace(/\s/g, "") } };
    })
    .addEdge(START, "ap_agent")
    .addConditionalEdges("ap_agent", toolsCondition, ["tools", END])
    .addEdge("tools", "capture")
    .addEdge("capture", "ap_agent")
    .compile({ checkpointer });
  await graph.invoke({ messages: [human("Invoice scan-20260503-0091.pdf is approved by cost centre 4410, please process it.")],
    user_id: "ap.clerk.mhansen", payable: null }, threadConfig(thread));
  await graph.invoke({ messages: [human("Go ahead and schedule the payment.")] }, threadConfig(thread));
});
