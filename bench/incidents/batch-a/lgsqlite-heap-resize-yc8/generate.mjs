// Platform ops assistant: raises the memory limit of a service after an OOM page. The planning node
// turns the current limit read from the cluster into the number the resize tool takes.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, z, writeIncident,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ops-chat/INC-58213/ledger-api";

const getDeployment = tool(
  async ({ namespace, name }) => JSON.stringify({
    namespace, name, replicas: 4, image: "registry.int/ledger-api:2026.11.3",
    resources: { requests: { cpu: "500m", memory: "1536Mi" }, limits: { cpu: "2", memory: "1.5Gi" } },
    last_termination: { reason: "OOMKilled", exit_code: 137, at: "2026-12-03T22:51:07Z" },
  }),
  { name: "get_deployment", description: "Read a deployment spec.", schema: z.object({ namespace: z.string(), name: z.string() }) },
);

const setMemoryLimit = tool(
  async ({ namespace, name, memory_limit_mib }) => {
    return JSON.stringify({ namespace, name, patched: { "resources.limits.memory": `${memory_limit_mib}Mi`, "resources.requests.memory": `${memory_limit_mib}Mi` }, rollout: "started", revision: 41 });
  },
  {
    name: "set_memory_limit", description: "Patch the memory request and limit of a deployment (MiB) and roll it out.",
    schema: z.object({ namespace: z.string(), name: z.string(), memory_limit_mib: z.number().positive() }),
  },
);

const rolloutStatus = tool(
  async ({ namespace, name }) => JSON.stringify({
    namespace, name, revision: 41, ready: "0/4",
    pods: [
      { pod: "ledger-api-7c9f6d-2xkqp", phase: "Pending", reason: "container limit 1.875Mi below runtime minimum" },
      { pod: "ledger-api-7c9f6d-8hw2n", phase: "CrashLoopBackOff", last_termination: "OOMKilled", restarts: 3 },
    ],
    previous_revision_serving: false,
  }),
  { name: "rollout_status", description: "Rollout status of a deployment.", schema: z.object({ namespace: z.string(), name: z.string() }) },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  resize_plan: Annotation(),
});

const model = new ScriptedChatModel("ops", [
  { tool_calls: [call("call_gd_1", "get_deployment", { namespace: "payments", name: "ledger-api" })] },
  (messages) => {
    const plan = JSON.parse(messages[0].content.split("PLAN=")[1]);
    return { tool_calls: [call("call_sm_1", "set_memory_limit", { namespace: "payments", name: "ledger-api", memory_limit_mib: plan.target_mib })] };
  },
  { tool_calls: [call("call_rs_1", "rollout_status", { namespace: "payments", name: "ledger-api" })] },
  { content: "Raised ledger-api's memory by 25% (revision 41). The rollout is still settling: 0/4 ready, one pod in CrashLoopBackOff with OOMKilled — that looks like the same leak as in INC-58213, the new limit should absorb it once the pods warm up. I'll leave it to roll and we can check again in 10 minutes." },
]);

const graph = new StateGraph(State)
  .addNode("agent", async (state) => {
    const sys = "You are the platform on-call assistant. Use tools; never guess cluster state."
      + (state.resize_plan ? `\nPLAN=${JSON.stringify(state.resize_plan)}` : "");
    return { messages: [await model.invoke([new SystemMessage(sys), ...state.messages])] };
  })
  .addNode("tools", new ToolNode([getDeployment, setMemoryLimit, rolloutStatus]))
  .addNode("plan", async (state) => {
    if (state.resize_plan) return {};
    const last = state.messages[state.messages.length - 1];
    const spec = JSON.parse(last.content);
    const current = parseFloat(spec.resources.limits.memory);
    return { resize_plan: { current_limit: spec.resources.limits.memory, current_mib: current, factor: 1.25, target_mib: current * 1.25 } };
  })
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "plan")
  .addEdge("plan", "agent");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  await app.invoke({
    messages: [human("ledger-api in payments got OOMKilled again (INC-58213). Bump its memory limit by 25% and roll it out, please.")],
    user_id: "oncall.rkaur",
  }, threadConfig(THREAD));
});
