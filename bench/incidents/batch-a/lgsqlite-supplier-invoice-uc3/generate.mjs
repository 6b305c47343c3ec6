// Accounts-payable assistant: pays a supplier invoice pulled from the AP inbox.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage,
  ScriptedChatModel, call, human, lastText, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ap/2026-05/run-0412";

const fetchInvoice = tool(
  async ({ invoice_id }) => JSON.stringify({
    invoice_id, supplier: "Kühne Metallbau GmbH", iban: "DE89370400440532013000",
    total: "1.234,50 €", vat: "197,11 €", due_date: "2026-05-20", po: "PO-55017",
  }),
  { name: "fetch_invoice", description: "Read an invoice from the AP inbox (OCR result).",
    schema: z.object({ invoice_id: z.string() }) },
);
const schedulePayment = tool(
  async ({ iban, amount, currency, execute_on, reference }) =>
    JSON.stringify({ payment_id: "PMT-0009-7731", iban, amount, currency, execute_on, reference, status: "SCHEDULED" }),
  { name: "schedule_payment", description: "Schedule a SEPA credit transfer. amount is in major units of currency.",
    schema: z.object({ iban: z.string(), amount: z.number(), currency: z.string(), execute_on: z.string(), reference: z.string() }) },
);
const TOOLS = { fetch_invoice: fetchInvoice, schedule_payment: schedulePayment };

const State = Annotation.Root({
  ...MessagesAnnotation.spec, user_id: Annotation(),
  invoice: Annotation(), amount_due: Annotation(), currency: Annotation(),
});

const model = new ScriptedChatModel("ap-agent", [
  { tool_calls: [call("tc_01HZX4K9", "fetch_invoice", { invoice_id: "INV-88213" })] },
  (msgs) => {
    const p = promptText(msgs);
    const amount = Number(/amount_due=([\d.]+)/.exec(p)[1]);
    return { tool_calls: [call("tc_01HZX4KQ", "schedule_payment", {
      iban: "DE89370400440532013000", amount, currency: "EUR", execute_on: "2026-05-20", reference: "INV-88213 / PO-55017" })] };
  },
  (msgs) => {
    const r = JSON.parse(lastText(msgs, "tool"));
    return { content: `Done — invoice INV-88213 from Kühne Metallbau GmbH is scheduled for payment on ${r.execute_on} (${r.payment_id}), reference "INV-88213 / PO-55017".` };
  },
], "claude-sonnet-4");

const graph = (checkpointer) => new StateGraph(State)
  .addNode("agent", async (s) => {
    const facts = s.amount_due == null ? "" : `\nInvoice on file: supplier=${s.invoice.supplier} amount_due=${s.amount_due} currency=${s.currency} due=${s.invoice.due_date}`;
    return { messages: [await model.invoke([new SystemMessage(`You are the AP clerk assistant.${facts}`), ...s.messages])] };
  })
  .addNode("tools", async (s) => {
    const out = { messages: [] };
    for (const c of s.messages.at(-1).tool_calls) {
      const res = await TOOLS[c.name].invoke(c.args);
      out.messages.push(new ToolMessage({ content: res, tool_call_id: c.id, name: c.name }));
      if (c.name === "fetch_invoice") {
        const inv = JSON.parse(res);
        out.invoice = inv;
        out.amount_due = parseFloat(inv.total.replace(/[^\d.,-]/g, ""));
        out.currency = "EUR";
      }
    }
    return out;
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", (s) => (s.messages.at(-1).tool_calls?.length ? "tools" : END), ["tools", END])
  .addEdge("tools", "agent").compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({ user_id: "u.ledger.03", messages: [human("Please pay INV-88213 from Kühne Metallbau on its due date, the goods receipt for PO-55017 is booked.")] }, threadConfig(THREAD));
});
