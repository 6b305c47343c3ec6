// Accounts-payable assistant of a Dublin-based engineering firm (LangGraph.js, SqliteSaver, scripted
// chat model). An AP clerk asks it to schedule a supplier invoice. After each tool round a
// "capture" node keeps the invoice being worked on in a `payable` state channel, which the agent
// node puts into its system prompt so that payments are always made from the captured record.
//
//   node bench/incidents/batch-a/lgsqlite-keller-invoice-payment-run-yc9/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "7f3c2a90-4e1b-4c8e-9a77-1d2f5e0b6c31";

// The supplier portal returns the invoice as it was keyed in from the supplier's PDF.
const getInvoice = tool(
  async ({ invoice_no }) => JSON.stringify({
    invoice_no,
    vendor_id: "V-004518",
    vendor_name: "Keller Stahlbau GmbH",
    po_ref: "PO-IE-2025-1193",
    issue_date: "2025-10-21",
    due_date: "2025-11-20",
    amount_due: "12.480,00 EUR",
    three_way_match: "matched",
    approval: { status: "approved", by: "c.nolan", at: "2025-11-03T10:14:55Z" },
  }),
  {
    name: "ap_get_invoice",
    description: "Fetch a supplier invoice from the AP inbox.",
    schema: z.object({ invoice_no: z.string() }),
  },
);

const getVendor = tool(
  async ({ vendor_id }) => JSON.stringify({
    vendor_id,
    name: "Keller Stahlbau GmbH",
    country: "DE",
    bank: { iban: "DE27 7005 0000 0002 4417 83", bic: "BYLADEMMXXX", verified: true },
    payment_terms: "net 30",
  }),
  {
    name: "ap_get_vendor",
    description: "Vendor master data including verified bank details.",
    schema: z.object({ vendor_id: z.string() }),
  },
);

const schedulePayment = tool(
  async ({ invoice_no, vendor_id, amount, currency, value_date }) => JSON.stringify({
    payment_ref: "PMT-2025-11-00418",
    invoice_no, vendor_id, amount, currency, value_date,
    batch: "SEPA-CT-20251118-02",
    status: "SCHEDULED",
  }),
  {
    name: "ap_schedule_payment",
    description: "Schedule a SEPA credit transfer for an approved invoice.",
    schema: z.object({
      invoice_no: z.string(),
      vendor_id: z.string(),
      amount: z.number().describe("amount to pay, in major units"),
      currency: z.string(),
      value_date: z.string(),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  payable: Annotation(),
});

function lastToolResult(messages, name) {
  const m = messages.at(-1);
  return m?.getType() === "tool" && m.name === name ? JSON.parse(m.content) : null;
}

const SYSTEM = "You are the AP assistant of Brennan & Doyle Engineering Ltd. Pay only approved, matched "
  + "invoices, to verified bank details, and always use the amounts in the Payable record below.";

const payableIn = (messages) => JSON.parse(messages[0].content.split("Payable: ")[1]);

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("call_ZrV2d9xM", "ap_get_invoice", { invoice_no: "KS-24-0917" })] },
  (messages) => ({ tool_calls: [call("call_5mqLw0aH", "ap_get_vendor", { vendor_id: payableIn(messages).vendor_id })] }),
  (messages) => {
    const p = payableIn(messages);
    return {
      tool_calls: [call("call_Tt81nYeB", "ap_schedule_payment", {
        invoice_no: p.invoice_no, vendor_id: p.vendor_id, amount: p.amount, currency: p.currency,
        value_date: "2025-11-18",
      })],
    };
  },
  {
    content: "Done. Invoice KS-24-0917 from Keller Stahlbau GmbH (PO-IE-2025-1193, approved by c.nolan, "
      + "3-way matched) is scheduled as PMT-2025-11-00418 in batch SEPA-CT-20251118-02, value date 18 Nov, "
      + "two days ahead of the 20 Nov due date, to the verified IBAN ending 4417 83.",
  },
]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("agent", async (state) => {
      const system = SYSTEM + (state.payable ? `\nPayable: ${JSON.stringify(state.payable)}` : "");
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([getInvoice, getVendor, schedulePayment]))
    .addNode("capture", async (state) => {
      const inv = lastToolResult(state.messages, "ap_get_invoice");
      if (!inv) return {};
      return {
        payable: {
          invoice_no: inv.invoice_no,
          vendor_id: inv.vendor_id,
          amount: Number.parseFloat(inv.amount_due),
          currency: inv.amount_due.trim().split(/\s+/).at(-1),
          due_date: inv.due_date,
        },
      };
    })
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "capture")
    .addEdge("capture", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Hi, can you get the Keller Stahlbau invoice KS-24-0917 into this week's payment run? "
      + "It's approved and due on the 20th.")],
    user_id: "ap.clerk.sheehan",
  }, threadConfig(THREAD));
});
