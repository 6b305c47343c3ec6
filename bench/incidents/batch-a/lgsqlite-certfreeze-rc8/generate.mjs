// Platform ops agent rotating a TLS certificate. The job runner stores the checkpoint id of the
// thread when the job is queued and, when the approval arrives, resumes the job from that id.
// Offline: real LangGraph + SqliteSaver, scripted model.
import {
  Annotation, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition,
  SystemMessage, ScriptedChatModel, tool, z, call, human, threadConfig, writeIncident, promptText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "job_7f3a2c91e04b";

const describeTarget = tool(
  async ({ target }) => JSON.stringify({
    target, pool: "edge-eu-west", instances: 4, active_connections: 18214,
    cert: { serial: "04:7A:9E:11", not_after: "2026-06-19T00:00:00Z", issuer: "R11" },
    supports_hot_reload: true,
  }),
  { name: "describe_target", description: "Describe a load balancer and its current certificate.", schema: z.object({ target: z.string() }) },
);

const rotateCert = tool(
  async ({ target, bundle, mode }) => JSON.stringify({
    target, bundle, mode, run: "rot-88231", result: "ok",
    detail: mode === "restart" ? "4/4 instances restarted, 18214 connections drained" : "4/4 instances reloaded in place",
  }),
  {
    name: "rotate_cert", description: "Install a certificate bundle on a target.",
    schema: z.object({ target: z.string(), bundle: z.string(), mode: z.enum(["restart", "hot_reload"]) }),
  },
);

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), ticket: Annotation() });

const model = new ScriptedChatModel("ops", [
  { tool_calls: [call("call_a81f0d2e", "describe_target", { target: "edge-lb-7" })] },
  { content: "edge-lb-7 serves 18,214 connections on 4 instances; the current cert expires 2026-06-19. "
      + "New bundle vault:pki/edge/2026-06 is ready. Reply 'approved' and I will rotate it." },
  { content: "Noted: edge-lb-7 is under change freeze FRZ-0412 until 18:00 UTC. I will use hot_reload only, no restart, once you approve." },
  (messages) => ({
    tool_calls: [call("call_c40b77a1", "rotate_cert", {
      target: "edge-lb-7", bundle: "vault:pki/edge/2026-06",
      mode: /FRZ-0412|hot.?reload only|no restart/i.test(promptText(messages)) ? "hot_reload" : "restart",
    })],
  }),
  { content: "Done: run rot-88231 installed vault:pki/edge/2026-06 on edge-lb-7; 4/4 instances restarted and connections drained." },
], "gpt-4.1-2025-04-14");

await writeIncident(import.meta.url, async (saver) => {
  const graph = new StateGraph(State)
    .addNode("operator", async (s) => ({
      messages: [await model.invoke([new SystemMessage("You are the platform on-call agent. Honour every change restriction the requester states."), ...s.messages])],
    }))
    .addNode("ops_tools", new ToolNode([describeTarget, rotateCert]))
    .addEdge(START, "operator")
    .addConditionalEdges("operator", toolsCondition, { tools: "ops_tools", [END]: END })
    .addEdge("ops_tools", "operator")
    .compile({ checkpointer: saver });

  await graph.invoke({
    messages: [human("Rotate the TLS cert on edge-lb-7 with the new bundle vault:pki/edge/2026-06 (OPS-5531).")],
    user_id: "sre.k.nakamura", ticket: "OPS-5531",
  }, threadConfig(THREAD));
  // job queued, waiting for approval: the runner keeps this checkpoint id in its job record
  const queuedAt = (await graph.getState(threadConfig(THREAD))).config.configurable.checkpoint_id;

  await graph.invoke({
    messages: [human("Heads up before you run it: edge-lb-7 is in change freeze FRZ-0412 until 18:00 UTC. Hot reload only, no restart.")],
  }, threadConfig(THREAD));

  // approval arrives; the runner resumes the job from the id in its job record
  await graph.invoke({ messages: [human("approved")] }, threadConfig(THREAD, { checkpoint_id: queuedAt }));
});
