// Release on-call bot: a triage agent hands a rollout to a deploy subgraph; the deploy step waits for
// a human approval (interrupt) and is resumed.
import {
  Annotation, Command, END, MessagesAnnotation, START, StateGraph, SystemMessage, HumanMessage, ToolNode, toolsCondition,
  ScriptedChatModel, call, human, interrupt, threadConfig, tool, writeIncident, z,
} from "../../harness/lgsqlite/lib.mjs";

const THREAD = "ops/rel-8841/payments-gw";

const getRelease = tool(async ({ release }) => JSON.stringify({
  release, service: "payments-gw", image: "registry.int/payments-gw@sha256:9be1c04f", change: "TLS 1.3 session resumption",
  previous: "v2.31.4", freeze: "2025-05-02T17:00:00Z",
}), { name: "get_release", description: "Release metadata.", schema: z.object({ release: z.string() }) });

const startCanary = tool(async ({ service, image, percent, region, auto_rollback_error_rate }) => JSON.stringify({
  rollout: "ro-5f3c9a", service, image, percent, region, auto_rollback_error_rate, state: "progressing",
}), {
  name: "start_canary", description: "Starts a canary rollout.",
  schema: z.object({ service: z.string(), image: z.string(), percent: z.number().int().max(100), region: z.string(), auto_rollback_error_rate: z.number() }),
});

const triageModel = new ScriptedChatModel("triage", [
  { tool_calls: [call("tc-01J8Q2", "get_release", { release: "rel-8841" })] },
  { content: "rel-8841 is payments-gw @sha256:9be1c04f. Constraints from Priya: canary capped at 5%, eu-west-1 only, auto-rollback above 0.5% 5xx, must start before the 17:00 UTC freeze. Handing to deploy." },
]);
const deployModel = new ScriptedChatModel("deploy", [
  { tool_calls: [call("tc-01J8Q7", "start_canary", { service: "payments-gw", image: "registry.int/payments-gw@sha256:9be1c04f", percent: 5, region: "eu-west-1", auto_rollback_error_rate: 0.005 })] },
  { content: "Canary ro-5f3c9a progressing: payments-gw sha256:9be1c04f at 5% in eu-west-1, auto-rollback at 0.5% 5xx." },
]);

const deploy = new StateGraph(MessagesAnnotation)
  .addNode("deployer", async (s) => ({ messages: [await deployModel.invoke([new SystemMessage("You run rollouts exactly as handed over."), ...s.messages])] }))
  .addNode("approval", async (s) => {
    const last = s.messages[s.messages.length - 1];
    const answer = interrupt({ question: "Approve start_canary?", args: last.tool_calls[0].args });
    if (answer !== "approve") throw new Error("rollout rejected");
    return {};
  })
  .addNode("tools", new ToolNode([startCanary]))
  .addEdge(START, "deployer")
  .addConditionalEdges("deployer", toolsCondition, { tools: "approval", [END]: END })
  .addEdge("approval", "tools")
  .addEdge("tools", "deployer")
  .compile();

const State = Annotation.Root({ ...MessagesAnnotation.spec, user_id: Annotation(), handover: Annotation() });

await writeIncident(import.meta.url, async (checkpointer) => {
  const graph = new StateGraph(State)
    .addNode("triage", async (s) => ({ messages: [await triageModel.invoke([new SystemMessage("You triage release requests."), ...s.messages])] }))
    .addNode("lookup", new ToolNode([getRelease]))
    .addNode("summarise", async (s) => ({
      handover: "Deploy payments-gw image registry.int/payments-gw@sha256:9be1c04f (rel-8841) as a canary: max 5% traffic, region eu-west-1 only, auto-rollback if 5xx rate > 0.5%, start before 2025-05-02T17:00Z freeze.",
    }))
    .addNode("deploy", async (s) => {
      const out = await deploy.invoke({ messages: [new HumanMessage(s.handover)] });
      return { messages: [new HumanMessage({ content: `[deploy] ${out.messages[out.messages.length - 1].content}`, name: "deploy" })] };
    })
    .addEdge(START, "triage")
    .addConditionalEdges("triage", toolsCondition, { tools: "lookup", [END]: "summarise" })
    .addEdge("lookup", "triage")
    .addEdge("summarise", "deploy")
    .addEdge("deploy", END)
    .compile({ checkpointer });
  const cfg = threadConfig(THREAD);
  await graph.invoke({
    messages: [human("Ship rel-8841 to payments-gw as a canary. Hard limits: 5% max, eu-west-1 only, roll back automatically above 0.5% 5xx, and it has to be going before the 17:00 UTC freeze.")],
    user_id: "priya.nair",
  }, cfg);
  await graph.invoke(new Command({ resume: "approve" }), cfg);
});
