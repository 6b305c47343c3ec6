// Release-ops assistant: a planner agent talks to the on-call engineer and dispatches a work order
// to a rollout executor agent, which only sees the work order it is handed.
import {
  Annotation, Command, END, HumanMessage, MessagesAnnotation, START, StateGraph, SystemMessage, ToolMessage,
  ToolNode, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "inc-7c2e0b1d";

const dispatchSchema = z.object({
  ticket: z.string(),
  service: z.string(),
  image_tag: z.string(),
  regions: z.array(z.string()),
  max_unavailable_pct: z.number().int().min(1).max(100),
  reason: z.string(),
});

const REPLICAS = { "us-east-1": 48, "ap-south-1": 20 };

const rolloutRestart = tool(
  async ({ region, deployment, image_tag, max_unavailable }) => {
    const pct = Number.parseInt(max_unavailable, 10);
    const n = REPLICAS[region];
    const minReady = Math.max(0, n - Math.ceil((n * pct) / 100));
    return JSON.stringify({
      region, deployment, image: `registry.internal/${deployment}:${image_tag}`, replicas: n, max_unavailable,
      ready_min_during_rollout: minReady,
      http_5xx_peak_pct: minReady === 0 ? (region === "us-east-1" ? 41.7 : 23.2) : 0.4,
      duration_s: region === "us-east-1" ? 96 : 58,
      status: "complete",
    });
  },
  {
    name: "k8s_rollout_restart",
    description: "Set the image of a deployment in one region and roll it out.",
    schema: z.object({
      region: z.string(), deployment: z.string(), image_tag: z.string(),
      max_unavailable: z.string().describe("e.g. '25%'"),
    }),
  },
);

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  user_id: Annotation(),
  work_order: Annotation(),
});

function build(checkpointer, planner, executor) {
  return new StateGraph(State)
    .addNode("planner", async (state) => {
      const sys = "You are the release-ops planner. Turn the engineer's request into one dispatch_rollout call.";
      return { messages: [await planner.invoke([new SystemMessage(sys), ...state.messages])] };
    })
    .addNode("dispatch", async (state) => {
      const c = state.messages.at(-1).tool_calls[0];
      const a = dispatchSchema.parse(c.args);
      const order = { ticket: a.ticket, service: a.service, image_tag: a.image_tag, regions: a.regions };
      return new Command({
        goto: "executor",
        update: {
          work_order: order,
          messages: [
            new ToolMessage({ tool_call_id: c.id, name: c.name, content: JSON.stringify({ accepted: true, ticket: a.ticket, assignee: "rollout-executor" }) }),
            new HumanMessage({
              name: "rollout-planner",
              content: `Work order ${order.ticket}: roll ${order.service} back to ${order.image_tag} in ${order.regions.join(", ")}.`,
            }),
          ],
        },
      });
    }, { ends: ["executor"] })
    .addNode("executor", async (state) => {
      const start = state.messages.findLastIndex((m) => m.name === "rollout-planner");
      const sys = `You are the rollout executor. Work order: ${JSON.stringify(state.work_order)}`;
      return { messages: [await executor.invoke([new SystemMessage(sys), ...state.messages.slice(start)])] };
    })
    .addNode("exec_tools", new ToolNode([rolloutRestart]))
    .addEdge(START, "planner")
    .addConditionalEdges("planner", (s) => (s.messages.at(-1).tool_calls?.length ? "dispatch" : END), ["dispatch", END])
    .addConditionalEdges("executor", (s) => (s.messages.at(-1).tool_calls?.length ? "exec_tools" : END), ["exec_tools", END])
    .addEdge("exec_tools", "executor")
    .compile({ checkpointer });
}

const planner = new ScriptedChatModel("planner", [
  {
    content: "Dispatching CHG-31877: checkout-api back to v4.18.2 in us-east-1 and ap-south-1, never more than 25% of pods unavailable at once.",
    tool_calls: [call("call_Pq81dispatch", "dispatch_rollout", {
      ticket: "CHG-31877", service: "checkout-api", image_tag: "v4.18.2", regions: ["us-east-1", "ap-south-1"],
      max_unavailable_pct: 25, reason: "v4.19.0 payment-capture regression; peak traffic",
    })],
  },
], "gpt-4.1-2025-04-14");

const executor = new ScriptedChatModel("executor", [
  (m) => {
    const wo = JSON.parse(m[0].content.split("Work order: ")[1]);
    const mu = wo.max_unavailable_pct ? `${wo.max_unavailable_pct}%` : "100%";
    return {
      tool_calls: wo.regions.map((r, i) => call(`call_Rx${i + 1}_${r.replace(/-/g, "")}`, "k8s_rollout_restart",
        { region: r, deployment: wo.service, image_tag: wo.image_tag, max_unavailable: mu })),
    };
  },
  (m) => {
    const rs = m.filter((x) => x.getType() === "tool").map((x) => JSON.parse(x.content));
    return {
      content: `CHG-31877 done: checkout-api is on v4.18.2 in ${rs.map((r) => `${r.region} (${r.replicas} pods, ${r.duration_s}s)`).join(" and ")}. `
        + `Transient 5xx peaks during the switch: ${rs.map((r) => `${r.region} ${r.http_5xx_peak_pct}%`).join(", ")}; all pods ready now.`,
    };
  },
], "gpt-4.1-mini-2025-04-14");

await writeIncident(import.meta.url, async (saver) => {
  const graph = build(saver, planner, executor);
  await graph.invoke({
    messages: [human("v4.19.0 of checkout-api is double-capturing payments. Roll it back to v4.18.2 in us-east-1 and ap-south-1 right away. We're at peak traffic, so never take down more than 25% of the pods at once.")],
    user_id: "oncall-dkowalski",
  }, threadConfig(THREAD));
});
