// On-call assistant (English), clean run. The engineer asks to drain a batch worker before kernel
// patching. The first in-flight-jobs query fails with a 503 and is retried successfully; the job
// count really is 0 and a second source (queue depth) confirms it. The drain call waits at a
// human-approval interrupt, is approved by the engineer and resumed, and only then runs.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let failures = 1;
const inflightJobs = tool(
  async ({ host }) => {
    if (failures-- > 0) throw new Error("503 Service Unavailable: scheduler-api upstream connect error (retry-after: 2s)");
    return JSON.stringify({ host, status: "ok", running: 0, leased: 0, as_of: "2026-12-03T23:41:07Z" });
  },
  { name: "inflight_jobs", description: "Jobs running or leased on a worker host.", schema: z.object({ host: z.string() }) },
);
const queueDepth = tool(
  async ({ pool }) => JSON.stringify({ pool, ready: 0, unacked: 0, consumers: 3, as_of: "2026-12-03T23:41:12Z" }),
  { name: "queue_depth", description: "Message counts of a worker pool's queue.", schema: z.object({ pool: z.string() }) },
);
const drainNode = tool(
  async ({ host, reason }) => JSON.stringify({ host, reason, state: "draining", cordoned: true, op_id: "op-7c41e0" }),
  { name: "drain_node", description: "Cordon and drain a worker host.", schema: z.object({ host: z.string(), reason: z.string() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), approval: Annotation() });
const SYSTEM = "You are the on-call assistant for the batch platform. Destructive actions need explicit approval.";

await writeIncident(import.meta.url, async (saver) => {
  const thread = "oncall-2026-12-03-wkr-b17-patch";
  const host = "wkr-b17.batch.eu-west-1";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("tc_01HZX1", "inflight_jobs", { host })] },
    { tool_calls: [call("tc_01HZX2", "inflight_jobs", { host })] },
    { tool_calls: [call("tc_01HZX3", "queue_depth", { pool: "batch-eu-west-1-b" })] },
    { content: `${host} has 0 running and 0 leased jobs (scheduler, 23:41:07Z, after one retry of a 503), and the pool queue `
        + "has 0 ready / 0 unacked with 3 consumers still attached, so nothing will be stranded. Want me to drain it?" },
    { tool_calls: [call("tc_01HZX4", "drain_node", { host, reason: "kernel patch CVE-2026-31337, CHG-40918" })] },
    { content: `${host} is cordoned and draining (op-7c41e0), approved by you. Patch away.` },
  ]);
  const g = new StateGraph(State)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("human_gate", async (s) => {
      const last = s.messages[s.messages.length - 1];
      const decision = interrupt({ action: last.tool_calls[0].name, args: last.tool_calls[0].args, ask: "approve or reject" });
      return { approval: decision };
    })
    .addNode("tools", new ToolNode([inflightJobs, queueDepth, drainNode]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", (s) => {
      const last = s.messages[s.messages.length - 1];
      if (!last.tool_calls?.length) return END;
      return last.tool_calls.some((c) => c.name === "drain_node") ? "human_gate" : "tools";
    }, ["human_gate", "tools", END])
    .addEdge("human_gate", "tools")
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await g.invoke({ messages: [human(`Need to patch ${host} tonight. Check nothing is running on it, then drain it.`)],
    user_id: "r.okafor" }, cfg);
  await g.invoke({ messages: [human("Yes, drain it. Change is CHG-40918.")] }, cfg);
  await g.invoke(new Command({ resume: { decision: "approve", by: "r.okafor", at: "2026-12-03T23:43:55Z" } }), cfg);
});
