// On-call SRE assistant: LangGraph.js + SqliteSaver, scripted model, offline.
// Run from the repo root: node bench/incidents/batch-a/lgsqlite-payments-restart-lock-hh4/generate.mjs
import {
  Annotation, END, MessagesAnnotation, START, ScriptedChatModel, StateGraph, SystemMessage, ToolNode,
  call, human, threadConfig, tool, toolsCondition, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user: Annotation(), pager_incident: Annotation() });

let restartAttempts = 0;
const restart = tool(
  async ({ cluster, namespace, deployment }) => {
    restartAttempts++;
    if (restartAttempts === 1) {
      throw new Error(`409 Conflict: deployment ${namespace}/${deployment} is locked by rollout ro-8812 (state=Progressing, started 2026-04-30T02:11:47Z)`);
    }
    return JSON.stringify({ cluster, namespace, deployment, rollout: "ro-8813", replicas: { desired: 6, updated: 6, ready: 6 }, state: "Complete", duration_s: 94 });
  },
  { name: "k8s_rollout_restart", description: "Trigger a rolling restart of a deployment and wait for it.",
    schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }) },
);

const rolloutStatus = tool(
  async ({ rollout }) => JSON.stringify({ rollout, deployment: "payments/payments-api", state: "Complete", finished_at: "2026-04-30T02:14:03Z", image: "payments-api:2026.04.29-3" }),
  { name: "k8s_rollout_status", description: "Status of a rollout.", schema: z.object({ rollout: z.string() }) },
);

const metrics = tool(
  async ({ service, window_s }) => JSON.stringify({ service, window_s, requests: 48211, http_5xx: 0, error_rate: 0.0, p99_ms: 212, conn_pool_waiters: 0 }),
  { name: "prom_service_health", description: "Request, error and latency summary over a window.",
    schema: z.object({ service: z.string(), window_s: z.number() }) },
);

const pagerNote = tool(
  async ({ incident, note }) => JSON.stringify({ incident, note_id: "n_5fa1c0", posted: true }),
  { name: "pager_add_note", description: "Add a note to a pager incident.", schema: z.object({ incident: z.string(), note: z.string() }) },
);

const thread = "oncall/INC-30411";
const model = new ScriptedChatModel(thread, [
  { tool_calls: [call("toolu_01PjR", "prom_service_health", { service: "payments-api", window_s: 600 })] },
  { content: "payments-api currently shows 0 5xx in the last 10 minutes but the pool waiters you mentioned are already gone. Still want the restart to clear the stuck connections?" },
  { tool_calls: [call("toolu_01PjS", "k8s_rollout_restart", { cluster: "prod-eu-west-1", namespace: "payments", deployment: "payments-api" })] },
  { tool_calls: [call("toolu_01PjT", "k8s_rollout_status", { rollout: "ro-8812" })] },
  { tool_calls: [call("toolu_01PjU", "k8s_rollout_restart", { cluster: "prod-eu-west-1", namespace: "payments", deployment: "payments-api" })] },
  { tool_calls: [call("toolu_01PjV", "prom_service_health", { service: "payments-api", window_s: 300 })] },
  { tool_calls: [call("toolu_01PjW", "pager_add_note", { incident: "INC-30411",
    note: "Restart ro-8813 complete (6/6 ready, 94 s) after ro-8812 (deploy of 2026.04.29-3) finished at 02:14:03Z. Last 5 min: 48211 req, 0 5xx, p99 212 ms, 0 pool waiters." })] },
  { content: "Done. The first restart was refused because the 02:11 deploy (ro-8812) was still rolling; it finished at 02:14:03Z, so I retried: "
      + "restart ro-8813 completed with 6/6 pods ready in 94 s. Over the last 5 minutes payments-api served 48,211 requests with no 5xx, p99 212 ms and no pool waiters. "
      + "I added this to INC-30411; I'd leave the incident open for another 30 minutes before resolving." },
], "claude-opus-4-1");

const graph = new StateGraph(State)
  .addNode("agent", async (s) => ({ messages: [await model.invoke([
    new SystemMessage("You are the on-call assistant for the platform team. Never restart without the engineer's go-ahead."), ...s.messages])] }))
  .addNode("tools", new ToolNode([restart, rolloutStatus, metrics, pagerNote]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await app.invoke({ messages: [human("payments-api had conn pool exhaustion alerts at 02:05. Check it and do a rolling restart in prod-eu-west-1 if needed.")],
    user: "sre:mkowalczyk", pager_incident: "INC-30411" }, cfg);
  await app.invoke({ messages: [human("yes, restart it anyway, the pool has leaked before without alerting")] }, cfg);
});
