// Release assistant for a payments API canary (English). The metrics backend returns a 503 on the
// first query; the agent retries, gets real numbers (zero 5xx over a full window), asks for human
// approval before promoting, and is resumed after approval. Scripted model, real checkpointer.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, ToolNode, interrupt,
  ScriptedChatModel, SystemMessage, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "rel-2026-05-07T0912Z-payments-api";
const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), approval: Annotation() });

let promQueries = 0;
const canaryMetrics = tool(
  async ({ service, revision, window }) => {
    promQueries++;
    if (promQueries === 1) throw new Error("upstream prometheus-gw returned 503 Service Unavailable (query timeout)");
    return JSON.stringify({ service, revision, window, requests: 48210, http_5xx: 0, error_rate: 0.0, p99_ms: 212, baseline_p99_ms: 219 });
  },
  {
    name: "canary_metrics",
    description: "Query canary health from Prometheus.",
    schema: z.object({ service: z.string(), revision: z.string(), window: z.string() }),
  },
);
const promote = tool(
  async ({ service, revision, weight }) => JSON.stringify({ rollout: "ro-8c41e2", service, revision, weight, status: "progressing" }),
  {
    name: "promote_canary",
    description: "Shift traffic to the canary revision. Needs approval.",
    schema: z.object({ service: z.string(), revision: z.string(), weight: z.number().int().min(0).max(100) }),
  },
);

await writeIncident(import.meta.url, async (saver) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("call_m1", "canary_metrics", { service: "payments-api", revision: "payments-api-00417-vex", window: "30m" })] },
    { tool_calls: [call("call_m2", "canary_metrics", { service: "payments-api", revision: "payments-api-00417-vex", window: "30m" })] },
    { tool_calls: [call("call_p1", "promote_canary", { service: "payments-api", revision: "payments-api-00417-vex", weight: 100 })] },
    { content: "Promoted payments-api-00417-vex to 100% (rollout ro-8c41e2, approved by rkumar). Over the last 30 min the canary served 48,210 requests with 0 5xx; p99 212 ms vs 219 ms baseline. The first metrics query hit a Prometheus 503 and was retried." },
  ]);
  const needsApproval = (s) => {
    const last = s.messages.at(-1);
    if (!last.tool_calls?.length) return END;
    return last.tool_calls.some((c) => c.name === "promote_canary") ? "human_gate" : "tools";
  };
  const graph = new StateGraph(State)
    .addNode("agent", async (s) => ({
      messages: [await model.invoke([new SystemMessage("You are the release bot for payments-api."), ...s.messages])],
    }))
    .addNode("human_gate", async (s) => {
      const decision = interrupt({ action: "promote_canary", args: s.messages.at(-1).tool_calls[0].args, ask: "#release-approvals" });
      return { approval: decision };
    })
    .addNode("tools", new ToolNode([canaryMetrics, promote]))
    .addEdge(START, "agent")
    .addConditionalEdges("agent", needsApproval, ["human_gate", "tools", END])
    .addEdge("human_gate", "tools")
    .addEdge("tools", "agent")
    .compile({ checkpointer: saver });
  await graph.invoke({
    messages: [human("Check the payments-api canary (payments-api-00417-vex) and promote it if it's healthy.")],
    user_id: "oncall-rkumar",
  }, threadConfig(THREAD));
  await graph.invoke(new Command({ resume: { approved: true, by: "rkumar", at: "2026-05-07T09:26:41Z" } }), threadConfig(THREAD));
});
