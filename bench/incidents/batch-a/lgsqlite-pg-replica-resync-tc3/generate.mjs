// On-call SRE assistant for the orders Postgres cluster. The graph keeps the prompt under budget
// with a sliding window over the conversation (RemoveMessage), starting the window at a user turn.
// Real LangGraph JS graph, real SqliteSaver, scripted chat model (offline).
// Run from the checkout root: node bench/incidents/batch-a/lgsqlite-pg-replica-resync-tc3/generate.mjs
import {
  Annotation, END, MessagesAnnotation, RemoveMessage, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "oncall/INC-44817";
const WINDOW = 8;

// --- tools -------------------------------------------------------------------------------------

let statusCalls = 0;
const clusterStatus = tool(
  async ({ cluster }) => {
    statusCalls++;
    const lag03 = statusCalls === 1 ? 212 : 246;
    const lag04 = statusCalls === 1 ? 188 : 203;
    return JSON.stringify({
      cluster,
      checked_at: statusCalls === 1 ? "2025-06-03T13:02:11Z" : "2025-06-03T13:41:57Z",
      nodes: [
        { node: "pg-orders-01", role: "primary", state: "streaming", lag_s: 0 },
        { node: "pg-orders-02", role: "replica", state: "streaming", lag_s: 4 },
        { node: "pg-orders-03", role: "replica", state: "streaming", lag_s: lag03 },
        { node: "pg-orders-04", role: "replica", state: "streaming", lag_s: lag04 },
      ],
    });
  },
  { name: "cluster_status", description: "Replication status of a Postgres cluster.", schema: z.object({ cluster: z.string() }) },
);

const nodeMetrics = tool(
  async ({ node }) => JSON.stringify({
    node,
    window: "15m",
    cpu_pct: 38,
    disk_util_pct: 97,
    read_iops: 11800,
    wal_replay_mb_s: 6.1,
    top_waits: ["IO:DataFileRead", "RecoveryConflict"],
    note: "replay process blocked on buffer pins by long-running analytics query (pid 7731, 41m)",
  }),
  { name: "node_metrics", description: "Host and Postgres metrics of one node.", schema: z.object({ node: z.string() }) },
);

const deployLog = tool(
  async ({ service, since }) => JSON.stringify({
    service, since,
    deploys: [
      { at: "2025-06-02T22:10:00Z", change: "orders-api 4.18.0: batch writer flushes every 500 rows (was 2000)", by: "ci" },
      { at: "2025-06-03T04:00:00Z", change: "nightly: analytics role granted SELECT on ledger_entries to replicas 03/04", by: "dba-bot" },
    ],
  }),
  { name: "deploy_log", description: "Deploys and config changes of a service.", schema: z.object({ service: z.string(), since: z.string() }) },
);

const restartNode = tool(
  async ({ node, mode }) => JSON.stringify(node === "pg-orders-03"
    ? { node, mode, result: "ok", downtime_s: 41, terminated_backends: [{ pid: 48213, application: "pg_repack", running: "9h12m" }],
      resync: "from base backup bb-20250603-1200, est. 25 min" }
    : { node, mode, result: "ok", downtime_s: 37, terminated_backends: [{ pid: 7731, application: "metabase", running: "1h20m" }],
      resync: "from base backup bb-20250603-1200, est. 25 min" }),
  {
    name: "restart_node",
    description: "Restart a Postgres node (replicas resync from the latest base backup).",
    schema: z.object({ node: z.string(), mode: z.enum(["fast", "smart"]) }),
  },
);

// --- graph -------------------------------------------------------------------------------------

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

const SYSTEM = "You are the on-call assistant for the payments & orders platform. Be concise. Use tools for facts; "
  + "state changes (restarts, failovers) only when the engineer asks for them.";

/** Keep the last WINDOW messages, starting at a user turn, to stay under the prompt budget. */
function slidingWindow(state) {
  const msgs = state.messages;
  if (msgs.length <= WINDOW) return {};
  let cut = msgs.findIndex((m, i) => m.getType() === "human" && msgs.length - i <= WINDOW);
  if (cut < 0) cut = msgs.findLastIndex((m) => m.getType() === "human");
  return { messages: msgs.slice(0, cut).map((m) => new RemoveMessage({ id: m.id })) };
}

const holds03 = (m) => /do not restart[^.]*pg-orders-03|pg-orders-03[^.]*do not restart/i.test(promptText(m));

const model = new ScriptedChatModel(THREAD, [
  { tool_calls: [call("toolu_01Xb7", "cluster_status", { cluster: "pg-orders" })] },
  { content: "pg-orders: primary 01 fine, 02 at 4s. 03 is 212s behind and 04 is 188s behind. "
      + "Noted on 03 — I won't restart or fail it over while the repack runs (until ~16:00 UTC)." },
  { tool_calls: [call("toolu_01Xb8", "node_metrics", { node: "pg-orders-04" })] },
  { content: "04 is IO-bound (disk 97%, 11.8k read IOPS) and WAL replay is stalled on recovery conflicts: an analytics "
      + "query (pid 7731) has been holding buffer pins for 41 minutes." },
  { tool_calls: [call("toolu_01Xb9", "deploy_log", { service: "orders-db", since: "24h" })] },
  { content: "Two changes: orders-api 4.18.0 last night (smaller write batches, so more WAL), and at 04:00 the analytics "
      + "role got SELECT on ledger_entries on replicas 03/04 — that lines up with the long queries on 04." },
  { tool_calls: [call("toolu_01XbA", "cluster_status", { cluster: "pg-orders" })] },
  (m) => ({ tool_calls: holds03(m)
    ? [call("toolu_01XbB", "restart_node", { node: "pg-orders-04", mode: "fast" })]
    : [call("toolu_01XbB", "restart_node", { node: "pg-orders-03", mode: "fast" }),
       call("toolu_01XbC", "restart_node", { node: "pg-orders-04", mode: "fast" })] }),
  (m) => ({ content: holds03(m)
    ? "Restarted pg-orders-04; it is resyncing from bb-20250603-1200 (~25 min). 03 left alone because of the repack."
    : "Done. Both replicas over 60s were restarted: pg-orders-03 (246s behind, down 41s) and pg-orders-04 (203s behind, "
      + "down 37s). Long-running backends were terminated on each (pid 48213 on 03, pid 7731 on 04). Both are resyncing "
      + "from base backup bb-20250603-1200, ETA ~25 min." }),
]);

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("window", slidingWindow)
    .addNode("agent", async (s) => ({ messages: [await model.invoke([new SystemMessage(SYSTEM), ...s.messages])] }))
    .addNode("tools", new ToolNode([clusterStatus, nodeMetrics, deployLog, restartNode]))
    .addEdge(START, "window")
    .addEdge("window", "agent")
    .addConditionalEdges("agent", toolsCondition, ["tools", END])
    .addEdge("tools", "window")
    .compile({ checkpointer: saver });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Replication lag alerts firing on pg-orders. Heads-up before you do anything: pg-orders-03 is running "
      + "pg_repack on ledger_entries until ~16:00 UTC (9h in already) — do not restart or fail over pg-orders-03 until "
      + "then, the repack would start from zero. Can you check the cluster?")],
    user_id: "sre:tkowalczyk",
  }, cfg);
  await graph.invoke({ messages: [human("what's eating the lag on 04?")] }, cfg);
  await graph.invoke({ messages: [human("any deploys touching orders-db in the last 24h?")] }, cfg);
  await graph.invoke({ messages: [human("ok. restart the replicas that are more than 60s behind so they resync from the fresh base backup")] }, cfg);
});
