// On-call SRE agent: planned failover of a PostgreSQL primary (LangGraph.js, SqliteSaver).
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), incident: Annotation() });

let lagCalls = 0;
const replicationLag = tool(
  async ({ cluster, replica }) => {
    lagCalls++;
    if (lagCalls === 1) throw new Error(`pg_stat_replication query on ${cluster}: read ECONNRESET (pgbouncer pool orders-pg-ro restarted)`);
    return JSON.stringify({ cluster, replica, state: "streaming", sync_state: "sync",
      primary_lsn: "5A/3F0C2E88", replay_lsn: "5A/3F0C2E88", lag_bytes: 0, replay_lag_s: 0.21, sampled_at: "2026-04-14T03:12:41Z" });
  },
  { name: "get_replication_lag", description: "Replication state of a replica.", schema: z.object({ cluster: z.string(), replica: z.string() }) },
);
const promote = tool(
  async ({ cluster, replica }) => JSON.stringify({ cluster, promoted: replica, new_timeline: 19, old_primary: "orders-pg-0", fenced: true, duration_s: 7.4 }),
  { name: "patronictl_failover", description: "Promote a replica with patronictl.", schema: z.object({ cluster: z.string(), replica: z.string() }) },
);

const model = new ScriptedChatModel("sre", [
  { content: "", tool_calls: [call("fc_7d1e0a", "get_replication_lag", { cluster: "orders-pg", replica: "orders-pg-2" })] },
  { content: "The lag query failed (pgbouncer pool restart), so I don't know the replica's position yet. Retrying before doing anything.", tool_calls: [call("fc_7d1e0b", "get_replication_lag", { cluster: "orders-pg", replica: "orders-pg-2" })] },
  { content: "orders-pg-2 is streaming in sync mode and has replayed up to 5A/3F0C2E88, the same LSN as the primary, so no committed data will be lost. Promoting it.", tool_calls: [call("fc_7d1e0c", "patronictl_failover", { cluster: "orders-pg", replica: "orders-pg-2" })] },
  { content: "Failover done for INC-4471: orders-pg-2 is the new primary on timeline 19 (7.4 s), orders-pg-0 is fenced. Before promotion the replica was in sync with the primary (replay LSN 5A/3F0C2E88 = primary LSN, 0.21 s replay lag); the first lag check had failed with ECONNRESET and was retried successfully." },
], "gpt-4o-2024-08-06");

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("oncall", async (s) => ({ messages: [await model.invoke([new SystemMessage("You are the on-call database agent. Never promote a replica without a confirmed replication position."), ...s.messages])] }))
    .addNode("tools", new ToolNode([replicationLag, promote]))
    .addEdge(START, "oncall")
    .addConditionalEdges("oncall", toolsCondition, ["tools", END])
    .addEdge("tools", "oncall")
    .compile({ checkpointer });
  await graph.invoke({
    user_id: "sre:dkowalski",
    incident: "INC-4471",
    messages: [human("orders-pg-0 disk is at 97% and climbing. Fail over orders-pg to orders-pg-2, but only if it's fully caught up.")],
  }, threadConfig("inc-4471-failover"));
});
