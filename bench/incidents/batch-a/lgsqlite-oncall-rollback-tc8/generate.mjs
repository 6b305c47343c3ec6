// On-call SRE agent (English): checks a canary after a rollback, then scales down the bad replica set
// behind a human-approval interrupt that the on-call engineer resumes.
// Run from the repository root: node bench/incidents/batch-a/lgsqlite-oncall-rollback-tc8/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "INC-58213:payments-api:prod-eu1";

let probeFailures = 1;
const probeHealth = tool(
  async ({ service, revision }) => {
    if (probeFailures > 0) {
      probeFailures--;
      throw new Error("connect ECONNREFUSED 10.42.7.19:8443 (pod payments-api-7d9c5-xk2lq still starting)");
    }
    return JSON.stringify({ service, revision, ready_pods: 6, desired_pods: 6, error_rate_5m: 0, p99_ms: 212, status: "healthy" });
  },
  {
    name: "probe_health",
    description: "Probe the readiness endpoint of a service revision.",
    schema: z.object({ service: z.string(), revision: z.string() }),
  },
);

const scaleReplicaSet = tool(
  async ({ replicaset, replicas }) => JSON.stringify({ replicaset, replicas, previous: 6, status: "scaled" }),
  {
    name: "scale_replicaset",
    description: "Scale a Kubernetes ReplicaSet. Requires on-call approval.",
    schema: z.object({ replicaset: z.string(), replicas: z.number().int() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const model = new ScriptedChatModel(THREAD, [
    { tool_calls: [call("toolu_01PrbA", "probe_health", { service: "payments-api", revision: "r2.31.4" })] },
    { content: "The first probe was refused while a pod was still starting; retrying once.",
      tool_calls: [call("toolu_02PrbB", "probe_health", { service: "payments-api", revision: "r2.31.4" })] },
    { tool_calls: [call("toolu_03Scl", "scale_replicaset", { replicaset: "payments-api-r2-32-0", replicas: 0 })] },
    { content: "Rollback verified: r2.31.4 is healthy on 6/6 pods with a 0 error rate over the last 5 minutes and "
        + "p99 212 ms. After your approval I scaled the faulty ReplicaSet payments-api-r2-32-0 from 6 to 0 replicas. "
        + "INC-58213 can move to monitoring." },
  ]);
  const graph = new StateGraph(State)
    .addNode("sre_agent", async (state) => ({
      messages: [await model.invoke([new SystemMessage("You are the on-call SRE assistant. Never scale anything without approval."), ...state.messages])],
    }))
    .addNode("gate", async (state) => {
      const req = state.messages.at(-1).tool_calls[0];
      if (req.name !== "scale_replicaset") return new Command({ goto: "ops_tools" });
      const decision = interrupt({ action: req.name, args: req.args, ask: "Approve scaling?" });
      return decision.approved ? new Command({ goto: "ops_tools" }) : new Command({ goto: END });
    }, { ends: ["ops_tools", END] })
    .addNode("ops_tools", new ToolNode([probeHealth, scaleReplicaSet]))
    .addEdge(START, "sre_agent")
    .addConditionalEdges("sre_agent", (s) => (s.messages.at(-1).tool_calls?.length ? "gate" : END), ["gate", END])
    .addEdge("ops_tools", "sre_agent")
    .compile({ checkpointer });

  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Rolled payments-api back to r2.31.4. Confirm it's healthy, then scale the r2.32.0 ReplicaSet to zero.")],
    user_id: "oncall:d.okafor",
  }, cfg);
  await graph.invoke(new Command({ resume: { approved: true, by: "d.okafor" } }), cfg);
});
