// Platform ops assistant (English): moves a workload to a new cluster and reserves the same CPU there.
// A sizing node copies the workload's CPU request from the manifest into a numeric state field.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ops-chat/7Q2M-checkout-migration";

const getWorkload = tool(
  async ({ cluster, namespace, deployment }) => JSON.stringify({
    cluster, namespace, deployment, replicas: 3,
    containers: [{ name: "checkout-api", image: "registry.int/checkout-api:4.18.2",
      resources: { requests: { cpu: "500m", memory: "768Mi" }, limits: { cpu: "1", memory: "1Gi" } } }],
  }),
  { name: "get_workload", description: "Read a deployment spec from a cluster.",
    schema: z.object({ cluster: z.string(), namespace: z.string(), deployment: z.string() }) },
);

const reserveCapacity = tool(
  async ({ cluster, namespace, vcpu, memory_gib }) => JSON.stringify({
    reservation_id: "rsv-eu2-0f9c31", cluster, namespace, vcpu, memory_gib,
    node_pool: "np-general-c2d-32", nodes_added: Math.ceil(vcpu / 32),
    est_monthly_usd: Math.round(vcpu * 36.5 + memory_gib * 4.9), status: "committed",
  }),
  { name: "reserve_capacity", description: "Commit reserved capacity (vCPU cores, GiB) for a namespace on a cluster.",
    schema: z.object({ cluster: z.string(), namespace: z.string(), vcpu: z.number(), memory_gib: z.number() }) },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), sizing: Annotation() });

const model = new ScriptedChatModel("ops", [
  { tool_calls: [call("call_gw_a1", "get_workload", { cluster: "prod-eu1", namespace: "payments", deployment: "checkout-api" })] },
  (msgs) => {
    const sys = msgs[0].content;
    const vcpu = Number((sys.match(/total_vcpu=([\d.]+)/) ?? [])[1]);
    const mem = Number((sys.match(/total_memory_gib=([\d.]+)/) ?? [])[1]);
    return { tool_calls: [call("call_rc_a2", "reserve_capacity", { cluster: "prod-eu2", namespace: "payments", vcpu, memory_gib: mem })] };
  },
  (msgs) => {
    const r = JSON.parse(msgs[msgs.length - 1].content);
    return { content: `Capacity for checkout-api is committed on prod-eu2 (reservation ${r.reservation_id}): ${r.vcpu} vCPU and ${r.memory_gib} GiB across ${r.nodes_added} new nodes in ${r.node_pool}, estimated $${r.est_monthly_usd}/month. You can start the rollout to payments on prod-eu2.` };
  },
]);

function sizingPrompt(s) {
  if (!s.sizing) return new SystemMessage("You are the platform ops assistant. Read the workload first.");
  return new SystemMessage(`You are the platform ops assistant. Reserve exactly the current footprint.\nsizing: total_vcpu=${s.sizing.total_vcpu} total_memory_gib=${s.sizing.total_memory_gib}`);
}

const graph = (checkpointer) => new StateGraph(State)
  .addNode("assistant", async (s) => ({ messages: [await model.invoke([sizingPrompt(s), ...s.messages])] }))
  .addNode("tools", new ToolNode([getWorkload, reserveCapacity]))
  .addNode("compute_sizing", async (s) => {
    const last = s.messages[s.messages.length - 1];
    if (last.name !== "get_workload") return {};
    const w = JSON.parse(last.content);
    const req = w.containers[0].resources.requests;
    const cpu = parseFloat(req.cpu);                 // "500m"
    const memGib = parseFloat(req.memory) / 1024;    // "768Mi"
    return { sizing: { replicas: w.replicas, cpu_per_replica: cpu, memory_gib_per_replica: memGib,
      total_vcpu: cpu * w.replicas, total_memory_gib: memGib * w.replicas } };
  })
  .addEdge(START, "assistant")
  .addConditionalEdges("assistant", toolsCondition, ["tools", END])
  .addEdge("tools", "compute_sizing")
  .addEdge("compute_sizing", "assistant")
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  await graph(saver).invoke({
    user_id: "sre-oncall:dmitri.k",
    messages: [human("We're moving checkout-api (payments ns) from prod-eu1 to prod-eu2 tonight. Reserve the same CPU/memory it has today on eu2 so the rollout doesn't get stuck Pending.")],
  }, threadConfig(THREAD));
});
