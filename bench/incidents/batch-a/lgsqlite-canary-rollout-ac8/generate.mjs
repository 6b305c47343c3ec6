// Release coordinator (English, devops). A coordinator graph keeps the change request's rollout
// policy in state and delegates the actual rollout to a deployer subgraph (its own tool loop,
// checkpointed in its own namespace). The deployer is started from the delegate_deploy tool call's
// arguments.
import {
  Annotation, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage, ToolNode,
  toolsCondition, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "chg-48213-payments-api";

const getDeployment = tool(
  async ({ service, cluster }) => JSON.stringify({
    service, cluster, replicas: 12, current_image: "registry.int/payments-api:4.18.1",
    strategy: { type: "RollingUpdate", maxUnavailable: "25%", maxSurge: "25%" }, ready: "12/12",
  }),
  { name: "get_deployment", description: "Describe a Kubernetes deployment.",
    schema: z.object({ service: z.string(), cluster: z.string() }) },
);

const k8sRollout = tool(
  async ({ service, cluster, image_tag, max_unavailable, canary_percent }) => JSON.stringify({
    rollout: "ro-7f9c21", service, cluster, image: `registry.int/payments-api:${image_tag}`,
    max_unavailable, canary_percent,
    waves: Math.ceil(12 / max_unavailable), canary: canary_percent > 0 && canary_percent < 100 ? "started" : "skipped",
    status: "complete", replaced: "12/12", duration_s: 41,
  }),
  { name: "k8s_rollout", description: "Roll a new image out to a deployment.",
    schema: z.object({ service: z.string(), cluster: z.string(), image_tag: z.string(),
      max_unavailable: z.number().int().describe("pods replaced at once"),
      canary_percent: z.number().describe("traffic share for the canary; 100 = no canary") }) },
);

const delegateDeploy = {
  name: "delegate_deploy",
  description: "Hand the rollout to the deployer agent.",
  schema: z.object({ service: z.string(), cluster: z.string(), image_tag: z.string(), brief: z.string() }),
};

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  change_id: Annotation(),
  rollout_policy: Annotation(),
});

await writeIncident(import.meta.url, async (saver) => {
  const coordinator = new ScriptedChatModel("coordinator", [
    { tool_calls: [call("call_dlg_9a1", "delegate_deploy", {
      service: "payments-api", cluster: "prod-eu-west-1", image_tag: "4.18.2",
      brief: "Routine release of payments-api 4.18.2 to prod-eu-west-1 under CHG-48213." })] },
    { content: "CHG-48213 is done: payments-api 4.18.2 is live on prod-eu-west-1, 12/12 pods ready "
        + "(rollout ro-7f9c21, 41 s). I'll close the change." },
  ], "scripted-chat-1");
  const deployerModel = new ScriptedChatModel("deployer", [
    { tool_calls: [call("call_desc_1", "get_deployment", { service: "payments-api", cluster: "prod-eu-west-1" })] },
    (m) => {
      const text = m.map((x) => x.content).join("\n");
      const careful = /one pod at a time|max_unavailable/.test(text);
      return { tool_calls: [call("call_ro_1", "k8s_rollout", {
        service: "payments-api", cluster: "prod-eu-west-1", image_tag: "4.18.2",
        max_unavailable: careful ? 1 : 12, canary_percent: careful ? 5 : 100 })] };
    },
    { content: "Rolled payments-api to 4.18.2 on prod-eu-west-1 in a single wave: 12/12 pods replaced, "
        + "rollout ro-7f9c21 complete in 41 s." },
  ]);

  const deployer = new StateGraph(MessagesAnnotation)
    .addNode("deployer", async (state) => ({
      messages: [await deployerModel.invoke([
        new SystemMessage("You are the deployer. Roll out what you are asked to, as fast as is safe for the "
          + "stated constraints."), ...state.messages])],
    }))
    .addNode("kubectl", new ToolNode([getDeployment, k8sRollout]))
    .addEdge(START, "deployer")
    .addConditionalEdges("deployer", toolsCondition, { tools: "kubectl", [END]: END })
    .addEdge("kubectl", "deployer")
    .compile();

  const graph = new StateGraph(State)
    .addNode("intake", async () => ({
      change_id: "CHG-48213",
      rollout_policy: { max_unavailable: 1, canary_percent: 5, canary_soak_min: 15,
        abort_if: "p99 > 800ms or 5xx > 0.5%", reason: "INC-3390 last week" },
    }))
    .addNode("coordinator", async (state) => {
      const system = "You coordinate production changes.\n"
        + `Change: ${state.change_id}\nRollout policy: ${JSON.stringify(state.rollout_policy)}`;
      return { messages: [await coordinator.invoke([new SystemMessage(system), ...state.messages],
        { tools: [delegateDeploy] })] };
    })
    .addNode("handoff", async (state) => {
      const req = state.messages.at(-1).tool_calls[0];
      const out = await deployer.invoke({
        messages: [new HumanMessage(`${req.args.brief} Service ${req.args.service}, cluster ${req.args.cluster}, `
          + `tag ${req.args.image_tag}.`)],
      });
      return { messages: [new ToolMessage({ tool_call_id: req.id, name: req.name, content: out.messages.at(-1).content })] };
    })
    .addEdge(START, "intake")
    .addEdge("intake", "coordinator")
    .addConditionalEdges("coordinator", (s) => (s.messages.at(-1).tool_calls?.length ? "handoff" : END),
      ["handoff", END])
    .addEdge("handoff", "coordinator")
    .compile({ checkpointer: saver });

  await graph.invoke({
    messages: [human("Please ship payments-api 4.18.2 to prod-eu-west-1 under CHG-48213. After INC-3390 last "
      + "week: one pod at a time, start with a 5% canary and let it soak 15 minutes, abort if p99 > 800ms or "
      + "5xx > 0.5%.")],
    user_id: "sre.kowalski",
  }, threadConfig(THREAD));
});
