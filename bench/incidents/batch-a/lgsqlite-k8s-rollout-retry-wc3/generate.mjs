// On-call devops assistant (LangGraph.js, SQLite checkpointer, scripted model). The cluster API
// fails once with a 503; the agent retries and acts only on the successful read.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), cluster: Annotation() });

let failures = 1;
const getRollout = tool(
  async ({ namespace, deployment }) => {
    if (failures-- > 0) {
      throw new Error("kube-apiserver: 503 Service Unavailable (etcd leader election in progress)");
    }
    return JSON.stringify({
      namespace, deployment, revision: 42, image: "registry.int/payments-api:3.18.0",
      replicas: { desired: 6, ready: 2, unavailable: 4 },
      conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }],
      previous_revision: { revision: 41, image: "registry.int/payments-api:3.17.2" },
    });
  },
  {
    name: "get_rollout_status",
    description: "Read the rollout status of a Kubernetes deployment.",
    schema: z.object({ namespace: z.string(), deployment: z.string() }),
  },
);

const rollbackDeployment = tool(
  async ({ namespace, deployment, to_revision }) => JSON.stringify({
    namespace, deployment, rolled_back_to: to_revision, image: "registry.int/payments-api:3.17.2",
    change_id: "chg-20260417-0931", status: "rolling",
  }),
  {
    name: "rollback_deployment",
    description: "Roll a deployment back to an earlier revision.",
    schema: z.object({ namespace: z.string(), deployment: z.string(), to_revision: z.number().int() }),
  },
);

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "oncall/INC-88412";
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("call_01", "get_rollout_status", { namespace: "payments", deployment: "payments-api" })] },
    { tool_calls: [call("call_02", "get_rollout_status", { namespace: "payments", deployment: "payments-api" })] },
    { tool_calls: [call("call_03", "rollback_deployment", { namespace: "payments", deployment: "payments-api", to_revision: 41 })] },
    { content: "The first status read hit a 503 from the API server (etcd leader election); the retry succeeded. "
      + "Revision 42 (payments-api:3.18.0) was stuck at 2/6 ready with ProgressDeadlineExceeded, so I rolled "
      + "payments-api back to revision 41 (3.17.2). Change chg-20260417-0931 is rolling out now." },
  ], "claude-3-5-sonnet-20241022");
  const graph = new StateGraph(State)
    .addNode("oncall_agent", async (s) => ({
      messages: [await model.invoke([new SystemMessage(
        "You are the on-call assistant. Roll back a deployment only when its rollout status shows it is failing."),
        ...s.messages])],
    }))
    .addNode("tools", new ToolNode([getRollout, rollbackDeployment]))
    .addEdge(START, "oncall_agent")
    .addConditionalEdges("oncall_agent", toolsCondition, ["tools", END])
    .addEdge("tools", "oncall_agent")
    .compile({ checkpointer });
  await graph.invoke({
    messages: [human("payments-api alerts are firing after the 3.18.0 deploy. Check the rollout and roll back if it's broken.")],
    user_id: "sre.dkowalski", cluster: "prod-eu-west-1",
  }, threadConfig(thread));
});
