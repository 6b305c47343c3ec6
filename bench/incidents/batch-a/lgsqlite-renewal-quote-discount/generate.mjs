// A sales-ops agent that builds renewal quotes in the CPQ system. An approval lookup gives the
// discount finance approved; a "normalize_terms" node normalises the deal terms into state, and the agent
// creates and sends the quote from that state.
//
//   node bench/incidents/batch-a/lgsqlite-renewal-quote-discount/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "deal-0061Q00000Zk2A9";
const AE = "ae.rpatel";

const getApproval = tool(
  async ({ approval_id }) => JSON.stringify({
    approval_id, account: "Lumio Health Inc.", account_id: "ACC-00418", product: "Pro", seats: 250,
    term_months: 36, list_price_usd_per_seat_month: 42, approved_discount: "15%", approver: "finance.dchen",
    approved_at: "2026-03-10T16:02:11Z", expires: "2026-03-31",
  }),
  {
    name: "get_discount_approval",
    description: "Read a deal-desk discount approval.",
    schema: z.object({ approval_id: z.string() }),
  },
);

const createQuote = tool(
  async ({ account_id, seats, term_months, unit_price_usd, discount_pct }) => {
    const list = seats * unit_price_usd * term_months;
    const discount = Math.round(list * discount_pct) / 100;
    return JSON.stringify({
      quote_id: "Q-2026-01877", account_id, seats, term_months, unit_price_usd, discount_pct,
      list_total_usd: list, discount_usd: discount, net_total_usd: Math.round((list - discount) * 100) / 100,
      status: "draft",
    });
  },
  {
    name: "create_quote",
    description: "Create a quote in the CPQ system.",
    schema: z.object({
      account_id: z.string(),
      seats: z.number().int(),
      term_months: z.number().int(),
      unit_price_usd: z.number(),
      discount_pct: z.number().min(0).max(100).describe("Discount in percent, 0-100 (12.5 means 12.5 %)"),
    }),
  },
);

const sendQuote = tool(
  async ({ quote_id, to }) => JSON.stringify({ quote_id, to, envelope: "DS-7f41c2", status: "sent for signature" }),
  {
    name: "send_quote",
    description: "Send a quote to the customer for e-signature.",
    schema: z.object({ quote_id: z.string(), to: z.string() }),
  },
);

function parsePercent(text) {
  return Number.parseFloat(String(text).replace("%", "")) / 100;
}

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), terms: Annotation() });

async function scenario(checkpointer) {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_appr", "get_discount_approval", { approval_id: "APR-7731" })] },
    (messages) => {
      const t = JSON.parse(messages[0].content.split("Deal terms: ")[1]);
      return { tool_calls: [call("call_quote", "create_quote", {
        account_id: t.account_id, seats: t.seats, term_months: t.term_months, unit_price_usd: t.unit_price_usd,
        discount_pct: t.discount,
      })] };
    },
    { tool_calls: [call("call_send", "send_quote", { quote_id: "Q-2026-01877", to: "procurement@lumiohealth.com" })] },
    { content: "Quote Q-2026-01877 for Lumio Health is out for signature (DS-7f41c2): 250 Pro seats for 36 months at "
        + "$42/seat/month, net total $377,433.00 after the approved discount (APR-7731). Sent to procurement@lumiohealth.com." },
  ]);

  const graph = new StateGraph(State)
    .addNode("sales_ops", async (state) => {
      const system = "You are the sales-ops assistant. Build quotes exactly as approved by the deal desk."
        + (state.terms ? `\nDeal terms: ${JSON.stringify(state.terms)}` : "");
      return { messages: [await model.invoke([new SystemMessage(system), ...state.messages])] };
    })
    .addNode("tools", new ToolNode([getApproval, createQuote, sendQuote]))
    .addNode("normalize_terms", async (state) => {
      const last = state.messages.at(-1);
      if (last.name !== "get_discount_approval") return {};
      const a = JSON.parse(last.content);
      return {
        terms: {
          account_id: a.account_id, seats: a.seats, term_months: a.term_months,
          unit_price_usd: a.list_price_usd_per_seat_month, discount: parsePercent(a.approved_discount),
          approval_id: a.approval_id,
        },
      };
    })
    .addEdge(START, "sales_ops")
    .addConditionalEdges("sales_ops", toolsCondition, ["tools", END])
    .addEdge("tools", "normalize_terms")
    .addEdge("normalize_terms", "sales_ops")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("Can you build and send the Lumio Health renewal quote? 250 Pro seats, 36 months, finance approved "
      + "15% off (APR-7731). Send it to procurement@lumiohealth.com.")],
    user_id: AE,
  }, threadConfig(THREAD));
}

await writeIncident(import.meta.url, scenario);
