// On-call SRE assistant promoting a canary (LangGraph.js, SQLite checkpointer, scripted model).
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-canary-rollout-vc8/generate.mjs
import {
  Annotation, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  change_ticket: Annotation(),
});

let statusCalls = 0;
const rolloutStatus = tool(async ({ cluster, namespace, deployment }) => {
  statusCalls += 1;
  if (statusCalls === 1) {
    throw new Error(`Get "https://api.${cluster}.int:6443/apis/apps/v1/namespaces/${namespace}/deployments/${deployment}": `
      + "dial tcp 10.42.0.17:6443: connect: connection refused");
  }
  return JSON.stringify({
    deployment, namespace, image: "registry.int/payments/ledger-api:2.14.1",
    replicas: { desired: 3, updated: 3, ready: 3, available: 3 },
    conditions: [{ type: "Available", status: "True" }, { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable" }],
    canary_error_rate_5m: 0.0011, baseline_error_rate_5m: 0.0014,
  });
}, {
  name: "k8s_rollout_status",
  description: "Returns the rollout status of a deployment (replicas, conditions, canary vs baseline error rate).",
  schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }),
});

const shiftTraffic = tool(async (a) => JSON.stringify({
  virtual_service: `${a.deployment}.${a.namespace}`, weights: { canary: a.canary_weight, stable: 100 - a.canary_weight },
  applied_at: "2025-05-06T09:41:12Z", revision: 58,
}), {
  name: "mesh_set_weights",
  description: "Sets the canary traffic weight (0-100) of a service in the mesh.",
  schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string(), canary_weight: z.number().int().min(0).max(100) }),
});

const target = { cluster: "prd-euw1-b", namespace: "payments", deployment: "ledger-api-canary" };
const model = new ScriptedChatModel("oncall", [
  { tool_calls: [call("toolu_01QdX8", "k8s_rollout_status", target)] },
  { content: "The API server refused the connection; retrying the status check before touching traffic.",
    tool_calls: [call("toolu_01QdX9", "k8s_rollout_status", target)] },
  { tool_calls: [call("toolu_01QdXA", "mesh_set_weights", { ...target, canary_weight: 50 })] },
  { content: "Canary for CHG-20931 moved to 50%. Before shifting I re-checked: ledger-api:2.14.1 has 3/3 replicas "
      + "ready and available, and its 5-minute error rate is 0.11% against 0.14% on the baseline. Mesh revision 58 "
      + "now routes 50/50. The first status call failed with connection refused, which is why there are two checks." },
], "claude-sonnet-4-20250514");

const graph = new StateGraph(State)
  .addNode("oncall", async (s) => ({
    messages: [await model.invoke([new SystemMessage("You are the payments on-call assistant. Never change traffic without a fresh status."), ...s.messages])],
  }))
  .addNode("tools", new ToolNode([rolloutStatus, shiftTraffic]))
  .addEdge(START, "oncall")
  .addConditionalEdges("oncall", toolsCondition)
  .addEdge("tools", "oncall");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    user_id: "okoye.n",
    change_ticket: "CHG-20931",
    messages: [human("CHG-20931: if ledger-api-canary on prd-euw1-b is healthy, bump it from 10% to 50%.")],
  }, threadConfig("oncall-2025-05-06T0938-okoye"));
});
