// Platform on-call (English): the ops agent finds a staging deployment at 0 ready replicas; it was
// scaled to zero by the nightly cost-saving schedule. Scaling it up needs a human approval
// (interrupt); the run waits, and an on-call engineer approves it.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, ToolNode, interrupt,
  SystemMessage, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "oncall/stg-eu1/INC-20260512-0147";

const getDeployment = tool(
  async ({ namespace, name }) => JSON.stringify({
    namespace, name, replicas_desired: 0, replicas_ready: 0, available: 0,
    annotations: { "downscaler/last-action": "scale-to-zero", "downscaler/schedule": "Mon-Fri 20:00-07:00 Europe/Berlin",
      "downscaler/original-replicas": "3" },
    last_scaled: "2026-05-11T20:00:03+02:00", image: "registry.internal/checkout-api:4.18.2",
  }),
  { name: "k8s_get_deployment", description: "Read a deployment's status.",
    schema: z.object({ namespace: z.string(), name: z.string() }) },
);
const scaleDeployment = tool(
  async ({ namespace, name, replicas }) => JSON.stringify({
    namespace, name, replicas_desired: replicas, replicas_ready: replicas, rollout: "complete", took_s: 41,
  }),
  { name: "k8s_scale_deployment", description: "Scale a deployment (needs approval).",
    schema: z.object({ namespace: z.string(), name: z.string(), replicas: z.number().int() }) },
);

const model = new ScriptedChatModel("ops", [
  { tool_calls: [call("call_kq81", "k8s_get_deployment", { namespace: "staging", name: "checkout-api" })] },
  { content: "checkout-api in staging has 0/0 replicas, but that is intended: the downscaler scaled it to zero at 20:00 yesterday (schedule Mon-Fri 20:00-07:00, original 3 replicas). Nothing crashed. Since QA needs it before 07:00, I'll scale it back to 3 — this needs approval.",
    tool_calls: [call("call_kq82", "k8s_scale_deployment", { namespace: "staging", name: "checkout-api", replicas: 3 })] },
  { content: "checkout-api is back at 3/3 ready replicas in staging (rollout took 41 s). Note that the downscaler will scale it to zero again tonight at 20:00 unless the schedule annotation is changed." },
], "gpt-4.1");

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });
const tools = new ToolNode([getDeployment, scaleDeployment]);

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("ops_agent", async (s) => ({
      messages: [await model.invoke([new SystemMessage("You are the platform on-call assistant. Scaling requires human approval."), ...s.messages])],
    }))
    .addNode("approval_gate", async (s) => {
      const last = s.messages[s.messages.length - 1];
      const risky = last.tool_calls.filter((c) => c.name === "k8s_scale_deployment");
      if (risky.length > 0) {
        const decision = interrupt({ action: "k8s_scale_deployment", calls: risky, requested_by: s.user_id });
        if (decision?.approved !== true) throw new Error("scale rejected");
      }
      return {};
    })
    .addNode("tools", tools)
    .addEdge(START, "ops_agent")
    .addConditionalEdges("ops_agent", (s) => (s.messages[s.messages.length - 1].tool_calls?.length ? "approval_gate" : END),
      ["approval_gate", END])
    .addEdge("approval_gate", "tools")
    .addEdge("tools", "ops_agent")
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("QA says staging checkout is dead, 0 pods. Can you check checkout-api and bring it back?")],
    user_id: "qa.priya.n",
  }, cfg);
  await graph.invoke(new Command({ resume: { approved: true, approver: "sre.tomasz.k", comment: "ok for QA window" } }), cfg);
});
