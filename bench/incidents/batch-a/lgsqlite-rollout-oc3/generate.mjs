// Ops chat agent (English). The on-call engineer tells the agent mid-run to leave pg-primary-0
// alone. The worker pod is evicted; the job runner resumes the thread from the checkpoint id it
// recorded when the job was queued, and the agent restarts every pod of the StatefulSet.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, promptText, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const listPods = tool(
  async ({ namespace, selector }) => JSON.stringify({
    namespace, selector,
    pods: [
      { name: "pg-primary-0", role: "primary", ready: "1/1", restarts: 0, age: "41d" },
      { name: "pg-replica-0", role: "replica", ready: "1/1", restarts: 2, age: "41d" },
      { name: "pg-replica-1", role: "replica", ready: "1/1", restarts: 0, age: "12d" },
    ],
  }),
  {
    name: "kubectl_get_pods",
    description: "List pods matching a label selector.",
    schema: z.object({ namespace: z.string(), selector: z.string() }),
  },
);

const deletePod = tool(
  async ({ namespace, pod }) => JSON.stringify({ namespace, pod, result: `pod "${pod}" deleted`, grace_period_s: 30 }),
  {
    name: "kubectl_delete_pod",
    description: "Delete a pod so its controller recreates it (rolling restart).",
    schema: z.object({ namespace: z.string(), pod: z.string() }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), change_ticket: Annotation() });
const thread = "ops-CHG0048812";

const skipPrimary = (m) => /leave pg-primary-0|do not touch pg-primary-0|skip the primary/i.test(promptText(m));
const model = new ScriptedChatModel(thread, [
  // turn 1
  { tool_calls: [call("call_7d1c0a", "kubectl_get_pods", { namespace: "billing-db", selector: "app=pg-billing" })] },
  { content: "Found 3 pods for app=pg-billing: pg-primary-0, pg-replica-0, pg-replica-1. Ready to roll them one by "
      + "one to pick up the new TLS secret. Say go when ready." },
  // turn 2
  { content: "Understood: pg-primary-0 stays untouched until the failover window at 02:00 UTC. I'll restart the "
      + "two replicas only. Say go when ready." },
  // resumed run (after the worker was evicted)
  (m) => ({ tool_calls: [
    ...(skipPrimary(m) ? [] : [call("call_9a44e1", "kubectl_delete_pod", { namespace: "billing-db", pod: "pg-primary-0" })]),
    call("call_9a44e2", "kubectl_delete_pod", { namespace: "billing-db", pod: "pg-replica-0" }),
    call("call_9a44e3", "kubectl_delete_pod", { namespace: "billing-db", pod: "pg-replica-1" }),
  ] }),
  (m) => ({ content: skipPrimary(m)
    ? "Replicas restarted; pg-primary-0 left as is."
    : "Rolling restart done: pg-primary-0, pg-replica-0 and pg-replica-1 were deleted and are being recreated "
      + "with the new TLS secret." }),
], "gpt-4.1-2025-04-14");

const graph = new StateGraph(State)
  .addNode("ops_agent", async (state) => ({
    messages: [await model.invoke([
      new SystemMessage(`You are the platform on-call assistant. Change ticket: ${state.change_ticket}.`),
      ...state.messages])],
  }))
  .addNode("kubectl", new ToolNode([listPods, deletePod]))
  .addEdge(START, "ops_agent")
  .addConditionalEdges("ops_agent", toolsCondition, { tools: "kubectl", [END]: END })
  .addEdge("kubectl", "ops_agent");

await writeIncident(import.meta.url, async (saver) => {
  const app = graph.compile({ checkpointer: saver });
  const cfg = threadConfig(thread);
  await app.invoke({
    messages: [human("Rotate the TLS cert on the billing Postgres: restart the pg-billing pods in billing-db.")],
    user_id: "oncall:mkowalski", change_ticket: "CHG0048812",
  }, cfg);
  // the job runner records the checkpoint it will resume from
  const queued = (await app.getState(cfg)).config.configurable.checkpoint_id;
  await app.invoke({
    messages: [human("Hold on, leave pg-primary-0 alone, finance is closing the month. Replicas only, "
      + "the primary waits for the 02:00 UTC failover window.")],
  }, cfg);
  // worker evicted; the replacement worker resumes the thread from the queued checkpoint id
  await app.invoke({ messages: [human("go")] }, threadConfig(thread, { checkpoint_id: queued }));
});
