// A utility's billing-dispute agent. The meter-data gateway is flaky: the first read fails with a
// 503, the agent retries the same read, gets the actual register reads and only then opens a
// billing adjustment based on them.
//
//   node bench/incidents/batch-a/lgsqlite-meter-reading-retry/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "sess_01JP3KX8Q2M9T7R4VWB6ZC1N0D";
const ACCOUNT = "acct-7730-2291-04";

let gatewayFailures = 1;
const getMeterReads = tool(
  async ({ meter_id, period }) => {
    if (gatewayFailures > 0) {
      gatewayFailures--;
      throw new Error("MDM gateway returned 503 Service Unavailable (upstream head-end timeout, request id 7f1c0a9e)");
    }
    return JSON.stringify({
      meter_id, period, read_type: "actual", unit: "kWh",
      start: { at: "2026-02-01T00:00:00-05:00", register: 48211 },
      end: { at: "2026-03-01T00:00:00-05:00", register: 48693 },
      consumption_kwh: 482,
    });
  },
  {
    name: "get_meter_reads",
    description: "Register reads of a meter for a billing period from the meter-data management system.",
    schema: z.object({ meter_id: z.string(), period: z.string() }),
  },
);

const getBill = tool(
  async ({ account_id, period }) => JSON.stringify({
    account_id, period, bill_id: "BL-2026-02-7730229104", billed_kwh: 1480, read_type: "estimated",
    amount_due: "412.36 USD", due: "2026-03-20",
  }),
  { name: "get_bill", description: "Fetch a bill.", schema: z.object({ account_id: z.string(), period: z.string() }) },
);

const openAdjustment = tool(
  async ({ bill_id, billed_kwh, corrected_kwh, reason }) => JSON.stringify({
    adjustment_id: "ADJ-2026-0045512", bill_id, billed_kwh, corrected_kwh, reason,
    status: "pending review", expected_rebill_by: "2026-03-18", collections_hold: true,
  }),
  {
    name: "open_billing_adjustment",
    description: "Open a billing adjustment (re-bill) request; puts the bill on a collections hold.",
    schema: z.object({ bill_id: z.string(), billed_kwh: z.number(), corrected_kwh: z.number(), reason: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user: Annotation() });
const SYSTEM = "You are the billing assistant of Tri-County Electric Cooperative. Base every correction on actual meter reads.";

async function scenario(checkpointer) {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_mr_1", "get_meter_reads", { meter_id: "E17M004411", period: "2026-02" })] },
    { tool_calls: [call("call_mr_2", "get_meter_reads", { meter_id: "E17M004411", period: "2026-02" })] },
    { tool_calls: [call("call_bill_1", "get_bill", { account_id: ACCOUNT, period: "2026-02" })] },
    { tool_calls: [call("call_adj_1", "open_billing_adjustment", {
      bill_id: "BL-2026-02-7730229104", billed_kwh: 1480, corrected_kwh: 482,
      reason: "February bill used an estimate of 1480 kWh; actual register reads 48211 -> 48693 = 482 kWh",
    })] },
    { content: "You were right to check. Your February bill was based on an estimate of 1,480 kWh, but your meter's "
        + "actual reads (48,211 on Feb 1 and 48,693 on Mar 1) show 482 kWh. I've opened adjustment "
        + "ADJ-2026-0045512; a corrected bill should be issued by March 18, and the current bill is on hold so "
        + "there's no late fee in the meantime." },
  ]);

  const graph = new StateGraph(State)
    .addNode("agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage(SYSTEM), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([getMeterReads, getBill, openAdjustment]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "agent")
    .compile({ checkpointer });

  await graph.invoke({
    messages: [human("My February bill says 1,480 kWh, that's three times what I normally use. Meter number "
      + "E17M 004411. Can you check it before I pay?")],
    user: ACCOUNT,
  }, threadConfig(THREAD));
}

await writeIncident(import.meta.url, scenario);
