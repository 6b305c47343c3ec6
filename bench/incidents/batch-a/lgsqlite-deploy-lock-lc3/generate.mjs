// Release bot (English, devops). The first rollout attempt fails because another pipeline holds
// the deploy lock; the bot checks the lock, waits until it is released, asks for human approval
// (interrupt), is resumed with the approval, and rolls out. The canary reports 0 errors, which is
// a real measurement, not a missing one.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, ToolNode, interrupt,
  toolsCondition, ScriptedChatModel, call, human, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

let lockChecks = 0;
let rolloutAttempts = 0;

const lockStatus = tool(
  async ({ service }) => {
    lockChecks++;
    return JSON.stringify(lockChecks === 1
      ? { service, locked: true, holder: "pipeline/8812 (db-migrate)", eta_s: 90 }
      : { service, locked: false, holder: null, released_by: "pipeline/8812", released_at: "2026-06-03T14:07:41Z" });
  },
  { name: "deploy_lock_status", description: "Show the deploy lock of a service.", schema: z.object({ service: z.string() }) },
);

const rollout = tool(
  async ({ service, image, strategy }) => {
    rolloutAttempts++;
    if (rolloutAttempts === 1) {
      throw new Error(`409 Conflict: deploy lock for ${service} is held by pipeline/8812 (db-migrate)`);
    }
    const approval = interrupt({ action: "rollout", service, image, strategy });
    if (approval?.approved !== true) return JSON.stringify({ service, status: "cancelled" });
    return JSON.stringify({
      service, image, strategy, rollout_id: "ro-20260603-1409-ledger", status: "completed",
      approved_by: approval.by, canary: { pods: 3, error_rate_5xx: 0, p99_ms: 212, restarts: 0 },
    });
  },
  {
    name: "k8s_rollout",
    description: "Roll out an image to a service (needs on-call approval).",
    schema: z.object({ service: z.string(), image: z.string(), strategy: z.enum(["canary", "rolling"]) }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const thread = "slack-C04RELEASE-1717423611.402889";
  const args = { service: "ledger-api", image: "registry.int/ledger-api:4.18.2", strategy: "canary" };
  const model = new ScriptedChatModel(thread, [
    { tool_calls: [call("toolu_01Rk", "k8s_rollout", args)] },
    { tool_calls: [call("toolu_02Lk", "deploy_lock_status", { service: "ledger-api" })] },
    { content: "The lock is held by pipeline/8812 (db-migrate), about 90 s left. I'll re-check once it finishes." },
    { tool_calls: [call("toolu_03Lk", "deploy_lock_status", { service: "ledger-api" })] },
    { tool_calls: [call("toolu_04Rk", "k8s_rollout", args)] },
    { content: "ledger-api 4.18.2 is out (rollout ro-20260603-1409-ledger, approved by @mkowalski). "
        + "Canary: 3 pods, 0 5xx errors, p99 212 ms, 0 restarts." },
  ], "claude-3-5-haiku-20241022");
  const graph = new StateGraph(State)
    .addNode("releasebot", async (state) => ({
      messages: [await model.invoke([new SystemMessage("You are the release bot. Never bypass deploy locks."), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([lockStatus, rollout]))
    .addEdge(START, "releasebot")
    .addConditionalEdges("releasebot", toolsCondition, ["tools", END])
    .addEdge("tools", "releasebot")
    .compile({ checkpointer });
  const cfg = threadConfig(thread);
  await graph.invoke({ messages: [human("@releasebot ship ledger-api 4.18.2 as a canary please")], user_id: "U02MKOWALSKI" }, cfg);
  await graph.invoke({ messages: [human("@releasebot db-migrate is done, go ahead")] }, cfg);
  await graph.invoke(new Command({ resume: { approved: true, by: "@mkowalski" } }), cfg);
});
