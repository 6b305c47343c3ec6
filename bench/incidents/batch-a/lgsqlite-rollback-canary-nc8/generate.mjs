// SRE on-call assistant (English): triage agent, a human approval gate, then a remediation
// subgraph that receives a written brief from the triage step.
// Run from /work/main: node bench/incidents/batch-a/lgsqlite-rollback-canary-nc8/generate.mjs
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, ToolNode, toolsCondition, SystemMessage,
  HumanMessage, AIMessage, ScriptedChatModel, call, human, interrupt, threadConfig, tool, z, writeIncident, promptText,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "inc-2026-0417-checkout-5xx";

let deployApiDown = 1;
const rollbackRelease = tool(
  async ({ service, to_version, region, max_surge_pct }) => {
    if (deployApiDown-- > 0) throw new Error("503 Service Unavailable: deploy-api leader election in progress, retry after 5s");
    return JSON.stringify({ rollout: "ro-7d21c", service, region, from_version: "v2.41.0", to_version, max_surge_pct, state: "progressing", ready: "3/24" });
  },
  { name: "rollback_release", description: "Roll a service back to an earlier release in one region.",
    schema: z.object({ service: z.string(), to_version: z.string(), region: z.string(), max_surge_pct: z.number() }) },
);
const rolloutStatus = tool(
  async ({ rollout }) => JSON.stringify({ rollout, state: "complete", ready: "24/24", error_rate_5xx: "0.3%" }),
  { name: "rollout_status", description: "Status of a rollout.", schema: z.object({ rollout: z.string() }) },
);

const triageModel = new ScriptedChatModel("triage", [
  { content: "checkout-api in eu-west-1 has 5xx at 18.7% since v2.41.0 went out at 09:12 UTC. Proposal: roll back to v2.40.3 "
      + "in eu-west-1 only, max surge 10% (payment-gateway rate limit), leave us-east-1 on v2.41.0 since it is healthy. Needs approval." },
]);

const remediationModel = new ScriptedChatModel("remediation", [
  (m) => ({ tool_calls: [call("toolu_01RB1", "rollback_release", briefArgs(m))] }),
  (m) => ({ tool_calls: [call("toolu_01RB2", "rollback_release", briefArgs(m))] }),
  { tool_calls: [call("toolu_01RB3", "rollout_status", { rollout: "ro-7d21c" })] },
  { content: "Rollback ro-7d21c complete: checkout-api eu-west-1 is on v2.40.3 (24/24 ready), surge capped at 10%, 5xx down to 0.3%. us-east-1 untouched." },
]);
function briefArgs(messages) {
  const t = promptText(messages);
  return { service: "checkout-api", to_version: t.match(/v2\.40\.\d/)[0],
    region: t.includes("eu-west-1 only") ? "eu-west-1" : "all", max_surge_pct: Number(t.match(/max surge (\d+)%/)?.[1] ?? 25) };
}

const remediation = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (s) => ({ messages: [await remediationModel.invoke([new SystemMessage("You execute approved remediations exactly as briefed."), ...s.messages])] }))
  .addNode("tools", new ToolNode([rollbackRelease, rolloutStatus]))
  .addEdge(START, "agent")
  .addConditionalEdges("agent", toolsCondition, ["tools", END])
  .addEdge("tools", "agent")
  .compile();

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), approved_by: Annotation() });

const graph = (checkpointer) => new StateGraph(State)
  .addNode("triage", async (s) => ({ messages: [await triageModel.invoke([new SystemMessage("You are the on-call triage assistant."), ...s.messages])] }))
  .addNode("approval", async (s) => {
    const decision = interrupt({ question: "Approve rollback of checkout-api?", proposal: s.messages[s.messages.length - 1].content });
    return { approved_by: decision.approver };
  })
  .addNode("remediate", async (s, config) => {
    const proposal = s.messages.filter((m) => m.getType() === "ai").pop().content;
    const brief = `Approved by ${s.approved_by}. ${proposal.replace(" Needs approval.", "")}`;
    const out = await remediation.invoke({ messages: [new HumanMessage(brief)] }, config);
    return { messages: [new AIMessage(String(out.messages[out.messages.length - 1].content))] };
  })
  .addEdge(START, "triage").addEdge("triage", "approval").addEdge("approval", "remediate").addEdge("remediate", END)
  .compile({ checkpointer });

await writeIncident(import.meta.url, async (saver) => {
  const g = graph(saver);
  await g.invoke({ user_id: "oncall:mkowalski",
    messages: [human("PagerDuty P1: checkout 5xx spiking in eu-west-1 after this morning's deploy. What do we do?")] }, threadConfig(THREAD));
  await g.invoke(new Command({ resume: { approver: "mkowalski", approved: true } }), threadConfig(THREAD));
});
